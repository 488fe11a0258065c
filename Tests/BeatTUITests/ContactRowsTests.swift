@testable import BeatCore
import BeatDemo
@testable import BeatTUI
import XCTest

/// The Kontakty list kept as places in the model shows what copying and sorting showed:
/// due follow-ups first (oldest promise first), then the rest newest first — also while a
/// filter narrows key by key and widens again.
final class ContactRowsTests: XCTestCase {
    let today = Day("2026-11-22")!

    func expected(_ model: Model, _ query: ContactQuery) -> [Int] {
        var due: [ResidentContact] = [], rest: [ResidentContact] = []
        for c in model.contacts.reversed() where query.matches(c) {
            if c.followUpOpen, c.followUp! <= today { due.append(c) } else { rest.append(c) }
        }
        due.sort { ($0.followUp!, $0.id) < ($1.followUp!, $1.id) }
        rest.sort { ($0.time, $0.id) > ($1.time, $1.id) }
        return (due + rest).map(\.id)
    }

    func testRowsAreTheSameAsCopyingAndSortingWhileTyping() {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 3_000
        scale.days = 60
        let model = Synthetic.model(scale, seed: 8, today: today, offsetMinutes: 60)
        let ctx = ScreenContext(model: model, clock: Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60)),
                                me: nil, body: Rect(row: 1, col: 0, height: 20, width: 80))
        var screen = ContactsScreen()
        XCTAssertEqual(screen.rows(ctx).map(\.id), expected(model, screen.currentQuery))
        XCTAssertTrue(screen.rows(ctx).contains { $0.followUpOpen && $0.followUp! <= today }, "the sample has due follow-ups")
        for text in ["p", "pa", "par", "park", "parkowanie", "park", "", "ul", "ul.", "ul. ł", "ul. łą", "w rejonie", "zzz", "W REJONIE"] {
            screen.view.search = LineEditor(text)
            XCTAssertEqual(screen.currentQuery.text, text)
            XCTAssertEqual(screen.rows(ctx).map(\.id), expected(model, screen.currentQuery), text)
        }
        screen.query.district = model.districts[0].id
        XCTAssertEqual(screen.rows(ctx).map(\.id), expected(model, screen.currentQuery))
    }

    func testTheSearchSeesNewAndEditedContacts() throws {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 3_000
        scale.days = 60
        var model = Synthetic.model(scale, seed: 8, today: today, offsetMinutes: 60)
        let now = Timestamp(day: today, hour: 9, offsetMinutes: 60)
        func ctx() -> ScreenContext {
            ScreenContext(model: model, clock: Clock(today: today, now: now), me: nil, body: Rect(row: 1, col: 0, height: 20, width: 80))
        }
        var screen = ContactsScreen()
        let c = model.contacts[100]
        let oldWord = String(c.summary.split(separator: " ").max { $0.count < $1.count }!)
        screen.view.search = LineEditor(oldWord)
        XCTAssertTrue(screen.rows(ctx()).contains { $0.id == c.id })
        screen.view.search = LineEditor("rowerzysta")
        XCTAssertEqual(screen.rows(ctx()).map(\.id), [])
        // Another officer's changes arrive: a new contact, and an edit of an old one.
        let context = ChangeContext(by: c.officer, at: now)
        _ = try model.apply(.addContact(ContactDraft(time: now, officer: c.officer, district: c.district, channel: .phone,
                                                     category: .other, summary: "Rowerzysta na chodniku przy szkole")), context: context)
        var edited = c
        edited.summary = "ROWERZYSTA bez świateł"
        _ = try model.apply(.editContact(edited), context: context)
        model.seq += 2
        XCTAssertEqual(Set(screen.rows(ctx()).map(\.id)), [model.contacts.last!.id, c.id])
        XCTAssertEqual(screen.rows(ctx()).map(\.id), expected(model, screen.currentQuery))
        // The edited contact's old words find it no more.
        screen.view.search = LineEditor(oldWord)
        XCTAssertEqual(screen.rows(ctx()).contains { $0.id == c.id }, screen.currentQuery.matches(edited))
        XCTAssertEqual(screen.rows(ctx()).map(\.id), expected(model, screen.currentQuery))
    }

    func testTypingMoreOfAWordNarrowsAndAnythingElseDoesNot() {
        let q = { (t: String) in ContactQuery(text: t) }
        XCTAssertTrue(q("parko").narrows(q("park")))
        XCTAssertTrue(q("park ul").narrows(q("park")))
        XCTAssertTrue(q("PARK").narrows(q("park")))
        XCTAssertFalse(q("park").narrows(q("parko")))
        XCTAssertFalse(q("parko").narrows(ContactQuery(district: "widok", text: "park")))
        XCTAssertTrue(q("park").narrows(q("")))
    }
}
