import Testing
import ZhengceCore

@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
  ])
  func knownVectors(input: String, hex: String) {
    #expect(SHA256.hex(Array(input.utf8)) == hex)
  }

  @Test func multiBlockChineseText() {
    // sha256sum of 扶贫 written 100 times (600 bytes, ten blocks).
    let text = String(repeating: "扶贫", count: 100)
    #expect(SHA256.hex(Array(text.utf8)) == "948c57fbb5f8ee22cea8befc66ca193306d789c33de4476bf361a8baa3c2a745")
  }
}
