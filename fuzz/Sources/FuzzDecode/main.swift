import FuzzSupport
import ZhengceCore
import ZhengceParser

// The decoder and the normaliser on arbitrary bytes: UTF-8, GB18030, BOMs, cut
// sequences, control characters. Refusing the bytes is fine; crashing is not.
let normalizer = TextNormalizer()
runFuzzer { bytes in
  guard let source = try? SourceText.plainText(bytes: bytes, path: "fuzz.txt") else { return }
  _ = normalizer.lines(source.text)
}
