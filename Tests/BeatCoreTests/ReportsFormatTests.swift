@testable import BeatCore
import Foundation
import XCTest

/// The promises of each form, checked on every kind of printout of the fixture (whose text
/// is hostile on purpose): lines fit the width, nothing from the store reaches any output
/// as a control character, and CSV, JSON and iCalendar parse back to what went in.
final class ReportsFormatTests: XCTestCase {

    func documents() throws -> [(String, ReportDocument)] {
        try ReportFixture.cases.map { ($0.name, try ReportFixture.document($0.kind, $0.options)) }
    }

    // MARK: Width

    func testEveryLineOfEveryKindFitsTheWidthInDisplayColumns() throws {
        for (name, doc) in try documents() {
            for width in 20...200 {
                let text = doc.render(.text, width: width, pageLength: width % 3 == 0 ? 24 : nil)
                for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let shown = line.hasPrefix("\u{0C}") ? String(line.dropFirst()) : String(line)
                    XCTAssertLessThanOrEqual(DisplayWidth.of(shown), width, "\(name) at \(width), line \(i + 1): \(shown)")
                    XCTAssertFalse(shown.hasSuffix(" "), "\(name) at \(width), line \(i + 1) ends in a space")
                }
            }
        }
    }

    func testNarrowPagesKeepNumbersWholeAndSayWhatTheyCut() throws {
        // At 40 columns the plan's task table moves columns under its rows instead of cutting.
        let text = try ReportFixture.document(.plan, ReportOptions(plan: 2)).render(.text, width: 40)
        XCTAssertTrue(text.contains("    Wykonawca: Wiśniewski"), text)
        XCTAssertTrue(text.contains("2026-11-10"), text)
        // A table too wide for the page splits, the first column repeated in each part.
        let months = try ReportFixture.document(.contacts, ReportOptions()).render(.text, width: 50)
        let headers = months.split(separator: "\n").filter { $0.hasPrefix("Kategoria") }
        XCTAssertGreaterThanOrEqual(headers.count, 2, months)
        for key in ["2026-06", "2026-11"] {
            let parts = key.split(separator: "-")
            XCTAssertTrue(months.contains(key) || months.contains(parts[0] + "-") && months.contains(String(parts[1])), key)
        }
    }

    // MARK: Control characters

    /// The scalars no output may hold: C0 and C1 controls, DEL, line separators and
    /// bidirectional controls — except the line ends and page breaks each form allows.
    func forbidden(_ text: String, crlf: Bool, formFeed: Bool) -> String? {
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            if v == 0x0A {
                if crlf, i == 0 || scalars[i - 1] != "\r" { return "a bare LF at \(i)" }
                continue
            }
            if v == 0x0D, crlf, i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
            if v == 0x0C, formFeed { continue }
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                return String(format: "U+%04X at %d", v, i)
            }
        }
        return nil
    }

    func testNoOutputInAnyFormatHoldsAControlCharacter() throws {
        for (name, doc) in try documents() {
            for (form, text) in [("text", doc.render(.text, width: 80)), ("narrow", doc.render(.text, width: 20)),
                                 ("pages", doc.render(.text, width: 60, pageLength: 20)), ("markdown", doc.render(.markdown)),
                                 ("csv", doc.render(.csv)), ("json", doc.render(.json))] {
                XCTAssertNil(forbidden(text, crlf: form == "csv", formFeed: form == "pages"), "\(name) \(form)")
            }
        }
        let m = ReportFixture.model
        XCTAssertNil(forbidden(TaskCalendar.ics(model: m, storeID: "s"), crlf: true, formFeed: false), "ics")
        for kind in DataExport.Kind.allCases {
            XCTAssertNil(forbidden(DataExport.csv(kind, model: m, today: ReportFixture.today, personalData: true), crlf: true, formFeed: false),
                         "csv \(kind)")
        }
        XCTAssertNil(forbidden(try StoreExport.json(model: m, storeID: "s", clock: ReportFixture.clock), crlf: false, formFeed: false), "json")
    }

    func testHostileTextIsShownAsVisiblePlaceholders() throws {
        // The check above must not pass because the hostile records were left out.
        let officer = try ReportFixture.document(.officer, ReportOptions(officer: "kaczmarek")).render(.text, width: 80)
        XCTAssertTrue(officer.contains("Zgłoszenie ␛[31mCZERWONY␛[0m z ulicy"), officer)
        XCTAssertTrue(officer.contains("␛]0;tytuł␇"), officer)
        let json = try ReportFixture.document(.officer, ReportOptions(officer: "kaczmarek")).render(.json)
        XCTAssertTrue(json.contains("\\u001b[31mCZERWONY"), "JSON escapes rather than replaces")
        XCTAssertTrue(json.contains("\\u202e"), "bidirectional overrides escaped")
    }

    // MARK: Personal data

    func testResidentsPersonalDataOnlyWithTheFlagAndThenTheFooterSaysSo() throws {
        let without = try ReportFixture.document(.officer, ReportOptions(officer: "kaczmarek"))
        let with = try ReportFixture.document(.officer, ReportOptions(officer: "kaczmarek", withPersonalData: true))
        let names = ReportFixture.model.contacts.compactMap { $0.resident?.name }.map(SafeText.line)
        let phones = ReportFixture.model.contacts.compactMap { $0.resident?.phone }
        for doc in [without] + (try ReportFixture.cases.filter { !$0.options.withPersonalData }.map { try ReportFixture.document($0.kind, $0.options) }) {
            for format in ReportFormat.allCases {
                let out = doc.render(format, width: 132)
                for n in names where out.contains(n) { XCTFail("\(doc.kind) \(format) shows the resident \(n)") }
                for p in phones where out.contains(p) { XCTFail("\(doc.kind) \(format) shows the phone \(p)") }
            }
            XCTAssertFalse(doc.footer.personalData)
        }
        let text = with.render(.text, width: 100)
        XCTAssertTrue(text.contains("Zdzisława ␛[7mŁęcka"), text)
        XCTAssertTrue(text.contains("+48 600 100 200"), text)
        XCTAssertTrue(text.contains("ZAWIERA DANE OSOBOWE MIESZKAŃCÓW"), text)
        XCTAssertTrue(with.render(.json).contains("\"personalData\": true"))
        XCTAssertFalse(DataExport.csv(.contacts, model: ReportFixture.model, today: ReportFixture.today).contains("Łęcka"))
    }

    // MARK: CSV

    func testCSVParsesBackToTheMainTable() throws {
        for (name, doc) in try documents() {
            let csv = doc.render(.csv)
            XCTAssertTrue(csv.hasSuffix("\r\n"), name)
            let records = try CSVParser.parse(csv)
            let main = doc.tables.filter { $0.id == doc.mainTable }
            XCTAssertFalse(main.isEmpty, name)
            XCTAssertEqual(records.first, main[0].columns.map(\.key), name)
            let rows = main.flatMap(\.rows)
            XCTAssertEqual(records.count - 1, rows.count, name)
            for (r, row) in zip(records.dropFirst(), rows) {
                XCTAssertEqual(r.count, row.count, name)
                for (field, value) in zip(r, row) {
                    switch value {
                    case .text(let s): XCTAssertEqual(field, CSVTable.guarded(SafeText.line(s)), name)
                    case .int(let i): XCTAssertEqual(field, String(i), name)
                    case .day(let d): XCTAssertEqual(field, d.description, name)
                    case .none: XCTAssertEqual(field, "", name)
                    case .progress(let done, let total): XCTAssertEqual(field, ReportValue.percent(done: done, total: total).map(String.init) ?? "")
                    case .decimal(let d, _): XCTAssertEqual(Double(field) ?? -1, d, accuracy: 0.05)
                    }
                }
            }
        }
    }

    func testCSVExportsParseBackOneRowPerRecord() throws {
        let m = ReportFixture.model
        let tasks = try CSVParser.parse(DataExport.csv(.tasks, model: m, today: ReportFixture.today))
        XCTAssertEqual(tasks.count - 1, m.tasks.count)
        let title = tasks[0].firstIndex(of: "title")!
        let hostile = try XCTUnwrap(tasks.first { $0[0] == String(m.tasks.last!.id - 1) })
        XCTAssertEqual(hostile[title], SafeText.line(ReportFixture.hostileTitle))
        let contacts = try CSVParser.parse(DataExport.csv(.contacts, model: m, today: ReportFixture.today, personalData: true))
        XCTAssertEqual(contacts.count - 1, m.contacts.count)
        let summary = contacts[0].firstIndex(of: "summary")!, name = contacts[0].firstIndex(of: "residentName")!
        XCTAssertEqual(contacts.last![summary], "'" + SafeText.line(ReportFixture.hostileSummary), "a formula is defused")
        XCTAssertEqual(contacts.last![name], SafeText.line("Zdzisława \u{1B}[7mŁęcka"))
        let plans = try CSVParser.parse(DataExport.csv(.plans, model: m, today: ReportFixture.today))
        XCTAssertEqual(plans.count - 1, m.plans.count)
        XCTAssertTrue(plans.allSatisfy { $0.count == plans[0].count })
    }

    // MARK: JSON

    func testJSONDecodesBackToTheDocument() throws {
        for (name, doc) in try documents() {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(doc.render(.json).utf8)) as? [String: Any], name)
            XCTAssertEqual(object["format"] as? String, "beat-report")
            XCTAssertEqual(object["version"] as? Int, 1)
            XCTAssertEqual(object["kind"] as? String, doc.kind)
            XCTAssertEqual(object["title"] as? String, doc.title)
            XCTAssertEqual((object["header"] as? [[String: Any]])?.map { $0["key"] as? String }, doc.header.map(\.key))
            let blocks = try XCTUnwrap(object["blocks"] as? [[String: Any]])
            XCTAssertEqual(blocks.count, doc.blocks.count, name)
            let tables = blocks.filter { $0["type"] as? String == "table" }
            XCTAssertEqual(tables.count, doc.tables.count, name)
            for (json, table) in zip(tables, doc.tables) {
                let rows = try XCTUnwrap(json["rows"] as? [[String: Any]])
                XCTAssertEqual(rows.count, table.rows.count)
                for (r, row) in zip(rows, table.rows) {
                    XCTAssertEqual(Set(r.keys), Set(table.columns.map(\.key)), "every key, null or not")
                    for (c, value) in zip(table.columns, row) {
                        if case .text(let s) = value { XCTAssertEqual(r[c.key] as? String, s, "text kept exactly") }
                        if case .int(let i) = value { XCTAssertEqual(r[c.key] as? Int, i) }
                        if case .none = value { XCTAssertTrue(r[c.key] is NSNull) }
                    }
                }
            }
            let footer = try XCTUnwrap(object["footer"] as? [String: Any])
            XCTAssertEqual(footer["generated"] as? String, "2026-11-22", "the pinned day only")
            XCTAssertEqual((footer["store"] as? [String: Any])?["seq"] as? Int, 0)
        }
    }

    func testStoreExportDecodesBackToTheModel() throws {
        struct Back: Decodable {
            var format: String
            var version: Int
            var store: String
            var exported: String
            var tasks: [PlanTask]
            var contacts: [ResidentContact]
            var plans: [SafetyPlan]
            var officers: [Officer]
            var meetings: [Meeting]
        }
        let m = ReportFixture.model
        let back = try JSONDecoder().decode(Back.self, from: Data(try StoreExport.json(model: m, storeID: "s", clock: ReportFixture.clock).utf8))
        XCTAssertEqual(back.format, "beat-export")
        XCTAssertEqual(back.exported, "2026-11-22")
        XCTAssertEqual(back.tasks, m.tasks, "lossless, hostile text included")
        XCTAssertEqual(back.contacts, m.contacts)
        XCTAssertEqual(back.plans, m.plans)
        XCTAssertEqual(back.meetings, m.meetings)
    }

    // MARK: Markdown

    func testMarkdownTablesKeepTheirShapeAndEscapeStoreText() throws {
        for (name, doc) in try documents() {
            let md = doc.render(.markdown)
            var columns: Int?
            for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else { columns = nil; continue }
                // Pipes not escaped by a backslash separate cells.
                var n = 0, escaped = false
                for ch in line {
                    if ch == "|" && !escaped { n += 1 }
                    escaped = ch == "\\" && !escaped
                }
                if let c = columns { XCTAssertEqual(n, c, "\(name): \(line)") } else { columns = n }
            }
        }
        let md = try ReportFixture.document(.officer, ReportOptions(officer: "kaczmarek")).render(.markdown)
        XCTAssertTrue(md.contains("z ulicy \\| Łódzkiej"), md)
        XCTAssertTrue(md.contains("\\*gwiazdki\\* \\[link\\](x)"), md)
    }

    // MARK: iCalendar

    func testCalendarUnfoldsAndParsesBackToTheOpenTasks() throws {
        let m = ReportFixture.model
        let ics = TaskCalendar.ics(model: m, storeID: "demo-kalisz")
        let bytes = Array(ics.utf8)
        var physical: [[UInt8]] = []
        var start = 0
        for i in bytes.indices where i > 0 && bytes[i - 1] == 13 && bytes[i] == 10 {
            physical.append(Array(bytes[start..<(i - 1)]))
            start = i + 1
        }
        XCTAssertEqual(start, bytes.count, "every line ends in CRLF")
        for line in physical {
            XCTAssertLessThanOrEqual(line.count, 75, "folded at 75 octets")
            XCTAssertNotNil(String(validating: line, as: UTF8.self), "no UTF-8 sequence split by a fold")
            XCTAssertFalse(line.contains(10) || line.contains(13))
        }
        // Unfold: a line starting with a space continues the one before.
        var lines: [String] = []
        for p in physical {
            let s = String(decoding: p, as: UTF8.self)
            if s.hasPrefix(" ") { lines[lines.count - 1] += s.dropFirst() } else { lines.append(s) }
        }
        XCTAssertEqual(lines.first, "BEGIN:VCALENDAR")
        XCTAssertEqual(lines.last, "END:VCALENDAR")
        var todos: [[String: String]] = []
        var current: [String: String]?
        for l in lines {
            if l == "BEGIN:VTODO" { current = [:]; continue }
            if l == "END:VTODO" { todos.append(current!); current = nil; continue }
            guard current != nil, let colon = l.firstIndex(of: ":") else { continue }
            current![String(l[..<colon])] = String(l[l.index(after: colon)...])
        }
        let expected = m.tasks.filter { $0.isOpen && $0.due != nil }
        XCTAssertEqual(todos.count, expected.count)
        XCTAssertEqual(Set(todos.compactMap { $0["UID"] }), Set(expected.map { "task-\($0.id)@demo-kalisz" }))
        for t in expected {
            let todo = try XCTUnwrap(todos.first { $0["UID"] == "task-\(t.id)@demo-kalisz" })
            XCTAssertEqual(todo["DUE;VALUE=DATE"], t.due!.description.replacingOccurrences(of: "-", with: ""))
            XCTAssertEqual(unescape(todo["SUMMARY"]!), SafeText.lines("[nr \(t.id)] \(t.title)"))
            XCTAssertNotNil(todo["DTSTAMP"].flatMap { $0.count == 16 && $0.hasSuffix("Z") ? $0 : nil })
        }
        let hostile = todos.first { $0["SUMMARY"]!.contains("CZERWONY") }!["SUMMARY"]!
        XCTAssertTrue(hostile.contains("Łódzkiej\\, \"cytat\"\\;"), hostile)
    }

    /// RFC 5545 TEXT unescaping.
    func unescape(_ s: String) -> String {
        var out = "", escaped = false
        for ch in s {
            if escaped { out.append(ch == "n" || ch == "N" ? "\n" : ch); escaped = false } else if ch == "\\" { escaped = true } else { out.append(ch) }
        }
        return out
    }

    func testFoldingNeverSplitsACharactersBytes() {
        let line = "SUMMARY:" + String(repeating: "ż", count: 100) + "😀" + String(repeating: "a", count: 3)
        let folded = TaskCalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n").dropLast()
        XCTAssertTrue(parts.allSatisfy { $0.utf8.count <= 75 })
        XCTAssertEqual(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), line)
    }
}

/// A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.
enum CSVParser {
    struct Bad: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var field = "", record: [String] = []
        var quoted = false, afterQuote = false
        var it = Array(text.unicodeScalars)[...]
        while let c = it.popFirst() {
            if quoted {
                if c == "\"" {
                    if it.first == "\"" { it.removeFirst(); field.unicodeScalars.append(c) } else { quoted = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !afterQuote else { throw Bad(description: "a quote inside an unquoted field") }
                quoted = true
            case ",":
                record.append(field); field = ""; afterQuote = false
            case "\r":
                guard it.popFirst() == "\n" else { throw Bad(description: "CR without LF") }
                record.append(field); records.append(record); field = ""; record = []; afterQuote = false
            case "\n":
                throw Bad(description: "a bare LF ends a record")
            default:
                guard !afterQuote else { throw Bad(description: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { throw Bad(description: "an unclosed quote") }
        guard field.isEmpty, record.isEmpty else { throw Bad(description: "the last record has no CRLF") }
        return records
    }
}
