extension FindingMessages {
  /// French findings and hover: guillemets and a no-break space before "?", ":", ";" as French typography wants.
  static let french = FindingMessages(
    quote: { "«\u{00A0}\($0)\u{00A0}»" },
    colon: "\u{00A0}: ",
    contradicts: { found, expected, publisher, title, date in
      "«\u{00A0}\(found)\u{00A0}» contredit la base de faits\u{00A0}: valeur attendue \(expected) (\(publisher), "
        + "«\u{00A0}\(title)\u{00A0}», \(date))"
    },
    inconsistent: { found, first, line, expected in
      "«\u{00A0}\(found)\u{00A0}» et «\u{00A0}\(first)\u{00A0}» (ligne \(line)) donnent deux valeurs pour le même "
        + "fait\u{00A0}; la base de faits indique \(expected)"
    },
    agrees: { "✓ \($0) concorde avec ce fait." },
    disagrees: { "✗ \($0) ne concorde pas avec ce fait." },
    expectedValue: "Valeur attendue",
    source: "Source",
    published: "publié le")
}
