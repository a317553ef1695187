// swift-tools-version:6.0
import PackageDescription

// The pipeline, one module a stage: Drafts → Figures → FactBase → Checking → front ends.
let package = Package(
  name: "factlint",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "factlint", targets: ["factlint"]),
    .library(name: "Checking", targets: ["Checking"]),
  ],
  targets: [
    .target(name: "Drafts"),
    // JSON written token by token into bytes or a tree: one escaper, one shape per record.
    .target(name: "JSONOutput"),
    .target(name: "Figures", dependencies: ["Drafts"]),
    .target(name: "FactBase", dependencies: ["Drafts", "Figures"]),
    .target(name: "Checking", dependencies: ["Drafts", "Figures", "FactBase", "JSONOutput"]),
    .target(name: "Workspace", dependencies: ["Checking", "Drafts", "FactBase"]),
    // Scoring factlint's judgement against labelled passages: label files, their placement, the arithmetic.
    .target(name: "Evaluation", dependencies: ["Checking", "Drafts", "FactBase"]),
    .target(
      name: "LanguageServer", dependencies: ["Checking", "Drafts", "FactBase", "JSONOutput", "Workspace"]),
    .target(
      name: "FactlintCLI",
      dependencies: [
        "Checking", "Drafts", "Evaluation", "FactBase", "Figures", "JSONOutput", "LanguageServer", "Workspace",
      ]
    ),
    .executableTarget(name: "factlint", dependencies: ["FactlintCLI"]),
    .executableTarget(
      name: "factlint-benchmark",
      dependencies: ["Checking", "Drafts", "FactBase", "Figures", "LanguageServer"],
      path: "Benchmarks/FactlintBenchmark"
    ),
    // Shared by the test targets only: seeded generators for property and fuzz tests.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "DraftsTests", dependencies: ["Drafts", "TestSupport"]),
    .testTarget(name: "FiguresTests", dependencies: ["Figures", "TestSupport"], exclude: ["Snowball"]),
    .testTarget(name: "FactBaseTests", dependencies: ["FactBase"]),
    .testTarget(name: "CheckingTests", dependencies: ["Checking", "Drafts", "FactBase", "Figures", "TestSupport"]),
    .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "TestSupport"]),
    .testTarget(
      name: "LanguageServerTests", dependencies: ["LanguageServer", "Checking", "Workspace", "TestSupport"]),
    .testTarget(name: "JSONOutputTests", dependencies: ["JSONOutput", "TestSupport"]),
    .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Checking", "Drafts", "FactBase"]),
    .testTarget(name: "CLITests", dependencies: ["FactlintCLI"]),
  ],
  swiftLanguageModes: [.v6]
)
