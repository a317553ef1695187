import Foundation
import Testing

/// `factlint batch` as the map step of Apache Spark (`rdd.pipe`), in local mode with two cores, over a few
/// thousand generated articles: the results must equal the local run's, line for line.
///
/// Needs python3 with pyspark and a Java runtime, which `.ci/run` installs when missing; a machine without
/// them fails this test rather than skipping it, so CI can never pass without Spark having run.
@Suite struct SparkTests {
  @Test(.timeLimit(.minutes(5))) func rddPipeGivesTheSameResultsAsALocalRun() throws {
    let folder = try TemporaryFolder()
    let articles = try generatedArticles(4_000)
    let input = try folder.write("articles.jsonl", articles)
    let local = try Factlint.run(["batch"], stdin: Data(articles.utf8), timeout: 120)
    #expect(local.status == 0)

    let job = packageRoot.appendingPathComponent("docs/spark/factlint_pipe.py")
    let output = folder.url.appendingPathComponent("results")
    var environment = ["PYSPARK_PYTHON": "python3", "SPARK_LOCAL_IP": "127.0.0.1"]
    if ProcessInfo.processInfo.environment["JAVA_HOME"] == nil, let home = Self.javaHome() {
      environment["JAVA_HOME"] = home
    }
    let spark = try ExternalTool.run(
      "python3",
      [
        job.path, "--master", "local[2]", "--partitions", "4", "--factlint", Factlint.binary.path, input.path,
        output.path,
      ], in: folder.url,
      environment: environment, timeout: 240)
    try #require(spark.status == 0, "Spark did not run: \(spark.stderr.suffix(3_000))")

    let parts = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("part-") }
      .sorted()
    #expect(parts.count == 4)
    var distributed: [Substring] = []
    for part in parts {
      distributed += try String(contentsOf: output.appendingPathComponent(part), encoding: .utf8)
        .split(separator: "\n")
    }
    let expected = local.stdout.split(separator: "\n")
    #expect(distributed.count == 4_000)
    // Each partition keeps the input order and partitions come back in order, so the lines match one to one.
    #expect(distributed == expected)
  }

  /// The Java home of the `java` on PATH, for machines where Debian's package set no JAVA_HOME.
  static func javaHome() -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      let java = URL(fileURLWithPath: String(folder)).appendingPathComponent("java")
      guard FileManager.default.isExecutableFile(atPath: java.path) else { continue }
      // …/jvm/<jdk>/bin/java → …/jvm/<jdk>
      return java.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().path
    }
    return nil
  }
}
