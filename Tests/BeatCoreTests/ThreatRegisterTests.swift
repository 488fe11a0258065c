import BeatCore
import Foundation
import XCTest

/// The threat register (issue 15): transitions, deadlines, anonymity, and the store.
final class ThreatRegisterTests: XCTestCase {
    func ctx(_ day: String) -> ChangeContext { Fixture.ctx("nowicki", day) }

    func add(_ m: inout Model, reported: String = "2026-11-10", anonymous: Bool = true, contact: Int? = nil) throws -> Int {
        guard case .threat(let id)? = try m.apply(.addThreat(ThreatDraft(category: .publicDrinking, place: "ul. Łódzka 5", district: "dobrzec",
                                                                         source: .map, anonymous: anonymous, contact: contact,
                                                                         reported: Day(reported)!)), context: ctx(reported)).created else {
            throw XCTSkip("no threat")
        }
        return id
    }

    func testEveryTransitionTheRulesAllowAndNoOther() throws {
        let allowed: [ThreatStatus: Set<ThreatStatus>] = [
            .new: [.verifying], .verifying: [.confirmed, .notConfirmed, .jokeOrMistake], .confirmed: [.eliminated, .referred],
            .notConfirmed: [], .jokeOrMistake: [], .eliminated: [], .referred: []]
        // Reach each status by an allowed path, then try every target from it.
        let paths: [ThreatStatus: [ThreatStatus]] = [
            .new: [], .verifying: [.verifying], .confirmed: [.verifying, .confirmed], .notConfirmed: [.verifying, .notConfirmed],
            .jokeOrMistake: [.verifying, .jokeOrMistake], .eliminated: [.verifying, .confirmed, .eliminated],
            .referred: [.verifying, .confirmed, .referred]]
        for from in ThreatStatus.allCases {
            for to in ThreatStatus.allCases {
                var m = Fixture.model()
                let id = try add(&m)
                for s in paths[from]! { try m.apply(.setThreatStatus(ThreatStatusUpdate(threat: id, status: s, note: "krok")), context: ctx("2026-11-11")) }
                XCTAssertEqual(m.threat(id)?.status, from)
                let change = Change.setThreatStatus(ThreatStatusUpdate(threat: id, status: to, note: "sprawdzone"))
                if allowed[from]!.contains(to) {
                    try m.apply(change, context: ChangeContext(by: "zielinska", at: Fixture.at("2026-11-12")))
                    XCTAssertEqual(m.threat(id)?.status, to)
                    let last = try XCTUnwrap(m.threat(id)?.history.last)
                    XCTAssertEqual([last.by, last.note], ["zielinska", "sprawdzone"], "who and the note are journalled")
                    XCTAssertEqual([last.from, last.to], [from, to])
                } else {
                    XCTAssertThrowsError(try m.apply(change, context: ctx("2026-11-12")), "\(from) → \(to)") { e in
                        XCTAssertEqual(e as? BeatError, .rejected(.threatTransitionNotAllowed(id, from: from, to: to)))
                    }
                    XCTAssertEqual(m.threat(id)?.status, from, "nothing changed")
                }
            }
        }
        // The refusal names what is allowed.
        let text = Language.pl.bind { L10n.rejection(.threatTransitionNotAllowed(3, from: .verifying, to: .eliminated)) }
        XCTAssertTrue(text.contains("potwierdzone") && text.contains("niepotwierdzone") && text.contains("żart lub pomyłka"), text)
    }

    func testReadWithinTwoDaysAndVerifiedWithinFive() throws {
        var m = Fixture.model()
        let id = try add(&m, reported: "2026-11-10")
        var t = try XCTUnwrap(m.threat(id))
        XCTAssertEqual(t.due, Day("2026-11-12"))
        XCTAssertFalse(t.isOverdue(on: Day("2026-11-12")!), "on the due day itself not yet overdue")
        XCTAssertTrue(t.isOverdue(on: Day("2026-11-13")!))
        try m.apply(.setThreatStatus(ThreatStatusUpdate(threat: id, status: .verifying)), context: ctx("2026-11-12"))
        t = try XCTUnwrap(m.threat(id))
        XCTAssertEqual(t.due, Day("2026-11-15"))
        XCTAssertFalse(t.isOverdue(on: Day("2026-11-15")!))
        XCTAssertTrue(t.isOverdue(on: Day("2026-11-16")!))
        XCTAssertEqual(ThreatQuery(overdueOnly: true).run(m, today: Day("2026-11-16")!).map(\.id), [id])
        try m.apply(.setThreatStatus(ThreatStatusUpdate(threat: id, status: .confirmed)), context: ctx("2026-11-16"))
        XCTAssertNil(m.threat(id)?.due, "verified: nothing more is due")
        XCTAssertTrue(ThreatQuery(overdueOnly: true).run(m, today: Day("2026-12-31")!).isEmpty)
    }

    func testAnAnonymousThreatCarriesNoResidentAndNoCallBack() throws {
        var m = Fixture.model()
        try m.apply(.addContact(ContactDraft(time: Fixture.at("2026-11-05"), officer: "nowicki", district: "dobrzec", channel: .mapReport,
                                             category: .publicDrinking, summary: "zgłoszenie",
                                             resident: ResidentData(name: "Jan Kowalski"), followUp: Day("2026-11-09"))),
                    context: ctx("2026-11-05"))
        let named = m.contacts.last!.id
        XCTAssertThrowsError(try add(&m, anonymous: true, contact: named)) { e in
            XCTAssertEqual(e as? BeatError, .rejected(.anonymousThreatNamesResident(named)))
        }
        XCTAssertTrue(m.threats.isEmpty)
        let id = try add(&m, anonymous: false, contact: named)
        XCTAssertEqual(m.threat(id)?.contact, named)
        let fields = Set(Mirror(reflecting: try XCTUnwrap(m.threat(id))).children.compactMap(\.label))
        XCTAssertTrue(fields.isDisjoint(with: ["resident", "followUp", "phone", "name"]), "a threat holds no resident data of its own")
    }

    func testTheRegisterIsStoredAndReadBack() throws {
        let dir = NSTemporaryDirectory() + "beat-threats-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Store.create(at: dir, model: Fixture.model(), clock: Clock(today: Fixture.today, now: Fixture.at("2026-11-22"), isPinned: true))
        let store = try Store.open(at: dir)
        try store.append(.addThreat(ThreatDraft(category: .vandalism, place: "ul. Łódzka 1", district: "dobrzec", source: .patrol,
                                                anonymous: false, reported: Day("2026-11-20")!)), by: "nowicki", at: Fixture.at("2026-11-20"))
        try store.append(.setThreatStatus(ThreatStatusUpdate(threat: 1, status: .verifying, note: "n")), by: "nowicki", at: Fixture.at("2026-11-21"))
        XCTAssertEqual(try Store.open(at: dir, scope: .reference).model.threat(1)?.status, .verifying, "from the journal")
        XCTAssertTrue(try Store.open(at: dir, scope: .head).model.threats.isEmpty, "the head does not read the register")
        try Store.open(at: dir).compact()
        let again = try Store.open(at: dir, scope: .reference).model
        XCTAssertEqual(again.threat(1)?.history.count, 1, "from the snapshot's register.json")
        XCTAssertEqual(try Store.open(at: dir).model, try Store.open(at: dir).model)
        let export = try StoreExport.json(model: again, storeID: "x", clock: Clock(today: Fixture.today, now: Fixture.at("2026-11-22"), isPinned: true))
        XCTAssertTrue(export.contains("\"threats\""), "export json carries the register")
    }
}
