/// Text from the store is data: before it reaches a terminal or a report, control
/// characters and other invisible troublemakers become visible, harmless placeholders.
public enum SafeText {
    /// One line: C0 controls become their Unicode "control pictures" (ESC → `␛`), tab a
    /// space, line breaks `↵` (CRLF one `↵`), DEL `␡`, C1 controls and bidirectional overrides `�`.
    public static func line(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for s in text.unicodeScalars {
            defer { afterCR = s == "\r" }
            if afterCR, s == "\n" { continue }
            out.append(contentsOf: clean(s, keepNewlines: false))
        }
        return String(out)
    }

    /// Several lines: like `line`, but newlines are kept (and `\r\n` becomes `\n`).
    public static func lines(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.replacingCRLF().unicodeScalars { out.append(contentsOf: clean(s, keepNewlines: true)) }
        return String(out)
    }

    /// Whether `text` holds anything `line` would replace. Looks at the bytes: C1 controls
    /// are `C2 80`–`C2 9F`, the separators and bidirectional controls `E2 80 A8`–`E2 80 AE`
    /// and `E2 81 A6`–`E2 81 A9`; Polish text is full of other `E2` characters (— „ ”).
    public static func needsCleaning(_ text: String) -> Bool {
        if let quick = text.utf8.withContiguousStorageIfAvailable(needsCleaning(bytes:)) { return quick }
        // A bridged string is not contiguous: its bytes copied once.
        return Array(text.utf8).withUnsafeBufferPointer(needsCleaning(bytes:))
    }

    /// `needsCleaning` on UTF-8 bytes: plain ASCII eight bytes at a time, the rest byte by byte.
    static func needsCleaning(bytes buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buf.baseAddress else { return false }
        let n = buf.count
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < n {
            // Printable ASCII needs nothing.
            i = PrintableASCII.wordsEnd(raw, from: i, count: n)
            guard i < n else { return false }
            let u = base[i]
            if u < 0x20 || u == 0x7F { return true }
            if u == 0xC2, i + 1 < n, base[i + 1] >= 0x80, base[i + 1] <= 0x9F { return true }
            if u == 0xE2, i + 2 < n {
                let v = base[i + 1], w = base[i + 2]
                if v == 0x80, w >= 0xA8, w <= 0xAE { return true }
                if v == 0x81, w >= 0xA6, w <= 0xA9 { return true }
            }
            i += 1
        }
        return false
    }

    private static func clean(_ s: Unicode.Scalar, keepNewlines: Bool) -> [Unicode.Scalar] {
        let v = s.value
        switch v {
        case 0x0A: return keepNewlines ? [s] : ["↵"]
        case 0x0D: return keepNewlines ? [] : ["↵"]
        case 0x09: return [" "]
        case 0x00..<0x20: return [Unicode.Scalar(0x2400 + v)!]
        case 0x7F: return ["␡"]
        case 0x80..<0xA0: return ["\u{FFFD}"]
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return ["\u{FFFD}"]
        default: return [s]
        }
    }
}

extension String {
    fileprivate func replacingCRLF() -> String {
        var out = ""
        var lastCR = false
        for s in unicodeScalars {
            if lastCR && s != "\n" { out.unicodeScalars.append("\n") }
            lastCR = s == "\r"
            if !lastCR { out.unicodeScalars.append(s) }
        }
        if lastCR { out.unicodeScalars.append("\n") }
        return out
    }
}
