@testable import BeatCore
import Foundation
import XCTest

/// Residents' personal data: the purge after the retention period, access requests, and the
/// one list of personal fields.
final class PrivacyTests: XCTestCase {
    var dir = ""
    let cutoff = Day("2025-11-22")!

    override func setUpWithError() throws {
        dir = TrustFixture.folder(self)
        try TrustFixture.makeStore(at: dir)
    }

    /// Every file of the store as text, folded (lower case, no Polish letters).
    func storeText() -> String {
        TrustFixture.files(dir).values.map { TextFold.key(String(decoding: $0, as: UTF8.self)) }.joined(separator: "\n")
    }

    func testPurgePseudonymisesOldContactsInTheSnapshotAndEveryJournalFile() throws {
        let store = try Store.open(at: dir)
        let before = store.model
        XCTAssertTrue(storeText().contains("zdzislaw"))
        let report = try store.purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now)

        // Łęcki three times (as "Zdzisław Łęcki" and "zdzislaw LECKI": one person), Kowalski only in history.
        XCTAssertEqual(report.contacts.map(\.id), [1, 2, 5])
        XCTAssertEqual(Set(report.contacts.map(\.pseudonym)), ["P-10-1"])
        XCTAssertEqual(report.contacts[0].fields, [.name, .phone, .address])
        XCTAssertEqual(report.people, 2)
        XCTAssertEqual(report.journalEntries, 4)
        XCTAssertEqual(report.journal.count, 3)
        XCTAssertEqual(report.seq, 10)
        XCTAssertEqual(report.leftovers, [])

        // Nothing of them is left anywhere on disk; the recent contact keeps its data.
        let text = storeText()
        for gone in ["zdzislaw", "kowalski", "600 100 200", "600100200", "z.lecki@example.pl", "lodzka 12/4", "dobrzecka 5"] {
            XCTAssertFalse(text.contains(gone), gone)
        }
        XCTAssertTrue(text.contains("anna nowak"))
        XCTAssertEqual(Disk.list(dir).filter { $0.hasPrefix("snapshot") || $0.hasPrefix("history") }, ["history-000010", "snapshot-000010"])

        // Category, place, time and everything statistical stay.
        for id in [1, 2, 5] {
            let (a, b) = (before.contact(id)!, store.model.contact(id)!)
            XCTAssertEqual(b.resident, ResidentData(name: "P-10-1"))
            XCTAssertEqual([a.time, a.officer, a.district, a.beat ?? "", a.place, a.channel.rawValue, a.category.rawValue] as [AnyHashable],
                           [b.time, b.officer, b.district, b.beat ?? "", b.place, b.channel.rawValue, b.category.rawValue] as [AnyHashable])
        }
        XCTAssertEqual(store.model.contact(1)?.summary, "Pan P-10-1 (tel. […]) skarży się na hałas")
        XCTAssertEqual(store.model.contact(2)?.summary, "P-10-1 znów dzwonił")
        XCTAssertEqual(store.model.contact(3), before.contact(3))

        // Reopened, checked, and the purge is in the audit trail.
        let reopened = try Store.open(at: dir)
        XCTAssertEqual(reopened.model, store.model)
        let trail = try reopened.auditTrail()
        XCTAssertEqual(trail.map(\.seq), Array(1...10))
        XCTAssertEqual(trail.last?.change.name, "pseudonymise")
        XCTAssertEqual(trail.last?.by, "nowicki")
        // The history still replays to the same contacts.
        XCTAssertEqual(trail.compactMap { if case .addContact(let d) = $0.change { return d.resident?.name } else { return nil } },
                       ["P-10-1", "P-10-1", "Anna Nowak", "P-10-2", "P-10-1"])
        // It goes on working.
        try reopened.append(.addNote(NoteAddition(task: 1, text: "po pseudonimizacji")), by: "nowicki", at: TrustFixture.now)
        XCTAssertEqual(try Store.open(at: dir).model.seq, 11)
    }

    func testADryRunShowsTheSameAndChangesNothing() throws {
        let files = TrustFixture.files(dir)
        let dry = try Store.open(at: dir).purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now, dryRun: true)
        XCTAssertEqual(TrustFixture.files(dir), files)
        XCTAssertTrue(dry.dryRun)
        XCTAssertNil(dry.seq)
        let real = try Store.open(at: dir).purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now)
        XCTAssertEqual(dry.contacts, real.contacts)
        XCTAssertEqual(dry.journalEntries, real.journalEntries)
        XCTAssertEqual(dry.people, real.people)
    }

    func testASecondPurgeFindsNothingAndWritesNothing() throws {
        _ = try Store.open(at: dir).purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now)
        let files = TrustFixture.files(dir)
        let again = try Store.open(at: dir).purgePersonalData(before: cutoff, by: "zielinska", at: TrustFixture.now)
        XCTAssertTrue(again.isEmpty, "\(again)")
        XCTAssertEqual(FaultInjectionTests.changes(files, TrustFixture.files(dir)), ["lock"], "only the lock names its last holder")
        // A longer period later takes the next ones, with new pseudonyms.
        let later = try Store.open(at: dir).purgePersonalData(before: Day("2026-11-01")!, by: "zielinska", at: TrustFixture.now)
        XCTAssertEqual(later.contacts.map(\.id), [3])
        XCTAssertEqual(later.contacts.first?.pseudonym, "P-11-1")
    }

    func testAnotherProcessSeesThePurgeAndTheLockIsTaken() throws {
        let other = try Store.open(at: dir, lockTimeout: 0.2)
        let store = try Store.open(at: dir, lockTimeout: 0.2)
        let files = TrustFixture.files(dir)
        // Under the exclusive lock: a writer holding it makes the purge wait, then give up.
        let holder = try FileLock(path: dir + "/lock")
        try holder.with(exclusive: true, timeout: 1, who: "zielinska") {
            XCTAssertThrowsError(try store.purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now)) { e in
                XCTAssertEqual((e as? BeatError)?.exitCode, 75)
                XCTAssertTrue("\(e)".contains("zielinska"), "\(e)")
            }
        }
        XCTAssertEqual(TrustFixture.files(dir).filter { $0.key != "lock" }, files.filter { $0.key != "lock" })
        _ = try store.purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now)
        XCTAssertTrue(try other.refresh())
        XCTAssertEqual(other.model, store.model)
        try other.append(.addNote(NoteAddition(task: 1, text: "z drugiego procesu")), by: "zielinska", at: TrustFixture.now)
        XCTAssertEqual(other.model.seq, 11)
    }

    func testAReadOnlyStoreRefusesThePurgeButShowsADryRun() throws {
        let store = try Store.open(at: dir, readOnly: true)
        XCTAssertTrue(store.isReadOnly)
        XCTAssertEqual(store.readOnlyReason, L10n.readOnlyRequested)
        let files = TrustFixture.files(dir)
        XCTAssertThrowsError(try store.purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 73)
        }
        XCTAssertEqual(try store.purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now, dryRun: true).contacts.count, 3)
        XCTAssertEqual(TrustFixture.files(dir), files)
    }

    func testFindListsEveryRecordHoldingAResidentsData() throws {
        let store = try Store.open(at: dir)
        let records = try store.findPersonalData("ŁĘCKI")
        func ids(_ k: PersonalDataRecord.Kind) -> [String] { records.filter { $0.kind == k }.map(\.id) }
        XCTAssertEqual(ids(.contact), ["1", "2"])          // in the snapshot (5 is still in the live journal)
        XCTAssertEqual(ids(.journalEntry), ["1", "2", "8"])
        XCTAssertEqual(ids(.team), ["zespol-dobrzec"])      // Paweł Łęcki, a team member: a person too
        let first = records.first { $0.kind == .contact && $0.id == "1" }!
        XCTAssertEqual(first.fields, ["resident.name", "summary"])
        XCTAssertTrue(first.place.hasPrefix("snapshot-000007/contacts/2024-03.json"), first.place)
        let entry = records.first { $0.kind == .journalEntry && $0.id == "8" }!
        XCTAssertEqual(entry.place, "journal.jsonl:1")
        XCTAssertEqual(entry.by, "nowicki")
        XCTAssertEqual(entry.fields, ["change.addContact.resident.name", "change.addContact.summary"])
        // Case and Polish letters do not matter; a phone number matches by its digits.
        XCTAssertEqual(try store.findPersonalData("lecki"), records)
        XCTAssertEqual(try store.findPersonalData("600-100-200").map(\.id), ["1", "1"])
        XCTAssertEqual(try store.findPersonalData("Z.LECKI@example.pl").map(\.kind), [.contact, .journalEntry])
        XCTAssertEqual(try store.findPersonalData("Kowalski").map(\.place), ["history/journal-000005-000007.jsonl:1"])
        XCTAssertEqual(try store.findPersonalData("Nikt Taki"), [])
    }

    func testFindAlsoSearchesTornLinesSetAside() throws {
        let store = try Store.open(at: dir)
        let h = FileHandle(forWritingAtPath: dir + "/journal.jsonl")!
        h.seekToEndOfFile()
        h.write(Data("{\"seq\":10,\"change\":{\"addContact\":{\"resident\":{\"name\":\"Bożena Torn".utf8))
        h.closeFile()
        try store.append(.addNote(NoteAddition(task: 1, text: "x")), by: "nowicki", at: TrustFixture.now)
        let found = try store.findPersonalData("bozena torn")
        XCTAssertEqual(found.map(\.kind), [.tornLine])
        XCTAssertEqual(found.first?.place, "journal.torn:1")
    }

    func testPurgeRemovesTornLinesFromBeforeTheCutoffOrWithoutATime() throws {
        let torn = dir + "/journal.torn"
        let old = "{\"seq\":3,\"at\":\"2024-05-01T10:00:00+02:00\",\"by\":\"nowicki\",\"change\":{\"addContact\":{\"resident\":{\"name\":\"Bożena Stara"
        let recent = "{\"seq\":9,\"at\":\"2026-11-20T10:00:00+01:00\",\"by\":\"nowicki\",\"change\":{\"addContact\":{\"resident\":{\"name\":\"Bożena Nowa"
        let undated = "{\"seq\":4,\"change\":{\"addContact\":{\"resident\":{\"name\":\"Bożena Bez"
        try Data((old + "\n" + recent + "\n" + undated + "\n").utf8).write(to: URL(fileURLWithPath: torn))
        let store = try Store.open(at: dir)

        let dry = try store.purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now, dryRun: true)
        XCTAssertEqual(dry.tornLines, 2)
        XCTAssertEqual(try String(contentsOfFile: torn, encoding: .utf8), old + "\n" + recent + "\n" + undated + "\n", "a dry run changes nothing")

        let report = try store.purgePersonalData(before: cutoff, by: "nowicki", at: TrustFixture.now)
        XCTAssertEqual(report.tornLines, 2)
        XCTAssertEqual(try String(contentsOfFile: torn, encoding: .utf8), recent + "\n", "the recent torn line stays for inspection")
        XCTAssertEqual(try store.findPersonalData("Bożena Stara"), [])
        XCTAssertEqual(try store.findPersonalData("Bożena Bez"), [])
        XCTAssertEqual(try store.findPersonalData("Bożena Nowa").map(\.kind), [.tornLine])

        // Once the recent one is old too, the file goes.
        let later = try store.purgePersonalData(before: Day("2026-11-21")!, by: "nowicki", at: TrustFixture.now)
        XCTAssertEqual(later.tornLines, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: torn))
    }

    func testASummaryLosesTheNamesCaseFormsToo() {
        let text = "Rozmowa z p. Łęckim; pismo od Zdzisława Łęckiego, kopia Łęckiej. Nowa ławka przy ul. Polnej."
        let (r, s) = PersonalData.pseudonymised(ResidentData(name: "Zdzisław Łęcki"), text, as: "P-10-1")
        XCTAssertEqual(r, ResidentData(name: "P-10-1"))
        XCTAssertEqual(s, "Rozmowa z p. P-10-1; pismo od P-10-1 P-10-1, kopia P-10-1. Nowa ławka przy ul. Polnej.")
        let (_, anna) = PersonalData.pseudonymised(ResidentData(name: "Anna Nowak"), "Pani Annie Nowakowi i Nowakom: nowa wiata, Nowaka nie było.", as: "P-3-2")
        XCTAssertEqual(anna, "Pani P-3-2 P-3-2 i P-3-2: nowa wiata, P-3-2 nie było.", "nowa (new) is not a form of Nowak")
    }

    func testRetentionPeriods() {
        let today = Day("2026-11-22")!
        XCTAssertEqual(RetentionPeriod("24m")?.cutoff(today: today), Day("2024-11-22"))
        XCTAssertEqual(RetentionPeriod("2y")?.cutoff(today: today), Day("2024-11-22"))
        XCTAssertEqual(RetentionPeriod("2R")?.cutoff(today: today), Day("2024-11-22"))
        XCTAssertEqual(RetentionPeriod("90d")?.cutoff(today: today), Day("2026-08-24"))
        XCTAssertEqual(RetentionPeriod("3m")?.cutoff(today: Day("2026-05-31")!), Day("2026-02-28"))
        XCTAssertEqual(RetentionPeriod("0m")?.cutoff(today: today), today)
        // Far back: the first day Beat keeps, not a trap.
        XCTAssertEqual(RetentionPeriod("100000y")?.cutoff(today: today), Day.earliest)
        XCTAssertEqual(RetentionPeriod("99999m")?.cutoff(today: today), Day.earliest)
        XCTAssertEqual(RetentionPeriod("99999d")?.cutoff(today: Day("1900-02-01")!), Day.earliest)
        for bad in ["24", "m", "-3m", "24x", "", "9223372036854775807m", "2.5y"] { XCTAssertNil(RetentionPeriod(bad), bad) }
    }

    func testPersonalFieldsArethe_ResidentsDataAndPseudonymsAreNotPersonal() {
        XCTAssertEqual(PersonalField.allCases.map(\.rawValue), ["name", "phone", "email", "address"])
        // The list covers every stored field of ResidentData: a new field must be added to it.
        let encoded = try! JSONSerialization.jsonObject(with: JSONEncoder().encode(TrustFixture.lecki.with(email: "a@b.pl"))) as! [String: Any]
        XCTAssertEqual(Set(encoded.keys), Set(PersonalField.allCases.map(\.rawValue)))
        XCTAssertTrue(PersonalData.isPseudonym("P-10-1"))
        XCTAssertFalse(PersonalData.isPseudonym("P-10"))
        XCTAssertFalse(PersonalData.isPseudonym("Piotr P-10-1"))
        XCTAssertEqual(PersonalData.fields(of: ResidentData(name: "P-3-2")), [])
        XCTAssertEqual(PersonalData.fields(of: ResidentData(name: "P-3-2", phone: "1")), [.phone])
        XCTAssertNil(PersonalData.withoutPersonalData(ResidentContact(id: 1, time: TrustFixture.now, officer: "a", district: "b",
                                                                      channel: .phone, category: .other, summary: "s", resident: TrustFixture.lecki)).resident)
    }

    func testThePseudonymiseChangeIsValidated() throws {
        var model = try Store.open(at: dir).model
        let ctx = ChangeContext(by: "nowicki", at: TrustFixture.now)
        XCTAssertThrowsError(try model.apply(.pseudonymise(Pseudonymisation(before: cutoff, contacts: [.init(contact: 1, pseudonym: "Jan")])), context: ctx)) {
            XCTAssertEqual($0 as? BeatError, .rejected(.notAPseudonym("Jan")))
        }
        XCTAssertThrowsError(try model.apply(.pseudonymise(Pseudonymisation(before: cutoff, contacts: [.init(contact: 99, pseudonym: "P-1-1")])), context: ctx)) {
            XCTAssertEqual($0 as? BeatError, .rejected(.unknownContact(99)))
        }
        try model.apply(.pseudonymise(Pseudonymisation(before: cutoff, contacts: [.init(contact: 1, pseudonym: "P-1-1")])), context: ctx)
        XCTAssertEqual(model.contact(1)?.resident, ResidentData(name: "P-1-1"))
    }

    func testTextFolding() {
        XCTAssertEqual(TextFold.key("Zdzisław ŁĘCKI, Źródlana"), "zdzislaw lecki, zrodlana")
        XCTAssertTrue(TextFold.contains("Pani Żaneta Wójcik", "zaneta WOJCIK"))
        XCTAssertEqual(TextFold.replacing("lecki", in: "Łęcki i Łęckiego, Paweł Łęcki", with: "X", wholeWords: true), "X i Łęckiego, Paweł X")
        XCTAssertEqual(TextFold.replacing("600 100", in: "tel. 600 100 200", with: "#"), "tel. # 200")
    }
}

private extension ResidentData {
    func with(email: String) -> ResidentData {
        var r = self
        r.email = email
        return r
    }
}
