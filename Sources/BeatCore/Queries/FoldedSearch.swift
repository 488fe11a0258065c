#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Search of words in text ignoring case and Polish letters ("slupki" finds "Słupki",
/// "mlodziez" finds "młodzież"), as `TextFold.key(text).contains(TextFold.key(word))` decides
/// it, without making a folded copy of the text: filtering 300,000 contacts on every key
/// press must not allocate for each of them.
///
/// Text is folded byte by byte on the fly for what Polish (and Latin) text holds — ASCII,
/// Latin-1, Latin Extended-A and -B, and the punctuation block (dashes, „quotes”, …) — from
/// a table built from `TextFold` itself; a folded letter is never longer than the letter
/// (ł, two bytes, becomes l, one). Anything else (Greek, Cyrillic, emoji, combining marks)
/// is searched the careful way, so the answer is always the same.
struct FoldedSearch: Sendable, Equatable {
    /// The words, folded, as UTF-8.
    let words: [[UInt8]]
    /// Whether every word is plain enough for the byte path (else every search is careful).
    let plainWords: Bool
    private let wordStrings: [String]

    init(_ text: String) {
        wordStrings = TextFold.key(text).split(separator: " ").map(String.init)
        words = wordStrings.map { Array($0.utf8) }
        plainWords = words.allSatisfy { w in w.allSatisfy { $0 < 0xCC } }
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether the folded `field` holds word number `k`.
    func contains(_ field: String, word k: Int) -> Bool {
        contains(field, words[k], wordStrings[k])
    }

    /// Whether the folded `field` holds `word`.
    private func contains(_ field: String, _ word: [UInt8], _ wordString: String) -> Bool {
        if word.isEmpty { return true }
        if plainWords, let quick = field.utf8.withContiguousStorageIfAvailable({ FoldedSearch.search(word, in: $0) }), let answer = quick {
            return answer
        }
        return TextFold.key(field).contains(wordString)
    }

    /// The byte path: nil when the text holds something it does not fold. Folding never
    /// makes a character longer in bytes, so the folded text is written into scratch memory
    /// of the text's size (on the stack for short texts).
    static func search(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = text.count
        guard word.count <= n else { return n == 0 && word.isEmpty }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { folded -> Bool? in
            guard let k = fold(text, into: folded.baseAddress!) else { return nil }
            return find(word, in: UnsafeBufferPointer(start: folded.baseAddress!, count: k))
        }
    }

    /// Writes `text` folded to `out` (at most as many bytes as `text`), as `TextFold.key`
    /// would; the number of bytes written, or nil when the text holds something the byte
    /// path does not fold (then `out` holds nothing useful).
    static func fold(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        let n = text.count
        guard n > 0 else { return 0 }
        var i = 0, o = 0
        let raw = UnsafeRawPointer(text.baseAddress!)
        let outRaw = UnsafeMutableRawPointer(out)
        while i < n {
            // Runs of ASCII without CR, eight bytes at a time: A–Z get 0x20 added.
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let cr = w ^ 0x0D0D_0D0D_0D0D_0D0D
                guard w & highs == 0, (cr &- ones) & ~cr & highs == 0 else { break }
                let upper = (w &+ 0x3F * ones) & ~(w &+ 0x25 * ones) & highs
                outRaw.storeBytes(of: w | (upper >> 2), toByteOffset: o, as: UInt64.self)
                i += 8
                o += 8
            }
            guard i < n else { break }
            let b = text[i]
            if b < 0x80 {
                // CR: "\r\n" is one character, which a byte search would split.
                if b == 0x0D { return nil }
                out[o] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                i += 1
                o += 1
            } else if b >= 0xC2 && b < 0xCC, i + 1 < n {
                let folded = Fold.table[Int(b & 0x1F) << 6 | Int(text[i + 1] & 0x3F)]
                guard folded != 0 else { return nil }
                // One byte (ł → l) or two (æ, or ß → ss).
                if folded < 0x100 {
                    out[o] = UInt8(folded)
                    o += 1
                } else {
                    out[o] = UInt8(folded >> 8)
                    out[o + 1] = UInt8(folded & 0xFF)
                    o += 2
                }
                i += 2
            } else if b == 0xE2, i + 2 < n, text[i + 1] != 0x83 {
                // U+2000–U+2FFF, but not the combining marks for symbols (U+20C0–U+20FF).
                let v = Int(b & 0x0F) << 12 | Int(text[i + 1] & 0x3F) << 6 | Int(text[i + 2] & 0x3F)
                guard Fold.unchanged[v - 0x2000] else { return nil }
                out[o] = b
                out[o + 1] = text[i + 1]
                out[o + 2] = text[i + 2]
                i += 3
                o += 3
            } else {
                return nil
            }
        }
        return o
    }

    /// Whether `hay` holds `word`, byte for byte.
    static func bytes(_ hay: [UInt8], contain word: [UInt8]) -> Bool {
        word.isEmpty || hay.withUnsafeBufferPointer { find(word, in: $0) }
    }

    static func find(_ word: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = word.count, n = hay.count
        guard m <= n else { return false }
        return word.withUnsafeBufferPointer { w in
            let first = Int32(w[0])
            guard let base = hay.baseAddress else { return false }
            var k = 0
            while k <= n - m {
                guard let p = memchr(base + k, first, n - m - k + 1) else { return false }
                k = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                var j = 1
                while j < m && hay[k + j] == w[j] { j += 1 }
                if j == m { return true }
                k += 1
            }
            return false
        }
    }
}

/// What `TextFold` makes of every scalar from U+0080 to U+02FF, as UTF-8: one byte (below
/// 0x100) or two (the high byte first); 0 where the byte path must not fold (the folded
/// form would be longer, or holds NUL or the index's separator).
private enum Fold {
    static let table: [UInt16] = (0..<0x300).map { v -> UInt16 in
        guard v >= 0x80, let s = Unicode.Scalar(UInt32(v)) else { return 0 }
        let bytes = Array(TextFold.key(String(Character(s))).utf8)
        switch bytes.count {
        case 1 where bytes[0] > 1: return UInt16(bytes[0])
        case 2 where bytes[0] > 1 && bytes[1] > 1: return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        default: return 0
        }
    }

    /// Whether each scalar of U+2000–U+2FFF folds to itself and stands alone as a character
    /// (the zero-width joiner joins two into one, which a byte search would split).
    static let unchanged: [Bool] = (0x2000..<0x3000).map { v in
        guard v != 0x200D, let s = Unicode.Scalar(UInt32(v)) else { return false }
        return TextFold.key(String(Character(s))) == String(Character(s))
    }
}
