@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// A store opened without its contact log reads the rest on another thread
/// (`loadRestInBackground`) and takes it in when asked (`completeBackgroundLoad`): what the
/// interface does to draw its first frame at once. The model taken in is the whole store,
/// with whatever was written meanwhile, by this store or by another process.
final class BackgroundReadTests: XCTestCase {
    let clock = Clock(today: Day("2026-11-22")!, now: Timestamp(day: Day("2026-11-22")!, hour: 9, minute: 30, offsetMinutes: 60))
    var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "beat-background-\(UUID().uuidString)"
        try Store.create(at: dir, model: DemoPilot.model(today: clock.today, offsetMinutes: 60), clock: clock)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dir)
    }

    func late() throws -> Store {
        let store = try Store.open(at: dir, scope: .reference)
        store.loadRestInBackground()
        return store
    }

    func testTheRestArrivesAsAWholeOpenWouldReadIt() throws {
        let store = try late()
        XCTAssertTrue(store.isLoadingInBackground)
        XCTAssertTrue(store.model.contacts.isEmpty, "nothing of the log before it is taken in")
        XCTAssertTrue(try store.completeBackgroundLoad(wait: true))
        XCTAssertFalse(store.isLoadingInBackground)
        XCTAssertEqual(store.scope, .all)
        XCTAssertEqual(store.model, try Store.open(at: dir).model)
        XCTAssertFalse(try store.completeBackgroundLoad(wait: true), "taken in once")
    }

    func testNothingChangesUntilTheReadIsTakenIn() throws {
        let store = try late()
        // Whenever the thread finishes, the model stays what it was until asked.
        _ = store.background?.result(wait: true)
        XCTAssertTrue(store.isLoadingInBackground)
        XCTAssertTrue(store.model.contacts.isEmpty)
        XCTAssertTrue(try store.completeBackgroundLoad(wait: false))
        XCTAssertFalse(store.model.contacts.isEmpty)
    }

    func testChangesMadeMeanwhileHereAndElsewhereAreKept() throws {
        let store = try late()
        let officer = try XCTUnwrap(store.model.officer("wisniewski"))
        let task = try store.append(.addTask(TaskDraft(title: "W trakcie wczytywania", assignee: officer.id)), by: officer.id, at: clock.now)
        XCTAssertTrue(store.isLoadingInBackground, "a change the reference data checks does not wait")
        let other = try Store.open(at: dir)
        try other.append(.addContact(ContactDraft(time: clock.now, officer: officer.id, district: officer.district, channel: .phone,
                                                  category: .other, summary: "Z innego stanowiska")), by: officer.id, at: clock.now)
        try store.completeBackgroundLoad(wait: true)
        XCTAssertEqual(store.model, try Store.open(at: dir).model)
        guard case .task(let id)? = task.created else { return XCTFail("no task") }
        XCTAssertNotNil(store.model.task(id))
        XCTAssertTrue(store.model.contacts.contains { $0.summary == "Z innego stanowiska" })
    }

    func testAChangeThatNeedsTheLogWaitsForIt() throws {
        let store = try late()
        let contact = try XCTUnwrap(try Store.open(at: dir).model.contacts.first { $0.followUpOpen })
        try store.append(.markFollowUp(FollowUpMark(contact: contact.id, done: clock.today)), by: "wisniewski", at: clock.now)
        XCTAssertFalse(store.isLoadingInBackground)
        XCTAssertEqual(store.model.contact(contact.id)?.followUpDone, clock.today)
        XCTAssertEqual(store.model, try Store.open(at: dir).model)
    }

    func testACompactionMeanwhileIsFollowed() throws {
        let store = try late()
        _ = store.background?.result(wait: true)
        // After the read, before it is taken in: another process adds a change and compacts.
        let other = try Store.open(at: dir)
        try other.append(.addNote(NoteAddition(task: other.model.tasks[0].id, text: "Przed kompaktowaniem")), by: "wisniewski", at: clock.now)
        try other.compact(by: "wisniewski")
        XCTAssertTrue(try store.completeBackgroundLoad(wait: true))
        XCTAssertEqual(store.model, try Store.open(at: dir).model)
        XCTAssertEqual(store.model.tasks[0].notes.last?.text, "Przed kompaktowaniem")
    }

    /// A segment damaged without changing its size passes the reference open; the read behind
    /// it reports it as a whole open does, and the model stays as it was.
    func testADamagedLogIsReportedAsAWholeOpenReportsIt() throws {
        // A contact number's first digit made a letter: the size stays, the reference open passes.
        let name = try XCTUnwrap(Snapshot.segmentNames(dir + "/snapshot-000000").sorted().last)
        var bytes = try XCTUnwrap(try Disk.read(dir + "/snapshot-000000/contacts/" + name))
        bytes[try XCTUnwrap(Data(bytes).range(of: Data("\"id\" : ".utf8))).upperBound] = UInt8(ascii: "x")
        TrustFixture.write(bytes, to: dir + "/snapshot-000000/contacts/" + name)
        let store = try late()
        var expected = ""
        XCTAssertThrowsError(try Store.open(at: dir)) { expected = ($0 as? BeatError)?.message ?? "" }
        XCTAssertTrue(expected.contains(name), expected)
        XCTAssertThrowsError(try store.completeBackgroundLoad(wait: true)) { XCTAssertEqual(($0 as? BeatError)?.message, expected) }
        XCTAssertFalse(store.isLoadingInBackground)
        XCTAssertTrue(store.model.contacts.isEmpty)
    }
}
