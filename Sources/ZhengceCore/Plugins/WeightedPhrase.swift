/// A phrase with the weight it adds to a category when it occurs in a text;
/// the unit in which topic vocabularies (bundled or from plugins) are written.
public struct WeightedPhrase: Sendable, Hashable, Codable {
  public var text: String
  public var weight: Double

  public init(_ text: String, weight: Double) {
    self.text = text
    self.weight = weight
  }

  /// The compact JSON form `{"易地搬迁": 4, "安置点": 2}` as a list, sorted by text.
  public static func list(_ weights: [String: Double]) -> [WeightedPhrase] {
    weights.sorted { $0.key < $1.key }.map { WeightedPhrase($0.key, weight: $0.value) }
  }
}
