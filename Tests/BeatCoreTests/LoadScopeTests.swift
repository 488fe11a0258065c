@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// Reading only the reference data (`LoadScope.reference`) never accepts a change the whole
/// store would refuse, never loses one, and lets journal lines about unread contacts pass.
final class LoadScopeTests: SmallStoreTestCase {
    override class var seed: UInt64 { 5 }

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
                                           by: officer.id, at: clock.now).created
        XCTAssertEqual(created, .contact(model.counters.contact))
        XCTAssertEqual(reference.model.contacts.map(\.id), [model.counters.contact], "the new contact is in memory, to show it")
        XCTAssertEqual(reference.scope, .reference, "adding needs no other contact")
        // A reference to an unknown task is refused without the log too.
        XCTAssertThrowsError(try reference.append(.addContact(draft("x", task: 99_999)), by: officer.id, at: clock.now)) {
            XCTAssertEqual($0 as? BeatError, .rejected(.unknownTask(99_999)))
        }
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
        let added = try writer.append(.addContact(draft("Nowy")), by: officer.id, at: clock.now).created
        guard case .contact(let id)? = added else { return XCTFail("no contact") }
        try writer.append(.markFollowUp(FollowUpMark(contact: id, done: today)), by: officer.id, at: clock.now)
        XCTAssertEqual(try Store.open(at: dir, scope: .reference).model.contact(id)?.followUpDone, today)
    }

    func testChangesThatNeedTheWholeLogLoadItFirst() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let reference = try Store.open(at: dir, scope: .reference)
        // An unknown contact is refused as the whole store would refuse it, not skipped.
        XCTAssertThrowsError(try reference.append(.markFollowUp(FollowUpMark(contact: 99_999, done: today)), by: officer.id, at: clock.now)) { e in
            XCTAssertEqual(e as? BeatError, .rejected(.unknownContact(99_999)))
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

/// The head scope: the small reference data first in the file, read alone; a task read by
/// itself when a change needs it; new records numbered as the whole store numbers them.
final class HeadScopeTests: SmallStoreTestCase {
    override class var seed: UInt64 { 6 }

    func testTheHeadComesFirstInTheFileAndIsReadAlone() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let text = try String(contentsOfFile: reference, encoding: .utf8)
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        XCTAssertEqual(keys, ["seq", "counters", "districts", "beats", "officers", "teams", "organisations", "plans", "meetings", "tasks"])
        // Below the top, the file is what JSONEncoder writes.
        XCTAssertTrue(text.contains(String(decoding: try JSONCoding.encode(model.tasks[0].history, pretty: true), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "\n      ")))
        let head = try Store.open(at: dir, scope: .head)
        XCTAssertTrue(head.model.tasks.isEmpty && head.model.meetings.isEmpty && head.model.contacts.isEmpty)
        XCTAssertEqual(head.model.officers, model.officers)
        XCTAssertEqual(head.model.plans, model.plans)
        XCTAssertEqual(head.model.counters, model.counters)
        XCTAssertEqual(try Store.open(at: dir).model, model)
    }

    func testAddingATaskOrAContactReadsNoOtherTask() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let head = try Store.open(at: dir, scope: .head)
        let t = try head.append(.addTask(TaskDraft(title: "Nowe", assignee: officer.id)), by: officer.id, at: clock.now).created
        XCTAssertEqual(t, .task(model.counters.task))
        let c = try head.append(.addContact(ContactDraft(time: clock.now, officer: officer.id, district: officer.district, channel: .phone,
                                                         category: .other, summary: "Bez zadania")), by: officer.id, at: clock.now).created
        XCTAssertEqual(c, .contact(model.counters.contact))
        XCTAssertEqual(head.scope, .head)
        XCTAssertEqual(head.model.tasks.map(\.id), [model.counters.task])
        // A contact linked to a task reads that task, and an unknown task is refused.
        let linked = model.tasks[3].id
        try head.append(.addContact(ContactDraft(time: clock.now, officer: officer.id, district: officer.district, channel: .phone,
                                                 category: .other, summary: "Z zadaniem", task: linked)), by: officer.id, at: clock.now)
        XCTAssertNotNil(head.model.task(linked))
        XCTAssertThrowsError(try head.append(.addContact(ContactDraft(time: clock.now, officer: officer.id, district: officer.district,
                                                                      channel: .phone, category: .other, summary: "x", task: 99_999)),
                                             by: officer.id, at: clock.now))
        let all = try Store.open(at: dir)
        XCTAssertEqual(all.model.tasks.last?.title, "Nowe")
        XCTAssertEqual(all.model.contacts.suffix(2).map(\.summary), ["Bez zadania", "Z zadaniem"])
    }

    func testAChangeToATaskReadsThatTaskWithItsJournalHistory() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let other = try Store.open(at: dir)
        let open = model.tasks.filter(\.isOpen).map(\.id)
        try other.append(.addNote(NoteAddition(task: open[0], text: "Od innego procesu")), by: officer.id, at: clock.now)
        try other.append(.addNote(NoteAddition(task: open[1], text: "Inne zadanie")), by: officer.id, at: clock.now)
        let head = try Store.open(at: dir, scope: .head)
        try head.append(.setTaskStatus(TaskStatusUpdate(task: open[0], status: .done)), by: officer.id, at: clock.now)
        XCTAssertEqual(head.model.tasks.map(\.id), [open[0]], "only that task was read")
        XCTAssertEqual(head.model.task(open[0])?.notes.last?.text, "Od innego procesu")
        XCTAssertThrowsError(try head.append(.setTaskStatus(TaskStatusUpdate(task: open[0], status: .done)), by: officer.id, at: clock.now),
                             "done twice is refused, as by the whole store")
        XCTAssertThrowsError(try head.append(.addNote(NoteAddition(task: 99_999, text: "x")), by: officer.id, at: clock.now))
        try other.refresh()
        XCTAssertEqual(other.model.task(open[0])?.status, .done)
        XCTAssertEqual(try Store.open(at: dir).model, other.model)
    }

    func testJournalLinesTheHeadCannotCheckStillNumberTheNextRecords() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let all = try Store.open(at: dir)
        let team = model.teams[0]
        let linked = model.tasks.first { $0.district == team.district }!.id
        try all.append(.addMeeting(MeetingDraft(team: team.id, day: today, attendees: [team.members[0].id], minutes: "Protokół",
                                                decisions: [DecisionDraft(text: "Kontynuować", task: linked),
                                                            DecisionDraft(text: "Nowe", newTask: TaskDraft(district: team.district, title: "Z posiedzenia", assignee: officer.id))])),
                       by: officer.id, at: clock.now)
        try all.append(.addContact(ContactDraft(time: clock.now, officer: officer.id, district: officer.district, channel: .phone,
                                                category: .other, summary: "Z zadaniem", task: linked)), by: officer.id, at: clock.now)
        let head = try Store.open(at: dir, scope: .head)
        XCTAssertEqual(head.model.counters, all.model.counters)
        let t = try head.append(.addTask(TaskDraft(title: "Po posiedzeniu", assignee: officer.id)), by: officer.id, at: clock.now)
        let u = try all.append(.addTask(TaskDraft(title: "Równolegle", assignee: officer.id)), by: officer.id, at: clock.now)
        XCTAssertNotEqual(t, u)
        XCTAssertEqual(try Store.open(at: dir).model.tasks.suffix(2).map(\.title), ["Po posiedzeniu", "Równolegle"])
    }

    func testTheManifestsDigestLetsTheHeadTrustTheRestAndAnyOtherBytesAreChecked() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let manifest = try Store.readManifest(dir)
        XCTAssertEqual(manifest.reference, Digest.of(Array(try Data(contentsOf: URL(fileURLWithPath: reference)))))
        // An edit by hand that keeps the JSON valid: read (the rest's syntax checked).
        var text = try String(contentsOfFile: reference, encoding: .utf8)
        let title = model.tasks.last!.title
        text = text.replacingOccurrences(of: "\"title\" : \"\(title)\"", with: "\"title\" : \"Poprawione ręcznie\"")
        try text.write(toFile: reference, atomically: false, encoding: .utf8)
        XCTAssertNoThrow(try Store.open(at: dir, scope: .head))
        XCTAssertEqual(try Store.open(at: dir).model.tasks.last?.title, "Poprawione ręcznie")
        // Damage far from the head: no change is taken in any scope.
        let broken = text.replacingOccurrences(of: "\"title\" : \"Poprawione ręcznie\"", with: "\"title\" : \"Poprawione ręcznie")
        try broken.write(toFile: reference, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try Store.open(at: dir, scope: .head)) { e in XCTAssertEqual((e as? BeatError)?.exitCode, 65) }
    }

    /// Manifests on disk record digests: the algorithm is pinned (values from its first version).
    func testTheDigestNeverChangesAndSeesEveryByte() {
        XCTAssertEqual(Digest.of(Array("".utf8)), "fx64:601fc346810dda36:0")
        let text = Array("zażółć gęślą jaźń — 32 bajty i więcej, by objąć cztery tory".utf8)
        XCTAssertEqual(Digest.of(text), "fx64:7019cb1d634ec1cc:73")
        for k in text.indices {
            var changed = text
            changed[k] ^= 1
            XCTAssertNotEqual(Digest.of(changed), Digest.of(text), "byte \(k)")
        }
    }

    func testAReferenceFileInAnyOtherLayoutIsReadWhole() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let ref = Snapshot.Reference(seq: 0, counters: model.counters, districts: model.districts, beats: model.beats, officers: model.officers,
                                     teams: model.teams, plans: model.plans, tasks: model.tasks, meetings: model.meetings)
        let task = model.tasks[5].id
        // Keys sorted (the layout before the head came first), and everything on one line.
        for bytes in [try JSONCoding.encode(ref, pretty: true), try JSONCoding.encode(ref, pretty: false)] {
            try Data(bytes).write(to: URL(fileURLWithPath: reference))
            let head = try Store.open(at: dir, scope: .head)
            XCTAssertEqual(head.model.officers, model.officers)
            try head.append(.addNote(NoteAddition(task: task, text: "Działa")), by: officer.id, at: clock.now)
            XCTAssertEqual(head.model.task(task)?.notes.dropLast(), model.task(task)?.notes[...])
            try FileManager.default.removeItem(atPath: dir + "/journal.jsonl")
            _ = FileManager.default.createFile(atPath: dir + "/journal.jsonl", contents: nil, attributes: [.posixPermissions: 0o600])
        }
    }
}

/// The task list scope: what `beat task list` shows, read without the bulky fields, only
/// from a reference.json as Beat wrote it; anything else read whole and checked.
final class TaskListScopeTests: SmallStoreTestCase {
    override class var seed: UInt64 { 7 }

    /// What a row of the list shows, and what checks of journal lines read.
    struct Listed: Equatable {
        var id: Int, plan: Int?, district: String, title: String, assignee: String, due: Day?, priority: TaskPriority
        var status: TaskStatus, reason: String?, meeting: Int?, carriedFrom: Int?, notes: Int
        init(_ t: PlanTask) {
            (id, plan, district, title, assignee, due, priority) = (t.id, t.plan, t.district, t.title, t.assignee, t.due, t.priority)
            (status, reason, meeting, carriedFrom, notes) = (t.status, t.reason, t.meeting, t.carriedFrom, t.notes.count)
        }
    }

    func testTheListScopeHoldsWhatTheListShowsAndSkipsTheRest() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let writer = try Store.open(at: dir)
        let open = model.tasks.filter(\.isOpen).map(\.id)
        let withNotes = try XCTUnwrap(model.tasks.first { $0.notes.count >= 2 })
        try writer.append(.addNote(NoteAddition(task: open[0], text: "Nowa notatka")), by: officer.id, at: clock.now)
        try writer.append(.removeNote(NoteRemoval(task: withNotes.id, index: 1)), by: officer.id, at: clock.now)
        try writer.append(.setTaskStatus(TaskStatusUpdate(task: open[1], status: .cancelled, reason: "Nieaktualne")), by: officer.id, at: clock.now)
        try writer.append(.addTask(TaskDraft(title: "Dodane z dziennika", assignee: officer.id, due: today)), by: officer.id, at: clock.now)
        let list = try Store.open(at: dir, scope: .taskList)
        let whole = try Store.open(at: dir, scope: .reference)
        XCTAssertEqual(list.scope, .taskList)
        XCTAssertEqual(list.model.seq, 4)
        XCTAssertTrue(list.warnings.isEmpty)
        XCTAssertEqual(list.model.tasks.map(Listed.init), whole.model.tasks.map(Listed.init))
        XCTAssertEqual(list.model.counters, whole.model.counters)
        XCTAssertEqual(list.model.officers, whole.model.officers)
        XCTAssertEqual(list.model.plans, whole.model.plans)
        XCTAssertEqual(list.model.meetings.map(\.decisions), whole.model.meetings.map(\.decisions))
        XCTAssertTrue(list.model.contacts.isEmpty)
        // The bulk was left unread (the journal's own note is in memory as it came).
        XCTAssertTrue(model.tasks.contains { !$0.description.isEmpty } && list.model.tasks.allSatisfy { $0.description.isEmpty })
        XCTAssertTrue(list.model.tasks.allSatisfy { ($0.history.isEmpty || $0.id == open[1]) && $0.support.isEmpty })
        XCTAssertEqual(list.model.task(open[1])?.history.count, 1, "the journal's status change, on an unread history")
        XCTAssertEqual(list.model.task(open[0])?.notes.last?.text, "Nowa notatka")
        XCTAssertTrue(list.model.meetings.allSatisfy { $0.minutes.isEmpty })
        // A query runs on it as on the whole store.
        for q in [TaskQuery(), TaskQuery(statuses: [.open, .inProgress]), TaskQuery(officer: officer.id), TaskQuery(overdueOnly: true)] {
            XCTAssertEqual(q.run(list.model, today: today).map(Listed.init), q.run(whole.model, today: today).map(Listed.init))
        }
    }

    func testAChangeThroughTheListScopeReadsTheWholeRecordsFirst() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let list = try Store.open(at: dir, scope: .taskList)
        let task = try XCTUnwrap(model.tasks.first { $0.isOpen && !$0.description.isEmpty })
        try list.append(.addNote(NoteAddition(task: task.id, text: "Po liście")), by: officer.id, at: clock.now)
        XCTAssertEqual(list.scope, .reference)
        XCTAssertEqual(list.model.task(task.id)?.description, task.description)
        XCTAssertEqual(list.model.task(task.id)?.notes.dropLast(), task.notes[...])
        let all = try Store.open(at: dir)
        XCTAssertEqual(all.model.tasks, list.model.tasks)
        // An unknown task is refused as by the whole store.
        let again = try Store.open(at: dir, scope: .taskList)
        XCTAssertThrowsError(try again.append(.addNote(NoteAddition(task: 99_999, text: "x")), by: officer.id, at: clock.now))
        XCTAssertEqual(try Store.open(at: dir).model.seq, 1, "nothing more was written")
        // Compaction works on the whole store.
        let compacting = try Store.open(at: dir, scope: .taskList)
        try compacting.compact(by: officer.id)
        XCTAssertEqual(try Store.open(at: dir).model.tasks, all.model.tasks)
        XCTAssertEqual(try Store.open(at: dir).model.contacts.count, model.contacts.count)
    }

    func testAHandEditedReferenceFileIsReadWholeAndChecked() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let task = try XCTUnwrap(model.tasks.last { !$0.description.isEmpty })
        // Valid JSON, other bytes than Beat wrote: the digest does not match, so it is read whole.
        var text = try String(contentsOfFile: reference, encoding: .utf8)
        let description = "\"description\" : \"\(task.description)\""
        XCTAssertTrue(text.contains(description))
        text = text.replacingOccurrences(of: description, with: "\"description\" : \"Poprawione ręcznie\"")
        try text.write(toFile: reference, atomically: false, encoding: .utf8)
        let list = try Store.open(at: dir, scope: .taskList)
        XCTAssertEqual(list.model.task(task.id)?.description, "Poprawione ręcznie")
        XCTAssertEqual(list.model.tasks, try Store.open(at: dir).model.tasks)
        XCTAssertEqual(list.model.contacts.count, model.contacts.count, "checked against the contact log too")

        // Damage in a part the list does not show: refused as the whole store refuses it.
        let broken = text.replacingOccurrences(of: "\"description\" : \"Poprawione ręcznie\"", with: "\"description\" : \"Poprawione ręcznie")
        try broken.write(toFile: reference, atomically: false, encoding: .utf8)
        var listError = "", allError = ""
        XCTAssertThrowsError(try Store.open(at: dir, scope: .taskList)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 65)
            listError = (e as? BeatError)?.message ?? ""
        }
        XCTAssertThrowsError(try Store.open(at: dir)) { e in allError = (e as? BeatError)?.message ?? "" }
        XCTAssertEqual(listError, allError)
        XCTAssertTrue(listError.contains("reference.json:"), listError)
        XCTAssertEqual(try String(contentsOfFile: reference, encoding: .utf8), broken, "left exactly as it was")

        // A wrong type in a skipped field of a file that is not as Beat wrote it: refused too.
        let wrongType = text.replacingOccurrences(of: "\"description\" : \"Poprawione ręcznie\"", with: "\"description\" : 7")
        try wrongType.write(toFile: reference, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try Store.open(at: dir, scope: .taskList)) { e in XCTAssertEqual((e as? BeatError)?.exitCode, 65) }
    }

    /// Skipping a pretty list by its lines ends where skipping it byte by byte ends, whatever
    /// its strings hold, and counts its objects.
    func testSkippingByLinesEndsWhereSkippingByBytesEnds() throws {
        struct Item: Codable { var at: String; var text: String; var tags: [String]; var nested: [[String: [Int]]] }
        struct Holder: Codable { var a: [Item]; var b: [Item]; var c: [String]; var d: [Int]; var e: [String: Item]; var z: String }
        let tricky = ["]", "    ]", "}\n  ]", "\n      ]\n", "„cytat” — ]}", "\u{1B}[31m", "\\", "\"]\""]
        let items = tricky.enumerated().map { k, t in
            Item(at: "2026-11-22T08:00:00+01:00", text: t, tags: Array(tricky.prefix(k)), nested: k % 2 == 0 ? [] : [["x": [1, 2]], [:]])
        }
        let holder = Holder(a: items, b: [], c: tricky, d: [], e: ["k": items[1]], z: "koniec ]")
        let bytes = try JSONCoding.encode(holder, pretty: true)
        try bytes.withUnsafeBufferPointer { buf in
            let keys = FastKeys(["a", "b", "c", "d", "e", "z"])
            var byLines = FastJSON(buf), byBytes = FastJSON(buf)
            var seen: UInt64 = 0, hint = 0, seen2: UInt64 = 0, hint2 = 0
            XCTAssertTrue(try byLines.objectStart())
            XCTAssertTrue(try byBytes.objectStart())
            let indent = try XCTUnwrap(byLines.lineIndent())
            XCTAssertEqual(indent, 2)
            var counts: [Int] = []
            repeat {
                let k = try byLines.field(keys, &seen, &hint)
                XCTAssertEqual(try byBytes.field(keys, &seen2, &hint2), k)
                if let n = try byLines.skipPrettyContainer(indent: indent) { counts.append(n) } else { try byLines.skipValue() }
                try byBytes.skipValue()
                XCTAssertEqual(byLines.i, byBytes.i, "key \(k)")
            } while try byLines.objectNext() && byBytes.objectNext()
            XCTAssertEqual(counts, [items.count, 0, 0, 0, 0], "objects one level down: a's items; none in b, c, d; e is an object of one")
        }
    }

    /// A reference file in any other layout (one line, say) reads the same, or not at all.
    func testTheListReadOfAnyLayoutGivesTheSameRecords() throws {
        let ref = Snapshot.Reference(seq: 0, counters: model.counters, districts: model.districts, beats: model.beats, officers: model.officers,
                                     teams: model.teams, plans: model.plans, tasks: model.tasks, meetings: model.meetings)
        for bytes in [try ReferenceLayout.encode(ref), try JSONCoding.encode(ref, pretty: false)] {
            let listed = try XCTUnwrap(bytes.withUnsafeBufferPointer { TaskListReading.reference($0) })
            XCTAssertEqual(listed.tasks.map(Listed.init), model.tasks.map(Listed.init))
            XCTAssertEqual(listed.meetings.map(\.decisions), model.meetings.map(\.decisions))
            XCTAssertEqual(listed.plans, model.plans)
        }
        // A task lacking a field the whole record needs, even one the list skips: not read here
        // (the whole read then explains it).
        var text = String(decoding: try ReferenceLayout.encode(ref), as: UTF8.self)
        let line = try XCTUnwrap(text.range(of: "\n      \"createdBy\" : \"[^\"]*\",", options: .regularExpression))
        text.removeSubrange(line)
        XCTAssertNil(Array(text.utf8).withUnsafeBufferPointer { TaskListReading.reference($0) })
    }

    func testABadJournalLineIsReportedInTheListScopeToo() throws {
        try Store.create(at: dir, model: model, clock: clock)
        let writer = try Store.open(at: dir)
        let task = try XCTUnwrap(model.tasks.first { $0.notes.count == 1 })
        try writer.append(.removeNote(NoteRemoval(task: task.id, index: 0)), by: officer.id, at: clock.now)
        // A second removal of the only note, appended by hand: no note is left to remove.
        let journal = dir + "/journal.jsonl"
        var lines = try String(contentsOfFile: journal, encoding: .utf8)
        let first = try XCTUnwrap(lines.split(separator: "\n").first)
        lines += first.replacingOccurrences(of: "\"seq\":1", with: "\"seq\":2") + "\n"
        try lines.write(toFile: journal, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try Store.open(at: dir, scope: .reference)) { e in XCTAssertEqual((e as? BeatError)?.exitCode, 65) }
        XCTAssertThrowsError(try Store.open(at: dir, scope: .taskList)) { e in XCTAssertEqual((e as? BeatError)?.exitCode, 65) }
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

/// A synthetic store of demo size with 300 contacts, in a folder of its own for each test.
class SmallStoreTestCase: XCTestCase {
    class var seed: UInt64 { 1 }
    var dir = ""
    let today = Day("2026-11-22")!
    lazy var clock = Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60))
    lazy var model: Model = {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 300
        return Synthetic.model(scale, seed: Self.seed, today: today, offsetMinutes: 60)
    }()
    var officer: Officer { model.officers.first { $0.beat != nil }! }
    var reference: String { dir + "/snapshot-000000/reference.json" }

    override func setUp() { dir = NSTemporaryDirectory() + "beat-scope-\(UUID().uuidString)" }
    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }
}
