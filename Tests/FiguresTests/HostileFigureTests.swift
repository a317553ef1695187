import Drafts
import Figures
import Testing

/// Figures in hostile drafts (issue 9): days no calendar has, invisible characters inside numbers, numbers
/// longer than a Double holds. Each must be left unread rather than read wrong.
@Suite struct HostileFigureTests {
  @Test func impossibleDaysAreNoDates() {
    for text in [
      "le 31 février 2025 à Paris", "le 29 février 2023 à Paris", "le 31 avril à Paris", "le 30 février à Paris",
      "le 31/04/2025 à Paris", "le 2025-02-30 à Paris", "le 29 février 1900 à Paris", "le 31 juin 2024 à Paris",
    ] {
      figures(text, .fr)
    }
    for text in [
      "on February 31, 2025 in Paris", "on 2025-02-30 in Paris", "on April 31 in Paris", "on 31 April 2025 in Paris",
      "on 02/30/2025 in Paris", "on the thirty-first of April in Paris",
    ] {
      figures(text, .en)
    }
  }

  @Test func possibleDaysStayDates() {
    #expect(figure("le [[29 février 2024]] à Paris", .fr)?.date == CalendarDate(year: 2024, month: 2, day: 29))
    #expect(figure("le [[29 février 2000]] à Paris", .fr)?.date == CalendarDate(year: 2000, month: 2, day: 29))
    // Without a year, February 29 may be meant: leap years have one.
    #expect(figure("le [[29 février]] à Paris", .fr)?.date == CalendarDate(year: nil, month: 2, day: 29))
    #expect(figure("le [[31 mars]] à Paris", .fr)?.date == CalendarDate(year: nil, month: 3, day: 31))
    #expect(figure("le [[30 avril]] à Paris", .fr)?.date == CalendarDate(year: nil, month: 4, day: 30))
    #expect(figure("on [[February 28, 2025]] in Paris", .en)?.date == CalendarDate(year: 2025, month: 2, day: 28))
    #expect(figure("on [[2025-02-28]] in Paris", .en)?.date == CalendarDate(year: 2025, month: 2, day: 28))
    #expect(figure("le [[31/12/2025]] à Paris", .fr)?.date == CalendarDate(year: 2025, month: 12, day: 31))
  }

  /// Zero-width characters, the word joiner, the soft hyphen, bidi controls and combining marks.
  static let invisibles: [Unicode.Scalar] = [
    "\u{200D}", "\u{200B}", "\u{200C}", "\u{2060}", "\u{00AD}", "\u{0301}", "\u{200E}", "\u{202E}", "\u{2066}",
    "\u{FEFF}",
  ]

  /// Read, "9‍5 %" would be "5 %", and its fix would leave the stray "9" in front of the new value.
  @Test(arguments: invisibles)
  func aNumberWithAnInvisibleCharacterInsideIsNotRead(invisible: Unicode.Scalar) {
    let c = String(invisible)
    figures("la Chine assure 9\(c)5 % de la production", .fr)
    figures("la Chine assure 9\(c)\(c)5 % de la production", .fr)
    figures("la Chine assure 1,\(c)5 % de la production", .fr)
    figures("la Chine assure 1\(c),5 % de la production", .fr)
    figures("il y a 4\(c)000 soldats", .fr)
    figures("China accounts for 9\(c)5% of it", .en)
    figures("China accounts for 1.\(c)5% of it", .en)
    figures("a budget of $4\(c)5 billion", .en)
  }

  @Test func invisibleCharactersOutsideANumberLeaveItRead() {
    #expect(figure("la Chine assure \u{200D}[[95 %]] de la production", .fr)?.value == 95)
    #expect(figure("la Chine assure \u{200B}[[95 %]] de la production", .fr)?.value == 95)
    #expect(figure("la Chine assure [[95 %]]\u{200D} de la production", .fr)?.value == 95)
  }

  /// Beyond 15 significant digits the Double is no longer the number written, so the figure is not read.
  @Test func numbersLongerThanADoubleAreNotRead() {
    for text in [
      "soit 99999999999999999999 habitants", "soit 100000000000000000001 habitants", "soit 9007199254740993 habitants",
      "soit 1234567890123456 habitants", "soit 1234567890,123456 habitants", "soit 0,1234567890123456 %",
      "soit 99 999 999 999 999 999 999 habitants", "un budget de 12345678901234567 €",
    ] {
      figures(text, .fr)
    }
    for text in ["some 99,999,999,999,999,999,999 people", "a budget of $12345678901234567"] {
      figures(text, .en)
    }
  }

  @Test func numbersADoubleHoldsStayRead() {
    #expect(figure("soit [[999999999999999]] habitants", .fr)?.value == 999_999_999_999_999)
    #expect(figure("soit [[999 999 999 999 999]] habitants", .fr)?.value == 999_999_999_999_999)
    #expect(figure("une dette de [[3 305 milliards]]", .fr)?.value == 3_305e9)
    #expect(figure("soit [[0,000000000000001]]", .fr)?.value == 1e-15)
    #expect(figure("there are [[999,999,999,999,999]] people", .en)?.value == 999_999_999_999_999)
    #expect(figure("a debt of [[$4.5 trillion]]", .en)?.value == 4.5e12)
  }
}
