@testable import BeatCore
import Foundation
import XCTest

final class AuditLogTests: XCTestCase {
    func testTheJournalReadsAsPlainSentencesWithoutResidentsData() throws {
        let dir = TrustFixture.folder(self)
        let store = try TrustFixture.makeStore(at: dir)
        let trail = try store.auditTrail()
        let lines = trail.map { AuditLog.line($0, model: store.model) }
        XCTAssertEqual(lines.count, 9)
        XCTAssertEqual(lines[0], "2026-11-22 09:00  wpis 1  st. sierż. Łukasz Nowicki (nowicki): zapisał kontakt z mieszkańcami z 2024-03-05 "
                       + "(telefon, spożywanie alkoholu w miejscach niedozwolonych, Dobrzec); z danymi mieszkańca")
        XCTAssertEqual(lines[2], "2026-11-22 09:00  wpis 3  st. sierż. Łukasz Nowicki (nowicki): dodał notatkę do zadania nr 1 „Patrole w piątki przy Łódzkiej”")
        XCTAssertEqual(lines[5], "2026-11-22 09:00  wpis 6  mł. asp. Małgorzata Zielińska (zielinska): usunęła kontakt nr 4")
        XCTAssertTrue(lines[8].hasSuffix("zmienił status zadania nr 2 „Spotkanie z zarządem spółdzielni” na „w toku”"), lines[8])
        for l in lines { XCTAssertFalse(l.contains("(a)") || l.contains("(ęła)"), l) }
        for l in lines { XCTAssertFalse(l.contains("Łęcki") || l.contains("600 100") || l.contains("Kowalski"), l) }

        XCTAssertEqual(AuditLog.filter(trail, officer: "zielinska").map(\.seq), [5, 6, 7])
        XCTAssertEqual(AuditLog.filter(trail, since: Day("2026-11-23")), [])
        XCTAssertEqual(AuditLog.filter(trail, since: Day("2026-11-22"), officer: "nowicki").count, 6)

        Language.en.bind {
            XCTAssertEqual(AuditLog.line(trail[5], model: store.model), "2026-11-22 09:00  entry 6  mł. asp. Małgorzata Zielińska (zielinska): removed contact 4")
        }
    }

    func testAPersonWhoseGenderIsNotRecordedGetsBothFormsNeverParentheses() throws {
        var m = Fixture.model()
        var o = m.officer("nowicki")!
        o.gender = nil
        try m.apply(.putOfficer(o), context: Fixture.ctx())
        let change = Change.evaluatePlan(PlanEvaluation(plan: 1, evaluation: Evaluation(outcome: .reduced, note: "", day: Fixture.today)))
        XCTAssertTrue(AuditLog.sentence(change, model: m, by: "nowicki").hasPrefix("zamknął/zamknęła i ocenił/oceniła plan nr 1"))
        XCTAssertTrue(AuditLog.sentence(change, model: m, by: "zielinska").hasPrefix("zamknęła i oceniła plan nr 1"))
        XCTAssertTrue(AuditLog.sentence(.removeTask(Removal(id: 3)), model: m, by: "user:jan").hasPrefix("usunął/usunęła zadanie nr 3"))
    }

    func testEveryKindOfChangeHasASentenceInBothLanguages() throws {
        let m = Fixture.model()
        let t = TrustFixture.now
        let contact = ResidentContact(id: 1, time: t, officer: "nowicki", district: "dobrzec", channel: .phone, category: .drugs,
                                      summary: "x", resident: TrustFixture.lecki)
        let changes: [Change] = [
            .putDistrict(m.districts[0]), .putBeat(m.beats[0]), .putOfficer(m.officers[0]), .putTeam(m.teams[0]),
            .addPlan(PlanDraft(district: "dobrzec", title: "Plan", start: Fixture.today, end: Fixture.today,
                               threat: m.plans[0].threat, goal: m.plans[0].goal)),
            .editPlan(m.plans[0]), .setPlanStatus(PlanStatusUpdate(plan: 1, status: .draft)),
            .evaluatePlan(PlanEvaluation(plan: 1, evaluation: Evaluation(outcome: .reduced, note: "", day: Fixture.today))),
            .reopenPlan(PlanStatusUpdate(plan: 1, status: .active)),
            .startNextPlan(NextPlanDraft(plan: 1, start: Fixture.today, end: Fixture.today, tasks: [], reason: "r")), .removePlan(Removal(id: 1)),
            .addTask(TaskDraft(title: "T", assignee: "nowicki", due: Fixture.today)), .editTask(TaskEdit(of: m.tasks[0])),
            .setTaskStatus(TaskStatusUpdate(task: 1, status: .cancelled, reason: "bez sensu")), .addNote(NoteAddition(task: 1, text: "n")),
            .removeNote(NoteRemoval(task: 1, index: 0)), .addSupport(SupportAddition(task: 1, support: SupportReceived(unit: "WRD", what: "radar", day: Fixture.today))),
            .removeTask(Removal(id: 3)), .addContact(ContactDraft(time: t, officer: "nowicki", district: "dobrzec", channel: .email, category: .drugs, summary: "s")),
            .editContact(contact), .removeContact(Removal(id: 1)), .markFollowUp(FollowUpMark(contact: 1, done: nil)),
            .markFollowUp(FollowUpMark(contact: 1, done: Fixture.today)),
            .addMeeting(MeetingDraft(team: "zespol-dobrzec", day: Fixture.today, attendees: [], minutes: "")),
            .editMeeting(Meeting(id: 1, team: "zespol-dobrzec", day: Fixture.today, attendees: [], minutes: "", decisions: [])),
            .removeMeeting(Removal(id: 1)),
            .pseudonymise(Pseudonymisation(before: Fixture.today, contacts: [.init(contact: 1, pseudonym: "P-1-1")])),
            .putOrganisation(PartnerOrganisation(id: "sm-dobrzec", name: "SM „Dobrzec”", kind: .housingCooperative)),
            .putMember(MemberPut(team: "zespol-dobrzec", member: m.teams[0].members[0])),
            .removeMember(MemberRemoval(team: "zespol-dobrzec", member: "prezes-sm")),
            .editTeam(TeamEdit(team: "zespol-dobrzec", name: "Zespół", district: "dobrzec")),
            .deactivateOfficer(OfficerDeactivation(officer: "zielinska", handover: "nowicki")),
            .deactivateOfficer(OfficerDeactivation(officer: "zielinska")),
            .addSupport(SupportAddition(task: 1, support: SupportReceived(unit: "WRD", what: "radar", day: Fixture.today, open: true))),
            .giveSupport(SupportGiven(task: 1, index: 0, day: Fixture.today)),
            .importRecords(RecordImport(kind: .officers, file: "officers.csv", changes: [.putOfficer(m.officers[0])])),
            .importRecords(RecordImport(kind: .streets, file: "streets.csv", changes: [.putBeat(m.beats[0])])),
            .importRecords(RecordImport(kind: .members, file: "members.csv", changes: [])),
        ]
        for lang in Language.allCases {
            lang.bind {
                var seen = Set<String>()
                for c in changes {
                    let s = AuditLog.sentence(c, model: m)
                    XCTAssertFalse(s.isEmpty)
                    XCTAssertFalse(s.contains("Łęcki"), s)
                    XCTAssertTrue(seen.insert(s).inserted, "two changes read the same: \(s)")
                }
            }
        }
    }
}
