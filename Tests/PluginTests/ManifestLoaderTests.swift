import Testing
import ZhengceCore

@Suite struct ManifestLoaderTests {
  private func decode(_ json: String) throws(ManifestError) -> ManifestLayer {
    try ManifestLoader.decode(Array(json.utf8), origin: "x/manifest.json")
  }

  @Test func missingKeysTakeTheirDefaults() throws {
    let layer = try decode(#"{ "manifestVersion": 1, "id": "guizhou" }"#)
    #expect(layer.manifest.name == "guizhou")
    #expect(layer.manifest.regions.isEmpty)
    #expect(layer.manifest.roles.lead.isEmpty)
    #expect(layer.keys == ["manifestVersion", "id"])
  }

  @Test func aWrongTypeNamesItsLine() {
    let json = """
      {
        "manifestVersion": 1,
        "id": "guizhou",
        "departments": [
          { "name": "省财政厅" },
          { "name": "省扶贫办", "aliases": "省扶贫开发办公室" }
        ]
      }
      """
    #expect(throws: ManifestError.malformed(path: "x/manifest.json", line: 6, reason: "expected a list for departments[1].aliases")) {
      try decode(json)
    }
  }

  @Test func aSyntaxErrorNamesItsLine() {
    let json = "{\n  \"manifestVersion\": 1,\n  \"id\": \"guizhou\"\n  \"name\": \"贵州\"\n}"
    #expect(throws: ManifestError.malformed(path: "x/manifest.json", line: 4, reason: "expected ',' or '}' after \"id\"")) {
      try decode(json)
    }
  }

  @Test func aMissingKeyIsNamed() {
    let json = "{\n  \"manifestVersion\": 1,\n  \"id\": \"g\",\n  \"bodies\": [ { \"aliases\": [] } ]\n}"
    #expect(throws: ManifestError.malformed(path: "x/manifest.json", line: 4, reason: "expected \"name\" in bodies[0]")) {
      try decode(json)
    }
  }

  @Test func anUnknownKeyIsRefused() {
    let json = "{\n  \"manifestVersion\": 1,\n  \"id\": \"g\",\n  \"alias\": []\n}"
    #expect(throws: ManifestError.malformed(path: "x/manifest.json", line: 4, reason: "unknown key \"alias\"")) {
      try decode(json)
    }
  }

  @Test func aNewerVersionIsRefusedClearly() {
    #expect(throws: ManifestError.unsupportedVersion(2, highestSupported: 1, path: "x/manifest.json")) {
      try decode(#"{ "manifestVersion": 2, "id": "g" }"#)
    }
    let message = ManifestError.unsupportedVersion(2, highestSupported: 1, path: "x/manifest.json").description
    #expect(message == "x/manifest.json:1: manifestVersion 2 is newer than this zhengce understands (1); upgrade zhengce")
  }
}
