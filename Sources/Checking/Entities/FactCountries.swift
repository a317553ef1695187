import FactBase
import Synchronization

/// Per fact, the countries its subject and context terms name ("Trump" … "Tokyo": the US and Japan), read the
/// first time a sentence names the fact and kept for every later check: a base of 100,000 facts pays nothing at
/// load for the ones no draft mentions.
final class FactCountries: Sendable {
  private let known = Mutex<[Int: Set<String>]>([:])

  func of(_ fact: Int, in base: FactBase) -> Set<String> {
    if let codes = known.withLock({ $0[fact] }) { return codes }
    let terms = base.facts[fact].terms.values
    let codes = CountryIndex.shared.countries(
      of: terms.flatMap(\.subject) + terms.flatMap { $0.context.flatMap { $0 } })
    known.withLock { $0[fact] = codes }
    return codes
  }
}
