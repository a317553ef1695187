extension FindingMessages {
  /// English findings and hover, with curly quotes.
  static let english = FindingMessages(
    quote: { "“\($0)”" },
    colon: ": ",
    contradicts: { found, expected, publisher, title, date in
      "“\(found)” contradicts the fact base: expected \(expected) (\(publisher), “\(title)”, \(date))"
    },
    inconsistent: { found, first, line, expected in
      "“\(found)” and “\(first)” (line \(line)) give two values for the same fact; the fact base says \(expected)"
    },
    agrees: { "✓ \($0) agrees with this fact." },
    disagrees: { "✗ \($0) does not agree with this fact." },
    expectedValue: "Expected value",
    source: "Source",
    published: "published")
}
