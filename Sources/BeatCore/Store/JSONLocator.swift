/// Finds where in a JSON text something is: the first syntax error, or the value at a
/// coding path. Used only to explain a bad file (`file:line:column: reason`), so it favours
/// clarity over speed.
struct JSONLocator {
    let bytes: [UInt8]
    private var i = 0
    private static let maxDepth = 256

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// A place in the text: 1-based line and column (columns count characters, not bytes).
    struct Place: Equatable {
        var line: Int
        var column: Int
    }

    /// The line and column of a byte offset.
    func place(of offset: Int) -> Place {
        var line = 1, col = 1
        var k = 0
        let end = min(offset, bytes.count)
        while k < end {
            let b = bytes[k]
            if b == 10 { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
            k += 1
        }
        return Place(line: line, column: col)
    }

    /// The first syntax error: its offset and a plain reason; nil when the text is valid JSON.
    mutating func syntaxError() -> (offset: Int, reason: String)? {
        i = 0
        do {
            skipSpace()
            try value(depth: 0)
            skipSpace()
            if i < bytes.count { return (i, L10n.jsonTextAfterValue) }
            return nil
        } catch let e as Failure {
            return (e.offset, e.reason)
        } catch {
            return (i, "\(error)")
        }
    }

    /// The offset of the value at `path` (object keys and array indexes), or of the deepest
    /// part of it that exists.
    mutating func offset(of path: [PathElement]) -> Int {
        i = 0
        skipSpace()
        for element in path {
            let start = i
            guard i < bytes.count else { return start }
            switch element {
            case .key(let k):
                guard bytes[i] == 123 else { return start }
                i += 1
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 34, let key = try? string() else { return start }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 58 else { return start }
                    i += 1
                    skipSpace()
                    if key == k { break }
                    guard (try? value(depth: 0)) != nil else { return start }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 44 else { return start }
                    i += 1
                }
            case .index(let n):
                guard bytes[i] == 91 else { return start }
                i += 1
                skipSpace()
                var k = 0
                while k < n {
                    guard (try? value(depth: 0)) != nil else { return start }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 44 else { return start }
                    i += 1
                    skipSpace()
                    k += 1
                }
            }
        }
        return i
    }

    enum PathElement: Equatable {
        case key(String)
        case index(Int)
    }

    private struct Failure: Error {
        var offset: Int
        var reason: String
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 13 || bytes[i] == 9 { i += 1 }
    }

    private func fail(_ reason: String, at offset: Int? = nil) -> Failure { Failure(offset: offset ?? i, reason: reason) }

    private mutating func value(depth: Int) throws {
        guard depth < JSONLocator.maxDepth else { throw fail(L10n.jsonTooDeep(JSONLocator.maxDepth)) }
        guard i < bytes.count else { throw fail(L10n.jsonEndsInValue) }
        switch bytes[i] {
        case 123: // {
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == 125 { i += 1; return }
            while true {
                skipSpace()
                guard i < bytes.count else { throw fail(L10n.jsonEndsInObject) }
                guard bytes[i] == 34 else { throw fail(L10n.jsonExpectedKey) }
                _ = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == 58 else { throw fail(L10n.jsonExpectedColon) }
                i += 1
                skipSpace()
                try value(depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw fail(L10n.jsonEndsInObject) }
                if bytes[i] == 44 { i += 1; continue }
                if bytes[i] == 125 { i += 1; return }
                throw fail(L10n.jsonExpectedObjectEnd)
            }
        case 91: // [
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == 93 { i += 1; return }
            while true {
                skipSpace()
                try value(depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw fail(L10n.jsonEndsInList) }
                if bytes[i] == 44 { i += 1; continue }
                if bytes[i] == 93 { i += 1; return }
                throw fail(L10n.jsonExpectedListEnd)
            }
        case 34:
            _ = try string()
        case 116: try literal("true")
        case 102: try literal("false")
        case 110: try literal("null")
        case 45, 48...57: try number()
        default:
            throw fail(L10n.jsonExpectedValue)
        }
    }

    private mutating func literal(_ word: String) throws {
        for b in word.utf8 {
            guard i < bytes.count, bytes[i] == b else { throw fail(L10n.jsonExpectedWord(word)) }
            i += 1
        }
    }

    private mutating func number() throws {
        let start = i
        if bytes[i] == 45 { i += 1 }
        var digits = 0
        let first = i
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1; digits += 1 }
        guard digits > 0 else { throw fail(L10n.jsonNumberNeedsDigits, at: start) }
        guard bytes[first] != 48 || digits == 1 else { throw fail(L10n.jsonNumberLeadingZero, at: start) }
        var whole = true
        if i < bytes.count, bytes[i] == 46 {
            i += 1
            var d = 0
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1; d += 1 }
            guard d > 0 else { throw fail(L10n.jsonNumberNeedsFraction) }
            whole = false
        }
        if i < bytes.count, bytes[i] == 101 || bytes[i] == 69 {
            i += 1
            if i < bytes.count, bytes[i] == 43 || bytes[i] == 45 { i += 1 }
            var d = 0
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1; d += 1 }
            guard d > 0 else { throw fail(L10n.jsonNumberNeedsExponent) }
            whole = false
        }
        // Beat's numbers are whole and fit 64 bits; a longer one cannot be read at all.
        if whole, Int(String(decoding: bytes[start..<i], as: UTF8.self)) == nil {
            throw fail(L10n.jsonNumberTooLarge, at: start)
        }
    }

    private mutating func string() throws -> String {
        let start = i
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw fail(L10n.jsonEndsInString, at: start) }
            let b = bytes[i]
            if b == 34 { i += 1; break }
            if b < 32 { throw fail(L10n.jsonControlInString) }
            if b == 92 {
                i += 1
                guard i < bytes.count else { throw fail(L10n.jsonEndsInString, at: start) }
                switch bytes[i] {
                case 34, 92, 47, 98, 102, 110, 114, 116: out.append(bytes[i]); i += 1
                case 117:
                    let unit = try hex4(at: i + 1)
                    i += 5
                    if unit >= 0xDC00 && unit <= 0xDFFF { throw fail(L10n.jsonLoneLowSurrogate, at: i - 6) }
                    if unit >= 0xD800 && unit <= 0xDBFF {
                        guard i + 1 < bytes.count, bytes[i] == 92, bytes[i + 1] == 117,
                              let low = try? hex4(at: i + 2), low >= 0xDC00 && low <= 0xDFFF else {
                            throw fail(L10n.jsonLoneHighSurrogate, at: i - 6)
                        }
                        i += 6
                    }
                default: throw fail(L10n.jsonUnknownEscape)
                }
                continue
            }
            if b >= 0x80 {
                // Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
                let len = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
                let second: ClosedRange<UInt8> = b == 0xE0 ? 0xA0...0xBF : b == 0xED ? 0x80...0x9F
                    : b == 0xF0 ? 0x90...0xBF : b == 0xF4 ? 0x80...0x8F : 0x80...0xBF
                guard len > 0, i + len <= bytes.count, second.contains(bytes[i + 1]),
                      (1..<len).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) else {
                    throw fail(L10n.jsonInvalidUTF8)
                }
                out.append(contentsOf: bytes[i..<(i + len)])
                i += len
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func hex4(at k: Int) throws -> Int {
        var v = 0
        for j in 0..<4 {
            guard k + j < bytes.count, isHex(bytes[k + j]) else { throw fail(L10n.jsonEscapeNeedsHex) }
            let c = Int(bytes[k + j])
            v = v * 16 + (c <= 57 ? c - 48 : (c | 32) - 87)
        }
        return v
    }

    private func isHex(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102) }
}

extension JSONLocator.PathElement {
    /// Converts a Codable coding path.
    static func from(_ path: [CodingKey]) -> [JSONLocator.PathElement] {
        path.map { k in k.intValue.map { .index($0) } ?? .key(k.stringValue) }
    }
}
