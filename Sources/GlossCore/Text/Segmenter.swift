/// Placeholder: splits on ". " until the rule-based segmenter lands.
public enum Segmenter {
    public static func sentenceRanges(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var out = [Range<Int>]()
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if scalars[i] == ".", i + 1 < range.upperBound, scalars[i + 1] == " " {
                out.append(start..<(i + 1)); start = i + 2; i += 2; continue
            }
            i += 1
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        return out
    }
}
