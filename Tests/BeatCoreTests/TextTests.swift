import BeatCore
import XCTest

final class TextTests: XCTestCase {
    func testDisplayWidthCountsColumnsNotCharactersOrBytes() {
        XCTAssertEqual(DisplayWidth.of("Łódzka"), 6)
        XCTAssertEqual(DisplayWidth.of("zażółć gęślą jaźń"), 17)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)  // e + combining acute
        XCTAssertEqual(DisplayWidth.of("警察"), 4)
        XCTAssertEqual(DisplayWidth.of("👮"), 2)
        XCTAssertEqual(DisplayWidth.truncate("Żołnierska 12", to: 8), "Żołnier…")
        XCTAssertEqual(DisplayWidth.pad("Łęcki", to: 8), "Łęcki   ")
        XCTAssertEqual(DisplayWidth.truncate("警察警察", to: 5), "警察…")
    }

    func testWrapKeepsEveryLineWithinWidth() {
        let text = "Mieszkańcy skarżą się na grupę pijącą alkohol na skwerze przy ulicy Łódzkiej w piątkowe wieczory; Konstantynopolitańczykowianeczka."
        for w in [5, 10, 17, 40] {
            let lines = DisplayWidth.wrap(text, width: w)
            XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= w }, "width \(w): \(lines)")
            XCTAssertEqual(lines.joined().filter { $0 != " " }, text.filter { $0 != " " })
        }
    }

    func testSafeTextNeverPassesControlCharacters() {
        let evil = "A\u{1B}[31mB\u{07}C\r\nD\u{9B}E\u{202E}F\u{7F}"
        let line = SafeText.line(evil)
        XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) || $0.value == 0x202E })
        XCTAssertEqual(line, "A␛[31mB␇C↵D\u{FFFD}E\u{FFFD}F␡", "CRLF is one line break")
        XCTAssertEqual(SafeText.lines("x\r\ny\u{1B}"), "x\ny␛")
        XCTAssertEqual(SafeText.line("Zwykły tekst — ąę"), "Zwykły tekst — ąę")
    }

    func testTableFitsTheWidthAndAlignsByDisplayWidth() {
        var t = TextTable([.init("ID", alignRight: true), .init("Nazwisko"), .init("Opis", flexible: true, minWidth: 6)])
        t.add(["1", "Łęcki", "Picie alkoholu na skwerze przy Łódzkiej w piątki wieczorem"])
        t.add(["12", "Wiśniewski", "Parkowanie na trawnikach"])
        for width in [30, 40, 80] {
            let lines = t.render(width: width)
            XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width): \(lines)")
        }
        let lines = t.render(width: 80)
        // The third column starts at the same display column on every row.
        let starts = lines.dropFirst(2).map { line -> Int in
            let prefix = line.components(separatedBy: "  ").prefix(2).joined(separator: "  ")
            return DisplayWidth.of(prefix)
        }
        XCTAssertEqual(lines[2].firstIndex(of: "Ł").map { DisplayWidth.of(String(lines[2][..<$0])) },
                       lines[3].firstIndex(of: "W").map { DisplayWidth.of(String(lines[3][..<$0])) })
        XCTAssertEqual(starts.count, 2)
    }

    func testJSONValueEscapesControlsAndSortsKeys() {
        let v: JSONValue = ["b": "x\u{1B}y", "a": .null, "c": [1, true]]
        XCTAssertEqual(v.rendered(pretty: false), "{\"a\":null,\"b\":\"x\\u001by\",\"c\":[1,true]}")
    }
}

/// Counts in the catalogue take the Polish form their number needs (1 wiersz, 3 wiersze, 5 wierszy, 22 wiersze).
final class PluralTests: XCTestCase {
    func testCountsTakeTheirPolishForm() {
        XCTAssertEqual(L10n.contactsShown(1), "1 kontakt")
        XCTAssertEqual(L10n.contactsShown(4), "4 kontakty")
        XCTAssertEqual(L10n.contactsShown(12), "12 kontaktów")
        XCTAssertEqual(L10n.contactsShown(22), "22 kontakty")
        XCTAssertEqual(L10n.moreBelow(4), "↓ dalej: 4 wiersze (↓, PgDn)")
        XCTAssertEqual(L10n.moreBelow(5), "↓ dalej: 5 wierszy (↓, PgDn)")
        XCTAssertEqual(L10n.moreLines(1), "… i 1 wiersz więcej")
        XCTAssertEqual(L10n.reviewDaysLate(1), "1 dzień po terminie")
        XCTAssertTrue(L10n.tooLong("opis", 2000, 2002).contains("2002 znaki;"))
        XCTAssertTrue(L10n.tooLong("opis", 2000, 2005).contains("2005 znaków;"))
        Language.en.bind {
            XCTAssertEqual(L10n.contactsShown(1), "1 contact")
            XCTAssertEqual(L10n.moreBelow(1), "↓ 1 more line (↓, PgDn)")
            XCTAssertEqual(L10n.reviewDaysLate(2), "2 days late")
        }
    }
}
