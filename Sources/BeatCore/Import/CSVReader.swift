/// Reads the spreadsheets a station imports (`beat import …`): RFC 4180 CSV as spreadsheets
/// save it, strictly, with every problem found at once.
///
/// - UTF-8 only; a byte order mark at the start is dropped. A line that is not UTF-8 is a
///   problem ("save the file as UTF-8"), and nothing else is read.
/// - Records end in CRLF or LF; a last line without one, and an empty last line, are fine.
/// - Fields are separated by commas. A field in double quotes may hold commas, line breaks
///   and quotes (doubled: `""`); a line break inside quotes is kept as `\n`. A quote inside
///   an unquoted field, text after a closing quote and a quote never closed are problems.
/// - The first record names the columns. With `required`/`optional` given, columns may come
///   in any order (names compared without case or surrounding spaces), every required one
///   must be there and any other is refused. Every record has as many fields as the header;
///   a record of empty fields (a blank line) is skipped.
///
/// Problems are `CSVProblem`s — `FILE:LINE: reason`, the line the record starts on — and all
/// of them are reported (`CSVProblems`), in order, so a file is fixed in one go.
///
/// ```swift
/// let sheet = try CSVReader.read(bytes, name: "officers.csv", required: ["id", "name"], optional: ["phone"])
/// for row in sheet.rows { let phone = sheet.value("phone", in: row) }
/// ```
public enum CSVReader {
    /// Reads `bytes` (named `name` in messages) and checks the header against the columns.
    public static func read(_ bytes: [UInt8], name: String, required: [String], optional: [String]) throws -> CSVFile {
        try read(bytes, name: name, columns: (required, optional))
    }

    /// Reads `bytes` as CSV whose first record names the columns (each once, none empty).
    public static func read(_ bytes: [UInt8], name: String) throws -> CSVFile {
        try read(bytes, name: name, columns: nil)
    }

    private static func read(_ bytes: [UInt8], name: String, columns: (required: [String], optional: [String])?) throws -> CSVFile {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Encoding first: text that is not UTF-8 cannot be read field by field.
        var problems: [CSVProblem] = []
        var line = 1
        var start = body.startIndex
        for i in body.indices where body[i] == 10 || i == body.endIndex - 1 {
            let end = body[i] == 10 ? i : i + 1
            if String(validating: body[start..<end], as: UTF8.self) == nil {
                problems.append(CSVProblem(file: name, line: line, reason: L10n.csvNotUTF8))
            }
            line += 1
            start = i + 1
        }
        if !problems.isEmpty { throw CSVProblems(problems: problems) }

        var records: [(line: Int, fields: [String])] = []
        var parser = Parser(bytes: Array(body), file: name)
        parser.parse(&records, &problems)
        guard let head = records.first else {
            problems.insert(CSVProblem(file: name, line: 1, reason: L10n.csvEmpty), at: 0)
            throw CSVProblems(problems: problems)
        }
        var header = head.fields.map(\.trimmed)
        var seen = Set<String>()
        for column in header {
            let key = column.lowercased()
            if key.isEmpty {
                problems.append(CSVProblem(file: name, line: head.line, reason: L10n.csvEmptyColumnName))
            } else if !seen.insert(key).inserted {
                problems.append(CSVProblem(file: name, line: head.line, reason: L10n.csvColumnTwice(column)))
            }
        }
        if let (required, optional) = columns {
            let known = required + optional
            header = header.map { column in
                if let match = known.first(where: { $0.lowercased() == column.lowercased() }) { return match }
                if !column.isEmpty { problems.append(CSVProblem(file: name, line: head.line, reason: L10n.csvUnknownColumn(column, known))) }
                return column
            }
            for r in required where !header.contains(r) {
                problems.append(CSVProblem(file: name, line: head.line, reason: L10n.csvMissingColumn(r)))
            }
        }
        var rows: [CSVFile.Row] = []
        for r in records.dropFirst() {
            if r.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            guard r.fields.count == header.count else {
                problems.append(CSVProblem(file: name, line: r.line, reason: L10n.csvFieldCount(r.fields.count, header.count)))
                continue
            }
            rows.append(CSVFile.Row(line: r.line, fields: r.fields))
        }
        // Stable: the header's problems first, then by line.
        if !problems.isEmpty { throw CSVProblems(problems: problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)) }
        return CSVFile(name: name, header: header, rows: rows)
    }

    /// The state machine: one pass over the bytes, a record at a time.
    private struct Parser {
        let bytes: [UInt8]
        let file: String
        var i = 0
        var line = 1

        mutating func parse(_ records: inout [(line: Int, fields: [String])], _ problems: inout [CSVProblem]) {
            while i < bytes.count {
                let start = line
                var fields: [String] = []
                var failed: String?
                record: while true {
                    switch field() {
                    case .success(let (text, end)):
                        fields.append(text)
                        if end == .comma { continue record }
                        break record
                    case .failure(let why):
                        failed = why.reason
                        // The rest of the line is skipped: the next record starts on the next line.
                        skipLine(toEnd: why.inQuotes)
                        break record
                    }
                }
                if let failed { problems.append(CSVProblem(file: file, line: start, reason: failed)) } else { records.append((start, fields)) }
            }
        }

        enum End { case comma, record }
        struct Failure: Error { var reason: String; var inQuotes: Bool }

        /// One field and what ended it; at the end of the input, the record.
        mutating func field() -> Result<(String, End), Failure> {
            var out: [UInt8] = []
            if i < bytes.count, bytes[i] == 34 {
                i += 1
                while true {
                    guard i < bytes.count else { return .failure(Failure(reason: L10n.csvQuoteNeverClosed, inQuotes: true)) }
                    let b = bytes[i]
                    if b == 34 {
                        if i + 1 < bytes.count, bytes[i + 1] == 34 { out.append(34); i += 2; continue }
                        i += 1
                        break
                    }
                    if b == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { i += 1; continue }  // CRLF inside quotes: \n
                    if b == 10 { line += 1 }
                    out.append(b)
                    i += 1
                }
                guard let end = fieldEnd() else { return .failure(Failure(reason: L10n.csvTextAfterQuote, inQuotes: false)) }
                return .success((String(decoding: out, as: UTF8.self), end))
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == 44 || b == 10 || (b == 13 && i + 1 < bytes.count && bytes[i + 1] == 10) { break }
                if b == 34 { return .failure(Failure(reason: L10n.csvQuoteInField, inQuotes: false)) }
                out.append(b)
                i += 1
            }
            return .success((String(decoding: out, as: UTF8.self), fieldEnd() ?? .record))
        }

        /// Consumes what ends a field: a comma, a line break, or the end; nil for anything else.
        mutating func fieldEnd() -> End? {
            guard i < bytes.count else { return .record }
            switch bytes[i] {
            case 44: i += 1; return .comma
            case 10: i += 1; line += 1; return .record
            case 13 where i + 1 < bytes.count && bytes[i + 1] == 10: i += 2; line += 1; return .record
            default: return nil
            }
        }

        /// Skips to the start of the next line after a problem (to the end, for a quote never closed).
        mutating func skipLine(toEnd: Bool) {
            guard !toEnd else { i = bytes.count; return }
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b == 10 { line += 1; return }
            }
        }
    }
}

/// A CSV file as read: its column names and its records (the header not among them).
public struct CSVFile: Sendable, Equatable {
    /// One record: the line it starts on, and its fields as written.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    /// The file's name as messages give it.
    public var name: String
    /// Column names in the file's order (after a check against known columns, their known spelling).
    public var header: [String]
    public var rows: [Row]

    /// Whether the file has this column.
    public func has(_ column: String) -> Bool { header.contains(column) }

    /// The cell of `column` in `row`, without surrounding spaces; nil when the file has no
    /// such column or the cell is empty.
    public func value(_ column: String, in row: Row) -> String? {
        guard let k = header.firstIndex(of: column), k < row.fields.count else { return nil }
        let v = row.fields[k].trimmed
        return v.isEmpty ? nil : v
    }

    /// A problem with `row`.
    public func problem(_ row: Row, _ reason: String) -> CSVProblem { CSVProblem(file: name, line: row.line, reason: reason) }
}

/// One problem in a file: `FILE:LINE: reason`.
public struct CSVProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public var description: String { "\(file):\(line): \(reason)" }
}

/// Every problem found in a file, in order of lines.
public struct CSVProblems: Error, Sendable, Equatable {
    public var problems: [CSVProblem]
    public init(problems: [CSVProblem]) { self.problems = problems }
}
