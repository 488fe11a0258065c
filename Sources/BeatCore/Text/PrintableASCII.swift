/// Runs of printable ASCII (0x20–0x7E) eight bytes at a time: most of Beat's text, where
/// nothing needs cleaning and every byte is one column.
enum PrintableASCII {
    /// Where the run of whole eight-byte words of printable ASCII starting at `i` ends
    /// (at most `n`): no byte with the high bit, none below 0x20, none 0x7F.
    @inline(__always)
    static func wordsEnd(_ raw: UnsafeRawPointer, from i: Int, count n: Int) -> Int {
        var i = i
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let del = w ^ 0x7F7F_7F7F_7F7F_7F7F
            if (w | ((w &- 0x2020_2020_2020_2020) & ~w) | ((del &- ones) & ~del)) & highs != 0 { break }
            i += 8
        }
        return i
    }
}
