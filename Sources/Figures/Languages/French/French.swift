import Drafts

extension LanguageDescription {
  /// French: "92 %" with no-break spaces, "4 000", "2,5"; billion is 10^12.
  static let french = LanguageDescription(
    language: .fr,
    lexicon: Lexicon(FrenchWords.build()),
    grammar: Grammar(
      decimalComma: true, monthBeforeDay: false, ofBetweenDayAndMonth: false, commaBeforeYear: false,
      ordinalDayWords: false, commonWordMonths: [:], marksOutOfTwenty: true, weekShiftBeforeWeekday: false,
      dayShiftNeedsDayNoun: false, hundredAfterNumber: false, teenHundreds: false, tensAfterHundredDenominate: false,
      compoundTens: true,
      numberJoiner: .beforeOne, half: .noun, oneIsArticle: true, ofBeforeCurrency: true),
    spell: FrenchNumberWords.words,
    typography: Typography(
      thousandsSeparator: FigureWriter.noBreakSpace, decimalSeparator: ",",
      percentSign: FigureWriter.noBreakSpace + "%",
      unitSpace: FigureWriter.noBreakSpace, rangeJoiner: " à ", currencySymbolFirst: false, dayFirst: true),
    months: [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
      "décembre",
    ],
    weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    writeDate: { date, month, weekday in
      var parts: [String] = []
      if let weekday { parts.append(weekday) }
      if let d = date.day { parts.append(d == 1 ? "1er" : String(d)) }
      parts.append(month)
      if let y = date.year { parts.append(String(y)) }
      return parts.joined(separator: " ")
    },
    magnitudes: [12: ("billion", "billions"), 9: ("milliard", "milliards"), 6: ("million", "millions")],
    magnitudeAbbreviations: [3: "k", 6: "M", 9: "Md"],
    isPlural: { abs($0) >= 2 },
    durationNoun: { unit, plural in
      let s = plural ? "s" : ""
      switch unit {
      case "minute": return "minute" + s
      case "hour": return "heure" + s
      case "day": return "jour" + s
      case "week": return "semaine" + s
      case "month": return "mois"
      case "year": return "an" + s
      case "decade": return "décennie" + s
      case "century": return "siècle" + s
      default: return unit + s
      }
    },
    feminineUnits: ["week", "hour", "decade", "minute"],
    writeMoney: { number, magnitude, currency, amount in
      let name = frenchCurrencyName(currency, plural: abs(amount) >= 2 || magnitude != nil)
      if let magnitude {
        // "d’euros", but "de yens", "de dollars".
        let startsWithVowel = name.first.map { "aeiouéèêàâîôû".contains($0) } ?? false
        return number + " " + magnitude + (startsWithVowel ? " d’" : " de ") + name
      }
      return currency == "EUR" ? number + FigureWriter.noBreakSpace + "€" : number + " " + name
    },
    qualify: { qualifier, text in
      let prefix =
        switch qualifier {
        case .moreThan: "plus de"
        case .atLeast: "au moins"
        case .lessThan: "moins de"
        case .atMost: "jusqu’à"
        case .about: "environ"
        case .nearly: "près de"
        case .exactly: "exactement"
        }
      if prefix.hasSuffix(" de"), let first = text.first, "aeiouyéèêàâîôûh".contains(first) {
        return String(prefix.dropLast(2)) + "d’" + text
      }
      return prefix + " " + text
    },
    timesMore: " fois plus", timesLess: " fois moins", ageTail: "", pointsNoun: ("point", "points"),
    writePeriod: { name in
      let ranks = ["premier", "deuxième", "troisième", "quatrième"]
      switch name {
      case .quarter(let q, let year): return "\(ranks[q - 1]) trimestre \(year)"
      case .half(let h, let year): return "\(ranks[h - 1]) semestre \(year)"
      case .part(.early, let year): return "début \(year)"
      case .part(.middle, let year): return "mi-\(year)"
      case .part(_, let year): return "fin \(year)"
      case .fiscal(let year, let last?): return "exercice \(year)-\(last)"
      case .fiscal(let year, nil): return "exercice \(year)"
      }
    },
    pronouns: "il elle ils elles ce cela ceci celle celui ceux celles on c ces cette cet leur",
    timeShiftBefore: ["il y a ", "il y a\u{00A0}"],
    timeShiftAfter: [" plus tôt", " auparavant"],
    stopwords: """
      le la les l un une des du de d au aux et ou en dans sur par pour avec sans sous entre vers chez a à ont est sont
      été être avoir avait avaient eu était étaient sera seront serait qui que qu quoi dont où ce cette ces cet son sa
      ses leur leurs se s y ne n pas plus moins très aussi comme selon près environ depuis après avant lors alors
      ainsi mais donc ni car il elle ils elles on nous vous je lui eux même tout tous toute toutes autre autres fait
      faire atteint atteindre atteignait atteindra élève élevé élevait enregistré enregistre enregistrait record
      niveau total chiffre chiffres nombre année années an ans premier première dernier dernière cours fin début
      janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi
      jeudi vendredi samedi dimanche soit représente représentait compte comptait contre part barre seuil
      cap hauteur haut bas pourrait pourraient devrait devraient peut peuvent doit doivent
      """,
    stem: { FrenchStemmer.stem($0) },
    frameWords: FrameWords(
      change:
        "hausse baisse progression augmentation diminution recul repli chute croissance bond bondir bondit gain perte augmenter diminuer baisser progresser reculer croître grimper chuter inférieur inférieure inférieurs inférieures supérieur supérieure supérieurs supérieures augmente augmenté diminue diminué recule reculé progresse progressé baissé grimpé chuté de+plus de+moins",
      forecast:
        "devrait devraient pourrait pourraient prévoit prévoient prévu prévue prévus prévision prévisions projection projections estime attendu attendue attendus d+ici atteindrait atteindra atteindront sera seront",
      target: "objectif objectifs cible cibles vise visant visé visée visés visées viser ambition",
      demand:
        "a+demandé ont+demandé demandé+aux demandé+au demande+aux demande+au demandent exige exigé exigent réclamé réclament pousse poussé poussent appelle appelé sommé",
      earlierLevel: "précédent précédente auparavant",
      comparison: "contre",
      comparedWith: "que qu contre contrairement",
      baseYear: "rapport qu que comparé comparativement depuis contre",
      crossing: "sous dessous dessus delà",
      partOfYear: "semestre semestriel semestrielle trimestre trimestriel trimestrielle",
      attribution: "annoncé annonce déclaré affirmé indiqué assuré promis confirmé précisé",
      verbEndings: ["ant", "er", "é", "ée", "és", "ées"],
      links: "de d du des", articles: "un une le la les l", conjunctions: "et ou tandis alors"))

  private static func frenchCurrencyName(_ code: String, plural: Bool) -> String {
    let s = plural ? "s" : ""
    switch code {
    case "USD": return "dollar" + s
    case "EUR": return "euro" + s
    case "JPY": return "yen" + s
    case "CNY": return "yuan" + s
    case "GBP": return "livre" + s + " sterling"
    case "CHF": return "franc" + s + " suisse" + s
    case "CAD": return "dollar" + s + " canadien" + s
    case "AUD": return "dollar" + s + " australien" + s
    default: return code
    }
  }
}
