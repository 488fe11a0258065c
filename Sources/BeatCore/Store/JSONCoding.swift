import Foundation

/// The one JSON form Beat writes: UTF-8, sorted keys, no escaped slashes; pretty for
/// snapshots a person may read, one line for journal entries.
enum JSONCoding {
    static func encoder(pretty: Bool) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        Array(try encoder(pretty: pretty).encode(value))
    }

    /// Decodes `bytes`, or throws `.badData` naming `file:line:column` and a plain reason.
    /// `lineOffset` is added to line numbers (for one line of a journal).
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], file: String, lineOffset: Int = 0) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw BeatError.badData(explain(error, bytes: bytes, file: file, lineOffset: lineOffset))
        }
    }

    static func explain(_ error: DecodingError, bytes: [UInt8], file: String, lineOffset: Int) -> String {
        var locator = JSONLocator(bytes)
        if let (offset, reason) = locator.syntaxError() {
            return located(file, locator.place(of: offset), lineOffset, L10n.jsonSyntax(reason))
        }
        let path: [CodingKey]
        let reason: String
        switch error {
        case .typeMismatch(let t, let c):
            path = c.codingPath
            reason = L10n.jsonWrongType(key: describe(c.codingPath), expected: typeName(t))
        case .valueNotFound(let t, let c):
            path = c.codingPath
            reason = L10n.jsonWrongType(key: describe(c.codingPath), expected: typeName(t))
        case .keyNotFound(let k, let c):
            path = c.codingPath
            reason = L10n.jsonMissingKey(k.stringValue, in: describe(c.codingPath))
        case .dataCorrupted(let c):
            path = c.codingPath
            reason = L10n.jsonBadValue(key: describe(c.codingPath), c.debugDescription)
        @unknown default:
            path = []
            reason = "\(error)"
        }
        let offset = locator.offset(of: JSONLocator.PathElement.from(path))
        return located(file, locator.place(of: offset), lineOffset, reason)
    }

    /// `file:line:column: reason` for a value at `path` in `bytes`.
    static func locate(_ path: [JSONLocator.PathElement], in bytes: [UInt8], file: String, lineOffset: Int = 0, reason: String) -> String {
        var locator = JSONLocator(bytes)
        return located(file, locator.place(of: locator.offset(of: path)), lineOffset, reason)
    }

    private static func located(_ file: String, _ p: JSONLocator.Place, _ lineOffset: Int, _ reason: String) -> String {
        "\(file):\(p.line + lineOffset):\(p.column): \(reason)"
    }

    private static func describe(_ path: [CodingKey]) -> String {
        var s = ""
        for k in path {
            if let i = k.intValue { s += "[\(i)]" } else { s += s.isEmpty ? k.stringValue : "." + k.stringValue }
        }
        return s.isEmpty ? "(top)" : s
    }

    private static func typeName(_ t: Any.Type) -> String {
        switch t {
        case is String.Type: return tr("tekst", "a text")
        case is Int.Type, is Int64.Type, is Double.Type: return tr("liczba", "a number")
        case is Bool.Type: return tr("true/false", "true/false")
        default:
            let n = "\(t)"
            if n.hasPrefix("Array") { return tr("lista", "a list") }
            if n.hasPrefix("Optional") { return tr("wartość", "a value") }
            return tr("obiekt", "an object") + " (\(n))"
        }
    }
}

extension L10n {
    static func jsonSyntax(_ reason: String) -> String {
        tr("niepoprawny JSON: \(reason)", "not valid JSON: \(reason)")
    }
    static func jsonWrongType(key: String, expected: String) -> String {
        tr("„\(key)” ma zły typ; oczekiwano: \(expected)", "\"\(key)\" has the wrong type; expected \(expected)")
    }
    static func jsonMissingKey(_ key: String, in path: String) -> String {
        tr("brak pola „\(key)” w \(path)", "the field \"\(key)\" is missing in \(path)")
    }
    static func jsonBadValue(key: String, _ detail: String) -> String {
        tr("zła wartość „\(key)”: \(detail)", "bad value at \"\(key)\": \(detail)")
    }
}
