@testable import BeatCore
import XCTest

/// The one CSV reader for imports: RFC 4180 as spreadsheets write it, every problem at once.
final class CSVReaderTests: XCTestCase {
    func read(_ text: String, required: [String] = ["a", "b"], optional: [String] = ["c"]) throws -> CSVFile {
        try CSVReader.read(Array(text.utf8), name: "f.csv", required: required, optional: optional)
    }

    func problems(_ bytes: [UInt8], required: [String] = ["a", "b"], optional: [String] = ["c"]) -> [String] {
        do {
            _ = try CSVReader.read(bytes, name: "f.csv", required: required, optional: optional)
            return []
        } catch let e as CSVProblems {
            return e.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }
    func problems(_ text: String) -> [String] { problems(Array(text.utf8)) }

    func testQuotedFieldsWithCommasLineBreaksAndQuotes() throws {
        let f = try read("a,b,c\r\n\"Łódzka, róg Polnej\",\"linia 1\r\nlinia 2\",\"mówi \"\"dość\"\"\"\r\nx,,\r\n")
        XCTAssertEqual(f.header, ["a", "b", "c"])
        XCTAssertEqual(f.rows.count, 2)
        XCTAssertEqual(f.rows[0].fields, ["Łódzka, róg Polnej", "linia 1\nlinia 2", "mówi \"dość\""])
        XCTAssertEqual(f.rows[0].line, 2)
        XCTAssertEqual(f.rows[1].line, 4, "a record's line is the physical line it starts on")
        XCTAssertNil(f.value("b", in: f.rows[1]), "an empty cell is no value")
        XCTAssertEqual(f.value("a", in: f.rows[1]), "x")
    }

    func testBOMLineEndsColumnOrderCaseAndBlankLines() throws {
        let f = try read("\u{FEFF} C ,B,a\nz,y,x\n\n,,\n3,2,1")
        XCTAssertEqual(f.header, ["c", "b", "a"])
        XCTAssertEqual(f.rows.map(\.fields), [["z", "y", "x"], ["3", "2", "1"]])
        XCTAssertEqual(f.value("a", in: f.rows[0]), "x")
        XCTAssertFalse(f.has("d"))
        XCTAssertEqual(try read("a,b\n").rows, [], "a header alone")
        XCTAssertEqual(try read("a,b\n1,2\n\n\n").rows.count, 1, "empty trailing lines")
    }

    func testEveryProblemWithItsLine() {
        let text = "a,b,d\n1,2,3\n\"x\"y,2,3\n1\n1,\"2,3\n"
        XCTAssertEqual(problems(text), [
            "f.csv:1: nieznana kolumna „d”; dozwolone kolumny: a, b, c",
            "f.csv:3: tekst po cudzysłowie zamykającym pole; cudzysłów wewnątrz pola trzeba podwoić (\"\")",
            "f.csv:4: 1 pole, a nagłówek ma 3 kolumny",
            "f.csv:5: cudzysłów otwarty w tym wierszu nie jest nigdzie zamknięty",
        ], "the header's problems and the rows', all at once")
        XCTAssertEqual(problems("a,b\n1,2\n\"x\"y,2\n1\n1,2,3\nok,\"fine\"\n1,x\"y\n1,\"open\n"), [
            "f.csv:3: tekst po cudzysłowie zamykającym pole; cudzysłów wewnątrz pola trzeba podwoić (\"\")",
            "f.csv:4: 1 pole, a nagłówek ma 2 kolumny",
            "f.csv:5: 3 pola, a nagłówek ma 2 kolumny",
            "f.csv:7: cudzysłów w środku pola; ujmij całe pole w cudzysłów, a cudzysłów wewnątrz podwój (\"\")",
            "f.csv:8: cudzysłów otwarty w tym wierszu nie jest nigdzie zamknięty",
        ])
        XCTAssertEqual(problems("a\n1\n"), ["f.csv:1: brak kolumny „b”"])
        XCTAssertEqual(problems("a,b,a\n"), ["f.csv:1: kolumna „a” występuje dwa razy"])
        XCTAssertEqual(problems("a,,b\n"), ["f.csv:1: kolumna bez nazwy w pierwszym wierszu"])
        XCTAssertEqual(problems(""), ["f.csv:1: plik jest pusty; pierwszy wiersz ma zawierać nazwy kolumn"])
        XCTAssertEqual(problems([0xEF, 0xBB, 0xBF]), ["f.csv:1: plik jest pusty; pierwszy wiersz ma zawierać nazwy kolumn"])
        Language.en.bind { XCTAssertEqual(problems("a,b\n1,2,3\n"), ["f.csv:2: 3 fields, but the header has 2 columns"]) }
    }

    func testBadUTF8IsReportedByLineAndNothingElseIsRead() {
        // Windows-1250 "Łódź" (0xA3 0xF3 0x64 0x9F) on lines 2 and 4.
        var bytes = Array("a,b\n".utf8) + [0xA3, 0xF3, 0x64, 0x9F] + Array(",1\nok,2\n".utf8) + [0x31, 0xC3] + Array(",2\n".utf8)
        XCTAssertEqual(problems(bytes), ["f.csv:2: wiersz nie jest zapisany w UTF-8; zapisz plik jako „CSV UTF-8”",
                                         "f.csv:4: wiersz nie jest zapisany w UTF-8; zapisz plik jako „CSV UTF-8”"])
        bytes = Array("a,b\n1,".utf8) + [0xE2, 0x82]
        XCTAssertEqual(problems(bytes), ["f.csv:2: wiersz nie jest zapisany w UTF-8; zapisz plik jako „CSV UTF-8”"])
    }

    func testWithoutAColumnSpecAnyHeaderIsRead() throws {
        let f = try CSVReader.read(Array("miesiąc,2026-01,2026-02\nkradzieże,3,4\n".utf8), name: "x.csv")
        XCTAssertEqual(f.header, ["miesiąc", "2026-01", "2026-02"])
        XCTAssertEqual(f.value("2026-02", in: f.rows[0]), "4")
    }

    /// Whatever the bytes, the reader answers (a file or its problems) and never traps.
    func testArbitraryBytesNeverTrap() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet: [UInt8] = [34, 44, 10, 13, 97, 98, 0xC5, 0x81, 0xFF, 32, 0xEF, 0xBB, 0xBF]
        for _ in 0..<3_000 {
            let n = next(41)
            let bytes = (0..<n).map { _ in alphabet[next(alphabet.count)] }
            _ = problems(bytes)
            _ = try? CSVReader.read(bytes, name: "r.csv")
        }
    }
}
