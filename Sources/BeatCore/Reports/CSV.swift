import Foundation

/// RFC 4180 CSV for spreadsheets: UTF-8, comma-separated, CRLF line ends, a header row,
/// fields quoted when they hold a comma, a quote or a line break (quotes doubled).
///
/// Store text is one line per field (`SafeText.line`: line breaks become `↵`), and text
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) gets a
/// leading `'`, the usual guard against CSV injection.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[CSVField]] = []

    public init(header: [String]) { self.header = header }

    /// One field: text from the store (made safe), or a value written as is.
    public enum CSVField: Sendable, Equatable {
        case text(String)
        case raw(String)
    }

    public mutating func add(_ row: [CSVField]) { rows.append(row) }

    /// The CSV text, every line ending in CRLF.
    public func rendered() -> String {
        var out = CSVTable.line(header.map(CSVTable.quote))
        for r in rows {
            out += CSVTable.line(r.map {
                switch $0 {
                case .text(let s): return CSVTable.quote(CSVTable.guarded(SafeText.line(s)))
                case .raw(let s): return CSVTable.quote(s)
                }
            })
        }
        return out
    }

    static func line(_ fields: [String]) -> String { fields.joined(separator: ",") + "\r\n" }

    static func quote(_ s: String) -> String {
        var special = false, quotes = false
        for u in s.utf8 {
            if u == 34 { quotes = true; special = true; break }
            if u == 44 || u == 13 || u == 10 { special = true }
        }
        guard special else { return s }
        guard quotes else { return "\"" + s + "\"" }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// Text starting like a formula gets a leading `'`, so a spreadsheet shows it as text.
    static func guarded(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }
}

/// The CSV form of a report: its main table (every table with the document's `mainTable`
/// id, rows in order), all columns including those the text shows elsewhere, keys as the
/// header, no totals row.
struct ReportCSVRenderer {
    func render(_ doc: ReportDocument) -> String {
        let tables = doc.tables.filter { $0.id == doc.mainTable }
        guard let first = tables.first else { return "" }
        var csv = CSVTable(header: first.columns.map(\.key))
        for t in tables {
            for row in t.rows { csv.add(row.map(ReportCSVRenderer.field)) }
        }
        return csv.rendered()
    }

    static func field(_ v: ReportValue) -> CSVTable.CSVField {
        switch v {
        case .text(let s): return .text(s)
        case .int(let i): return .raw(String(i))
        case .day(let d): return .raw(d.description)
        case .progress(let done, let total): return .raw(ReportValue.percent(done: done, total: total).map(String.init) ?? "")
        case .decimal(let d, let places): return .raw(String(format: "%.\(places)f", d))
        case .none: return .raw("")
        }
    }
}
