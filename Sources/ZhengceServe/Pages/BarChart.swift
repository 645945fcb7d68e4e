/// A horizontal bar chart drawn on the server as SVG: one bar per label,
/// scaled to the largest value, the value written at the bar's end. No
/// script and no library, so it shows offline and in any browser.
struct BarChart {
  var title: String
  var bars: [(label: String, value: Double, text: String)]

  func svg() -> HTML {
    let rowHeight = 30
    let labelWidth = 150
    let barWidth = 420
    let height = 36 + bars.count * rowHeight
    let largest = bars.map(\.value).max() ?? 0
    let rows = bars.enumerated().map { i, bar -> HTML in
      let y = 30 + i * rowHeight
      let width = largest > 0 ? max(2, Int((bar.value / largest * Double(barWidth)).rounded())) : 2
      return """
        <text x="\(labelWidth - 8)" y="\(y + 18)" text-anchor="end" font-size="14">\(bar.label)</text>\
        <rect x="\(labelWidth)" y="\(y + 4)" width="\(width)" height="\(rowHeight - 10)" fill="#b03a2e"><title>\(bar.label): \(bar.text)</title></rect>\
        <text x="\(labelWidth + width + 6)" y="\(y + 18)" font-size="13" fill="#333">\(bar.text)</text>
        """
    }
    return """
      <figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" width="\(labelWidth + barWidth + 110)" height="\(height)" \
      viewBox="0 0 \(labelWidth + barWidth + 110) \(height)" aria-label="\(title)"><text x="0" y="18" font-size="15" font-weight="bold">\(title)</text>\(rows)</svg></figure>
      """
  }
}
