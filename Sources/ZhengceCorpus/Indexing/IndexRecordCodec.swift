/// The stored form of an `IndexRecord`: length-prefixed UTF-8 fields, read
/// back only for the hits being shown and when an index is rebuilt.
enum RecordCodec {
  static func encode(_ r: IndexRecord, into out: inout [UInt8]) {
    out.appendString(r.text)
    out.appendString(r.id)
    out.appendString(r.document)
    out.appendString(r.title)
    out.appendString(r.province ?? "")
    appendList(r.region, &out)
    out.appendString(r.plugin ?? "")
    out.appendString(r.year ?? "")
    appendList(r.path, &out)
    out.appendString(r.heading)
    Varint.append(UInt64(r.departments.count), to: &out)
    for d in r.departments {
      out.appendString(d.name)
      out.appendString(d.surface)
      out.appendString(d.family ?? "")
      out.appendString(d.role)
      out.appendString(d.renamedFrom ?? "")
    }
    appendList(r.topics, &out)
    out.appendString(r.source)
    out.appendString(r.genre ?? "")
  }

  /// The UTF-8 of a stored record's text (it comes first), without decoding the rest.
  static func text(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
    var reader = Reader(base: base, count: bytes.count)
    guard let n = reader.length(), reader.p + n <= bytes.count else { return nil }
    return UnsafeRawBufferPointer(rebasing: bytes[reader.p..<(reader.p + n)])
  }

  /// Decodes one record; nil when the bytes do not hold one.
  static func decode(_ bytes: UnsafeRawBufferPointer) -> IndexRecord? {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
    var reader = Reader(base: base, count: bytes.count)
    guard let text = reader.string(), let id = reader.string(), let document = reader.string(), let title = reader.string(),
      let province = reader.string(), let region = reader.list(), let plugin = reader.string(),
      let year = reader.string(), let path = reader.list(), let heading = reader.string(),
      let departmentCount = reader.length()
    else { return nil }
    var departments: [IndexRecord.Department] = []
    for _ in 0..<departmentCount {
      guard let name = reader.string(), let surface = reader.string(), let family = reader.string(),
        let role = reader.string(), let renamedFrom = reader.string()
      else { return nil }
      departments.append(
        .init(
          name: name, surface: surface, family: family.isEmpty ? nil : family, role: role,
          renamedFrom: renamedFrom.isEmpty ? nil : renamedFrom))
    }
    guard let topics = reader.list(), let source = reader.string(), let genre = reader.string() else { return nil }
    return IndexRecord(
      id: id, document: document, title: title, genre: genre.isEmpty ? nil : genre,
      province: province.isEmpty ? nil : province, region: region,
      plugin: plugin.isEmpty ? nil : plugin, year: year.isEmpty ? nil : year, path: path, heading: heading,
      text: text, departments: departments, topics: topics, source: source)
  }

  private static func appendList(_ list: [String], _ out: inout [UInt8]) {
    Varint.append(UInt64(list.count), to: &out)
    for s in list { out.appendString(s) }
  }

  private struct Reader {
    let base: UnsafePointer<UInt8>
    let count: Int
    var p = 0

    mutating func length() -> Int? {
      guard p < count else { return nil }
      var q = p
      var v: UInt64 = 0
      var shift: UInt64 = 0
      while q < count {
        let b = base[q]
        q += 1
        v |= UInt64(b & 0x7F) << shift
        if b < 0x80 {
          p = q
          return v <= UInt64(count) ? Int(v) : nil
        }
        shift += 7
        if shift > 35 { return nil }
      }
      return nil
    }

    mutating func string() -> String? {
      guard let n = length(), p + n <= count else { return nil }
      let s = String(decoding: UnsafeBufferPointer(start: base + p, count: n), as: UTF8.self)
      p += n
      return s
    }

    mutating func list() -> [String]? {
      guard let n = length() else { return nil }
      var out: [String] = []
      for _ in 0..<n {
        guard let s = string() else { return nil }
        out.append(s)
      }
      return out
    }
  }
}
