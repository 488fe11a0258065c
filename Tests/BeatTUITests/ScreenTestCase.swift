@testable import BeatTUI
import BeatCore
import BeatDemo
import Foundation
import XCTest

/// The interface on the demo store and an 80×24 virtual terminal, driven by keys as in
/// `--keys` ("3a", "<C-s>", "<Down>"): the same code as on a real terminal, without one.
class ScreenTestCase: XCTestCase {
    static let today = Day("2026-11-22")!
    /// The hour the tests' clock stands at (a subclass picks its own).
    class var hour: Int { 9 }
    class var minute: Int { 30 }
    var clock: Clock {
        Clock(today: Self.today, now: Timestamp(day: Self.today, hour: Self.hour, minute: Self.minute, offsetMinutes: 60))
    }
    var path = ""
    var store: Store!
    var terminal: VirtualTerminal!
    var app: App!

    override func setUpWithError() throws {
        path = temporaryFolder(self)
        store = try Store.create(at: path, model: DemoPilot.model(today: Self.today, offsetMinutes: 60), clock: clock)
        terminal = VirtualTerminal(rows: 24, cols: 80)
        setUpFreshApp()
    }

    /// A new session on the same store and terminal, as Wiśniewski.
    func setUpFreshApp(language: Language = .pl) {
        let c = clock
        app = App(store: store, terminal: terminal, me: "wisniewski", clock: { c }, language: language)
    }

    func press(_ keys: String) {
        for k in try! Key.parse(keys) { app.press(k) }
    }

    func type(_ text: String) {
        for c in text { app.press(.char(c)) }
    }

    var screen: String { app.frame().text }
    /// The screen's words on one line: for text that wraps.
    var flat: String { screen.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    func reopened() throws -> Model { try Store.open(at: path).model }
}
