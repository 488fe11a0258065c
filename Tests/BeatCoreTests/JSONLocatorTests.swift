@testable import BeatCore
import XCTest

/// A broken store file is explained in the officer's language: every syntax error's reason
/// comes from the catalogue (a Polish message never carries an English reason).
final class JSONLocatorTests: XCTestCase {
    let broken = ["{\"a\": 1} {\"broken", "{\"a\": ", "{\"a\" 1}", "[1, 2", "{\"a\": 01}", "{\"a\": \"x", "{\"a\": tru}", "{1: 2}", "[1 2]"]

    func reasons(_ language: Language) -> [String] {
        language.bind {
            broken.map { text in
                var locator = JSONLocator(Array(text.utf8))
                return locator.syntaxError()?.reason ?? "valid"
            }
        }
    }

    func testEveryReasonIsInTheLanguageOfTheMessage() {
        let pl = reasons(.pl), en = reasons(.en)
        for (k, text) in broken.enumerated() {
            XCTAssertNotEqual(pl[k], "valid", text)
            XCTAssertNotEqual(pl[k], en[k], "\(text): the same text in both languages: \(pl[k])")
        }
        XCTAssertEqual(pl[0], "dalszy tekst po końcu wartości JSON")
    }
}
