import Foundation

/// One mapped part of an open generation whose payload CRC-32 is checked the
/// first time it is read (`check()`), not when the index opens: opening reads
/// headers and tables only, so a command that reads a few parts of a large
/// index does not read every byte of it first, and a search that never reads
/// the stored documents never checks them.
///
/// Readers are shared across threads (`zhengce serve`, batch queries): the
/// first caller reads the file, the others wait for its answer, and the answer
/// is kept, so a damaged part stays damaged for every later read.
final class CheckedPart: @unchecked Sendable {
  let file: MappedFile
  /// The bytes after the header, whose layout was checked at open.
  let payload: UnsafeRawBufferPointer
  private let lock = NSLock()
  private var outcome: Result<Void, IndexError>?

  init(_ file: MappedFile, payload: UnsafeRawBufferPointer) {
    self.file = file
    self.payload = payload
  }

  /// Drops the mapped pages of the payload's first `bytes` bytes (`MappedFile.release`).
  func release(payloadUpTo bytes: Int) { file.release(upTo: FileFormat.headerSize + bytes) }

  /// Checks the payload's CRC-32 once; later calls give the same answer.
  /// - Throws: `IndexError.corrupt` naming the file when it does not match.
  func check() throws(IndexError) {
    let outcome = lock.withLock { () -> Result<Void, IndexError> in
      if let outcome = self.outcome { return outcome }
      let checked = Result { () throws(IndexError) in try file.checkPayload() }
      self.outcome = checked
      return checked
    }
    try outcome.get()
  }
}
