@testable import BeatCore
import BeatPostgres
import Foundation
import Testing

/// One store conformance suite: every test runs against the folder store and, when
/// `BEAT_TEST_POSTGRES` names a server, against the PostgreSQL store — the same promises.
@Suite("Store conformance")
struct StoreConformanceTests {
    @Test("create, open, refuse to create over a store, no store where none is", arguments: Backend.available)
    func createAndOpen(_ backend: Backend) throws {
        try withPlace(backend) { place in
            #expect(throws: BeatError.self) { try place.open() }
            do { _ = try place.open() } catch let e as BeatError { #expect(e.exitCode == 66) }
            let created = try place.create()
            let opened = try place.open()
            #expect(opened.model == created.model)
            #expect(opened.model.seq == 0)
            #expect(opened.id == created.id && !opened.id.isEmpty)
            #expect(!opened.model.contacts.isEmpty)
            do {
                _ = try place.create()
                Issue.record("a second create succeeded")
            } catch let e as BeatError {
                #expect(e.exitCode == 73)
            }
            #expect(try place.open().model == created.model) // the refused create touched nothing
        }
    }

    @Test("appended changes are read back, in order, with who and when", arguments: Backend.available)
    func appendAndReopen(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let store = try place.create()
            let before = store.model.counters.contact
            let one = try store.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            let two = try store.append([Changes.contact(2), Changes.contact(3)], by: "kaczmarek", at: Changes.at)
            #expect(one.created == .contact(before))
            #expect(two.map(\.created) == [.contact(before + 1), .contact(before + 2)])
            #expect(store.model.seq == 3)
            let reopened = try place.open()
            #expect(reopened.model == store.model)
            let trail = try reopened.auditTrail()
            #expect(trail.map(\.seq) == [1, 2, 3])
            #expect(trail.map(\.by) == ["wisniewski", "kaczmarek", "kaczmarek"])
            #expect(trail[0].change == Changes.contact(1) && trail[0].at == Changes.at)
        }
    }

    @Test("a rejected change leaves the model and the store as they were", arguments: Backend.available)
    func rejectedChange(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let store = try place.create()
            let model = store.model
            do {
                try store.append([Changes.contact(1), Changes.contact(2, by: "nikt")], by: "wisniewski", at: Changes.at)
                Issue.record("an unknown officer was accepted")
            } catch let e as BeatError {
                #expect(e.exitCode == 65)
            }
            #expect(store.model == model)
            #expect(try place.open().model == model)
            try store.append(Changes.contact(3), by: "wisniewski", at: Changes.at)
            #expect(store.model.seq == 1)
            #expect(try place.open().auditTrail().map(\.change) == [Changes.contact(3)])
        }
    }

    @Test("a writer catches up on what another committed before it appends", arguments: Backend.available)
    func catchUp(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let a = try place.create()
            let b = try place.open()
            let first = try a.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            let second = try b.append(Changes.contact(2), by: "kaczmarek", at: Changes.at)
            guard case .contact(let n1)? = first.created, case .contact(var n2)? = second.created else { Issue.record("no contact numbers"); return }
            #expect(n2 == n1 + 1)
            #expect(b.model.seq == 2)
            #expect(try a.refresh())
            #expect(a.model == b.model)
            #expect(try !a.refresh())
            // Writers that saw nothing of the other's change (a server's save in one statement
            // finds the head moved: nothing written, the store read again, the long way).
            for scope in [LoadScope.head, .all] {
                let c = try place.open(scope: scope), d = try place.open(scope: scope, live: true)
                try a.append(Changes.contact(3), by: "wisniewski", at: Changes.at)
                let third = try c.append(Changes.contact(4), by: "kaczmarek", at: Changes.at)
                let fourth = try d.append(Changes.contact(5), by: "kaczmarek", at: Changes.at)
                #expect(third.created == .contact(n2 + 2) && fourth.created == .contact(n2 + 3))
                #expect(try a.refresh())
                #expect(c.model.seq == a.model.seq - 1 && d.model.seq == a.model.seq)
                if scope == .all { #expect(d.model == a.model) }
                n2 += 3
            }
            #expect(try place.open().auditTrail().map(\.change) == [1, 2, 3, 4, 5, 3, 4, 5].map { Changes.contact($0) })
        }
    }

    @Test("writers at once: nothing lost, nothing twice", arguments: Backend.available)
    func concurrentWriters(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let base = try place.create().model
            let writers = 4, each = 25
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: writers) { w in
                do {
                    let store = try place.open(lockTimeout: 30)
                    for k in 0..<each { try store.append(Changes.contact(1000 * (w + 1) + k), by: "wisniewski", at: Changes.at) }
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            let final = try place.open().model
            #expect(final.seq == writers * each)
            let added = final.contacts.count - base.contacts.count
            #expect(added == writers * each)
            let summaries = Set(final.contacts.map(\.summary))
            for w in 0..<writers {
                for k in 0..<each { #expect(summaries.contains("Rozmowa nr \(1000 * (w + 1) + k) z mieszkańcem")) }
            }
            #expect(Set(final.contacts.map(\.id)).count == final.contacts.count)
        }
    }

    @Test("a write cut off midway leaves nothing of it, and the next one goes through", arguments: Backend.available)
    func interruptedWrite(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let store = try place.create()
            try store.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            let model = store.model
            switch store {
            case let folder as Store:
                folder.faults = FaultInjection(failAt: 0, errno: EIO, afterBytes: 10, matching: "journal.jsonl")
            case let server as PostgresStore:
                // As a client killed, or a network gone, after its rows went in and before the commit.
                server.faultStep = { [unowned server] step in if step == "appended" { server.dropConnection() } }
            default: Issue.record("unknown store")
            }
            #expect(throws: BeatError.self) { try store.append(Changes.contact(2), by: "wisniewski", at: Changes.at) }
            #expect(store.model == model)
            #expect(try place.open().model == model)
            // Nothing stays locked: another writer goes ahead at once.
            let other = try place.open(lockTimeout: 2)
            try other.append(Changes.contact(3), by: "kaczmarek", at: Changes.at)
            (store as? Store)?.faults = nil
            (store as? PostgresStore)?.faultStep = nil
            try store.append(Changes.contact(4), by: "wisniewski", at: Changes.at)
            #expect(store.model.seq == 3)
            #expect(try place.open().auditTrail().map(\.change) == [Changes.contact(1), Changes.contact(3), Changes.contact(4)])
        }
    }

    @Test("a journal entry the rules reject is reported where it is, and nothing is written", arguments: Backend.available)
    func rejectedJournalEntry(_ backend: Backend) throws {
        try withPlace(backend) { place in
            _ = try place.create()
            let bad = JournalEntry(seq: 1, at: Changes.at, by: "wisniewski", change: Changes.contact(1, by: "nikt"))
            let line = String(decoding: try bad.line(), as: UTF8.self)
            try corrupt(place, seq: 1, line: line)
            for scope in [LoadScope.all, .head] {
                do {
                    _ = try place.open(scope: scope)
                    Issue.record("a bad journal was opened")
                } catch let e as BeatError {
                    #expect(e.exitCode == 65)
                    #expect(e.message.contains("journal"))
                    #expect(e.message.contains(":1:1: "))
                }
            }
        }
    }

    @Test("a journal entry that is not JSON is reported with its place", arguments: Backend.available)
    func garbledJournalEntry(_ backend: Backend) throws {
        try withPlace(backend) { place in
            _ = try place.create()
            try corrupt(place, seq: 1, line: #"{"seq": 1, "at": "2026-11-22T10:00:00+01:00", "by": "x", "change": {"addContact": 5}}"#)
            do {
                _ = try place.open()
                Issue.record("a garbled journal was opened")
            } catch let e as BeatError {
                #expect(e.exitCode == 65)
                #expect(e.message.contains("journal"))
            }
        }
    }

    @Test("a damaged contact segment is reported where it is", arguments: Backend.available)
    func damagedSegment(_ backend: Backend) throws {
        try withPlace(backend) { place in
            _ = try place.create()
            switch place {
            case .folder(let path):
                let folder = path + "/snapshot-000000/contacts"
                let file = folder + "/" + (try FileManager.default.contentsOfDirectory(atPath: folder).sorted().first!)
                let text = try String(contentsOfFile: file, encoding: .utf8)
                try text.replacingOccurrences(of: "\"summary\" : \"", with: "\"summary\" : #\"").write(toFile: file, atomically: true, encoding: .utf8)
            case .postgres(let address):
                try Place.sql(address, """
                    UPDATE \(address.schema).snapshot
                    SET bytes = convert_to(replace(convert_from(bytes, 'UTF8'), '"summary" : "', '"summary" : #"'), 'UTF8')
                    WHERE path = (SELECT min(path) FROM \(address.schema).snapshot WHERE path LIKE 'contacts/%')
                    """)
            }
            do {
                _ = try place.open()
                Issue.record("a damaged contact segment was opened")
            } catch let e as BeatError {
                #expect(e.exitCode == 65)
                #expect(e.message.contains("contacts/"), "\(e.message)")
                #expect(e.message.range(of: #"\.json:\d+:\d+: "#, options: .regularExpression) != nil, "\(e.message)")
            }
        }
    }

    @Test("a narrow read widens for a change that needs more, and numbers as the whole store does", arguments: Backend.available)
    func scopes(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let full = try place.create()
            try full.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            let head = try place.open(scope: .head)
            #expect(head.model.contacts.count == 1 && head.model.tasks.isEmpty) // the journal's contact only
            let created = try head.append(Changes.contact(2), by: "wisniewski", at: Changes.at)
            #expect(created.created == .contact(full.model.counters.contact))
            let task = full.model.tasks[0].id
            let pinned = try place.open(scope: .head, tasks: [task])
            #expect(pinned.model.tasks.map(\.id) == [task])
            try pinned.append(.addNote(NoteAddition(task: task, text: "Notatka z obchodu")), by: "wisniewski", at: Changes.at)
            let list = try place.open(scope: .taskList)
            try list.append(.setTaskStatus(TaskStatusUpdate(task: task, status: .inProgress)), by: "wisniewski", at: Changes.at)
            #expect(try full.refresh())
            #expect(try place.open().model == full.model)
            #expect(full.model.task(task)?.notes.last?.text == "Notatka z obchodu")
            #expect(full.model.task(task)?.status == .inProgress)
        }
    }

    @Test("the task list's read shows what the whole store holds, before and after compaction", arguments: Backend.available)
    func taskListRead(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let full = try place.create()
            let task = full.model.tasks[0].id
            try full.append(.addNote(NoteAddition(task: task, text: "Notatka z obchodu")), by: "wisniewski", at: Changes.at)
            func listed(_ m: Model) -> [String] {
                m.tasks.map { "\($0.id) \($0.title) \($0.status) \($0.assignee) \(String(describing: $0.due)) \($0.notes.count)" }
            }
            func check() throws {
                let list = try place.open(scope: .taskList).model
                #expect(listed(list) == listed(full.model))
                #expect(list.officers == full.model.officers && list.counters == full.model.counters && list.seq == full.model.seq)
                #expect(list.meetings.map(\.id) == full.model.meetings.map(\.id))
            }
            try check()
            try full.compact(by: "wisniewski")
            try check()
            guard case .postgres(let address) = place else { return }
            let s = address.schema
            // The server sends the list its share of the snapshot, not the whole reference.json …
            let title = full.model.tasks[0].title
            try Place.sql(address, "UPDATE \(s).task_list SET bytes = convert_to(replace(convert_from(bytes, 'UTF8'), '\(title)', 'Zmieniony'), 'UTF8')")
            #expect(try place.open(scope: .taskList).model.tasks[0].title == "Zmieniony")
            // … only while it was made from the snapshot's reference.json; bytes that do not read are passed over.
            try Place.sql(address, "UPDATE \(s).task_list SET reference = 'inna'")
            try check()
            try Place.sql(address, "UPDATE \(s).task_list SET bytes = '\\x7b'::bytea, reference = (SELECT reference FROM \(s).store)")
            try check()
            // A store made before the table lists from reference.json, and gets the table when compacted.
            try Place.sql(address, "DROP TABLE \(s).task_list")
            try check()
            try full.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            try full.compact(by: "wisniewski")
            #expect(try Place.sql(address, "SELECT count(*)::text FROM \(s).task_list WHERE reference = (SELECT reference FROM \(s).store)") == ["1"])
            try check()
        }
    }

    @Test("compaction keeps the model and the audit trail; readers opened before it catch up", arguments: Backend.available)
    func compaction(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let store = try place.create()
            let early = try place.open()
            for k in 1...5 { try store.append(Changes.contact(k), by: "wisniewski", at: Changes.at) }
            #expect(try store.compact(by: "wisniewski"), "a snapshot written")
            #expect(try !store.compact(by: "wisniewski"), "nothing new: nothing written, and it says so")
            try store.append(Changes.contact(6), by: "wisniewski", at: Changes.at)
            let reopened = try place.open()
            #expect(reopened.model == store.model)
            #expect(try reopened.auditTrail().map(\.seq) == Array(1...6))
            #expect(try early.refresh())
            #expect(early.model == store.model)
            #expect(try place.open(scope: .head).model.counters == store.model.counters)
        }
    }

    @Test("the station's own records (organisations, genders, roles, holders, requests) survive compaction, in every scope",
          arguments: Backend.available)
    func stationRecords(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let store = try place.create()
            #expect(!store.model.organisations.isEmpty && store.model.tasks.contains { $0.holder != nil })
            try store.append(.putOrganisation(PartnerOrganisation(id: "mzbm", name: "Miejski Zarząd Budynków", kind: .housingCooperative)),
                             by: "szymanski", at: Changes.at)
            for compacted in [false, true] {
                if compacted { try store.compact(by: "szymanski") }
                for scope in [LoadScope.all, .reference, .taskList, .head] {
                    let m = try place.open(scope: scope).model
                    #expect(m.organisations == store.model.organisations, "\(scope), compacted: \(compacted)")
                    #expect(m.officers == store.model.officers && m.teams == store.model.teams && m.beats == store.model.beats)
                }
                let all = try place.open().model
                #expect(all.tasks.map(\.holder) == store.model.tasks.map(\.holder))
                #expect(all.tasks.flatMap(\.support) == store.model.tasks.flatMap(\.support))
                #expect(all.contacts.map(\.with) == store.model.contacts.map(\.with))
            }
        }
    }

    @Test("an open store learns of another's change within a second", arguments: Backend.available)
    func liveUpdates(_ backend: Backend) throws {
        try withPlace(backend) { place in
            _ = try place.create()
            let watcher = try place.open(live: true)
            #expect(try !watcher.refresh())
            let writer = try place.open()
            try writer.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            let start = Date()
            var seen = false
            while !seen, Date().timeIntervalSince(start) < 1 {
                seen = try watcher.refresh()
                if !seen { Thread.sleep(forTimeInterval: 0.02) }
            }
            #expect(seen)
            #expect(watcher.model == writer.model)
            #expect(try !watcher.refresh())
        }
    }

    @Test("a backup from either backend restores into either, the same store",
          arguments: Backend.available.flatMap { a in Backend.available.map { (a, $0) } })
    func backupRestore(_ from: Backend, _ to: Backend) throws {
        try withPlace(from) { source in
            try withPlace(to) { target in
                let store = try source.createWithHistory(compacted: 3, lastBy: "kaczmarek")
                let file = NSTemporaryDirectory() + "beat-backup-\(UUID().uuidString).tar"
                defer { unlink(file) }
                let index = try store.backup(to: file, at: Changes.at)
                #expect(index.seq == 4 && index.store == store.id)
                #expect(throws: BeatError.self) { try store.backup(to: file, at: Changes.at) } // never over a file
                let names = index.files.map(\.path)
                #expect(names.first == "store.json" && names.contains("journal.jsonl") && names.contains("snapshot-000003/reference.json"))
                #expect(names.contains("history/journal-000001-000003.jsonl"))
                let restored = try target.location.restore(from: file)
                #expect(restored.model == store.model)
                #expect(restored.id == store.id)
                #expect(try restored.auditTrail() == store.auditTrail())
                #expect(throws: BeatError.self) { try target.location.restore(from: file) } // never over a store
            }
        }
    }

    @Test("a copy between any two places is the same store; never over a store, never from a bad one",
          arguments: Backend.available.flatMap { a in Backend.available.map { (a, $0) } })
    func copy(_ from: Backend, _ to: Backend) throws {
        try withPlace(from) { source in
            try withPlace(to) { target in
                let store = try source.createWithHistory(compacted: 1, lastBy: "kaczmarek")
                let copy = try target.location.copy(from: source.location)
                #expect(copy.model == store.model && copy.id == store.id)
                #expect(try copy.auditTrail() == store.auditTrail())
                #expect(try target.open().model == store.model)
                do {
                    try target.location.copy(from: source.location)
                    Issue.record("copied over a store")
                } catch let e as BeatError {
                    #expect(e.exitCode == 73)
                }
                #expect(try target.open().model == store.model)
            }
            try withPlace(to) { target in
                try corrupt(source, seq: 3, line: String(decoding: try JournalEntry(seq: 3, at: Changes.at, by: "x",
                                                                                    change: Changes.contact(3, by: "nikt")).line(), as: UTF8.self))
                #expect(throws: BeatError.self) { try target.location.copy(from: source.location) }
                #expect(try !target.location.exists())
            }
        }
    }

    @Test("a purge leaves no resident's data anywhere the store keeps it, old row versions included", arguments: Backend.available)
    func purge(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let store = try place.createWithHistory(compacted: 3)
            #expect(try rawBytes(place).contains("Kowalski"))
            let cutoff = Day("2026-11-21")!
            let dry = try store.purgePersonalData(before: cutoff, by: "wisniewski", at: Changes.at, dryRun: true)
            #expect(dry.contacts.count >= 4 && dry.journalEntries == 4)
            #expect(try rawBytes(place).contains("Kowalski")) // a dry run writes nothing
            // A reader elsewhere in the database, its transaction begun before the purge's end: the
            // rows it may still see must not outlive it (VACUUM FULL keeps them while it runs).
            if case .postgres(let address) = place { try Place.holdSnapshot(address, seconds: 1) }
            let report = try store.purgePersonalData(before: cutoff, by: "wisniewski", at: Changes.at, dryRun: false)
            #expect(report.contacts.count == dry.contacts.count && report.journalEntries == 4)
            #expect(report.leftovers.isEmpty)
            if backend == .postgres { #expect(report.vacuumed.count == 3) } // journal, snapshot, task_list
            let reopened = try place.open()
            #expect(reopened.model == store.model)
            #expect(!reopened.model.contacts.contains { $0.resident?.name.contains("Kowalski") == true })
            #expect(!(try reopened.auditTrail().map { String(decoding: try $0.line(), as: UTF8.self) }.joined().contains("Kowalski")))
            #expect(try !rawBytes(place).contains("Kowalski"))
            // Kept: the category, place and time; the journal records the purge itself.
            #expect(reopened.model.contacts.contains { $0.place == "ul. Łódzka 2" && $0.category == .publicDrinking })
            guard case .pseudonymise? = try reopened.auditTrail().last?.change else { Issue.record("the purge is not in the journal"); return }
            try reopened.append(Changes.contact(9), by: "wisniewski", at: Changes.at)
        }
    }

    @Test("the evidence register survives compaction, a copy, a backup and restore, and a purge", arguments: Backend.available)
    func register(_ backend: Backend) throws {
        try withPlace(backend) { place in
            let store = try place.create()
            try store.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            let contact = store.model.counters.contact - 1
            // The demo's register holds threats already: these two are the next numbers.
            let first = store.model.nextThreatID, held = store.model.threats.count
            try store.append(Changes.threat(contact: contact), by: "wisniewski", at: Changes.at)
            try store.append(.setThreatStatus(ThreatStatusUpdate(threat: first, status: .verifying, note: "Obchód wieczorem")),
                             by: "wisniewski", at: Changes.at)
            try store.compact(by: "wisniewski")
            try store.append(Changes.threat(), by: "kaczmarek", at: Changes.at)
            #expect(store.model.threats.map(\.id).suffix(2) == [first, first + 1] && store.model.threats.count == held + 2)
            #expect(try place.open().model == store.model)
            #expect(try place.open(scope: .reference).model.threats == store.model.threats)
            #expect(try place.open(scope: .head).model.threats.isEmpty) // the head never reads it
            // Every other place keeps it: the other backend by copy, either by backup.
            for other in Backend.available {
                try withPlace(other) { target in
                    let copy = try target.location.copy(from: place.location)
                    #expect(copy.model.threats == store.model.threats)
                }
                try withPlace(other) { target in
                    let file = NSTemporaryDirectory() + "beat-backup-\(UUID().uuidString).tar"
                    defer { unlink(file) }
                    try store.backup(to: file, at: Changes.at)
                    let restored = try target.location.restore(from: file)
                    #expect(restored.model.threats == store.model.threats)
                }
            }
            let threats = store.model.threats
            _ = try store.purgePersonalData(before: Day("2026-11-21")!, by: "wisniewski", at: Changes.at, dryRun: false)
            let reopened = try place.open()
            #expect(reopened.model.threats == threats)
            try reopened.append(.setThreatStatus(ThreatStatusUpdate(threat: first, status: .confirmed)), by: "wisniewski", at: Changes.at)
            #expect(try place.open().model.threat(first)?.history.map(\.to) == [.verifying, .confirmed])
        }
    }

    /// Everything the store keeps on disk, as text: the folder's files, or the server's
    /// table files (after a checkpoint) — old row versions included.
    private func rawBytes(_ place: Place) throws -> String {
        var paths: [String] = []
        switch place {
        case .folder(let path):
            let e = FileManager.default.enumerator(atPath: path)
            while let f = e?.nextObject() as? String { paths.append(path + "/" + f) }
        case .postgres(let address):
            try Place.sql(address, "CHECKPOINT")
            let dir = try Place.sql(address, "SELECT setting FROM pg_settings WHERE name = 'data_directory'").first!!
            for table in ["journal", "snapshot", "task_list"] {
                let rel = "\(address.schema).\(table)"
                paths += try Place.sql(address, """
                    SELECT pg_relation_filepath(c.oid) FROM pg_class c WHERE c.oid = '\(rel)'::regclass
                    UNION ALL SELECT pg_relation_filepath(c.reltoastrelid) FROM pg_class c WHERE c.oid = '\(rel)'::regclass AND c.reltoastrelid <> 0
                    """).compactMap { $0.map { dir + "/" + $0 } }
            }
        }
        var text = ""
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = FileManager.default.contents(atPath: p) else { throw BeatError.other("cannot read \(p)") }
            text += String(decoding: data, as: UTF8.self)
        }
        return text
    }

    /// Puts a journal entry at `seq` that Beat did not write.
    private func corrupt(_ place: Place, seq: Int, line: String) throws {
        switch place {
        case .folder(let path):
            let fd = open(path + "/journal.jsonl", O_WRONLY | O_APPEND)
            defer { close(fd) }
            let bytes = Array((line + "\n").utf8)
            #expect(write(fd, bytes, bytes.count) == bytes.count)
        case .postgres(let address):
            let quoted = line.replacingOccurrences(of: "'", with: "''")
            try Place.sql(address, """
                INSERT INTO \(address.schema).journal (seq, at, officer, entry) VALUES (\(seq), '', '', '\(quoted)');
                """)
            try Place.sql(address, "UPDATE \(address.schema).store SET seq = \(seq)")
        }
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.withLock { items.append(s) } }
    var all: [String] { lock.withLock { items } }
}
