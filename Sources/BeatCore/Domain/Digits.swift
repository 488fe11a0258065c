/// Zero-padded numbers for dates and times, without `String(format:)`: Foundation's
/// formatting costs about a microsecond a call, and a city station's store formats
/// hundreds of thousands of days and times when it is written or listed.
enum Digits {
    /// `parts` joined, each `(value, width)` zero-padded like `%0Nd`, with `separators[k]`
    /// before part k+1, after `prefix`. Written straight into the string's storage.
    static func join(_ parts: [(Int, Int)], _ separators: [UInt8], prefix: [UInt8] = []) -> String {
        var size = prefix.count + max(0, parts.count - 1)
        for (value, width) in parts { size += max(width, length(value)) }
        return String(unsafeUninitializedCapacity: size) { buf in
            var n = 0
            for b in prefix { buf[n] = b; n += 1 }
            for (k, (value, width)) in parts.enumerated() {
                if k > 0 { buf[n] = separators[k - 1]; n += 1 }
                let digits = length(value) - (value < 0 ? 1 : 0)
                if value < 0 { buf[n] = 45; n += 1 }
                let pad = width - digits - (value < 0 ? 1 : 0)
                if pad > 0 { for _ in 0..<pad { buf[n] = 48; n += 1 } }
                var v = value.magnitude
                var at = n + digits - 1
                repeat {
                    buf[at] = UInt8(48 + v % 10)
                    v /= 10
                    at -= 1
                } while v > 0
                n += digits
            }
            return n
        }
    }

    /// Characters of `value` in decimal, its sign included.
    private static func length(_ value: Int) -> Int {
        var v = value.magnitude, n = value < 0 ? 2 : 1
        while v >= 10 { v /= 10; n += 1 }
        return n
    }
}
