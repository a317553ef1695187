/// `Diagnostic`: one finding (or one facts-file problem) as the editor shows it. `data` carries the finding's
/// record so a client's quick fix or a script needs no second check.
struct Diagnostic: Equatable {
  var range: LSPRange
  var severity: Severity
  /// The rule's id ("figure-mismatch"), or "facts-file".
  var code: String
  var source = "factlint"
  var message: String
  /// `codeDescription.href`: the fact's source.
  var sourceLink: String?
  var relatedInformation: [RelatedInformation] = []
  var data: LSPAny?

  /// `DiagnosticSeverity`: the protocol's numbers.
  enum Severity: Int {
    case error = 1
    case warning = 2
    case information = 3
    case hint = 4
  }

  /// `DiagnosticRelatedInformation`: where the fact a finding is about is written.
  struct RelatedInformation: Equatable {
    var location: LSPLocation
    var message: String
  }

  var lspAny: LSPAny {
    var object: [String: LSPAny] = [
      "range": range.lspAny, "severity": .int(severity.rawValue), "source": .string(source), "code": .string(code),
      "message": .string(message),
    ]
    if let sourceLink { object["codeDescription"] = ["href": .string(sourceLink)] }
    if !relatedInformation.isEmpty {
      object["relatedInformation"] = .array(
        relatedInformation.map { ["location": $0.location.lspAny, "message": .string($0.message)] })
    }
    if let data { object["data"] = data }
    return .object(object)
  }
}
