@testable import BeatTUI
import XCTest

/// What a terminal sends, made into keys: the keys Beat uses by what they are, the rest as
/// unknown keys by their names — a sequence is always read whole, never as text.
final class KeyDecoderTests: XCTestCase {
    func bytes(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    func testSequencesAreReadWholeAndNamed() {
        let cases: [(String, Key)] = [
            ("\u{1B}", .escape), ("\u{1B}[A", .up), ("\u{1B}OB", .down), ("\u{1B}[1;5H", .unknown("Ctrl-Home")),
            ("\u{1B}[1;5F", .unknown("Ctrl-End")), ("\u{1B}[1;2D", .unknown("Shift-←")), ("\u{1B}[1;3C", .unknown("Alt-→")),
            ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home),
            ("\u{1B}[8~", .end), ("\u{1B}[2~", .unknown("Insert")), ("\u{1B}[3~", .delete), ("\u{1B}[3;5~", .unknown("Ctrl-Del")),
            ("\u{1B}[5~", .pageUp), ("\u{1B}[6;5~", .unknown("Ctrl-PgDn")), ("\u{1B}[Z", .backTab), ("\u{1B}OP", .function(1)),
            ("\u{1B}[15~", .function(5)), ("\u{1B}[24~", .function(12)), ("\u{1B}[1;2R", .unknown("Shift-F3")),
            ("\u{1B}[[A", .function(1)), ("\u{1B}a", .unknown("Alt-a")), ("\u{1B}Ł", .unknown("Alt-Ł")),
            ("\u{1B}[<0;12;5M", .unknown("ESC [<0;12;5M")), ("\u{1B}[I", .unknown("ESC [I")), ("\u{1B}[200~", .unknown("ESC [200~")),
            ("\u{1B}OM", .enter), ("\u{1B}Ow", .unknown("ESC Ow")),
        ]
        for (text, key) in cases {
            let (k, used) = KeyDecoder.decode(bytes(text))
            XCTAssertEqual(k, key, text.debugDescription)
            XCTAssertEqual(used, bytes(text).count, text.debugDescription)
        }
    }

    func testWhatFollowsASequenceIsLeftForTheNextKey() {
        let input = bytes("\u{1B}[1;5Hx")
        let (k, used) = KeyDecoder.decode(input)
        XCTAssertEqual(k, .unknown("Ctrl-Home"))
        XCTAssertEqual(KeyDecoder.decode(Array(input[used...])).key, .char("x"))
        // Esc twice: one at a time.
        XCTAssertEqual(KeyDecoder.decode(bytes("\u{1B}\u{1B}")).used, 1)
        // An X10 mouse report takes its three bytes with it.
        XCTAssertEqual(KeyDecoder.decode(bytes("\u{1B}[M !!z")).used, 6)
    }

    func testASequenceCutShortIsNoText() {
        for text in ["\u{1B}[", "\u{1B}[1;", "\u{1B}[1;5", "\u{1B}O"] {
            XCTAssertTrue(KeyDecoder.isIncomplete(bytes(text)), text.debugDescription)
            let (k, used) = KeyDecoder.decode(bytes(text))
            XCTAssertEqual(used, bytes(text).count)
            if case .char? = k { XCTFail("\(text.debugDescription) became text") }
        }
        XCTAssertFalse(KeyDecoder.isIncomplete(bytes("\u{1B}[1;5H")))
        XCTAssertFalse(KeyDecoder.isIncomplete(bytes("\u{1B}")))
    }

    func testControlCharactersAreKeysNotText() {
        XCTAssertEqual(KeyDecoder.character(9), .tab)
        XCTAssertEqual(KeyDecoder.character(13), .enter)
        XCTAssertEqual(KeyDecoder.character(127), .backspace)
        XCTAssertEqual(KeyDecoder.character(19), .ctrl("s"))
        XCTAssertEqual(KeyDecoder.character(0), .unknown("Ctrl-Space"))
        XCTAssertEqual(KeyDecoder.character(28), .unknown("Ctrl-\\"))
        XCTAssertEqual(KeyDecoder.character(0x9B), .unknown("U+009B"))
        XCTAssertEqual(KeyDecoder.character(0x17C), .char("ż"))
    }

    func testCursesNamesForKeysBeatDoesNotUse() {
        XCTAssertEqual(KeyDecoder.name(ofCursesKey: "KEY_IC"), "Insert")
        XCTAssertEqual(KeyDecoder.name(ofCursesKey: "KEY_SHOME"), "Shift-Home")
        XCTAssertEqual(KeyDecoder.name(ofCursesKey: "kLFT5"), "Ctrl-←")
        XCTAssertEqual(KeyDecoder.name(ofCursesKey: "kHOM3"), "Alt-Home")
        XCTAssertEqual(KeyDecoder.name(ofCursesKey: "kDN6"), "Ctrl-Shift-↓")
        XCTAssertEqual(KeyDecoder.name(ofCursesKey: "kxIN"), "kxIN")
    }
}
