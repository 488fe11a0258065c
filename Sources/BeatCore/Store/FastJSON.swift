#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// A reader for the JSON Beat writes, working on raw bytes: many times faster than
/// `JSONDecoder` (which runs at about 40 MB/s here), so a city station's store opens at once.
///
/// The fast path is strict and partial. Anything it does not expect — an escape it cannot
/// read, a number with a fraction, a missing or repeated key, bytes that are not UTF-8 —
/// makes it give up, and the caller decodes the same bytes with `JSONCoding.decode`, which
/// either succeeds or explains the problem as `file:line:column: reason`. So the fast path
/// never changes what a file means, only how quickly a good one is read.
///
/// Use it only inside `withUnsafeBufferPointer` of the bytes it reads (`FastJSON.decode`).
struct FastJSON {
    /// The fast path gave up: decode these bytes the ordinary way.
    struct GiveUp: Error {}

    let base: UnsafePointer<UInt8>
    let end: Int
    var i = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no base address; one byte of nothing stands in for it.
        base = buffer.baseAddress ?? UnsafePointer(FastJSON.nothing)
        end = buffer.baseAddress == nil ? 0 : buffer.count
    }

    private nonisolated(unsafe) static let nothing: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    /// Decodes a whole text holding one `T`, or nil when the fast path gives up.
    static func decode<T: FastDecodable>(_ type: T.Type, from bytes: [UInt8]) -> T? {
        bytes.withUnsafeBufferPointer { decode(T.self, from: $0) }
    }

    static func decode<T: FastDecodable>(_ type: T.Type, from buf: UnsafeBufferPointer<UInt8>) -> T? {
        var r = FastJSON(buf)
        do {
            let value = try T(fast: &r)
            r.skipSpace()
            return r.i == r.end ? value : nil
        } catch {
            return nil
        }
    }

    // MARK: Structure

    @inline(__always)
    mutating func skipSpace() {
        while i < end {
            let b = base[i]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            i += 1
            // Pretty-printed files indent deeply: eight spaces at a time.
            while i + 8 <= end, UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self) == 0x2020_2020_2020_2020 { i += 8 }
        }
    }

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(GiveUp) {
        skipSpace()
        guard i < end, base[i] == byte else { throw GiveUp() }
        i += 1
    }

    /// Consumes `{`; false when the object is empty (its `}` consumed too).
    @inline(__always)
    mutating func objectStart() throws(GiveUp) -> Bool {
        try expect(0x7B)
        skipSpace()
        if i < end, base[i] == 0x7D { i += 1; return false }
        return true
    }

    /// After a member: true at `,` (another member follows), false at `}`.
    @inline(__always)
    mutating func objectNext() throws(GiveUp) -> Bool {
        skipSpace()
        guard i < end else { throw GiveUp() }
        let b = base[i]
        i += 1
        if b == 0x2C { return true }
        if b == 0x7D { return false }
        throw GiveUp()
    }

    /// Consumes `[`; false when the array is empty (its `]` consumed too).
    @inline(__always)
    mutating func arrayStart() throws(GiveUp) -> Bool {
        try expect(0x5B)
        skipSpace()
        if i < end, base[i] == 0x5D { i += 1; return false }
        return true
    }

    /// After an element: true at `,`, false at `]`.
    @inline(__always)
    mutating func arrayNext() throws(GiveUp) -> Bool {
        skipSpace()
        guard i < end else { throw GiveUp() }
        let b = base[i]
        i += 1
        if b == 0x2C { return true }
        if b == 0x5D { return false }
        throw GiveUp()
    }

    /// Reads a member's key and its `:`. Returns the key's index in `keys`, or -1 for a key
    /// the type does not know (its value is then to be skipped). A repeated key gives up.
    /// `hint` is where the next key is expected: Beat writes keys sorted, so it is usually right.
    @inline(__always)
    mutating func field(_ keys: FastKeys, _ seen: inout UInt64, _ hint: inout Int) throws(GiveUp) -> Int {
        skipSpace()
        guard i < end, base[i] == 0x22 else { throw GiveUp() }
        i += 1
        // Quick: the expected key, compared as two words (keys hold no escapes or quotes).
        if i + 17 <= end, let length = keys.matches(hint, at: UnsafeRawPointer(base) + i), base[i + length] == 0x22 {
            i += length + 1
            try expect(0x3A)
            let bit: UInt64 = 1 << UInt64(hint)
            if seen & bit != 0 { throw GiveUp() }
            seen |= bit
            hint += 1
            return hint - 1
        }
        let start = i
        var lo: UInt64 = 0, hi: UInt64 = 0
        while true {
            guard i < end else { throw GiveUp() }
            let b = base[i]
            if b == 0x22 { break }
            if b == 0x5C || b < 0x20 { throw GiveUp() }
            let k = i - start
            if k < 8 { lo |= UInt64(b) << (8 * UInt64(k)) } else if k < 16 { hi |= UInt64(b) << (8 * UInt64(k - 8)) }
            i += 1
        }
        let probe = FastKey(lo: lo, hi: hi, count: i - start)
        i += 1
        try expect(0x3A)
        let found = keys.index(of: probe, hint: hint)
        if found >= 0 {
            let bit: UInt64 = 1 << UInt64(found)
            if seen & bit != 0 { throw GiveUp() }
            seen |= bit
            hint = found + 1
        }
        return found
    }

    // MARK: Values

    /// Consumes `null` if it is next; the caller then has nil.
    @inline(__always)
    mutating func null() -> Bool {
        skipSpace()
        if i + 4 <= end, base[i] == 0x6E, base[i + 1] == 0x75, base[i + 2] == 0x6C, base[i + 3] == 0x6C {
            i += 4
            return true
        }
        return false
    }

    mutating func bool() throws(GiveUp) -> Bool {
        skipSpace()
        if i + 4 <= end, base[i] == 0x74, base[i + 1] == 0x72, base[i + 2] == 0x75, base[i + 3] == 0x65 {
            i += 4
            return true
        }
        if i + 5 <= end, base[i] == 0x66, base[i + 1] == 0x61, base[i + 2] == 0x6C, base[i + 3] == 0x73, base[i + 4] == 0x65 {
            i += 5
            return false
        }
        throw GiveUp()
    }

    /// A plain integer (`-?[0-9]+`, at most 18 digits, no leading zeros); anything else gives up.
    mutating func int() throws(GiveUp) -> Int {
        skipSpace()
        var negative = false
        if i < end, base[i] == 0x2D { negative = true; i += 1 }
        let start = i
        var v = 0
        while i < end {
            let d = base[i] &- 0x30
            guard d < 10 else { break }
            v = v &* 10 &+ Int(d)
            i += 1
        }
        let n = i - start
        guard n > 0, n <= 18, !(n > 1 && base[start] == 0x30) else { throw GiveUp() }
        if i < end, base[i] == 0x2E || base[i] == 0x65 || base[i] == 0x45 { throw GiveUp() }
        return negative ? -v : v
    }

    /// The raw bytes of a string without escapes (for dates and names); gives up on escapes.
    @inline(__always)
    mutating func rawString() throws(GiveUp) -> UnsafeBufferPointer<UInt8> {
        skipSpace()
        guard i < end, base[i] == 0x22 else { throw GiveUp() }
        i += 1
        let start = i
        while true {
            guard i < end else { throw GiveUp() }
            let b = base[i]
            if b == 0x22 { break }
            if b == 0x5C || b < 0x20 { throw GiveUp() }
            i += 1
        }
        let buf = UnsafeBufferPointer(start: base + start, count: i - start)
        i += 1
        return buf
    }

    /// A string: unescaped runs are scanned eight bytes at a time.
    mutating func string() throws(GiveUp) -> String {
        skipSpace()
        guard i < end, base[i] == 0x22 else { throw GiveUp() }
        i += 1
        let start = i
        var high: UInt64 = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if FastJSON.special(w) { break }
            high |= w
            i += 8
        }
        while true {
            guard i < end else { throw GiveUp() }
            let b = base[i]
            if b == 0x22 { break }
            if b == 0x5C { return try escapedString(from: start) }
            if b < 0x20 { throw GiveUp() }
            high |= UInt64(b)
            i += 1
            // Back to whole words after the special byte that stopped them.
            while i + 8 <= end {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if FastJSON.special(w) { break }
                high |= w
                i += 8
            }
        }
        let buf = UnsafeBufferPointer(start: base + start, count: i - start)
        i += 1
        if high & 0x8080_8080_8080_8080 == 0 { return String(decoding: buf, as: UTF8.self) }
        guard let s = String(validating: buf, as: UTF8.self) else { throw GiveUp() }
        return s
    }

    /// Whether a word of eight bytes holds `"`, `\` or a control character.
    @inline(__always)
    static func special(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let q = w ^ 0x2222_2222_2222_2222, s = w ^ 0x5C5C_5C5C_5C5C_5C5C
        let zeroQ = (q &- ones) & ~q, zeroS = (s &- ones) & ~s
        let control = (w &- 0x2020_2020_2020_2020) & ~w
        return (zeroQ | zeroS | control) & highs != 0
    }

    /// The slow part of `string()`: a string with escapes, from `start` (after the quote).
    private mutating func escapedString(from start: Int) throws(GiveUp) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(i - start + 16)
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i - start))
        while true {
            guard i < end else { throw GiveUp() }
            let b = base[i]
            if b == 0x22 { i += 1; break }
            if b < 0x20 { throw GiveUp() }
            if b != 0x5C { out.append(b); i += 1; continue }
            guard i + 1 < end else { throw GiveUp() }
            let e = base[i + 1]
            i += 2
            switch e {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    // A surrogate pair; a lone half gives up (JSONDecoder judges it).
                    guard i + 6 <= end, base[i] == 0x5C, base[i + 1] == 0x75 else { throw GiveUp() }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw GiveUp() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw GiveUp()
                }
                guard let u = Unicode.Scalar(scalar) else { throw GiveUp() }
                out.append(contentsOf: UTF8.encode(u)!)
            default:
                throw GiveUp()
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw GiveUp() }
        return s
    }

    private mutating func hex4() throws(GiveUp) -> UInt32 {
        guard i + 4 <= end else { throw GiveUp() }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = base[i + k]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw GiveUp()
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }

    mutating func optionalString() throws(GiveUp) -> String? {
        if null() { return nil }
        return try string()
    }

    mutating func optionalInt() throws(GiveUp) -> Int? {
        if null() { return nil }
        return try int()
    }

    /// `YYYY-MM-DD`, a day that exists.
    mutating func day() throws(GiveUp) -> Day {
        let s = try rawString()
        guard s.count == 10, s[4] == 0x2D, s[7] == 0x2D,
              let y = FastJSON.digits(s, 0, 4), let m = FastJSON.digits(s, 5, 7), let d = FastJSON.digits(s, 8, 10),
              let day = Day(year: y, month: m, day: d) else { throw GiveUp() }
        return day
    }

    mutating func optionalDay() throws(GiveUp) -> Day? {
        if null() { return nil }
        return try day()
    }

    /// `YYYY-MM-DDTHH:MM:SS(Z|±HH:MM)`, as `Timestamp(_:)` reads it.
    mutating func timestamp() throws(GiveUp) -> Timestamp {
        let s = try rawString()
        guard s.count == 20 || s.count == 25, s[4] == 0x2D, s[7] == 0x2D, s[10] == 0x54, s[13] == 0x3A, s[16] == 0x3A,
              let y = FastJSON.digits(s, 0, 4), let mo = FastJSON.digits(s, 5, 7), let d = FastJSON.digits(s, 8, 10),
              let day = Day(year: y, month: mo, day: d),
              let h = FastJSON.digits(s, 11, 13), let mi = FastJSON.digits(s, 14, 16), let sec = FastJSON.digits(s, 17, 19),
              h < 24, mi < 60, sec < 60 else { throw GiveUp() }
        var offset = 0
        if s.count == 20 {
            guard s[19] == 0x5A else { throw GiveUp() }
        } else {
            guard s[19] == 0x2B || s[19] == 0x2D, s[22] == 0x3A,
                  let oh = FastJSON.digits(s, 20, 22), let om = FastJSON.digits(s, 23, 25), oh < 24, om < 60 else { throw GiveUp() }
            offset = (oh * 60 + om) * (s[19] == 0x2D ? -1 : 1)
        }
        return Timestamp(day: day, hour: h, minute: mi, second: sec, offsetMinutes: offset)
    }

    @inline(__always)
    static func digits(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int? {
        var v = 0
        for k in a..<b {
            let d = s[k] &- 0x30
            guard d < 10 else { return nil }
            v = v * 10 + Int(d)
        }
        return v
    }

    /// A value of a string enum, matched on its bytes.
    @inline(__always)
    mutating func value<E>(_ table: FastEnum<E>) throws(GiveUp) -> E {
        guard let v = table.match(try rawString()) else { throw GiveUp() }
        return v
    }

    mutating func strings() throws(GiveUp) -> [String] {
        var out: [String] = []
        if try arrayStart() {
            repeat { out.append(try string()) } while try arrayNext()
        }
        return out
    }

    /// `bytesEach`: a low guess of an element's size in the file, to reserve room once
    /// instead of growing (and copying) a large array many times.
    mutating func array<T: FastDecodable>(of type: T.Type, bytesEach: Int = 0) throws(GiveUp) -> [T] {
        var out: [T] = []
        if bytesEach > 0 { out.reserveCapacity((end - i) / bytesEach) }
        if try arrayStart() {
            repeat { out.append(try T(fast: &self)) } while try arrayNext()
        }
        return out
    }

    mutating func optional<T: FastDecodable>(_ type: T.Type) throws(GiveUp) -> T? {
        if null() { return nil }
        return try T(fast: &self)
    }

    // MARK: Skipping

    /// Skips a value of a key the type does not know, checking that it is valid JSON.
    mutating func skipValue(depth: Int = 0) throws(GiveUp) {
        guard depth < 256 else { throw GiveUp() }
        skipSpace()
        guard i < end else { throw GiveUp() }
        switch base[i] {
        case 0x22: try skipString()
        case 0x7B:
            if try objectStart() {
                repeat {
                    skipSpace()
                    try skipString()
                    try expect(0x3A)
                    try skipValue(depth: depth + 1)
                } while try objectNext()
            }
        case 0x5B:
            if try arrayStart() {
                repeat { try skipValue(depth: depth + 1) } while try arrayNext()
            }
        case 0x74, 0x66: _ = try bool()
        case 0x6E: guard null() else { throw GiveUp() }
        default: try skipNumber()
        }
    }

    /// A string checked for its syntax (escapes, no raw control characters) but not made:
    /// skipping costs no allocation.
    mutating func skipString() throws(GiveUp) {
        guard i < end, base[i] == 0x22 else { throw GiveUp() }
        i += 1
        let raw = UnsafeRawPointer(base)
        while true {
            while i + 8 <= end, !FastJSON.special(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            guard i < end else { throw GiveUp() }
            let b = base[i]
            if b == 0x22 { i += 1; return }
            if b < 0x20 { throw GiveUp() }
            if b == 0x5C {
                guard i + 1 < end else { throw GiveUp() }
                switch base[i + 1] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
                case 0x75:
                    i += 2
                    _ = try hex4()
                default: throw GiveUp()
                }
                continue
            }
            i += 1
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private mutating func skipNumber() throws(GiveUp) {
        if i < end, base[i] == 0x2D { i += 1 }
        func digitsRun(_ r: inout FastJSON) -> Int {
            let s = r.i
            while r.i < r.end, r.base[r.i] &- 0x30 < 10 { r.i += 1 }
            return r.i - s
        }
        let start = i
        let n = digitsRun(&self)
        guard n > 0, !(n > 1 && base[start] == 0x30) else { throw GiveUp() }
        if i < end, base[i] == 0x2E {
            i += 1
            guard digitsRun(&self) > 0 else { throw GiveUp() }
        }
        if i < end, base[i] == 0x65 || base[i] == 0x45 {
            i += 1
            if i < end, base[i] == 0x2B || base[i] == 0x2D { i += 1 }
            guard digitsRun(&self) > 0 else { throw GiveUp() }
        }
    }
}

/// A type the fast path can read.
protocol FastDecodable: SendableMetatype {
    init(fast r: inout FastJSON) throws(FastJSON.GiveUp)
}

/// Reads one value of some type from the fast path: the record itself (`Decoded`), or a
/// partial form of it that skips fields a command does not show (`LoadScope.taskList`).
protocol FastReader: SendableMetatype {
    associatedtype Value
    static func read(_ r: inout FastJSON) throws(FastJSON.GiveUp) -> Value
}

/// A record read whole, as its `FastDecodable` form reads it.
enum Decoded<T: FastDecodable>: FastReader {
    @inline(__always)
    static func read(_ r: inout FastJSON) throws(FastJSON.GiveUp) -> T { try T(fast: &r) }
}

/// A key of up to 16 bytes, packed for comparison in two words.
struct FastKey: Equatable {
    var lo: UInt64
    var hi: UInt64
    var count: Int

    init(lo: UInt64, hi: UInt64, count: Int) {
        self.lo = lo
        self.hi = hi
        self.count = count
    }

    init(_ s: String) {
        let u = Array(s.utf8)
        precondition(u.count <= 16, "FastKey: \(s) is longer than 16 bytes")
        var lo: UInt64 = 0, hi: UInt64 = 0
        for (k, b) in u.enumerated() {
            if k < 8 { lo |= UInt64(b) << (8 * UInt64(k)) } else { hi |= UInt64(b) << (8 * UInt64(k - 8)) }
        }
        self.init(lo: lo, hi: hi, count: u.count)
    }
}

/// The keys of a type, in the (sorted) order Beat writes them.
struct FastKeys: Sendable {
    private let keys: [FastKeyBox]
    private struct FastKeyBox: Sendable { var lo: UInt64, hi: UInt64, count: Int, maskLo: UInt64, maskHi: UInt64 }

    init(_ names: [String]) {
        precondition(names.count <= 64)
        keys = names.map {
            let k = FastKey($0)
            // The bytes of the key in each word: the rest of a word read from a file is not the key's.
            let maskLo: UInt64 = k.count >= 8 ? ~0 : (1 << UInt64(8 * k.count)) - 1
            let maskHi: UInt64 = k.count >= 16 ? ~0 : k.count <= 8 ? 0 : (1 << UInt64(8 * (k.count - 8))) - 1
            return FastKeyBox(lo: k.lo, hi: k.hi, count: k.count, maskLo: maskLo, maskHi: maskHi)
        }
    }

    var count: Int { keys.count }

    /// The length of key `k` when the bytes at `p` (sixteen of them readable) start with it.
    @inline(__always)
    func matches(_ k: Int, at p: UnsafeRawPointer) -> Int? {
        keys.withUnsafeBufferPointer { buf -> Int? in
            guard k < buf.count else { return nil }
            let key = buf[k]
            let lo = p.loadUnaligned(as: UInt64.self), hi = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            return lo & key.maskLo == key.lo && hi & key.maskHi == key.hi ? key.count : nil
        }
    }

    @inline(__always)
    func index(of k: FastKey, hint: Int) -> Int {
        keys.withUnsafeBufferPointer { buf in
            if hint < buf.count {
                let h = buf[hint]
                if h.lo == k.lo && h.hi == k.hi && h.count == k.count { return hint }
            }
            for j in 0..<buf.count {
                let h = buf[j]
                if h.lo == k.lo && h.hi == k.hi && h.count == k.count { return j }
            }
            return -1
        }
    }
}

/// The raw values of a string enum, for matching bytes without making a `String`.
struct FastEnum<E>: @unchecked Sendable {
    private let entries: [(bytes: [UInt8], value: E)]

    init(_ values: [(String, E)]) {
        entries = values.map { (Array($0.0.utf8), $0.1) }
    }

    @inline(__always)
    func match(_ s: UnsafeBufferPointer<UInt8>) -> E? {
        for e in entries where e.bytes.count == s.count && s.count > 0 {
            if e.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, s.baseAddress!, s.count) == 0 }) { return e.value }
        }
        return nil
    }
}

extension FastEnum where E: RawRepresentable & CaseIterable, E.RawValue == String {
    init(_ type: E.Type) { self.init(E.allCases.map { ($0.rawValue, $0) }) }
}

extension JSONCoding {
    /// Decodes `bytes` on the fast path, else the ordinary way (which explains a bad file).
    static func decodeFast<T: Decodable & FastDecodable>(_ type: T.Type, from bytes: [UInt8], file: String, lineOffset: Int = 0) throws -> T {
        if let value = FastJSON.decode(T.self, from: bytes) { return value }
        return try decode(T.self, from: bytes, file: file, lineOffset: lineOffset)
    }

    static func decodeFast<T: Decodable & FastDecodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> T {
        if let value = FastJSON.decode(T.self, from: bytes) { return value }
        return try decode(T.self, from: Array(bytes), file: file)
    }
}

extension FastJSON {
    /// A large array of objects that ends the file (`…, "tasks" : [ … ]\n}`), decoded in two
    /// halves on two cores. The halves meet at an element's opening line, `\n    {\n` as Beat
    /// writes it; when the file is laid out otherwise, or a half does not read exactly up
    /// to where the other starts, the array is decoded in one go, so the result is the same.
    mutating func arrayEndingTheFile<T: FastDecodable>(of type: T.Type, bytesEach: Int) throws(GiveUp) -> [T] {
        try arrayEndingTheFile(reading: Decoded<T>.self, bytesEach: bytesEach)
    }

    /// The same, each element read by `R` (a partial form of a record, say).
    mutating func arrayEndingTheFile<R: FastReader>(reading reader: R.Type, bytesEach: Int) throws(GiveUp) -> [R.Value] {
        skipSpace()
        let start = i
        if end - start > 1 << 20, let split = splitPoint(from: start), let halves = FastJSON.decodeHalves(R.self, base: base, end: end,
                                                                                                             start: start, split: split.at, close: split.close) {
            i = split.close + 1
            return halves
        }
        return try array(reading: R.self, bytesEach: bytesEach)
    }

    /// An array whose elements are read by `R`.
    mutating func array<R: FastReader>(reading reader: R.Type, bytesEach: Int = 0) throws(GiveUp) -> [R.Value] {
        var out: [R.Value] = []
        if bytesEach > 0 { out.reserveCapacity((end - i) / bytesEach) }
        if try arrayStart() {
            repeat { out.append(try R.read(&self)) } while try arrayNext()
        }
        return out
    }

    /// The indentation of the line the reader is on when only spaces precede it there (pretty
    /// JSON, as Beat writes it), else nil. Call it at a member's key.
    func lineIndent() -> Int? {
        var k = i - 1
        while k >= 0, base[k] == 0x20 { k -= 1 }
        guard k >= 0, base[k] == 0x0A else { return nil }
        return i - k - 1
    }

    /// Skips an array or object written pretty — its opening bracket ends its line and its
    /// closing one starts the first line indented as the member holding it (`indent`), every
    /// line between being deeper or blank — by its lines: a newline at a time, not a byte.
    /// Returns the number of its lines that open an object one level deeper (the elements of
    /// an array of objects). Nil, having read nothing, when the value is not laid out so.
    ///
    /// Its contents are not checked: only for bytes known to be as Beat wrote them (their
    /// digest matches), which JSONEncoder wrote valid. Raw newlines never occur in strings.
    mutating func skipPrettyContainer(indent: Int) throws(GiveUp) -> Int? {
        var k = i
        while k < end, base[k] == 0x20 { k += 1 }
        guard k + 1 < end, base[k] == 0x5B || base[k] == 0x7B, base[k + 1] == 0x0A else { return nil }
        let close: UInt8 = base[k] == 0x5B ? 0x5D : 0x7D
        var newline = k + 1
        var objects = 0
        while true {
            let line = newline + 1
            guard line + indent < end else { throw GiveUp() }
            var spaces = 0
            while spaces <= indent + 2, line + spaces < end, base[line + spaces] == 0x20 { spaces += 1 }
            if spaces == indent, base[line + indent] == close {
                i = line + indent + 1
                return objects
            }
            if spaces == indent + 2, line + spaces < end, base[line + spaces] == 0x7B { objects += 1 }
            guard spaces > indent || base[line + spaces] == 0x0A else { throw GiveUp() }  // not laid out as it should be
            guard let next = memchr(base + line + spaces, 0x0A, end - line - spaces) else { throw GiveUp() }
            newline = base.distance(to: next.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The number of elements of an array, each skipped (and its syntax checked).
    mutating func skipCountingElements() throws(GiveUp) -> Int {
        var n = 0
        if try arrayStart() {
            repeat {
                try skipValue(depth: 1)
                n += 1
            } while try arrayNext()
        }
        return n
    }

    /// Where the array's closing `]` is (the file ends `]`, `}`), and an element start near the middle.
    private func splitPoint(from start: Int) -> (at: Int, close: Int)? {
        var k = end - 1
        while k > start, base[k] == 0x20 || base[k] == 0x0A || base[k] == 0x0D || base[k] == 0x09 { k -= 1 }
        guard base[k] == 0x7D else { return nil }
        k -= 1
        while k > start, base[k] == 0x20 || base[k] == 0x0A || base[k] == 0x0D || base[k] == 0x09 { k -= 1 }
        guard base[k] == 0x5D else { return nil }
        let close = k
        let pattern: [UInt8] = Array("\n    {\n".utf8)
        guard let hit = ReferenceLayout.search(pattern, in: UnsafeBufferPointer(start: base, count: close), from: start + (close - start) / 2)
        else { return nil }
        return (hit + 5, close)
    }

    private static func decodeHalves<R: FastReader>(_ reader: R.Type, base: UnsafePointer<UInt8>, end: Int, start: Int, split: Int,
                                                    close: Int) -> [R.Value]? {
        typealias T = R.Value
        let out = Slots<Run<T>>(count: 2)
        let buffer = UnsafeBufferPointer(start: base, count: end)
        nonisolated(unsafe) let unsafeBuffer = buffer
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            var r = FastJSON(unsafeBuffer)
            let items = Run<T>(capacity: (close - start) / 2 / 400 + 16)
            do {
                if half == 0 {
                    r.i = start
                    guard try r.arrayStart() else { return }
                    while true {
                        items.append(try R.read(&r))
                        try r.expect(0x2C)
                        r.skipSpace()
                        if r.i == split { break }
                        if r.i > split { return }
                    }
                    out.put(0, items)
                } else {
                    r.i = split
                    repeat { items.append(try R.read(&r)) } while try r.arrayNext()
                    guard r.i == close + 1 else { return }
                    out.put(1, items)
                }
            } catch {
                return
            }
        }
        guard let a = out.value(0), let b = out.value(1) else { return nil }
        return Run.joined([a, b])
    }
}
