@testable import BeatTUI
import BeatCore
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
