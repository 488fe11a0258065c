@testable import BeatCore
import Foundation
import XCTest

/// Reading only the reference data (`LoadScope.reference`) never accepts a change the whole
/// store would refuse, never loses one, and lets journal lines about unread contacts pass.
final class LoadScopeTests: XCTestCase {
    var dir = ""
    let today = Day("2026-11-22")!
    lazy var clock = Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60))
    lazy var model: Model = {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 300
        return Synthetic.model(scale, seed: 5, today: today, offsetMinutes: 60)
    }()
    var officer: Officer { model.officers.first { $0.beat != nil }! }

    override func setUp() { dir = NSTemporaryDirectory() + "beat-scope-\(UUID().uuidString)" }
    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    func draft(_ summary: String, task: Int? = nil) -> ContactDraft {
        ContactDraft(time: clock.now, officer: officer.id, district: officer.district, beat: officer.beat, place: "ul. Łódzka 1",
                     channel: .phone, category: .other, summary: summary, task: task)
    }

    func testReferenceScopeReadsEverythingButTheContactLog() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let reference = try Store.open(at: dir, scope: .reference)
        let all = try Store.open(at: dir)
        XCTAssertEqual(reference.scope, .reference)
        XCTAssertTrue(reference.model.contacts.isEmpty)
        XCTAssertEqual(reference.model.tasks, all.model.tasks)
        XCTAssertEqual(reference.model.officers, all.model.officers)
        XCTAssertEqual(reference.model.counters, all.model.counters)
    }

    func testAContactAddedWithoutTheLogGetsTheNextNumberAndIsKept() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let reference = try Store.open(at: dir, scope: .reference)
        let created = try reference.append(.addContact(draft("Telefon w sprawie parkowania", task: model.tasks[0].id)),
                                           by: officer.id, at: clock.now)
        XCTAssertEqual(created, .contact(model.counters.contact))
        XCTAssertEqual(reference.model.contacts.map(\.id), [model.counters.contact], "the new contact is in memory, to show it")
        XCTAssertEqual(reference.scope, .reference, "adding needs no other contact")
        // A reference to an unknown task is refused without the log too.
        XCTAssertThrowsError(try reference.append(.addContact(draft("x", task: 99_999)), by: officer.id, at: clock.now))
        let all = try Store.open(at: dir)
        XCTAssertEqual(all.model.contacts.count, model.contacts.count + 1)
        XCTAssertEqual(all.model.contacts.last?.summary, "Telefon w sprawie parkowania")
    }

    func testJournalLinesAboutUnreadContactsPassAndTheWholeStoreAppliesThem() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let writer = try Store.open(at: dir)
        let first = model.contacts[0], second = model.contacts[1]
        var edited = first
        edited.summary = "Poprawione podsumowanie"
        try writer.append(.editContact(edited), by: officer.id, at: clock.now)
        try writer.append(.markFollowUp(FollowUpMark(contact: second.id, done: today)), by: officer.id, at: clock.now)
        try writer.append(.removeContact(Removal(id: model.contacts[2].id)), by: officer.id, at: clock.now)
        try writer.append(.addNote(NoteAddition(task: model.tasks[0].id, text: "Notatka")), by: officer.id, at: clock.now)
        let reference = try Store.open(at: dir, scope: .reference)
        XCTAssertEqual(reference.model.seq, 4)
        XCTAssertEqual(reference.model.tasks[0].notes.last?.text, "Notatka")
        XCTAssertTrue(reference.warnings.isEmpty)
        let all = try Store.open(at: dir)
        XCTAssertEqual(all.model, writer.model)
        XCTAssertEqual(all.model.contact(first.id)?.summary, "Poprawione podsumowanie")
        XCTAssertNil(all.model.contact(model.contacts[2].id))
        // A line about a contact added in the journal applies in the reference scope too.
        let added = try writer.append(.addContact(draft("Nowy")), by: officer.id, at: clock.now)
        guard case .contact(let id)? = added else { return XCTFail("no contact") }
        try writer.append(.markFollowUp(FollowUpMark(contact: id, done: today)), by: officer.id, at: clock.now)
        XCTAssertEqual(try Store.open(at: dir, scope: .reference).model.contact(id)?.followUpDone, today)
    }

    func testChangesThatNeedTheWholeLogLoadItFirst() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let reference = try Store.open(at: dir, scope: .reference)
        // An unknown contact is refused as the whole store would refuse it, not skipped.
        XCTAssertThrowsError(try reference.append(.markFollowUp(FollowUpMark(contact: 99_999, done: today)), by: officer.id, at: clock.now)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 65)
        }
        XCTAssertEqual(reference.scope, .all)
        XCTAssertEqual(reference.model.contacts.count, model.contacts.count)
        XCTAssertEqual(try Store.open(at: dir).model.seq, 0, "nothing was written")

        // A task that contacts point to cannot be removed, whichever scope the store was opened in.
        let linked = try XCTUnwrap(model.contacts.first { $0.task != nil }?.task)
        let again = try Store.open(at: dir, scope: .reference)
        XCTAssertThrowsError(try again.append(.removeTask(Removal(id: linked)), by: officer.id, at: clock.now))
        XCTAssertNotNil(try Store.open(at: dir).model.task(linked))
    }

    func testCompactionInTheReferenceScopeKeepsEveryContact() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let reference = try Store.open(at: dir, scope: .reference)
        try reference.append(.addContact(draft("Przed kompaktowaniem")), by: officer.id, at: clock.now)
        try reference.compact(by: officer.id)
        let all = try Store.open(at: dir)
        XCTAssertEqual(all.model.contacts.count, model.contacts.count + 1)
        XCTAssertEqual(all.model.seq, 1)
    }

    func testAnotherProcessesEditsReachAReferenceStore() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let reference = try Store.open(at: dir, scope: .reference)
        let all = try Store.open(at: dir)
        try all.append(.markFollowUp(FollowUpMark(contact: model.contacts[5].id, done: today)), by: officer.id, at: clock.now)
        try all.append(.addTask(TaskDraft(title: "Nowe zadanie", assignee: officer.id)), by: officer.id, at: clock.now)
        XCTAssertTrue(try reference.refresh())
        XCTAssertEqual(reference.model.seq, 2)
        XCTAssertEqual(reference.model.tasks.last?.title, "Nowe zadanie")
        try reference.append(.addContact(draft("Po odświeżeniu")), by: officer.id, at: clock.now)
        try all.refresh()
        XCTAssertEqual(all.model.contacts.last?.summary, "Po odświeżeniu")
    }
}

/// Saving one change costs the same on a city station's store as on a small one: it never
/// copies the contact log, and a failure puts back exactly what the disk holds.
final class AppendInPlaceTests: XCTestCase {
    var dir = ""
    let today = Day("2026-11-22")!
    lazy var clock = Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60))

    override func setUp() { dir = NSTemporaryDirectory() + "beat-append-\(UUID().uuidString)" }
    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    func contactsAddress(_ s: Store) -> UnsafeRawPointer? {
        s.model.contacts.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    func testAppendsNeverCopyTheContactLog() throws {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 2_000
        let model = Synthetic.model(scale, seed: 9, today: today, offsetMinutes: 60)
        try Store.create(at: dir, model: model, clock: clock)
        let store = try Store.open(at: dir)
        store.durable = false
        let o = model.officers.first { $0.beat != nil }!
        let before = contactsAddress(store)
        for k in 0..<50 {
            try store.append(.addNote(NoteAddition(task: model.tasks[0].id, text: "n\(k)")), by: o.id, at: clock.now)
            try store.append(.addContact(ContactDraft(time: clock.now, officer: o.id, district: o.district, channel: .phone,
                                                      category: .other, summary: "k\(k)")), by: o.id, at: clock.now)
            try store.append(.markFollowUp(FollowUpMark(contact: model.contacts[k].id, done: today)), by: o.id, at: clock.now)
        }
        XCTAssertEqual(contactsAddress(store), before, "the log was copied (or grown) by an append")
        XCTAssertEqual(store.model.contacts.count, 2_050)
        XCTAssertEqual(try Store.open(at: dir).model, store.model)
    }

    func testARejectionLaterInABatchLeavesTheModelAsTheDiskHasIt() throws {
        let model = Synthetic.model(.demo, seed: 1, today: today, offsetMinutes: 60)
        try Store.create(at: dir, model: model, clock: clock)
        let store = try Store.open(at: dir)
        let o = model.officers.first { $0.beat != nil }!
        let before = store.model
        XCTAssertThrowsError(try store.append([.addNote(NoteAddition(task: model.tasks[0].id, text: "pierwsza")),
                                               .addNote(NoteAddition(task: 99_999, text: "druga"))], by: o.id, at: clock.now))
        XCTAssertEqual(store.model, before)
        XCTAssertEqual(try Store.open(at: dir).model, before)
        try store.append(.addNote(NoteAddition(task: model.tasks[0].id, text: "trzecia")), by: o.id, at: clock.now)
        XCTAssertEqual(try Store.open(at: dir).model.task(model.tasks[0].id)?.notes.last?.text, "trzecia")
    }
}
