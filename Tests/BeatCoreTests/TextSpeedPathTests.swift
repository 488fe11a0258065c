@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// The quick paths of text handling give exactly what the careful ones give.
final class TextSpeedPathTests: XCTestCase {
    let samples = [
        "", "abc", "Łódzka 12", "zażółć gęślą jaźń", "Bezpieczny Widok — drożne drogi „pożarowe” …", "a\r\nb", "\r\n\r\n", "\r",
        "e\u{301}", "警察 i policja", "👮‍♀️ x", "🇵🇱", "A\u{200D}B", "x\u{20DD}", "tab\there", "\u{1B}[31m", "½ ¾ ß ĳ ſ",
        "ﬁ ﬂ", "한국어", "\u{0085}next", "— – ‒", "a\u{2028}b", "\u{FE0F}", "Ω≈ç√",
    ]

    func testDisplayWidthOfAStringIsTheSumOverItsCharacters() {
        for s in samples {
            XCTAssertEqual(DisplayWidth.of(s), s.reduce(0) { $0 + DisplayWidth.of($1) }, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    func testNeedsCleaningIsTrueExactlyWhenLineChangesSomething() {
        let tricky = samples + ["\u{9B}", "\u{A0}", "\u{202E}rtl", "\u{2066}x\u{2069}", "\u{2027}", "\u{2030}", "„”", "\u{7F}"]
        for s in tricky {
            var changed = false
            for u in s.unicodeScalars {
                let v = u.value
                if v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                    || v == 0x2028 || v == 0x2029 { changed = true }
            }
            XCTAssertEqual(SafeText.needsCleaning(s), changed, s.debugDescription)
            if !changed { XCTAssertEqual(SafeText.line(s), s) }
        }
    }

    func testCleaningLongTextFindsEveryTroublemakerWhereverItIs() {
        let plain = "Spotkanie z zarządcą osiedla, ul. Łódzka 12 — kontrola"
        let asciiOnly = "Kontrola parkowania przy ul. Mostowej 47, godz. 22:00"
        for troublemaker in ["\u{1B}", "\u{7F}", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{85}", "\u{9F}", "\u{202E}", "\u{2066}", "\u{2029}"] {
            for base in [plain, asciiOnly] {
                for at in [0, 1, 7, 8, 9, 15, 16, 17, base.unicodeScalars.count] {
                    var scalars = Array(base.unicodeScalars)
                    scalars.insert(contentsOf: troublemaker.unicodeScalars, at: min(at, scalars.count))
                    var s = String.UnicodeScalarView()
                    s.append(contentsOf: scalars)
                    XCTAssertTrue(SafeText.needsCleaning(String(s)), "\(troublemaker.debugDescription) at \(at)")
                }
            }
        }
        for s in [plain, asciiOnly, String(repeating: "x", count: 64), String(repeating: "~ ", count: 40), "\u{A0}\u{2027}\u{2030}„”— ąę"] {
            XCTAssertFalse(SafeText.needsCleaning(s), s)
        }
    }

    /// The table's byte layout gives the lines the careful way (a `String` per cell, cleaned
    /// with `SafeText.line`, measured and cut with `DisplayWidth`) gives.
    func testTheTableLaysOutLinesAsTheCarefulWayDoes() {
        let texts = samples + ["Weryfikacja zgłoszeń KMZB (wałęsające się bezpańskie psy): ul. Mostowa 47", "Łęcki", "ID", "—", "wykonane",
                               "2026-11-22", String(repeating: "ż", count: 30), "abc\u{1B}[31mdef ghi jkl mno", "Zażółć gęślą jaźń " + "警察",
                               "👮 Posterunek", "x\u{301}y\u{301}z\u{301} combining", "plain ascii text that is fairly long indeed", "\u{9B}C1"]
        let columns: [TextTable.Column] = [.init("ID", alignRight: true), .init(""), .init("Status"), .init("Tytuł", flexible: true, minWidth: 6),
                                           .init("Kto", alignRight: true, flexible: true, minWidth: 3)]
        var rows: [[String]] = []
        for k in 0..<60 {
            var row = (0..<columns.count).map { texts[(k * 7 + $0 * 13) % texts.count] }
            row[0] = String(k * 37)
            if k % 11 == 0 { row.removeLast() }  // a short row
            if k % 17 == 0 { row.append("nadmiarowa komórka") }  // a long one
            rows.append(row)
        }
        var table = TextTable(columns)
        for r in rows { table.add(r) }
        XCTAssertEqual(table.rows, rows.map { $0.map(SafeText.line) })
        // Built a cell at a time, the same table.
        var byCells = TextTable(columns)
        byCells.reserve(rows: rows.count)
        for r in rows {
            for c in r { byCells.addCell(c) }
            byCells.endRow()
        }
        XCTAssertEqual(byCells.rows, table.rows)
        XCTAssertEqual(byCells.render(width: 57), table.render(width: 57))
        for width in [1, 5, 12, 20, 33, 40, 57, 80, 132, 400] {
            for header in [true, false] {
                let expected = careful(columns, rows, width: width, header: header)
                XCTAssertEqual(table.render(width: width, header: header), expected, "width \(width)")
                var bytes: [UInt8] = []
                table.render(width: width, header: header, into: &bytes)
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected.map { $0 + "\n" }.joined(), "width \(width)")
                var after: [UInt8] = Array("Przed tabelą\n".utf8)
                table.render(width: width, header: header, into: &after)
                XCTAssertEqual(String(decoding: after, as: UTF8.self), "Przed tabelą\n" + expected.map { $0 + "\n" }.joined())
            }
        }
    }

    /// The table as it was laid out before the byte layout, from the public text functions.
    func careful(_ columns: [TextTable.Column], _ rows: [[String]], width: Int, header: Bool, gap: Int = 2) -> [String] {
        let clean = rows.map { $0.map(SafeText.line) }
        let ideal = columns.indices.map { i in clean.reduce(DisplayWidth.of(columns[i].header)) { max($0, i < $1.count ? DisplayWidth.of($1[i]) : 0) } }
        // The same shrinking rule: what changed is how cells are measured and written.
        let w = ColumnLayout.fit(ideal, columns: columns, gap: gap, width: width).widths
        let total = w.reduce(0, +) + gap * max(0, w.count - 1)
        let fits = total <= width
        func line(_ cells: [String]) -> String {
            var s = ""
            for i in columns.indices {
                let cell = i < cells.count ? cells[i] : ""
                let cw = DisplayWidth.of(cell)
                if cw <= w[i] {
                    let pad = String(repeating: " ", count: w[i] - cw)
                    s += columns[i].alignRight ? pad + cell : cell + pad
                } else {
                    s += DisplayWidth.pad(cell, to: w[i], alignRight: columns[i].alignRight)
                }
                if i < columns.count - 1 { s += String(repeating: " ", count: gap) }
            }
            while s.utf8.last == 32 { s.removeLast() }
            return fits ? s : DisplayWidth.truncate(s, to: width)
        }
        var lines: [String] = []
        if header {
            lines.append(line(columns.map(\.header)))
            lines.append(DisplayWidth.prefix(String(repeating: "-", count: total), fitting: width))
        }
        return lines + clean.map(line)
    }

    func testDatesAndTimesAreFormattedAsBefore() {
        for (y, m, d) in [(2026, 11, 22), (1900, 1, 1), (1999, 9, 9), (2199, 12, 31), (2000, 2, 29), (1970, 10, 1)] {
            let day = Day(year: y, month: m, day: d)!
            XCTAssertEqual(day.description, String(format: "%04d-%02d-%02d", y, m, d))
            XCTAssertEqual(day.monthKey, String(format: "%04d-%02d", y, m))
            XCTAssertEqual(day.polish, String(format: "%02d.%02d.%04d", d, m, y))
        }
        for offset in [0, 60, 120, -300, 345, -570, 840, -720] {
            let t = Timestamp(day: Day("2026-03-29")!, hour: 7, minute: 5, second: 9, offsetMinutes: offset)
            let o = abs(offset)
            XCTAssertEqual(t.description, String(format: "2026-03-29T07:05:09%@%02d:%02d", offset < 0 ? "-" : "+", o / 60, o % 60))
            XCTAssertEqual(Timestamp(t.description), t)
            XCTAssertEqual(t.hourMinute, "07:05")
        }
    }
}

/// The contact filter finds exactly what folding everything (case and Polish letters) and
/// searching finds.
final class ContactFilterTests: XCTestCase {
    func reference(_ q: ContactQuery, _ c: ResidentContact) -> Bool {
        let hay = TextFold.key(c.summary + " " + c.place + " " + c.category.polishName + " " + (c.resident?.name ?? ""))
        return TextFold.key(q.text).split(separator: " ").allSatisfy { hay.contains($0) }
    }

    func testTheFastFilterAgreesWithFoldingEverything() {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 400
        var contacts = Synthetic.model(scale, seed: 4, today: Day("2026-11-22")!, offsetMinutes: 60).contacts
        let tricky = ["ŻÓŁW i ĄĆĘŁŃÓŚŹŻ", "İstanbul", "ΣΟΦΙΑ ς", "Crème brûlée", "cre\u{300}me", "ﬁlm", "ẞ groß", "a\r\nb", "👮‍♀️ POLICJA",
                      "Ǆemal ǅ", "Ⅻ wiek", "Ⓐ", "КИРИЛЛИЦА", "\u{1}ctrl", "—„Cytat”—", "ΐ", "Słupki MŁODZIEŻ", "Ærø Đakovo",
                      "\u{2000}quad\u{2126}"]
        for (k, t) in tricky.enumerated() {
            contacts[k].summary = t
            contacts[k + 20].place = t
            contacts[k + 40].resident = ResidentData(name: t)
        }
        let queries = ["", "ż", "ŻÓŁW", "żółw ąćęłńóśźż", "istanbul", "i̇stanbul", "σοφια", "ς", "crème", "creme", "e", "fil", "ﬁ", "groß", "ß", "ss",
                       "a\r", "\r\nb", "policja", "👮", "ǆemal", "ǆ", "ⅻ", "ⓐ", "кириллица", "\u{1}", "„cytat”", "—", "ul.", "UL. PARKING", "kmzb",
                       "alkohol", "spożywanie alkoholu", "wandalizm", "zzzz", "ΐ", "parkowanie zgłoszenie",
                       "zolw", "ZOLW acelnoszz", "slupki", "mlodziez", "zglosz", "Æ", "æ", "ǅ", "đ", "Ø"]
        for text in queries {
            let q = ContactQuery(text: text)
            for c in contacts { XCTAssertEqual(q.matches(c), reference(q, c), "\(text.debugDescription) in \(c.summary.prefix(40).debugDescription)") }
        }
        var q = ContactQuery()
        q.text = "PARKOWANIE"
        XCTAssertEqual(contacts.filter(q.matches).count, contacts.filter { reference(q, $0) }.count)
        XCTAssertGreaterThan(contacts.filter(q.matches).count, 0)
    }
}
