import FuzzSupport
import ZhengceCore
import ZhengceParser

// The parser end to end on arbitrary bytes: decoding, normalisation, outline,
// metadata, measures and every extraction stage.
let parser = Parser(registry: .genericOnly)
runFuzzer { bytes in
  guard let source = try? SourceText.plainText(bytes: bytes, path: "fuzz.txt") else { return }
  _ = parser.parse(source)
}
