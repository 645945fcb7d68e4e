import Synchronization

/// Which term lists of an open generation have passed their CRC-32 (kept in
/// the dictionary entry, see `TermDictionary`), and the first that failed.
///
/// A search checks each list the first time it reads it, not the whole
/// postings part: at one million measures that part is hundreds of megabytes,
/// and a command that runs one search would otherwise read all of it first.
/// A damaged list is never decoded; once one is found, every later search of
/// the reader fails with it, as a damaged part does.
final class ListChecks: Sendable {
  /// How far an entry is checked.
  enum Level: UInt8 {
    case none = 0, postings = 1, positions = 2, damaged = 3
  }

  private struct State {
    var levels: [UInt8]
    var damage: IndexError?
  }

  private let state: Mutex<State>

  init(entries: Int) { state = Mutex(State(levels: [UInt8](repeating: 0, count: entries), damage: nil)) }

  func level(_ entry: Int) -> Level { state.withLock { Level(rawValue: $0.levels[entry]) ?? .none } }

  /// Records what a check of `entry` found: the level it passed, or the damage.
  func record(_ entry: Int, passed level: Level) {
    state.withLock { $0.levels[entry] = max($0.levels[entry], level.rawValue) }
  }

  func record(_ entry: Int, damage: IndexError) {
    state.withLock {
      $0.levels[entry] = Level.damaged.rawValue
      if $0.damage == nil { $0.damage = damage }
    }
  }

  /// The first damaged list found, if any.
  var damage: IndexError? { state.withLock { $0.damage } }
}
