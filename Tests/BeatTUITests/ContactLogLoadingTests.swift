@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The first frame comes from the reference data; the contact log is read behind it and
/// taken in when it has arrived. Meanwhile keys are answered, nothing shows a figure of the
/// contact log that would turn out wrong, and once it is in, every screen shows what a
/// session that waited for it shows.
final class ContactLogLoadingTests: ScreenTestCase {
    /// The store as the interface opens it: all but the contact log, the rest on its way.
    var late: Store!

    override func setUpWithError() throws {
        try super.setUpWithError()
        late = try Store.open(at: path, scope: .reference)
        late.loadRestInBackground()
        let c = clock
        app = App(store: late, terminal: terminal, me: "wisniewski", clock: { c })
    }

    /// What a session that had the whole store from the start shows after `keys`.
    func whole(_ keys: String) throws -> String {
        let c = clock
        let other = App(store: try Store.open(at: path), terminal: VirtualTerminal(rows: 24, cols: 80), me: "wisniewski", clock: { c })
        for k in try Key.parse(keys) { other.press(k) }
        return other.frame().text
    }

    func testTheFirstFrameShowsTheTasksAndSaysTheLogIsLoading() throws {
        XCTAssertTrue(late.isLoadingInBackground)
        let first = screen
        XCTAssertTrue(first.contains("Moje zadania po terminie"), first)
        XCTAssertTrue(first.contains("Realizowane plany bezpieczeństwa"), first)
        XCTAssertTrue(first.contains("Ponowne kontakty z mieszkańcami\n") || first.contains("Ponowne kontakty z mieszkańcami "), first)
        XCTAssertFalse(first.contains("Ponowne kontakty z mieszkańcami ("), "no count before the log is in: \(first)")
        XCTAssertTrue(first.contains("Wczytywanie rejestru kontaktów"), first)
        // The same lines as the whole session's, but for the sections of the log.
        let whole = try whole("")
        for line in first.split(separator: "\n") where line.contains("P1 ") || line.contains("Moje zadania po terminie") {
            XCTAssertTrue(whole.contains(line), "\(line) is in the whole session's dashboard too")
        }
    }

    func testKeysAreAnsweredMeanwhileAndScreensOfTheLogSayTheyAreLoading() throws {
        press("2")
        XCTAssertTrue(late.isLoadingInBackground, "the task list does not wait for the log")
        XCTAssertEqual(screen, try whole("2"))
        press("5")
        XCTAssertTrue(late.isLoadingInBackground)
        XCTAssertEqual(screen, try whole("5"))
        for key in ["3", "6"] {
            press(key)
            XCTAssertTrue(late.isLoadingInBackground, "switching screens does not wait")
            XCTAssertTrue(screen.contains("Wczytywanie rejestru kontaktów z mieszkańcami…"), screen)
            XCTAssertFalse(screen.contains("0 kontaktów"), screen)
            XCTAssertFalse(screen.contains("Brak kontaktów"), screen)
        }
    }

    func testAKeyThatActsOnTheLogWaitsForItAndMeetsTheWholeStore() throws {
        press("3")
        press("j")
        XCTAssertFalse(late.isLoadingInBackground, "j in the contact list waits for the log")
        XCTAssertEqual(screen, try whole("3j"))
        press("1")
        XCTAssertEqual(screen, try whole("3j1"), "the dashboard counts the whole log now")
    }

    func testTheScreensFillInWhenTheLogArrives() throws {
        press("6")
        app.takeContactLog(wait: true)
        XCTAssertFalse(late.isLoadingInBackground)
        XCTAssertEqual(screen, try whole("6"))
        press("1")
        XCTAssertEqual(screen, try whole("1"))
    }

    func testWorkDoneWhileTheLogLoadsIsKeptAndUndone() throws {
        press("2a")
        type("Zadanie w trakcie wczytywania")
        press("<C-s>")
        XCTAssertTrue(screen.contains("Dodano zadanie."), screen)
        XCTAssertTrue(late.isLoadingInBackground, "a task is checked against the reference data")
        app.takeContactLog(wait: true)
        XCTAssertEqual(late.model, try reopened())
        XCTAssertTrue(late.model.tasks.contains { $0.title == "Zadanie w trakcie wczytywania" })
        XCTAssertFalse(late.model.contacts.isEmpty)
        press("u")
        XCTAssertFalse(try reopened().tasks.contains { $0.title == "Zadanie w trakcie wczytywania" }, screen)
    }

    /// A contact log damaged without changing its size gets past the first frame; when it
    /// arrives, the interface stops and says what `beat check` says.
    func testADamagedLogStopsTheInterfaceWithTheCheckMessage() throws {
        // The read setUp started maps the segment: let it finish before the file is rewritten
        // in place (a file truncated under a mapping is a SIGBUS, which crashed the suite).
        _ = try? late.completeBackgroundLoad(wait: true)
        let name = try damageContactSegmentKeepingItsSize(path)
        late = try Store.open(at: path, scope: .reference)
        late.loadRestInBackground()
        let c = clock
        app = App(store: late, terminal: terminal, me: "wisniewski", clock: { c })
        XCTAssertTrue(screen.contains("Wczytywanie rejestru kontaktów"), screen)
        press("3j")
        XCTAssertTrue(app.state.quit)
        var expected = ""
        XCTAssertThrowsError(try Store.open(at: path)) { expected = ($0 as? BeatError)?.message ?? "" }
        XCTAssertEqual(app.failure?.message, expected)
        XCTAssertTrue(expected.contains(name), expected)
    }
}
