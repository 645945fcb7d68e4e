import ArgumentParser
import Foundation
import ZhengceCorpus
import ZhengceSearch

/// `zhengce index --verify`: searches check a part of the index the first
/// time they read it, so damage in a part no search has read yet shows only
/// here. One line per file on stdout, then a summary; a damaged file is one
/// line on stderr naming it and the problem, and exit status 1.
enum IndexVerifier {
  static func run(_ directory: String) throws {
    let reader: IndexReader
    do {
      reader = try IndexReader(directory: directory)
    } catch {
      throw fail("\(error)")
    }
    let files = reader.verify(records: IndexRecord.self)
    let width = files.map(\.name.count).max() ?? 0
    for file in files {
      let name = file.name.padding(toLength: width, withPad: " ", startingAt: 0)
      print(String(format: "%@  %12d bytes  %@", name, file.bytes, file.problem == nil ? "ok" : "damaged"))
    }
    let damaged = files.compactMap(\.problem)
    let bytes = files.reduce(0) { $0 + $1.bytes }
    guard damaged.isEmpty else {
      for problem in damaged { Console.error("\(problem)") }
      throw ExitCode(1)
    }
    print(String(format: "sound: %d files, %.1f MB, %@", files.count, Double(bytes) / 1e6, reader.path))
  }
}
