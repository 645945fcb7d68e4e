import FuzzSupport
import ZhengceHTML

// The HTML reader on arbitrary bytes: charset sniffing, libxml2, article body, tables, info table.
let reader = HTMLReader()
runFuzzer { bytes in
  _ = try? reader.read(bytes: bytes, path: "fuzz.html")
}
