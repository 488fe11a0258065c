@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// Issue 18: an evaluation records the figures it was made on; later data never changes them.
final class RecordedEvidenceTests: XCTestCase {
    /// The oracle: contacts counted straight from the list, apart from `PlanEvidence`.
    private func oracle(_ m: Model, district: String, category: ThreatCategory?, from: String, to: String) -> Int {
        m.contacts.filter { c in
            c.district == district && (category.map { c.category == $0 } ?? true)
                && c.time.day.description >= from && c.time.day.description <= to
        }.count
    }

    func testEvaluationRecordsTheFiguresToTheClosingDayAndLaterContactsLeaveThem() throws {
        var m = MeetingFixture.model()
        let plan = try XCTUnwrap(m.plan(1))
        // Closed early on 2026-11-20: the period is 08-01…11-20 (112 days), the one before 04-11…07-31.
        let evaluation = PlanEvaluation(plan: plan, outcome: .reduced, note: "mniej", day: Day("2026-11-20")!, model: m)
        let recorded = try XCTUnwrap(evaluation.evaluation.evidence)
        XCTAssertEqual([recorded.from, recorded.to, recorded.beforeFrom, recorded.beforeTo].map(\.description),
                       ["2026-08-01", "2026-11-20", "2026-04-11", "2026-07-31"])
        XCTAssertEqual(recorded.inCategory, CountChange(now: oracle(m, district: "dobrzec", category: .publicDrinking, from: "2026-08-01", to: "2026-11-20"),
                                                        before: oracle(m, district: "dobrzec", category: .publicDrinking, from: "2026-04-11", to: "2026-07-31")))
        XCTAssertEqual(recorded.inDistrict, CountChange(now: oracle(m, district: "dobrzec", category: nil, from: "2026-08-01", to: "2026-11-20"),
                                                        before: oracle(m, district: "dobrzec", category: nil, from: "2026-04-11", to: "2026-07-31")))
        // Tasks as they stood on 11-20: 1 (11-05) and 2 (10-10) done; 5 cancelled is left out of 8.
        XCTAssertEqual([recorded.tasksDone, recorded.tasksTotal], [2, 7])
        try m.apply(.evaluatePlan(evaluation), context: MeetingFixture.ctx("2026-11-21"))

        // A late contact in the plan's category and period, logged after the closing.
        try m.apply(.addContact(ContactDraft(time: Timestamp(day: Day("2026-11-19")!, hour: 20, offsetMinutes: 60), officer: "nowicki",
                                             district: "dobrzec", channel: .phone, category: .publicDrinking, summary: "późno")),
                    context: MeetingFixture.ctx("2026-11-22"))
        let closed = try XCTUnwrap(m.plan(1))
        let shown = PlanEvidence(plan: closed, model: m, today: Day("2026-12-15")!)
        XCTAssertEqual(shown.basis, .recorded)
        XCTAssertEqual(shown.figures, recorded, "a closed plan's evidence is the one recorded")
        let now = PlanEvidence.now(plan: closed, model: m, today: Day("2026-12-15")!)
        XCTAssertEqual(now.basis, .today)
        XCTAssertEqual(now.inCategory.now, recorded.inCategory.now + 1, "today's data has the late contact")
        XCTAssertEqual(now.to, Day("2026-12-15"), "today's figures run to today")

        // The same through the printouts: the plan report and the meeting review show the recorded figures.
        let clock = Clock(today: Day("2026-11-22")!, now: Timestamp(day: Day("2026-11-22")!, hour: 9, offsetMinutes: 60), isPinned: true)
        let source = ReportSource(path: "/tmp/x", id: "x", seq: 0)
        for (kind, options) in [(ReportKind.plan, ReportOptions(plan: 1)), (.meeting, ReportOptions(team: "zespol-dobrzec"))] {
            let doc = try Reports.build(kind: kind, model: m, options: options, clock: clock, source: source)
            let text = doc.render(.text, width: 200)
            XCTAssertTrue(text.contains(L10n.evidenceBasis(.recorded, day: Day("2026-11-20"))), "\(kind.id) names the basis")
            XCTAssertTrue(text.contains(L10n.evidenceCount(recorded.inCategory)), "\(kind.id) shows the recorded count")
        }
    }

    func testTheEvidenceTravelsInTheJournalLineAndComesBackTheSame() throws {
        let m = MeetingFixture.model()
        let change = Change.evaluatePlan(PlanEvaluation(plan: try XCTUnwrap(m.plan(1)), outcome: .eliminated, note: "n",
                                                        day: Day("2026-11-20")!, model: m))
        let data = try JSONEncoder().encode(change)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\"evidence\""))
        XCTAssertEqual(try JSONDecoder().decode(Change.self, from: data), change)
        // A meeting that closes a plan records it the same way.
        let meeting = Change.addMeeting(MeetingDraft(team: "zespol-dobrzec", day: Day("2026-11-20")!, attendees: ["rada"], minutes: "",
                                                     decisions: [DecisionDraft(text: "Cel osiągnięty", closes: PlanClosure(plan: 1, outcome: .eliminated))]))
            .recordingEvidence(in: m)
        var after = m
        try after.apply(meeting, context: MeetingFixture.ctx("2026-11-21"))
        XCTAssertEqual(after.plan(1)?.evaluation?.evidence, PlanEvidence.compute(try XCTUnwrap(m.plan(1)), model: m, asOf: Day("2026-11-20")!))
    }

    func testEvidenceThatIsNotThePlansIsRefused() throws {
        var m = MeetingFixture.model()
        var e = PlanEvaluation(plan: try XCTUnwrap(m.plan(1)), outcome: .reduced, note: "n", day: Day("2026-11-20")!, model: m)
        e.evaluation.evidence?.from = Day("2026-08-02")!
        XCTAssertThrowsError(try m.apply(.evaluatePlan(e), context: MeetingFixture.ctx("2026-11-21"))) { error in
            XCTAssertEqual(error as? BeatError, .rejected(.evidenceNotThePlans(1)))
        }
        e = PlanEvaluation(plan: try XCTUnwrap(m.plan(1)), outcome: .reduced, note: "n", day: Day("2026-11-20")!, model: m)
        e.evaluation.evidence?.tasksDone = -1
        XCTAssertThrowsError(try m.apply(.evaluatePlan(e), context: MeetingFixture.ctx("2026-11-21")))
        XCTAssertEqual(m.plan(1)?.status, .active)
    }

    func testAPlanClosedBeforeBeatRecordedEvidenceIsComputedToItsClosingDay() throws {
        var m = MeetingFixture.model()
        try m.apply(.evaluatePlan(PlanEvaluation(plan: 1, evaluation: Evaluation(outcome: .reduced, note: "stara", day: Day("2026-10-31")!))),
                    context: MeetingFixture.ctx("2026-11-01"))
        let e = PlanEvidence(plan: try XCTUnwrap(m.plan(1)), model: m, today: Day("2026-11-22")!)
        XCTAssertEqual(e.basis, .closingDay)
        XCTAssertEqual(e.to, Day("2026-10-31"))
        XCTAssertEqual(e.inCategory.now, oracle(m, district: "dobrzec", category: .publicDrinking, from: "2026-08-01", to: "2026-10-31"))
    }

    // MARK: The meeting review's "moved on"

    func testATaskDoneBeforeSinceIsNotMovedOnByALaterNote() throws {
        var m = MeetingFixture.model()
        let t = MeetingFixture.T.doneBefore   // done 10-10, "since" is 10-27
        try m.apply(.addNote(NoteAddition(task: t, text: "Dopisek po fakcie")), context: MeetingFixture.ctx("2026-11-12"))
        let r = try MeetingReview(model: m, team: "zespol-dobrzec", today: MeetingFixture.today)
        let p = try XCTUnwrap(r.plans.first { $0.plan.id == 1 })
        XCTAssertFalse(p.movedOn.contains { $0.task.id == t }, "done → done is not moved on")
        XCTAssertEqual(p.notesOnClosed.map(\.task.id), [t], "its note is listed apart")
        let doc = try Reports.build(kind: .meeting, model: m, options: ReportOptions(team: "zespol-dobrzec"),
                                    clock: Clock(today: MeetingFixture.today, now: Timestamp(day: MeetingFixture.today, hour: 9, offsetMinutes: 60), isPinned: true),
                                    source: ReportSource(path: "/x", id: "x", seq: 0))
        XCTAssertTrue(doc.render(.text, width: 200).contains("Dopisek po fakcie"))
        // A closed task reopened in the period did move.
        try m.apply(.setTaskStatus(TaskStatusUpdate(task: t, status: .inProgress)), context: MeetingFixture.ctx("2026-11-13"))
        let again = try MeetingReview(model: m, team: "zespol-dobrzec", today: MeetingFixture.today)
        XCTAssertTrue(try XCTUnwrap(again.plans.first).movedOn.contains { $0.task.id == t })
    }
}
