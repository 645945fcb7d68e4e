import CFuzzDriver
import Foundation

/// Runs libFuzzer over `body`, one call per input, and exits with its status.
/// Each harness's `main.swift` calls this with what it exercises.
public func runFuzzer(_ body: @escaping ([UInt8]) -> Void) -> Never {
  FuzzInput.body = body
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) })
}

/// libFuzzer's entry point; -sanitize=fuzzer links a runtime that requires it
/// (without it the link fails inside ld.gold, see SWIFT_ON_LINUX.md F5.1).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzInput.body?(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}

/// The harness body, reached from libFuzzer's C callback (which cannot capture).
enum FuzzInput {
  nonisolated(unsafe) static var body: (([UInt8]) -> Void)?
}
