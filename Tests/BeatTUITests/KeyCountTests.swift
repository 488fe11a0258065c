@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The key counts the README and issue 14 quote, pressed as written: each sequence does what
/// it is said to do, from the dashboard, with nothing else pressed. Keys are counted apart from
/// the text typed.
final class KeyCountTests: ScreenTestCase {
    func testLoggingAContactTakesThreeKeysAndTheSummary() throws {
        let before = store.model.contacts.count
        press("3a"); type("Hałas przy Łódzkiej"); press("<C-s>")   // 3 a … Ctrl-S
        let m = try reopened()
        XCTAssertEqual(m.contacts.count, before + 1)
        XCTAssertEqual(m.contacts.last?.summary, "Hałas przy Łódzkiej")
        XCTAssertEqual(m.contacts.last?.officer, "wisniewski")
    }

    func testLoggingAContactInFullTakesTwelveKeysAndSevenTexts() throws {
        press("3a"); type("Auta na chodniku")
        press("<Tab>"); type("parkow"); press("<Enter>")             // category: narrowed, chosen
        type("tel"); press("<Enter>")                                // channel
        type("ul. Łódzka 8")                                         // place
        press("<Tab><Tab><Tab><Tab>"); type("Jan Kowalski")          // over time, officer, district
        press("<Tab>"); type("600100200")
        press("<Tab>"); type("2026-12-14")
        press("<C-s>")
        // 3 a Tab Enter Enter Tab Tab Tab Tab Tab Tab Ctrl-S: 12 keys.
        let c = try XCTUnwrap(try reopened().contacts.last)
        XCTAssertEqual(c.summary, "Auta na chodniku")
        XCTAssertEqual(c.category, .wrongParking)
        XCTAssertEqual(c.channel, .phone)
        XCTAssertEqual(c.place, "ul. Łódzka 8")
        XCTAssertEqual(c.resident?.name, "Jan Kowalski")
        XCTAssertEqual(c.resident?.phone, "600100200")
        XCTAssertEqual(c.followUp, Day("2026-12-14"))
    }

    func testMarkingATaskDoneTakesFourKeys() throws {
        press("2")
        let task = try XCTUnwrap(TasksScreen().rows(app.context()).first)
        press("s<Down><Enter>")                                      // 2 s ↓ Enter
        XCTAssertEqual(try reopened().task(task.id)?.status, .done)
    }

    func testTheOverdueFilterTakesTwoKeys() throws {
        press("2!")
        let shown = app.state.tasks.rows(app.context())
        XCTAssertFalse(shown.isEmpty)
        XCTAssertTrue(shown.allSatisfy { $0.isOverdue(on: Self.today) })
        XCTAssertEqual(shown.count, store.model.tasks.filter { $0.isOverdue(on: Self.today) }.count)
    }

    func testAMeetingDecisionThatBecomesATaskTakesEightKeysAndItsTitle() throws {
        let before = store.model.tasks.count
        press("6]]]t"); type("Kontrola oświetlenia przy ul. Łódzkiej"); press("<C-s>")   // the decision
        press("<C-s>t")                                                                   // the meeting saved
        let m = try reopened()
        XCTAssertEqual(m.tasks.count, before + 1)
        let t = try XCTUnwrap(m.tasks.last)
        XCTAssertEqual(t.title, "Kontrola oświetlenia przy ul. Łódzkiej")
        XCTAssertEqual(t.meeting, m.meetings.last?.id)
        XCTAssertNotNil(t.plan)
    }
}
