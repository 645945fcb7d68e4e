import Foundation
import ZhengceCore

/// Province → city → county names, with short forms (湖南, 湘西州), read from
/// `Rules/regions.json`.
public struct Gazetteer: Sendable, Decodable {
  public struct Province: Sendable, Decodable {
    public var name: String
    public var aliases: [String]
    public var cities: [City]
  }

  public struct City: Sendable, Decodable {
    public var name: String
    public var aliases: [String]
    public var counties: [String]
  }

  public var provinces: [Province]

  /// The bundled gazetteer.
  public static let standard: Gazetteer = {
    guard let data = EmbeddedResources.data("regions.json", of: "ZhengceParser"),
      let gazetteer = try? JSONDecoder().decode(Gazetteer.self, from: data)
    else {
      preconditionFailure("the bundled Rules/regions.json is missing or malformed")
    }
    return gazetteer
  }()
}
