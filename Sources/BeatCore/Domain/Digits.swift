/// Zero-padded numbers for dates and times, without `String(format:)`: Foundation's
/// formatting costs about a microsecond a call, and a city station's store formats
/// hundreds of thousands of days and times when it is written or listed.
enum Digits {
    /// `parts` joined, each `(value, width)` zero-padded, with `separators[k]` before part k+1.
    static func join(_ parts: [(Int, Int)], _ separators: [UInt8], prefix: [UInt8] = []) -> String {
        var out = prefix
        out.reserveCapacity(prefix.count + 24)
        for (k, (value, width)) in parts.enumerated() {
            if k > 0 { out.append(separators[k - 1]) }
            append(value, width, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ value: Int, _ width: Int, to out: inout [UInt8]) {
        var v = value
        if v < 0 { out.append(45); v = -v }
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(48 + v % 10))
            v /= 10
        } while v > 0
        // Like `%0Nd`: the sign counts towards the width.
        let pad = width - digits.count - (value < 0 ? 1 : 0)
        if pad > 0 { out.append(contentsOf: repeatElement(48, count: pad)) }
        out.append(contentsOf: digits.reversed())
    }
}
