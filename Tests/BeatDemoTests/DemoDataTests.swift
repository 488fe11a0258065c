import BeatCore
import BeatDemo
import Foundation
import XCTest

/// `data/demo` is the demo store as the code makes it for 2026-11-22 (see data/README.md).
final class DemoDataTests: XCTestCase {
    func testTheReadableDemoInDataMatchesTheCode() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/demo").path
        let store = try Store.open(at: folder)
        XCTAssertEqual(store.model, DemoPilot.model(today: Day("2026-11-22")!, offsetMinutes: 60),
                       "data/demo is out of date: regenerate it as data/README.md says")
        XCTAssertTrue(store.warnings.isEmpty)
    }
}
