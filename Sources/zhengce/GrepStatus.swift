import ArgumentParser

/// The exit status of `search`, `tasks` and `commitments`, as grep gives it:
/// 0 when something matched, 1 when nothing did, 2 on an error (even when
/// something matched), so scripts can test `if zhengce tasks --dept …`.
enum GrepStatus {
  /// Runs `body`, which returns whether anything matched, and exits accordingly.
  /// An error it throws has printed its message already, or is printed here.
  static func run(_ body: () throws -> Bool) throws {
    let matched: Bool
    do {
      matched = try body()
    } catch let code as ExitCode {
      throw code == .success ? code : ExitCode(2)
    } catch {
      Console.error("\(error)")
      throw ExitCode(2)
    }
    if !matched { throw ExitCode(1) }
  }

  /// The status for a usage error of one of these commands: 2, as grep exits.
  static let usageError: Int32 = 2
  static let commands: Set<String> = ["search", "tasks", "commitments"]
}
