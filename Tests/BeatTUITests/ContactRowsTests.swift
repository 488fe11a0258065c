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

    /// A log of 3,000 contacts over 60 days, with due follow-ups among them.
    func sample() -> Model {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 3_000
        scale.days = 60
        return Synthetic.model(scale, seed: 8, today: today, offsetMinutes: 60)
    }

    func testRowsAreTheSameAsCopyingAndSortingWhileTyping() {
        let model = sample()
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
        var model = sample()
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

    /// After a save the list moves the contacts the save touched (recorded by the app) and
    /// leaves the rest: the same rows as sorting everything again, under any filter.
    func testRowsAfterSavesAreTheSameAsSortingAgain() throws {
        let desk = Desk(model: sample(), today: today)
        var model: Model { desk.model }
        func ctx() -> ScreenContext { desk.ctx() }
        func save(_ change: Change, recordedAs recorded: Change? = nil) throws { try desk.save(change, recordedAs: recorded) }
        let now = desk.now
        let due = try XCTUnwrap(model.contacts.last { $0.followUpOpen && $0.followUp! <= today })
        let plain = model.contacts[1_000]
        for setUp in [{ (s: inout ContactsScreen) in }, { $0.query.district = model.districts[0].id }, { $0.view.search = LineEditor("ul") }] {
            var screen = ContactsScreen()
            setUp(&screen)
            XCTAssertEqual(screen.rows(ctx()).map(\.id), expected(model, screen.currentQuery))
            var older = plain
            older.time = Timestamp(day: today.adding(days: -40), hour: 7, offsetMinutes: 60)
            older.summary = "Przeniesiony wstecz, ul. Nowa"
            var draft = ContactDraft(time: now, officer: plain.officer, district: model.districts[0].id, place: "ul. Łódzka 1", channel: .phone,
                                     category: .other, summary: "Nowy, ponowny kontakt jutro", followUp: today)
            let saves: [Change] = [
                .addContact(draft),
                .editContact(older),
                .markFollowUp(FollowUpMark(contact: due.id, done: today)),
                .markFollowUp(FollowUpMark(contact: due.id, done: nil)),
            ]
            for change in saves {
                try save(change)
                XCTAssertEqual(screen.rows(ctx()).map(\.id), expected(model, screen.currentQuery), change.name)
            }
            draft.followUp = nil
            try save(.addContact(draft))
            try save(.addContact(draft))
            XCTAssertEqual(screen.rows(ctx()).map(\.id), expected(model, screen.currentQuery), "two saves between frames")
        }
        // The list takes what the app recorded: a change recorded as touching no contact leaves the rows as they were.
        let screen = ContactsScreen()
        let shown = screen.rows(ctx()).map(\.id)
        var edited = plain
        edited.time = now
        try save(.editContact(edited), recordedAs: .addNote(NoteAddition(task: 1, text: "x")))
        XCTAssertEqual(screen.rows(ctx()).map(\.id), shown)
        XCTAssertNotEqual(shown, expected(model, screen.currentQuery))
        // A removal is not followed: the rows are made whole again.
        try save(.removeContact(Removal(id: model.contacts[5].id)))
        XCTAssertEqual(screen.rows(ctx()).map(\.id), expected(model, screen.currentQuery))
    }

    /// After a save the columns measure only the new contacts; they come out as a fresh measure
    /// of the whole log would (an edited text measures everything again).
    func testColumnsAfterSavesAreTheSameAsMeasuringAgain() throws {
        let desk = Desk(model: sample(), today: today)
        var model: Model { desk.model }
        func save(_ change: Change) throws { try desk.save(change) }
        let now = desk.now
        func header(_ screen: ContactsScreen) -> String { screen.table(desk.ctx(), width: 150, wide: true).header }
        let screen = ContactsScreen()
        _ = header(screen)
        let c = model.contacts[0]
        var long = ContactDraft(time: now, officer: c.officer, district: c.district, place: "ul. Bardzo Długa Nazwa Ulicy Przy Której Nikt Nie Mieszka 123",
                                channel: .phone, category: .other, summary: "Krótko")
        try save(.addContact(long))
        XCTAssertEqual(header(screen), header(ContactsScreen()), "a longer place widens its column")
        long.followUp = today
        try save(.addContact(long))
        try save(.markFollowUp(FollowUpMark(contact: model.contacts.last!.id, done: today)))
        XCTAssertEqual(header(screen), header(ContactsScreen()))
        var shorter = model.contacts[model.contacts.count - 2]
        shorter.place = "ul. Krótka 1"
        try save(.editContact(shorter))
        XCTAssertEqual(header(screen), header(ContactsScreen()), "an edited text is measured with all the others again")
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

/// A model saved to as the interface saves, with what the app records of each save (the
/// contacts it touched), for the list to update its rows and columns from.
final class Desk {
    private(set) var model: Model
    private(set) var changes: ContactLogChanges
    let today: Day
    let now: Timestamp

    init(model: Model, today: Day) {
        self.model = model
        self.today = today
        now = Timestamp(day: today, hour: 9, offsetMinutes: 60)
        changes = ContactLogChanges(at: model.seq)
    }

    func ctx() -> ScreenContext {
        var c = ScreenContext(model: model, clock: Clock(today: today, now: now), me: nil, body: Rect(row: 1, col: 0, height: 20, width: 160))
        c.contactChanges = changes
        return c
    }

    /// Applies `change` as the next version; the app records `recorded` (the change itself, unless given).
    func save(_ change: Change, recordedAs recorded: Change? = nil) throws {
        let before = model.seq
        let applied = try model.apply(change, context: ChangeContext(by: model.contacts[0].officer, at: now))
        model.seq += 1
        changes.record([recorded ?? change], [applied], from: before, to: model.seq)
    }
}

extension ContactRowsTests {
    /// At 80 columns the time column is the day: this year's without the year, an earlier
    /// year's whole, so it never reads as one of this year's (or today's).
    func testAContactOfAnEarlierYearShowsItsYear() throws {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 400
        scale.days = 500
        let model = Synthetic.model(scale, seed: 3, today: today, offsetMinutes: 60)
        let ctx = ScreenContext(model: model, clock: Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60)),
                                me: nil, body: Rect(row: 1, col: 0, height: 20, width: 80))
        let screen = ContactsScreen()
        let old = try XCTUnwrap(model.contacts.first { $0.time.day.year < today.year })
        let recent = try XCTUnwrap(model.contacts.last { $0.time.day.year == today.year })
        let p = old.time.day.polish
        XCTAssertEqual(screen.cells(old, ctx, wide: false)[2], String(p.prefix(6)) + String(p.suffix(2)))
        XCTAssertEqual(screen.cells(recent, ctx, wide: false)[2], String(recent.time.day.polish.prefix(5)))
        // The category by its short name, in full on a wide list.
        let parking = try XCTUnwrap(model.contacts.first { $0.category == .wrongParking })
        XCTAssertEqual(screen.cells(parking, ctx, wide: false)[4], "parkowanie")
        XCTAssertEqual(screen.cells(parking, ctx, wide: true)[4], "nieprawidłowe parkowanie")
        // Rendered at 80 columns with an earlier year in the log, "parkowanie" is whole: the
        // day takes eight columns ("22.07.21"), not ten, and the category keeps the two.
        let table = screen.table(ctx, width: 80, wide: false)
        let row = table.row(screen.cells(parking, ctx, wide: false))
        XCTAssertTrue(row.contains(" parkowanie "), row)
    }
}
