import Foundation

/// Case- and diacritic-insensitive matching of names: `Łęcki`, `łęcki` and `LECKI` are the
/// same. Polish letters without a decomposition (ł) fold too.
public enum TextFold {
    /// The folded form of `text`: lower case, accents and the stroke of ł dropped.
    public static func key(_ text: String) -> String {
        var out = ""
        for ch in text { out += fold(ch) }
        return out
    }

    /// Whether `text` contains `needle`, folded.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        let n = key(needle)
        return !n.isEmpty && key(text).contains(n)
    }

    /// The ranges of `text` whose folded form is `needle`'s; with `wholeWords`, only where
    /// no letter or digit touches the match.
    public static func ranges(of needle: String, in text: String, wholeWords: Bool = false) -> [Range<String.Index>] {
        let n = Array(key(needle))
        guard !n.isEmpty else { return [] }
        var folded: [Character] = []
        var start: [String.Index] = []
        var end: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            for f in fold(text[i]) {
                folded.append(f)
                start.append(i)
                end.append(next)
            }
            i = next
        }
        func isWordChar(_ k: Int) -> Bool { k >= 0 && k < folded.count && (folded[k].isLetter || folded[k].isNumber) }
        var out: [Range<String.Index>] = []
        var k = 0
        while k + n.count <= folded.count {
            if folded[k] == n[0], Array(folded[k..<(k + n.count)]) == n,
               !wholeWords || (!isWordChar(k - 1) && !isWordChar(k + n.count)),
               out.last.map({ $0.upperBound <= start[k] }) ?? true {
                out.append(start[k]..<end[k + n.count - 1])
                k += n.count
            } else {
                k += 1
            }
        }
        return out
    }

    /// `text` with every folded occurrence of `needle` replaced.
    public static func replacing(_ needle: String, in text: String, with replacement: String, wholeWords: Bool = false) -> String {
        var s = text
        for r in ranges(of: needle, in: text, wholeWords: wholeWords).reversed() { s.replaceSubrange(r, with: replacement) }
        return s
    }

    private static func fold(_ ch: Character) -> String {
        var out = String.UnicodeScalarView()
        for s in String(ch).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            switch s {
            case "ł": out.append("l")
            case "đ": out.append("d")
            case "ø": out.append("o")
            case "ß": out.append("s"); out.append("s")
            default: out.append(s)
            }
        }
        return String(out)
    }
}
