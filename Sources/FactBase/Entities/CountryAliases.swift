/// What the press calls a country besides its CLDR name (`CountryNames`): capitals standing for governments, the
/// adjectives of nationality, short forms. Only for countries the press often names this way; a country missing
/// here is still found by its CLDR name.
enum CountryAliases {
  static let all: [(code: String, names: [String])] = [
    ("CN", ["Pékin", "Beijing", "chinois", "chinoise", "chinoises", "Chinese", "RPC", "PRC"]),
    ("JP", ["Tokyo", "japonais", "japonaise", "japonaises", "Japanese", "Archipel nippon", "nippon", "nippone"]),
    (
      "US",
      [
        "Washington", "américain", "américaine", "américains", "américaines", "American", "Americans", "U.S",
        "USA", "Etats-Unis", "America",
      ]
    ),
    ("KR", ["Séoul", "Seoul", "sud-coréen", "sud-coréenne", "sud-coréens", "South Korean", "Corée"]),
    ("KP", ["Pyongyang", "nord-coréen", "nord-coréenne", "North Korean"]),
    ("GB", ["Londres", "London", "britannique", "britanniques", "British", "UK", "Britain", "Grande-Bretagne"]),
    ("FR", ["Paris", "français", "française", "françaises", "French"]),
    ("DE", ["Berlin", "allemand", "allemande", "allemands", "allemandes", "German"]),
    ("IT", ["Rome", "italien", "italienne", "italiens", "italiennes", "Italian"]),
    ("ES", ["Madrid", "espagnol", "espagnole", "espagnols", "espagnoles", "Spanish"]),
    ("IN", ["New Delhi", "indien", "indienne", "indiens", "indiennes", "Indian"]),
    ("RU", ["Moscou", "Moscow", "russe", "russes", "Russian", "Kremlin"]),
    ("CL", ["Santiago", "chilien", "chilienne", "chiliens", "chiliennes", "Chilean"]),
    ("AU", ["Canberra", "australien", "australienne", "australiens", "australiennes", "Australian"]),
    ("CA", ["Ottawa", "canadien", "canadienne", "canadiens", "canadiennes", "Canadian"]),
    ("BR", ["Brasilia", "brésilien", "brésilienne", "brésiliens", "brésiliennes", "Brazilian"]),
    ("MX", ["mexicain", "mexicaine", "mexicains", "Mexican"]),
    ("TW", ["Taipei", "taïwanais", "taïwanaise", "Taiwanese"]),
    ("VN", ["Hanoï", "Hanoi", "vietnamien", "vietnamienne", "Vietnamese"]),
    ("ID", ["Jakarta", "indonésien", "indonésienne", "Indonesian"]),
    ("MY", ["malaisien", "malaisienne", "Malaysian"]),
    ("ZA", ["sud-africain", "sud-africaine", "South African"]),
    ("CD", ["RDC", "DRC", "congolais", "congolaise", "Congolese"]),
    ("UA", ["Kiev", "Kyiv", "ukrainien", "ukrainienne", "Ukrainian"]),
    ("BE", ["Bruxelles", "belge", "belges", "Belgian"]),
    ("CH", ["Berne", "suisse", "suisses", "Swiss"]),
    ("NL", ["néerlandais", "néerlandaise", "Dutch", "Pays-Bas"]),
    ("SE", ["suédois", "suédoise", "Swedish"]),
    ("PL", ["Varsovie", "Warsaw", "polonais", "polonaise", "Polish"]),
    ("TR", ["Ankara", "turc", "turque", "Turkish"]),
    ("SA", ["Riyad", "Riyadh", "saoudien", "saoudienne", "Saudi"]),
    ("IL", ["israélien", "israélienne", "Israeli"]),
    ("IR", ["Téhéran", "Tehran", "iranien", "iranienne", "Iranian"]),
    ("EG", ["Le Caire", "Cairo", "égyptien", "égyptienne", "Egyptian"]),
    ("NG", ["nigérian", "nigériane", "Nigerian"]),
    ("AR", ["argentin", "argentine", "Argentinian", "Argentine"]),
    // The European Union, counted as one: the press gives its figures as a country's. "EU" is left out, as "US":
    // folded, it is the French "eu" ("il a eu").
    ("EU", ["Union européenne", "UE", "European Union", "Vingt-Sept", "Commission européenne", "European Commission"]),
    // Institutions that speak for their country: a national statistics office's figure is its country's, and the
    // seats of government stand for it as capitals do.
    ("FR", ["Insee", "Élysée", "Matignon", "Hexagone"]),
    ("US", ["Maison-Blanche", "Maison Blanche", "White House", "Pentagone", "Pentagon"]),
    ("IT", ["Istat"]),
    ("DE", ["Destatis"]),
    ("KR", ["Statistics Korea"]),
    ("CA", ["Statistics Canada", "StatCan"]),
    ("GB", ["Downing Street"]),
    ("RU", ["Rosstat"]),
  ]
}
