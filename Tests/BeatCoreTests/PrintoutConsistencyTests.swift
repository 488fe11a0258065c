import BeatCore
import BeatDemo
import Foundation
import XCTest

/// Issue 18: each printout agrees with itself — totals are the sums of what is listed, ties
/// rank the same way everywhere, and no block is printed twice.
final class PrintoutConsistencyTests: XCTestCase {
    static let today = Day("2026-11-22")!
    static let clock = Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60), isPinned: true)
    static let source = ReportSource(path: "/srv/beat/test", id: "test", seq: 0)

    func build(_ kind: ReportKind, _ m: Model, _ options: ReportOptions = ReportOptions()) throws -> ReportDocument {
        try Reports.build(kind: kind, model: m, options: options, clock: Self.clock, source: Self.source)
    }

    func table(_ doc: ReportDocument, _ id: String) throws -> ReportTable { try XCTUnwrap(doc.tables.first { $0.id == id }, id) }

    func int(_ v: ReportValue) -> Int { if case .int(let i) = v { return i } else { return 0 } }

    func column(_ t: ReportTable, _ key: String) -> Int { t.columns.firstIndex { $0.key == key }! }

    // MARK: report progress

    /// The officers' table covers the tasks listed above it: its columns add up to its totals
    /// and its overdue and done totals are the summary's.
    func assertOfficersAgreeWithTheSummary(_ m: Model, file: StaticString = #filePath, line: UInt = #line) throws {
        let doc = try build(.progress, m)
        let summary = try table(doc, "plans"), officers = try table(doc, "officers")
        for key in ["overdue", "doneInPeriod"] {
            let planSum = summary.rows.map { int($0[column(summary, key)]) }.reduce(0, +)
            let officerSum = officers.rows.map { int($0[column(officers, key)]) }.reduce(0, +)
            XCTAssertEqual(officerSum, planSum, "\(key): officers against the plans listed", file: file, line: line)
            if let total = officers.total { XCTAssertEqual(int(total[column(officers, key)]), officerSum, file: file, line: line) }
            if let total = summary.total { XCTAssertEqual(int(total[column(summary, key)]), planSum, file: file, line: line) }
        }
        XCTAssertTrue(doc.render(.text, width: 120).contains(L10n.reportOfficersOfListed.uppercased()), "the heading says what it covers",
                      file: file, line: line)
    }

    func testTheOfficersTableCoversExactlyThePlansListed() throws {
        // The store: the synthetic demo, seed 7, where closed plans' tasks leaked in.
        try assertOfficersAgreeWithTheSummary(Synthetic.model(.demo, seed: 7, today: Self.today, offsetMinutes: 60))
        try assertOfficersAgreeWithTheSummary(DemoPilot.model(today: Self.today, offsetMinutes: 60))
        try assertOfficersAgreeWithTheSummary(MeetingFixture.model())
    }

    // MARK: Ties

    func testTiesRankByCountThenPolishOrderInEveryReportAndLanguage() throws {
        var m = Fixture.model()
        // Two each: "przekraczanie…" comes before "spożywanie…" in Polish, after "drinking…" in English.
        for (i, cat) in [ThreatCategory.publicDrinking, .speeding, .publicDrinking, .speeding].enumerated() {
            try m.apply(.addContact(ContactDraft(time: Timestamp(day: Day("2026-11-1\(i)")!, hour: 10, offsetMinutes: 60), officer: "nowicki",
                                                 district: "dobrzec", beat: "dobrzec-1", place: "ul. Łódzka 1", channel: .phone,
                                                 category: cat, summary: "x")), context: Fixture.ctx("nowicki", "2026-11-20"))
        }
        for language in [Language.pl, .en] {
            func ids(_ kind: ReportKind, _ options: ReportOptions, _ tableID: String, _ key: String) throws -> [String] {
                var o = options
                o.language = language
                let t = try table(try build(kind, m, o), tableID)
                return t.rows.compactMap { row -> String? in if case .text(let s) = row[column(t, key)] { return s } else { return nil } }
            }
            let expected = [ThreatCategory.speeding.rawValue, ThreatCategory.publicDrinking.rawValue]
            XCTAssertEqual(try ids(.districts, ReportOptions(district: "dobrzec"), "concerns", "categoryId"), expected, "\(language)")
            XCTAssertEqual(try ids(.contacts, ReportOptions(), "months", "categoryId"), expected, "\(language)")
            XCTAssertEqual(try ids(.letter, ReportOptions(officer: "nowicki"), "concerns", "categoryId"), expected, "\(language)")
            let review = try MeetingReview(model: m, team: "zespol-dobrzec", since: Day("2026-11-01"), today: Self.today)
            XCTAssertEqual(review.contacts.byCategory.map(\.category.rawValue), expected)
        }
    }

    // MARK: No block twice

    /// Stores at the edges: no plans, no contacts, one closed plan, an empty plan.
    static func edgeStores() throws -> [(String, Model)] {
        var base = Model()
        let c = Fixture.ctx("admin", "2026-10-01")
        for ch: Change in [
            .putDistrict(District(id: "dobrzec", name: "Dobrzec", city: "Kalisz", residents: 17_000, streets: ["Łódzka"])),
            .putOfficer(Officer(id: "nowicki", rank: "st. sierż.", name: "Łukasz Nowicki", badge: "1", phone: "1", email: "n@example.pl",
                                district: "dobrzec", beat: nil)),
            .putTeam(CoordinationTeam(id: "zespol-dobrzec", district: "dobrzec", name: "Zespół Dobrzec", members: [
                Partner(id: "rada", name: "Paweł Łęcki", role: .estateCouncilChair, organisation: "Rada Osiedla")])),
        ] { try base.apply(ch, context: c) }
        let contact = Change.addContact(ContactDraft(time: Fixture.at("2026-11-02"), officer: "nowicki", district: "dobrzec",
                                                     place: "ul. Łódzka 3", channel: .onBeat, category: .publicDrinking, summary: "x"))
        let plan = Change.addPlan(PlanDraft(district: "dobrzec", officer: "nowicki", title: "Alkohol", start: Day("2026-08-01")!,
                                            end: Day("2027-01-31")!,
                                            threat: Diagnosis(what: "a", place: "b", when: "c", who: "d", category: .publicDrinking, sources: []),
                                            goal: Goal(kind: .reduce, description: "mniej", measure: "zgłoszenia")))
        var noPlans = base
        try noPlans.apply(contact, context: Fixture.ctx("nowicki", "2026-11-02"))
        try noPlans.apply(.addTask(TaskDraft(title: "Własne", assignee: "nowicki", due: Day("2026-11-10"))), context: c)
        var noContacts = base
        try noContacts.apply(plan, context: c)
        try noContacts.apply(.addTask(TaskDraft(plan: 1, title: "Patrol", assignee: "nowicki", due: Day("2026-11-10"))), context: c)
        var emptyPlan = base
        try emptyPlan.apply(contact, context: Fixture.ctx("nowicki", "2026-11-02"))
        try emptyPlan.apply(plan, context: c)
        var oneClosed = noContacts
        try oneClosed.apply(contact, context: Fixture.ctx("nowicki", "2026-11-02"))
        try oneClosed.apply(Change.evaluatePlan(PlanEvaluation(plan: 1, evaluation: Evaluation(outcome: .reduced, note: "n", day: Day("2026-11-05")!)))
                                .recordingEvidence(in: oneClosed), context: Fixture.ctx("nowicki", "2026-11-05"))
        return [("no plans", noPlans), ("no contacts", noContacts), ("an empty plan", emptyPlan), ("one closed plan", oneClosed),
                ("nothing at all", base)]
    }

    func testNoPrintoutRepeatsABlockOnEdgeStores() throws {
        for (name, m) in try Self.edgeStores() {
            for kind in Reports.kinds {
                var options = ReportOptions(width: 1000)
                switch kind.id {
                case "officer", "letter": options.officer = "nowicki"
                case "plan": guard !m.plans.isEmpty else { continue }; options.plan = 1
                case "meeting", "invitation": options.team = "zespol-dobrzec"
                default: break
                }
                let doc = try build(kind, m, options)
                let what = "\(kind.id) on \(name)"
                // Messages (paragraphs, and empty tables' sentences) with the headings they sit under.
                var messages: [(text: String, underItem: String?)] = []
                var item: String?
                for b in doc.blocks {
                    switch b {
                    case .heading(let t, let level): if level <= 2 { item = level == 2 ? t : nil }
                    case .paragraph(let t): messages.append((t, item))
                    case .table(let t) where t.rows.isEmpty: messages.append((t.emptyText, item))
                    default: break
                    }
                }
                // A sentence repeats only under different items (each plan says "nothing overdue" for itself).
                var seen = Set<String>()
                for m in messages {
                    let key = m.text + "|" + (m.underItem ?? "")
                    XCTAssertFalse(seen.contains(key), "\(what) repeats „\(m.text)”")
                    seen.insert(key)
                }
                let bare = messages.filter { $0.underItem == nil }.map(\.text)
                XCTAssertEqual(Set(bare).count, bare.count, "\(what): a sentence outside any item is printed once: \(bare)")

                // The text form prints each of the JSON form's paragraphs as often as the JSON has it.
                let text = doc.render(.text, width: 1000)
                let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(doc.render(.json).utf8)) as? [String: Any])
                let blocks = try XCTUnwrap(json["blocks"] as? [[String: Any]])
                let paragraphs = blocks.filter { $0["type"] as? String == "paragraph" }.compactMap { $0["text"] as? String }
                for p in Set(paragraphs) {
                    let inJSON = paragraphs.filter { $0 == p }.count
                    let inText = text.components(separatedBy: p).count - 1
                    XCTAssertEqual(inText, inJSON + doc.tables.filter { $0.rows.isEmpty && $0.emptyText == p }.count,
                                   "\(what): „\(p)” in text and JSON")
                }
                let tables = blocks.filter { $0["type"] as? String == "table" }
                XCTAssertEqual(tables.count, doc.tables.count, what)
            }
        }
    }
}
