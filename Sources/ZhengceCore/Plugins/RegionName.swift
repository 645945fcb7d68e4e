/// Short forms of Chinese region names: 湖南省 → 湖南, 湘西土家族苗族自治州 → 湘西.
public enum RegionName {
  public static func short(_ name: String) -> String {
    let suffixes = ["土家族苗族自治州", "壮族自治区", "维吾尔自治区", "回族自治区", "自治区", "自治州", "自治县", "省", "市", "县", "区", "州"]
    for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
      return String(name.dropLast(suffix.count))
    }
    return name
  }
}
