import FuzzSupport
import ZhengceCore

// The plugin manifest loader on arbitrary bytes: JSON, line location, every key's type.
runFuzzer { bytes in
  _ = try? ManifestLoader.decode(bytes, origin: "fuzz/manifest.json")
}
