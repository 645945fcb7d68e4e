import ZhengceCore

/// Finds the shares of a list that hands a total out place by place: after a colon, each
/// figure written right after a place's name (其中:乐都区819万元,民和县1226万元;
/// 分别是未脱贫人口:河边镇941人、回马镇252人), and the total that 分别是 breaks down
/// (全县剩余的4267名未脱贫人口…,分别是…:). Each share is an `allocation`, counts of people or
/// villages as much as money: a quota assigned to a place.
///
/// Categories counted in a list without a colon (其中深度贫困县4个、深度贫困村1235个,
/// 2015年建制乡镇182个) are facts, not shares; a 其中 sentence is a breakdown only when it
/// lists three places or more.
enum PlaceShares {
  /// Last scalars of a place's name: 镇, 乡, 县, 区, 市, 州, 旗, 苏木 (traditional 縣, 鄉, 區).
  private static let placeEnds: Set<Unicode.Scalar> = Set("镇乡县区市州旗縣鄉區鎮木".unicodeScalars)
  private static let breaksDown: [[Unicode.Scalar]] = ["分别是", "分别为", "分別是", "分別為"].map { Array($0.unicodeScalars) }

  /// Whether `q` is one place's share, or the total a place list after it breaks down.
  static func isShare(_ q: Quantity, in text: ScalarText) -> Bool {
    isPlaceItem(q, in: text) || isBrokenDown(q, in: text)
  }

  /// A figure right after a place's name, in a sentence with a colon before it, or in a
  /// sentence that opens with 其中, and lists three places' figures or more (其中,南宁市274户,
  /// 柳州市369户,桂林市979户).
  private static func isPlaceItem(_ q: Quantity, in text: ScalarText) -> Bool {
    guard let before = text[q.numberStart - 1], placeEnds.contains(before), q.range.lowerBound == q.numberStart else { return false }
    var b = q.numberStart - 1
    // The items of a list after a colon may be parted by semicolons (…分配为:额尔登布拉格苏木1330万元;苏独仑镇800万元;…).
    while b > 0, let c = text[b - 1], !CommitmentScalarClass.endsSentence(c) || c == ";" || c == "\u{FF1B}" {
      if c == ":" || c == "\u{FF1A}" { return true }
      b -= 1
    }
    let start = text.skipSpaces(b)
    guard text.has(among, at: start), let comma = text[start + among.count], comma == "," || comma == "\u{FF0C}" else { return false }
    var places = 0
    var e = start
    while e + 1 < text.count, let c = text[e], !CommitmentScalarClass.endsSentence(c) {
      if placeEnds.contains(c), CommitmentScalarClass.digit(text[e + 1]) != nil { places += 1 }
      e += 1
    }
    return places >= minListedPlaces
  }

  private static let among = Array("其中".unicodeScalars)
  /// Places' figures a 其中 sentence lists, at least, to be a breakdown rather than categories.
  private static let minListedPlaces = 3

  /// A figure followed in its sentence by 分别是…: (a place list that breaks it down).
  private static func isBrokenDown(_ q: Quantity, in text: ScalarText) -> Bool {
    var e = q.range.upperBound
    var opened = false
    while e < text.count, let c = text[e], !CommitmentScalarClass.endsSentence(c) {
      if !opened, c == "分", breaksDown.contains(where: { text.has($0, at: e) }) { opened = true }
      if opened, c == ":" || c == "\u{FF1A}" { return true }
      e += 1
    }
    return false
  }
}
