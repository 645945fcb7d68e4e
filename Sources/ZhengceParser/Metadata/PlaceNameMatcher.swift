/// Finds every place name of the gazetteer in a text in one pass over its
/// scalars (Aho–Corasick), instead of one search per name: about 9,000 names
/// are looked for in every document.
///
/// Scalars are mapped to a small alphabet first (traditional forms to their
/// simplified ones, 國 → 国), so a scalar that occurs in no name costs one
/// table read and sends the automaton back to its root.
struct PlaceNameMatcher: Sendable {
  /// A name found at `start..<end` (scalar offsets).
  struct Match: Sendable, Hashable {
    var name: Int
    var start: Int
    var end: Int
  }

  /// The names, by id.
  let names: [String]
  /// Alphabet symbol of each BMP scalar; 0 for a scalar in no name.
  private var symbols = [UInt16](repeating: 0, count: 0x10000)
  /// Children of node n: `childSymbols/childNodes[childStart[n]..<childStart[n + 1]]`, sorted by symbol.
  private var childStart: [Int32] = []
  private var childSymbols: [UInt16] = []
  private var childNodes: [Int32] = []
  /// The root's children by symbol, for the common step out of the root.
  private var rootNext: [Int32] = []
  private var fail: [Int32] = []
  /// The name that ends at a node, or -1.
  private var terminal: [Int32] = []
  /// The nearest node on the failure chain where a name ends, or -1.
  private var outputLink: [Int32] = []
  private var depth: [Int32] = []

  /// - Parameters:
  ///   - names: the names to find (distinct).
  ///   - folding: scalars read as another (traditional → simplified).
  init(names: [String], folding: [Unicode.Scalar: Unicode.Scalar] = [:]) {
    self.names = names
    var alphabet: [Unicode.Scalar: UInt16] = [:]
    var trie: [[UInt16: Int32]] = [[:]]
    var ends: [Int32] = [-1]
    var depths: [Int32] = [0]
    for (id, name) in names.enumerated() {
      var node = 0
      for scalar in name.unicodeScalars {
        let symbol: UInt16
        if let known = alphabet[scalar] {
          symbol = known
        } else {
          symbol = UInt16(alphabet.count + 1)
          alphabet[scalar] = symbol
        }
        if let next = trie[node][symbol] {
          node = Int(next)
        } else {
          trie.append([:])
          ends.append(-1)
          depths.append(depths[node] + 1)
          trie[node][symbol] = Int32(trie.count - 1)
          node = trie.count - 1
        }
      }
      if !name.isEmpty { ends[node] = Int32(id) }
    }
    for (scalar, symbol) in alphabet where scalar.value < 0x10000 { symbols[Int(scalar.value)] = symbol }
    for (from, to) in folding where from.value < 0x10000 {
      if let symbol = alphabet[to] { symbols[Int(from.value)] = symbol }
    }
    childStart.reserveCapacity(trie.count + 1)
    for children in trie {
      childStart.append(Int32(childSymbols.count))
      for (symbol, node) in children.sorted(by: { $0.key < $1.key }) {
        childSymbols.append(symbol)
        childNodes.append(node)
      }
    }
    childStart.append(Int32(childSymbols.count))
    rootNext = [Int32](repeating: 0, count: alphabet.count + 1)
    for (symbol, node) in trie[0] { rootNext[Int(symbol)] = node }
    terminal = ends
    depth = depths
    buildFailureLinks(trie)
  }

  /// Breadth first: a node fails to the longest proper suffix of its path that is also a path.
  private mutating func buildFailureLinks(_ trie: [[UInt16: Int32]]) {
    fail = [Int32](repeating: 0, count: trie.count)
    outputLink = [Int32](repeating: -1, count: trie.count)
    var queue: [Int32] = Array(trie[0].values)
    var head = 0
    while head < queue.count {
      let node = Int(queue[head])
      head += 1
      for (symbol, child) in trie[node] {
        var f = node == 0 ? -1 : Int(fail[node])
        var target: Int32 = 0
        while f >= 0 {
          if let next = trie[f][symbol] {
            target = next
            break
          }
          f = f == 0 ? -1 : Int(fail[f])
        }
        fail[Int(child)] = target
        outputLink[Int(child)] = terminal[Int(target)] >= 0 ? target : outputLink[Int(target)]
        queue.append(child)
      }
    }
  }

  /// Every occurrence of every name in `text`, overlaps included, by end offset.
  /// Most Han scalars are in some name, so every scalar steps the automaton: the
  /// tables are read through unchecked buffers.
  func allMatches<C: Collection>(in text: C) -> [Match] where C.Element == Unicode.Scalar {
    var out: [Match] = []
    symbols.withUnsafeBufferPointer { symbols in
    rootNext.withUnsafeBufferPointer { rootNext in
    childStart.withUnsafeBufferPointer { childStart in
    childSymbols.withUnsafeBufferPointer { childSymbols in
    childNodes.withUnsafeBufferPointer { childNodes in
    fail.withUnsafeBufferPointer { fail in
    terminal.withUnsafeBufferPointer { terminal in
    outputLink.withUnsafeBufferPointer { outputLink in
    depth.withUnsafeBufferPointer { depth in
      /// The child of `node` on `symbol`, or 0 (the root is no node's child).
      func child(_ node: Int, _ symbol: UInt16) -> Int {
        if node == 0 { return Int(rootNext[Int(symbol)]) }
        var low = Int(childStart[node])
        var high = Int(childStart[node + 1])
        while low < high {
          let mid = (low + high) >> 1
          let s = childSymbols[mid]
          if s == symbol { return Int(childNodes[mid]) }
          if s < symbol { low = mid + 1 } else { high = mid }
        }
        return 0
      }
      var node = 0
      var offset = 0
      for scalar in text {
        offset += 1
        let symbol = scalar.value < 0x10000 ? symbols[Int(scalar.value)] : 0
        if symbol == 0 {
          node = 0
          continue
        }
        while true {
          let next = child(node, symbol)
          if next != 0 {
            node = next
            break
          }
          if node == 0 { break }
          node = Int(fail[node])
        }
        var hit = terminal[node] >= 0 ? node : Int(outputLink[node])
        while hit >= 0 {
          out.append(Match(name: Int(terminal[hit]), start: offset - Int(depth[hit]), end: offset))
          hit = Int(outputLink[hit])
        }
      }
    } } } } } } } } }
    return out
  }

  /// The leftmost-longest names of `text`, none overlapping: 浙江西部 is 浙江, not
  /// 江西; 北京市朝阳区 is 北京市 and 朝阳区, not 朝阳.
  func matches<C: Collection>(in text: C) -> [Match] where C.Element == Unicode.Scalar {
    let all = allMatches(in: text).sorted { ($0.start, $1.end) < ($1.start, $0.end) }
    var kept: [Match] = []
    for match in all where match.start >= (kept.last?.end ?? 0) { kept.append(match) }
    return kept
  }
}
