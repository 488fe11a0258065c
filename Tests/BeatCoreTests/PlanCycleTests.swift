@testable import BeatCore
import XCTest

/// The plan cycle and the meeting's record as changes: the next period's plan in one step,
/// plans closed by a meeting's decision, decision tasks linked to the meeting, and undo.
final class PlanCycleTests: XCTestCase {
    var model = MeetingFixture.model()
    let ctx = MeetingFixture.ctx("2026-11-22", 18)
    typealias T = MeetingFixture.T


    /// The next period's plan carrying every unfinished task of `plan`.
    func next(_ plan: Int, _ start: String, _ end: String, title: String? = nil, reason: String = "r") -> Change {
        .startNextPlan(NextPlanDraft(carryingAllOf: plan, in: model, start: Day(start)!, end: Day(end)!, title: title, reason: reason))
    }

    /// Why `change` is refused (nil: it was applied); a refused change leaves the model as it was.
    func rejection(_ change: Change, file: StaticString = #filePath, line: UInt = #line) -> Rejection? {
        model.rejection(of: change, context: ctx, file: file, line: line)
    }

    /// Applies `change`, then its inverse (as `u` does), and checks what is left.
    func applyAndUndo(_ change: Change) throws -> (after: Model, undone: Model) {
        let applied = try model.apply(change, context: ctx)
        let after = model
        let inverse = try XCTUnwrap(applied.undo, "\(change.name) can be undone")
        for c in inverse { try model.apply(c, context: ctx) }
        return (after, model)
    }

    func testNextPlanCarriesTheUnfinishedTasksInOneStep() throws {
        let created = try model.apply(next(1, "2026-11-16", "2027-05-15", reason: "Przeniesione do planu na kolejny okres"), context: ctx).created
        // Unfinished: 3, 4 (in progress), 6, 7, 8; done 1 and 2 and cancelled 5 stay behind.
        XCTAssertEqual(created, .nextPlan(3, tasks: [9, 10, 11, 12, 13]))
        let plan = try XCTUnwrap(model.plan(3))
        XCTAssertEqual([plan.start, plan.end], [Day("2026-11-16")!, Day("2027-05-15")!])
        XCTAssertEqual(plan.title, "Alkohol przy Łódzkiej")
        XCTAssertEqual(plan.threat, model.plan(1)?.threat)
        XCTAssertEqual(plan.status, .active)
        let carried = model.tasks(ofPlan: 3)
        XCTAssertEqual(carried.map(\.carriedFrom), [T.overdueNow, T.started, T.supported, T.overdueThen, T.newSince])
        XCTAssertEqual(carried.map(\.title), ["Oświetlenie", "Spotkanie z rodzicami", "Monitoring", "Zestawienie", "Ankieta"])
        XCTAssertEqual(carried.map(\.status), [.open, .inProgress, .open, .open, .open])
        XCTAssertEqual(carried.map(\.due), [nil, nil, nil, nil, nil], "11-15 and 10-20 fall before the new period")
        XCTAssertEqual(carried.map(\.createdBy), ["nowicki", "nowicki", "nowicki", "nowicki", "nowicki"])
        for id in [T.overdueNow, T.started, T.supported, T.overdueThen, T.newSince] {
            let old = try XCTUnwrap(model.task(id))
            XCTAssertEqual(old.status, .notDone)
            XCTAssertEqual(old.reason, "Przeniesione do planu na kolejny okres")
            XCTAssertEqual(old.history.last?.at, ctx.at)
        }
        XCTAssertEqual(model.task(T.cancelled)?.status, .cancelled)
        XCTAssertEqual(PlanProgress(plan: 1, model: model, today: MeetingFixture.today).percent, 28, "2 of 7 done: the rest not done")
        XCTAssertTrue(model.problems().isEmpty)
    }

    func testNextPlanKeepsADueDayInsideTheNewPeriodAndANewTitle() throws {
        try model.apply(next(1, "2026-11-01", "2027-04-30", title: "Alkohol — II półrocze", reason: "dalej"), context: ctx)
        XCTAssertEqual(model.plan(3)?.title, "Alkohol — II półrocze")
        XCTAssertEqual(model.tasks(ofPlan: 3).first { $0.carriedFrom == T.overdueNow }?.due, Day("2026-11-15"))
    }

    func testNextPlanRejections() {
        XCTAssertEqual(rejection(next(9, "2027-02-01", "2027-07-31", reason: "r")), .unknownPlan(9))
        XCTAssertEqual(rejection(next(1, "2026-08-01", "2027-07-31", reason: "r")), .nextPlanTooEarly(Day("2026-08-01")!, 1, Day("2026-08-01")!))
        XCTAssertEqual(rejection(next(1, "2027-02-01", "2027-01-31", reason: "r")), .periodInverted(Day("2027-02-01")!, Day("2027-01-31")!))
        XCTAssertEqual(rejection(next(1, "2027-02-01", "2027-07-31", reason: " ")), .empty(.reason))
    }

    func testNextPlanCarriesTheNamedTasksOnlyAndOnlyUnfinishedOnesOfThePlan() throws {
        func draft(_ tasks: [Int]) -> Change {
            .startNextPlan(NextPlanDraft(plan: 1, start: Day("2027-02-01")!, end: Day("2027-07-31")!, tasks: tasks, reason: "r"))
        }
        XCTAssertEqual(rejection(draft([T.doneInPeriod])), .taskNotOpenToCarry(T.doneInPeriod, .done))
        XCTAssertEqual(rejection(draft([T.started, T.started])), .taskListedTwice)
        XCTAssertEqual(rejection(draft([99])), .unknownTask(99))
        try model.apply(.addTask(TaskDraft(title: "Własne", assignee: "nowicki")), context: ctx)
        XCTAssertEqual(rejection(draft([9])), .taskNotOfPlan(9, 1))
        let created = try model.apply(draft([T.newSince, T.started]), context: ctx).created
        XCTAssertEqual(created, .nextPlan(3, tasks: [10, 11]))
        XCTAssertEqual(model.tasks(ofPlan: 3).map(\.carriedFrom), [T.newSince, T.started])
        XCTAssertEqual(model.task(T.overdueNow)?.status, .open, "a task not named stays where it was")
    }

    func testNextPlanRefusesATaskHeldByAnOfficerWhoLeft() throws {
        // As a store from before handovers may hold it: an inactive officer with open tasks.
        let m = model
        model = Model(districts: m.districts, beats: m.beats, officers: m.officers.map { o in
            var o = o
            if o.id == "nowicki" { o.active = false }
            return o
        }, teams: m.teams, plans: m.plans, tasks: m.tasks, contacts: m.contacts, meetings: m.meetings, counters: m.counters, seq: m.seq)
        XCTAssertEqual(rejection(next(1, "2027-02-01", "2027-07-31", reason: "r")), .inactiveOfficer("nowicki"))
    }

    func testNextPlanIsUndoneWhole() throws {
        let before = model
        let (after, undone) = try applyAndUndo(next(1, "2027-02-01", "2027-07-31", reason: "r"))
        XCTAssertNotNil(after.plan(3))
        XCTAssertNil(undone.plan(3))
        XCTAssertEqual(undone.tasks.map(\.id), before.tasks.map(\.id))
        XCTAssertEqual(undone.tasks.map(\.status), before.tasks.map(\.status))
        XCTAssertEqual(undone.tasks.map(\.reason), before.tasks.map(\.reason))
        XCTAssertEqual(undone.counters.plan, 4, "numbers are never handed out twice")
        XCTAssertTrue(undone.problems().isEmpty)
    }

    func testACarriedTaskKeepsItsOriginal() throws {
        try model.apply(next(1, "2027-02-01", "2027-07-31", reason: "r"), context: ctx)
        XCTAssertEqual(rejection(.removeTask(Removal(id: T.overdueNow))), .taskStillLinked(T.overdueNow, contacts: [], meetings: [], continuations: [9]))
        XCTAssertEqual(rejection(.removePlan(Removal(id: 3))), .planStillLinked(3, tasks: [9, 10, 11, 12, 13], meetings: []))
    }

    func testAMeetingRecordsDecisionsAsLinkedTasksAndClosesAPlan() throws {
        let threat = Diagnosis(what: "psy", place: "", when: "", who: "", category: .strayDogs, sources: [])
        try model.apply(.addPlan(PlanDraft(district: "dobrzec", title: "Psy", start: Day("2026-09-01")!, end: Day("2027-02-28")!,
                                           threat: threat, goal: Goal(kind: .eliminate, description: "", measure: ""))), context: ctx)
        let task = TaskDraft(plan: 1, title: "Patrole przy garażach", assignee: "nowicki", partners: ["rada"], due: Day("2026-12-15"))
        let draft = MeetingDraft(team: "zespol-dobrzec", day: MeetingFixture.today, attendees: ["prezes-sm", "rada"], officers: ["nowicki"],
                                 minutes: "Protokół", decisions: [
            DecisionDraft(text: "Patrole przy garażach", newTask: task),
            DecisionDraft(text: "Ankieta — kontynuować", task: T.newSince),
            DecisionDraft(text: "Cel osiągnięty: psy w schronisku", closes: PlanClosure(plan: 3, outcome: .eliminated)),
        ])
        let applied = try model.apply(.addMeeting(draft), context: ctx)
        XCTAssertEqual(applied.created, .meeting(3, tasks: [9]))
        let t = try XCTUnwrap(model.task(9))
        XCTAssertEqual([t.meeting, t.plan], [3, 1])
        XCTAssertEqual(t.partners, ["rada"])
        let m = try XCTUnwrap(model.meeting(3))
        XCTAssertEqual(m.decisions.map(\.task), [9, T.newSince, nil])
        XCTAssertEqual(m.decisions[2].closes, PlanClosure(plan: 3, outcome: .eliminated))
        let plan = try XCTUnwrap(model.plan(3))
        XCTAssertEqual(plan.status, .closed)
        XCTAssertEqual(plan.evaluation, Evaluation(outcome: .eliminated, note: "Cel osiągnięty: psy w schronisku", day: MeetingFixture.today))
        XCTAssertEqual(model.plan(1)?.status, .active)
        XCTAssertTrue(model.problems().isEmpty)

        // Undo takes back the meeting, its task and the closing.
        let inverse = try XCTUnwrap(applied.undo)
        for c in inverse { try model.apply(c, context: ctx) }
        XCTAssertNil(model.meeting(3))
        XCTAssertNil(model.task(9))
        XCTAssertEqual(model.plan(3)?.status, .active)
        XCTAssertNil(model.plan(3)?.evaluation)
        XCTAssertTrue(model.problems().isEmpty)
    }

    func testAMeetingRefusesATaskForAPlanItClosesAndAPlanOfAnotherDistrict() {
        let closing = DecisionDraft(text: "Cel osiągnięty", closes: PlanClosure(plan: 1, outcome: .eliminated))
        let late = DecisionDraft(text: "Jeszcze jedno", newTask: TaskDraft(plan: 1, title: "X", assignee: "nowicki"))
        XCTAssertEqual(rejection(.addMeeting(MeetingDraft(team: "zespol-dobrzec", day: MeetingFixture.today, attendees: [], minutes: "",
                                                          decisions: [late, closing]))), .planClosed(1))
        XCTAssertEqual(rejection(.addMeeting(MeetingDraft(team: "zespol-dobrzec", day: MeetingFixture.today, attendees: [], minutes: "",
                                                          decisions: [DecisionDraft(text: "x", closes: PlanClosure(plan: 2, outcome: .reduced))]))),
                       .planDistrictMismatch(2, "dobrzec"))
        XCTAssertEqual(rejection(.addMeeting(MeetingDraft(team: "zespol-dobrzec", day: MeetingFixture.today, attendees: [], minutes: "",
                                                          decisions: [closing, closing]))), .planAlreadyClosed(1))
    }

    func testAMeetingsClosingsCannotBeEditedAway() throws {
        try model.apply(.addMeeting(MeetingDraft(team: "zespol-dobrzec", day: MeetingFixture.today, attendees: [], minutes: "",
                                                 decisions: [DecisionDraft(text: "Cel", closes: PlanClosure(plan: 1, outcome: .eliminated))])),
                        context: ctx)
        var m = try XCTUnwrap(model.meeting(3))
        m.minutes = "Poprawiony protokół"
        XCTAssertNil(rejection(.editMeeting(m)))
        m.decisions[0].closes = nil
        XCTAssertEqual(rejection(.editMeeting(m)), .meetingClosuresFixed(3))
        XCTAssertEqual(rejection(.removePlan(Removal(id: 1))), .planStillLinked(1, tasks: model.tasks(ofPlan: 1).map(\.id), meetings: [3]))
    }

    func testEvaluationAndAddingAPlanAreUndone() throws {
        let (closed, reopened) = try applyAndUndo(.evaluatePlan(PlanEvaluation(plan: 1, evaluation: Evaluation(outcome: .notAchieved, note: "n", day: MeetingFixture.today))))
        XCTAssertEqual(closed.plan(1)?.status, .closed)
        XCTAssertEqual(reopened.plan(1)?.status, .active)
        XCTAssertNil(reopened.plan(1)?.evaluation)
        XCTAssertEqual(rejection(.reopenPlan(PlanStatusUpdate(plan: 1, status: .active))), .planNotClosed(1))

        let threat = Diagnosis(what: "w", place: "", when: "", who: "", category: .other, sources: [])
        let (added, removed) = try applyAndUndo(.addPlan(PlanDraft(district: "widok", title: "Nowy", start: MeetingFixture.today,
                                                                     end: Day("2027-05-21")!, threat: threat,
                                                                     goal: Goal(kind: .reduce, description: "", measure: ""))))
        XCTAssertNotNil(added.plan(3))
        XCTAssertNil(removed.plan(3))
    }

    func testNewChangesRoundTripThroughJSON() throws {
        let changes: [Change] = [
            .startNextPlan(NextPlanDraft(plan: 1, start: Day("2027-02-01")!, end: Day("2027-07-31")!, title: "Zażółć", tasks: [3, 4], reason: "r")),
            .startNextPlan(NextPlanDraft(plan: 1, start: Day("2027-02-01")!, end: Day("2027-07-31")!, tasks: [], reason: "r")),
            .reopenPlan(PlanStatusUpdate(plan: 1, status: .active)),
            .removePlan(Removal(id: 2)),
            .addMeeting(MeetingDraft(team: "t", day: MeetingFixture.today, attendees: [], minutes: "",
                                     decisions: [DecisionDraft(text: "x", closes: PlanClosure(plan: 1, outcome: .notAchieved))])),
        ]
        for c in changes {
            XCTAssertEqual(try JSONDecoder().decode(Change.self, from: try JSONEncoder().encode(c)), c)
        }
        XCTAssertTrue(String(decoding: try JSONEncoder().encode(changes[0]), as: UTF8.self).hasPrefix("{\"startNextPlan\":"))
    }
}

extension PlanCycleTests {
    /// polish-review #10: the journal names the new plan and the old one in the genitive.
    func testTheJournalNamesTheNextPlanAndTheOneItContinues() throws {
        let old = try XCTUnwrap(model.plans.first { $0.status == .active })
        let change = next(old.id, "2027-02-01", "2027-07-31")
        try model.apply(change, context: ctx)
        let new = try XCTUnwrap(model.plans.last)
        XCTAssertNotEqual(new.id, old.id)
        let said = Language.pl.bind { AuditLog.sentence(change, model: model, by: "zielinska") }
        XCTAssertTrue(said.contains("plan nr \(new.id) na okres "), said)
        XCTAssertTrue(said.contains("jako kontynuację planu nr \(old.id) „"), said)
    }
}
