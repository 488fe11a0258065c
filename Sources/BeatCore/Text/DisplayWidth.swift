/// Terminal display width, the way a terminal lays text out: Polish letters take one
/// column, CJK and emoji two, combining marks none. Every width computation in Beat uses
/// this, never `String.count` or UTF-8 bytes.
public enum DisplayWidth {
    /// Columns a scalar takes: 0 for combining marks and format characters, 2 for wide
    /// characters, 1 otherwise. Control characters count 1: `SafeText` turns them into
    /// visible one-column placeholders before anything is shown.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return 1 }  // fast path: ASCII, Latin-1, Latin Extended (Polish letters)
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return v == 0x00AD ? 1 : 0
        default: break
        }
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns a character (grapheme cluster) takes.
    public static func of(_ c: Character) -> Int {
        var width = 0
        var first = true
        for s in c.unicodeScalars {
            if first { width = of(s); first = false; continue }
            if s.value == 0xFE0F { width = 2 }  // emoji presentation selector
        }
        return width
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int {
        // Fast path: every scalar below U+0300 (ASCII, Latin-1, Latin Extended: all Polish
        // text) is one column and its own character, except that CR LF is one character.
        // Their UTF-8 lead bytes are below 0xCC; count lead bytes, not continuations.
        let quick = text.utf8.withContiguousStorageIfAvailable { buf -> Int? in
            var n = 0, crlf = 0
            var lastCR = false
            for u in buf {
                if u >= 0xCC { return nil }
                if u & 0xC0 != 0x80 { n += 1 }
                if lastCR && u == 0x0A { crlf += 1 }
                lastCR = u == 0x0D
            }
            return n - crlf
        }
        if let q = quick, let n = q { return n }
        if quick == nil {
            // Not contiguous (a bridged string): the same count through the view.
            var n = 0, crlf = 0
            var lastCR = false
            for u in text.utf8 {
                if u >= 0xCC { return scalarWidths(text) }
                if u & 0xC0 != 0x80 { n += 1 }
                if lastCR && u == 0x0A { crlf += 1 }
                lastCR = u == 0x0D
            }
            return n - crlf
        }
        return scalarWidths(text)
    }

    /// Scalar by scalar while every scalar is its own character: below U+0300, and general
    /// punctuation and symbols (dashes, „quotes”, …) other than the joiners and combining
    /// marks there. Anything else — combining marks, emoji sequences, Hangul — goes
    /// character by character.
    private static func scalarWidths(_ text: String) -> Int {
        var n = 0
        var lastCR = false
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x300 {
                if !(lastCR && v == 0x0A) { n += 1 }
                lastCR = v == 0x0D
                continue
            }
            guard v >= 0x2000, v <= 0x2BFF, v != 0x200C, v != 0x200D, !(0x20D0...0x20FF).contains(v) else {
                return text.reduce(0) { $0 + of($1) }
            }
            n += of(s)
            lastCR = false
        }
        return n
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F320,
             0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
             0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
             0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F,
             0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC,
             0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var end = text.startIndex
        for i in text.indices {
            let w = of(text[i])
            if used + w > width { break }
            used += w
            end = text.index(after: i)
        }
        return String(text[text.startIndex..<end])
    }

    /// `text` cut to `width` columns, ending in `…` when it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        return prefix(text, fitting: width - 1) + "…"
    }

    /// `text` padded with spaces (or cut with `…`) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(text, to: width)
        let gap = max(0, width - of(t))
        return alignRight ? String(repeating: " ", count: gap) + t : t + String(repeating: " ", count: gap)
    }

    /// Wraps `text` into lines of at most `width` columns, breaking at spaces where it can
    /// and inside words only when a word alone is too wide. Newlines in `text` are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        // Plain text (a list's: every scalar one column, its own grapheme; no newline) is
        // wrapped by its bytes: a long list moves text under 12,000 rows.
        var copy = text
        if let plain = copy.withUTF8({ wrapPlain($0, width: width) }) { return plain }
        return wrapCareful(text, width: width)
    }

    /// `wrap` character by character through `of`: any text.
    static func wrapCareful(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word)
                var ww = of(w)
                if lineWidth > 0 && lineWidth + 1 + ww <= width {
                    line += " " + w
                    lineWidth += 1 + ww
                    continue
                }
                if lineWidth > 0 { out.append(line); line = ""; lineWidth = 0 }
                while ww > width {
                    let head = prefix(w, fitting: width)
                    out.append(head)
                    w = String(w.dropFirst(head.count))
                    ww = of(w)
                }
                line = w
                lineWidth = ww
            }
            out.append(line)
        }
        return out
    }

    /// `wrap` for plain text (see `TextTable.plainWidth`), the same lines, by bytes: a
    /// character is a scalar and one column. Nil when the text is not plain.
    private static func wrapPlain(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String]? {
        guard let base = bytes.baseAddress, TextTable.plainWidth(bytes) != nil else { return bytes.isEmpty ? [""] : nil }
        let n = bytes.count
        func string(_ a: Int, _ b: Int) -> String { String(decoding: UnsafeBufferPointer(start: base + a, count: b - a), as: UTF8.self) }
        /// The end of the first `columns` scalars from `a` (before `b`).
        func advance(_ a: Int, _ columns: Int, _ b: Int) -> Int {
            var i = a, k = 0
            while i < b, k < columns {
                let u = base[i]
                i += u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4
                k += 1
            }
            return min(i, b)
        }
        var out: [String] = []
        var line: [UInt8] = []
        var lineWidth = 0
        var i = 0
        while i < n {
            if base[i] == 0x20 { i += 1; continue }
            var end = i, ww = 0
            while end < n, base[end] != 0x20 {
                let u = base[end]
                end += u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4
                ww += 1
            }
            end = min(end, n)
            if lineWidth > 0 && lineWidth + 1 + ww <= width {
                line.append(0x20)
                line.append(contentsOf: UnsafeBufferPointer(start: base + i, count: end - i))
                lineWidth += 1 + ww
                i = end
                continue
            }
            if lineWidth > 0 { out.append(String(decoding: line, as: UTF8.self)); line.removeAll(keepingCapacity: true); lineWidth = 0 }
            var start = i
            while ww > width {
                let cut = advance(start, width, end)
                out.append(string(start, cut))
                start = cut
                ww -= width
            }
            line.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
            lineWidth = ww
            i = end
        }
        out.append(String(decoding: line, as: UTF8.self))
        return out
    }
}
