@testable import BeatCore
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

    func testDatesAndTimesAreFormattedAsBefore() {
        for (y, m, d) in [(2026, 11, 22), (1, 1, 1), (999, 9, 9), (9999, 12, 31)] {
            let day = Day(year: y, month: m, day: d)!
            XCTAssertEqual(day.description, String(format: "%04d-%02d-%02d", y, m, d))
            XCTAssertEqual(day.monthKey, String(format: "%04d-%02d", y, m))
            XCTAssertEqual(day.polish, String(format: "%02d.%02d.%04d", d, m, y))
        }
        for offset in [0, 60, 120, -300, 345, -570] {
            let t = Timestamp(day: Day("2026-03-29")!, hour: 7, minute: 5, second: 9, offsetMinutes: offset)
            let o = abs(offset)
            XCTAssertEqual(t.description, String(format: "2026-03-29T07:05:09%@%02d:%02d", offset < 0 ? "-" : "+", o / 60, o % 60))
            XCTAssertEqual(Timestamp(t.description), t)
            XCTAssertEqual(t.hourMinute, "07:05")
        }
    }
}

/// The contact filter finds exactly what lowercasing everything and searching found.
final class ContactFilterTests: XCTestCase {
    func reference(_ q: ContactQuery, _ c: ResidentContact) -> Bool {
        let hay = (c.summary + " " + c.place + " " + c.category.polishName + " " + (c.resident?.name ?? "")).lowercased()
        return q.text.lowercased().split(separator: " ").allSatisfy { hay.contains($0) }
    }

    func testTheFastFilterAgreesWithLowercasingEverything() {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 400
        var contacts = Synthetic.model(scale, seed: 4, today: Day("2026-11-22")!, offsetMinutes: 60).contacts
        let tricky = ["ŻÓŁW i ĄĆĘŁŃÓŚŹŻ", "İstanbul", "ΣΟΦΙΑ ς", "Crème brûlée", "cre\u{300}me", "ﬁlm", "ẞ groß", "a\r\nb", "👮‍♀️ POLICJA",
                      "Ǆemal ǅ", "Ⅻ wiek", "Ⓐ", "КИРИЛЛИЦА", "\u{1}ctrl", "—„Cytat”—", "ΐ"]
        for (k, t) in tricky.enumerated() {
            contacts[k].summary = t
            contacts[k + 20].place = t
            contacts[k + 40].resident = ResidentData(name: t)
        }
        let queries = ["", "ż", "ŻÓŁW", "żółw ąćęłńóśźż", "istanbul", "i̇stanbul", "σοφια", "ς", "crème", "creme", "e", "fil", "ﬁ", "groß", "ß", "ss",
                       "a\r", "\r\nb", "policja", "👮", "ǆemal", "ǆ", "ⅻ", "ⓐ", "кириллица", "\u{1}", "„cytat”", "—", "ul.", "UL. PARKING", "kmzb",
                       "alkohol", "spożywanie alkoholu", "wandalizm", "zzzz", "ΐ", "parkowanie zgłoszenie"]
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
