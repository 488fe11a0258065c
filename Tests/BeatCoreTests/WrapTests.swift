@testable import BeatCore
import BeatDemo
import XCTest

/// `DisplayWidth.wrap` takes plain text (a list's) by its bytes; the lines must be those of
/// the careful way, character by character, for every width.
final class WrapTests: XCTestCase {
    func testPlainTextWrapsAsTheCarefulWayDoes() {
        let pieces = ["Dzielnica:", "Dobrzec", "·", "Plan:", "nr", "3", "ul.", "Łódzka", "Żółć", "„cytat”", "…", "—",
                      "bardzo-długie-słowo-bez-spacji-które-trzeba-przeciąć", "a", "", "  ", "ąęśćźżńół", "x"]
        var random = SplitMix64(seed: 17)
        for _ in 0..<2000 {
            let count = Int(random.next() % 12)
            var text = ""
            for k in 0..<count {
                if k > 0 { text += random.next() % 5 == 0 ? "  " : " " }
                text += pieces[Int(random.next() % UInt64(pieces.count))]
            }
            for width in [1, 2, 3, 5, 8, 13, 21, 40, 79] {
                XCTAssertEqual(DisplayWidth.wrap(text, width: width), DisplayWidth.wrapCareful(text, width: width), "\(text) at \(width)")
            }
        }
    }

    func testTextThatIsNotPlainTakesTheCarefulWay() {
        // Wide characters and a newline: not plain; the careful way keeps them right.
        XCTAssertEqual(DisplayWidth.wrap("漢字 漢字漢字", width: 4), ["漢字", "漢字", "漢字"])
        XCTAssertEqual(DisplayWidth.wrap("a b\nc", width: 10), ["a b", "c"])
        XCTAssertEqual(DisplayWidth.wrap("", width: 5), [""])
        XCTAssertEqual(DisplayWidth.wrap("abc", width: 0), [])
    }
}
