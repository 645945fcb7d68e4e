import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// `zhengce parse --json` on one file, checked like every fixture: exit status 0
/// and output valid under the shared schema, then decoded.
enum ValidatedParse {
  static func run(_ path: String) throws -> (run: CommandRunner.Output, document: ParsedDocument) {
    let run = try CommandRunner.run(["parse", "--json", path])
    #expect(run.status == 0, "\(run.stderr)")
    let validator = try JSONSchemaValidator(schemaData: Data(contentsOf: try #require(ParseCommandTests.schemaURL)))
    #expect(try validator.validate(Data(run.stdout.utf8)).isEmpty)
    return (run, try JSONDecoder().decode(ParsedDocument.self, from: Data(run.stdout.utf8)))
  }
}
