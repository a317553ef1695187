/// The French lexicon: numbers in words, magnitudes (billion is 10^12), units, months, qualifiers.
enum FrenchWords {
  static func build() -> LexiconBuilder {
    var b = LexiconBuilder()
    b.common()
    b.cardinal(0, "zéro")
    b.cardinal(1, "un", "une", roles: .article)
    let units = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    for (i, w) in units.enumerated() { b.cardinal(Int32(i + 2), w) }
    b.roles(.ambiguousNumber, "neuf")
    let teens = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
    for (i, w) in teens.enumerated() { b.cardinal(Int32(i + 10), w) }
    b.cardinal(20, "vingt", "vingts")
    b.cardinal(30, "trente")
    b.cardinal(40, "quarante")
    b.cardinal(50, "cinquante")
    b.cardinal(60, "soixante")
    b.cardinal(70, "septante")
    b.cardinal(80, "huitante", "octante")
    b.cardinal(90, "nonante")
    b.cardinal(100, "cent", "cents")
    b.cardinal(1000, "mille")
    b.magnitude(6, "million", "millions")
    b.magnitude(9, "milliard", "milliards")
    b.magnitude(12, "billion", "billions")
    b.magnitude(18, "trillion", "trillions")
    b.magnitude(9, "md", "mds", "mdr", roles: .digitSuffixOnly)
    b.add("douzaine", "douzaines") { $0.multiplier = 12 }
    b.approximateCount(10, "dizaine")
    b.approximateCount(15, "quinzaine")
    b.approximateCount(20, "vingtaine")
    b.approximateCount(30, "trentaine")
    b.approximateCount(40, "quarantaine")
    b.approximateCount(50, "cinquantaine")
    b.approximateCount(60, "soixantaine")
    b.approximateCount(100, "centaine")
    b.approximateCount(1000, "millier")

    b.denominator(2, "moitié", roles: .halfNoun)
    b.denominator(2, "demi", "demie", roles: .half)
    b.denominator(3, "tiers", roles: .pluralDenominator)
    b.denominator(4, "quart")
    b.denominator(4, "quarts", roles: .pluralDenominator)
    let ordinals = [
      "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
      "centième": 100, "millième": 1000,
    ]
    for (w, v) in ordinals {
      // Written with or without the accent, as keyboards without one do ("cinquieme").
      for form in Set([w, String(w.map { $0 == "è" ? "e" : $0 })]) {
        b.denominator(Int16(v), form, roles: [.ordinalDenominator, .ordinal])
        b.denominator(Int16(v), form + "s", roles: .pluralDenominator)
      }
    }
    b.largeDenominator(6, singular: ["millionième", "millionieme"], plural: ["millionièmes", "millioniemes"])
    b.largeDenominator(9, singular: ["milliardième", "milliardieme"], plural: ["milliardièmes", "milliardiemes"])
    b.largeDenominator(12, singular: ["billionième", "billionieme"], plural: ["billionièmes", "billioniemes"])
    b.currency("EUR", "cent", "cents", subunit: 100)
    // "6 293 ME": millions d'euros in financial statements, in capitals only (not "Me Dupont").
    b.currency("EUR", "me", roles: .capitalOnly, power: 6)
    b.roles(
      .ordinal, "unième", "deuxième", "troisième", "quatrième", "premier", "première", "second", "seconde",
      "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième", "vingtième", "trentième")

    b.roles(.numberJoiner, "et")
    b.roles(.ratio, "sur")
    b.roles(.openerBetween, "entre")
    b.roles(.openerFrom, "de", "d", "du")
    b.roles(.rangeTo, "à", "au")
    b.roles(.rangeAnd, "et")
    b.roles(.of, "de", "des", "du", "d")
    b.roles(.durationModifier, "prochains", "prochaines", "derniers", "dernières", "premiers", "premières")
    b.roles(.ordinalSuffix, "er", "re", "e", "eme", "ème", "è", "ème", "ieme", "ième")
    b.roles(.percentWord, "pourcent", "pourcents", "pourcentage", "pourcentages")
    b.roles(.percentFirst, "pour")
    b.roles(.percentSecond, "cent")
    b.roles(.points, "point", "points", "pt", "pts")
    b.roles(.pointsAlone, "point", "points", "pt", "pts", "pp")
    b.roles(.fractionArticle, "la", "une")
    b.roles(.dayArticle, "le")
    b.roles(.at, "à")
    b.roles(
      .reference, "article", "articles", "art", "section", "chapitre", "alinéa", "paragraphe", "page",
      "pages", "p", "tome", "vol", "volume", "numéro", "n", "no", "annexe", "livre", "partie", "titre",
      "résolution", "amendement", "décret", "loi", "rue", "avenue", "boulevard", "bd", "route",
      "autoroute", "ligne", "saison", "épisode", "version", "niveau", "classe", "groupe", "cac", "sbf", "plomb",
      "sp", "lot", "isin")
    b.roles(
      .changeVerb, "passé", "passée", "passés", "passées", "passer", "passant", "passe", "passera",
      "passerait", "grimpé", "chuté", "augmenté", "baissé", "progressé", "reculé", "diminué", "bondi",
      "porté", "portée", "portant", "ramené",
      "ramenée", "relevé", "abaissé", "monté", "descendu", "tombé", "tombée")

    b.roles(.reachTo, "jusqu")
    b.roles(
      .multiplyVerb, "multiplié", "multipliée", "multipliés", "multipliées", "multiplier", "multiplie",
      "multiplient", "multipliera", "multiplierait")
    b.roles(
      .divideVerb, "divisé", "divisée", "divisés", "divisées", "diviser", "divise", "divisent", "divisera",
      "diviserait")
    b.roles(.byWord, "par")
    b.roles(.timesWord, "fois")
    b.ratio(2, "doublé", "doublée", "doublés", "doublées", "doubler", "doublera", "doublerait", "doublement")
    b.ratio(3, "triplé", "triplée", "triplés", "triplées", "tripler", "triplera", "triplerait")
    b.ratio(4, "quadruplé", "quadruplée", "quadruplés", "quadruplées", "quadrupler")
    b.ratio(5, "quintuplé", "quintuplée", "quintupler")
    b.ratio(10, "décuplé", "décuplée", "décupler")
    b.ratio(100, "centuplé", "centupler")
    // Folded keys make "doublé" and "double" one word: both read as the ratio, as before.
    b.ratio(2, "doublent")
    b.ratio(3, "triplent")
    b.roles(.modalWord, "va", "vont", "devrait", "devraient", "pourrait", "pourraient", "doit", "doivent")
    b.roles(
      .movementVerb, "monté", "montée", "montés", "montées", "monter", "monte", "montent", "montait", "grimpé",
      "grimpée", "grimpés", "grimpées", "grimper", "grimpe", "grimpent", "grimpait", "augmenté", "progressé",
      "bondi", "envolé", "envolée", "envolés", "envolées", "flambé", "chuté", "tombé", "tombée", "tombés",
      "tombées", "descendu", "descendue", "reculé", "baissé", "glissé", "plongé", "atteint", "culminé", "passé",
      "passée", "relevé", "relevée", "révisé", "révisée", "porté", "portée", "grimpant", "montant")
    b.month(1, "janvier", "janv", "jan")
    b.month(2, "février", "fevrier", "févr", "fév", "fevr", "fev")
    b.month(3, "mars")
    b.month(4, "avril", "avr")
    b.month(5, "mai")
    b.month(6, "juin")
    b.month(7, "juillet", "juil")
    b.month(8, "août", "aout")
    b.month(9, "septembre", "sept", "sep")
    b.month(10, "octobre", "oct")
    b.month(11, "novembre", "nov")
    b.month(12, "décembre", "déc", "dec")
    b.weekday(1, "lundi")
    b.weekday(2, "mardi", "mar")
    b.weekday(3, "mercredi")
    b.weekday(4, "jeudi")
    b.weekday(5, "vendredi")
    b.weekday(6, "samedi")
    b.weekday(7, "dimanche")
    b.weekday(1, "lundis")
    b.weekday(2, "mardis")
    b.weekday(3, "mercredis")
    b.weekday(4, "jeudis")
    b.weekday(5, "vendredis")
    b.weekday(6, "samedis")
    b.weekday(7, "dimanches")
    b.dayOffset(0, "aujourd")
    b.roles(.todayHead, "aujourd")
    b.dayOffset(1, "demain")
    b.dayOffset(-1, "hier")
    b.roles(.todayTail, "hui")
    b.roles(.storyDay, "lendemain")
    b.weekShift(0, "ce", "cette")
    b.weekShift(1, "prochain", "prochaine")
    b.weekShift(-1, "dernier", "dernière", "derniere")
    b.roles(.dayBefore, "avant")
    b.roles(.dayAfter, "après", "apres")
    b.roles(.alternative, "ou")
    b.roles(.more, "plus")
    b.roles(.less, "moins")
    b.roles(.boundsJoiner, "et", "mais")

    b.duration(.minute, "minute", "minutes")
    b.duration(.hour, "heure", "heures")
    b.duration(.day, "jour", "jours", "journée", "journées")
    b.duration(.week, "semaine", "semaines")
    b.duration(.month, "mois")
    b.duration(.year, "an", "ans", "année", "années")
    b.duration(.decade, "décennie", "décennies")
    b.duration(.century, "siècle", "siècles")
    b.roles(.decimalWord, "virgule")
    b.roles(.followingWord, "suivant", "suivante")
    b.add("printemps") { $0.yearsOfAge = true }
    b.add("les") { $0.ageGroupArticle = true }
    b.add("plus") { $0.olderThan = true }
    b.roles(.ageLead, "âgé", "âgée", "âgés", "âgées", "âge")
    b.roles(.ageTail, "révolus")
    b.roles(
      .personNoun, "homme", "hommes", "femme", "femmes", "garçon", "garçons", "fille", "filles", "enfant", "enfants",
      "adolescent", "adolescente", "adolescents", "adolescentes", "jeune", "jeunes", "patient", "patiente",
      "patients", "patientes", "retraité", "retraitée", "retraités", "retraitées", "salarié", "salariée",
      "conducteur", "conductrice", "victime", "victimes", "suspect", "suspecte", "mère", "père", "fils", "bébé",
      "personne", "personnes", "individu", "habitant", "habitante", "élève", "élèves", "étudiant", "étudiante",
      "joueur", "joueuse", "pilote", "militant", "militante", "ressortissant", "ressortissante", "sexagénaire",
      "quinquagénaire", "septuagénaire", "octogénaire", "nonagénaire", "quadragénaire", "trentenaire", "demandeur",
      "demandeuse", "policier", "policière", "gendarme", "pompier", "militaire", "soldat", "médecin", "infirmier",
      "infirmière", "chauffeur", "ouvrier", "ouvrière", "agriculteur", "agricultrice", "sportif", "sportive",
      "athlète", "chanteur", "chanteuse", "acteur", "actrice", "écrivain", "écrivaine", "auteur", "autrice",
      "artiste", "touriste", "migrant", "migrante", "réfugié", "réfugiée", "détenu", "détenue", "prisonnier",
      "prévenu", "prévenue", "accusé", "accusée", "maire", "député", "députée", "sénateur", "sénatrice",
      "dirigeant", "dirigeante", "fondateur", "fondatrice", "commerçant", "commerçante", "voisin", "voisine",
      "épouse", "mari", "compagnon", "compagne", "frère", "sœur", "cycliste", "motard", "piéton", "piétonne",
      "randonneur", "alpiniste", "skieur", "skieuse", "journaliste", "photographe", "enseignant", "enseignante",
      "professeur", "professeure", "lycéen", "lycéenne", "collégien", "collégienne", "agent", "employé",
      "employée", "hippie", "retraité", "garçonnet", "fillette", "nourrisson", "mineur", "mineure")
    b.rank(1, "premier", "première", "unième", "unieme", "premiers", "premières")
    b.rank(2, "deuxième", "second", "seconde")
    b.rank(3, "troisième")
    b.rank(4, "quatrième")
    b.periodWord(.quarter, "trimestre")
    b.periodWord(.half, "semestre")
    b.periodWord(.quarterLetter, "t")
    b.periodWord(.halfLetter, "s")
    b.periodWord(.middle, "mi")
    b.periodWord(.early, "début")
    b.periodWord(.late, "fin")
    b.periodWord(.fiscal, "exercice", "fy")
    b.impliedYears(2, "biennal", "biennale", "biennaux", "biennales", "bisannuel", "bisannuelle")
    b.impliedYears(3, "triennal", "triennale", "triennaux", "triennales")
    b.impliedYears(5, "quinquennal", "quinquennale", "quinquennaux", "quinquennales")
    b.impliedYears(7, "septennal", "septennale")
    b.impliedYears(10, "décennal", "décennale", "décennaux", "décennales")

    b.currency("USD", "dollar", "dollars")
    b.currency("EUR", "euro", "euros")
    b.currency("JPY", "yen", "yens")
    b.currency("CNY", "yuan", "yuans", "renminbi")
    b.currency("GBP", "sterling")
    b.currency("GBP", "livre", "livres", roles: .currencyNeedsContext)
    // Le franc français a disparu en 2002 : un franc dans la presse d'aujourd'hui est suisse ("francs CFA" : XOF).
    b.currency("CHF", "franc", "francs")
    b.currency("INR", "roupie", "roupies")
    b.currency("KRW", "won", "wons")
    b.currency("RUB", "rouble", "roubles")
    b.currency("MXN", "peso", "pesos")
    b.currency("EUR", "centime", "centimes", subunit: 100)
    b.currencyAdjective("USD", "américain", "américains", "us", "usd")
    b.currencyAdjective("CAD", "canadien", "canadiens", "cad")
    b.currencyAdjective("AUD", "australien", "australiens")
    b.currencyAdjective("CHF", "suisse", "suisses")
    b.currencyAdjective("GBP", "sterling")
    b.currencyAdjective("HKD", "hk")
    b.currencyAdjective("XOF", "cfa")
    b.currencyAdjective("JPY", "japonais")
    b.currencyAdjective("CNY", "chinois")

    b.qualifier(
      .moreThan, "plus de", "plus d", "au delà de", "au delà d", "au dessus de", "au dessus des", "au dessus d",
      "supérieur à", "supérieure à",
      "supérieurs à", "supérieures à", "un peu plus de", "un peu plus d", "bien plus de", "plus que",
      "largement plus de", "davantage que", "dépassant", "excédant")
    b.qualifier(
      .atLeast, "au moins", "au minimum", "pas moins de", "pas moins d", "un minimum de",
      "supérieur ou égal à", "supérieure ou égale à", "supérieurs ou égaux à", "supérieures ou égales à")
    b.qualifier(
      .lessThan, "moins de", "moins d", "inférieur à", "inférieure à", "inférieurs à",
      "inférieures à", "un peu moins de", "un peu moins d", "moins que",
      "inférieur ou égal à", "inférieure ou égale à", "inférieurs ou égaux à", "inférieures ou égales à")
    b.qualifier(
      .atMost, "jusqu à", "jusqu au", "au plus", "au maximum", "pas plus de", "pas plus d", "au plus tard dans les",
      "au plus tard dans", "n excédant pas",
      "tout au plus", "un maximum de")
    b.qualifier(
      .about, "environ", "quelque", "autour de", "autour d", "aux alentours de", "approximativement",
      "à peu près", "de l ordre de", "de l ordre d", "grosso modo", "en gros")
    b.qualifier(.exactly, "exactement", "précisément", "égal à", "égale à", "égaux à", "égales à")
    b.qualifier(
      .nearly, "près de", "près d", "presque", "quasiment", "pas loin de", "pas loin d",
      "pratiquement", "frôlant", "avoisinant", "quasi")
    return b
  }
}
