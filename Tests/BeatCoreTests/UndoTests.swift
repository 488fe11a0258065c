@testable import BeatCore
import BeatDemo
import XCTest

/// `Model.apply` says how to take back what it did (`Applied.undo`), from the records it
/// replaced: the interface's `u` saves exactly that and keeps no copy of the model before.
/// For every kind of change: applied, then its way back applied, the model is the original
/// — except that numbers handed out stay used and a task's status history records the way
/// back, as it records every status change.
final class UndoTests: XCTestCase {
    let ctx = ChangeContext(by: "wisniewski", at: Timestamp(day: Day("2026-11-22")!, hour: 9, minute: 30, offsetMinutes: 60))
    var start = DemoPilot.model(today: Day("2026-11-22")!, offsetMinutes: 60)

    /// Every kind of change there is, by its journal name: a new kind must be added to the
    /// samples below (and `Model.apply` must say whether it can be taken back).
    static let allKinds: Set<String> = [
        "putDistrict", "putBeat", "putOfficer", "putTeam", "addPlan", "editPlan", "setPlanStatus", "evaluatePlan", "reopenPlan",
        "startNextPlan", "removePlan", "addTask", "editTask", "setTaskStatus", "addNote", "removeNote", "addSupport", "removeTask",
        "addContact", "editContact", "removeContact", "markFollowUp", "addMeeting", "editMeeting", "removeMeeting", "pseudonymise",
        "addThreat", "setThreatStatus", "revertThreatStatus", "removeThreat", "importFigures", "recordSurveys", "removeSurvey", "putProgramme",
    ]

    /// The kinds the interface saves (its forms, pickers and confirmations): each must be undoable.
    static let interfaceKinds: Set<String> = [
        "addTask", "editTask", "setTaskStatus", "addNote", "addContact", "editContact", "markFollowUp", "addPlan", "editPlan",
        "evaluatePlan", "startNextPlan", "putTeam", "addMeeting", "addThreat", "setThreatStatus", "recordSurveys",
    ]

    // MARK: Records of the demo to change

    var openTask: PlanTask { start.tasks.first { $0.isOpen && $0.plan != nil && !$0.notes.isEmpty }! }
    var activePlan: SafetyPlan { start.plans.first { $0.status == .active && start.tasks(ofPlan: $0.id).contains(where: \.isOpen) }! }
    var followUp: ResidentContact { start.contacts.first { $0.followUpOpen }! }
    var withResident: ResidentContact { start.contacts.first { $0.resident != nil }! }
    var officer: Officer { start.officer("wisniewski")! }
    var team: CoordinationTeam { start.team(forDistrict: officer.district)! }

    func contactDraft(_ summary: String) -> ContactDraft {
        ContactDraft(time: ctx.at, officer: officer.id, district: officer.district, beat: officer.beat, place: "ul. Łódzka 5",
                     channel: .phone, category: .other, summary: summary, followUp: ctx.at.day.adding(days: 3))
    }

    /// A plan with no tasks, meetings or evaluations pointing at it, a task with no links (things
    /// removals can take), and a closed plan (to reopen); on the register, a threat nothing has
    /// moved, one moved once (to take back), a survey round and the programme.
    func withSpareRecords() throws -> (plan: Int, task: Int, closed: Int, threat: Int, moved: Int, survey: Int) {
        let threat = Diagnosis(what: "hałas", place: "", when: "", who: "", category: .other, sources: [])
        func plan(_ title: String) throws -> Int {
            let added = try start.apply(.addPlan(PlanDraft(district: officer.district, title: title, start: ctx.at.day,
                                                           end: ctx.at.day.adding(days: 90), threat: threat,
                                                           goal: Goal(kind: .reduce, description: "", measure: ""))), context: ctx)
            guard case .plan(let id)? = added.created else { throw XCTSkip("no plan") }
            return id
        }
        let spare = try plan("Zapasowy"), closed = try plan("Zamknięty")
        try start.apply(.evaluatePlan(PlanEvaluation(plan: closed, evaluation: Evaluation(outcome: .notAchieved, note: "Bez zmian.",
                                                                                          day: ctx.at.day))), context: ctx)
        let task = try start.apply(.addTask(TaskDraft(title: "Zapasowe", assignee: officer.id)), context: ctx)
        guard case .task(let t)? = task.created else { throw XCTSkip("no task") }
        func newThreat() throws -> Int {
            let added = try start.apply(.addThreat(ThreatDraft(category: .vandalism, place: "ul. Łódzka 9", district: officer.district,
                                                               source: .patrol, anonymous: false, reported: ctx.at.day)), context: ctx)
            guard case .threat(let id)? = added.created else { throw XCTSkip("no threat") }
            return id
        }
        let untouched = try newThreat(), moved = try newThreat()
        try start.apply(.setThreatStatus(ThreatStatusUpdate(threat: moved, status: .verifying, note: "Sprawdzam")), context: ctx)
        let round = try start.apply(.recordSurveys(SurveyRecording(rounds: [
            SurveyDraft(district: officer.district, day: ctx.at.day.adding(days: -30), respondents: 50,
                        answers: [SurveyAnswer(question: .safety, answer: SafetyAnswer.ratherSafe.rawValue, count: 30)]),
        ], model: start)), context: ctx)
        guard case .surveys(let rounds)? = round.created, let survey = rounds.first else { throw XCTSkip("no survey") }
        try start.apply(.putProgramme(Programme(name: "Bezpieczne Dzielnice", agreed: ctx.at.day.adding(days: -200))), context: ctx)
        return (spare, t, closed, untouched, moved, survey)
    }

    /// One change of every kind, applicable to `start`, with whether it can be taken back.
    func samples() throws -> [(Change, undoable: Bool)] {
        let spare = try withSpareRecords()
        let plan = activePlan, task = openTask
        var district = start.district(officer.district)!
        district.residents += 100
        var beat = start.beats.first { $0.district == officer.district }!
        beat.name += " (nowa nazwa)"
        var o = officer
        o.phone = "+48 600 999 999"
        var t = team
        t.members.append(Partner(id: "nowy-czlonek", name: "Jan Nowy", role: .other, organisation: "Rada osiedla"))
        var editedPlan = plan
        editedPlan.title += " — poprawiony"
        var edit = TaskEdit(of: task)
        edit.title += " (zmienione)"
        edit.assignee = "wisniewski"
        var editedContact = withResident
        editedContact.summary += " Uzupełnienie."
        var meeting = start.meetings.last!
        meeting.minutes += "\nDopisek."
        let decisions = [
            DecisionDraft(text: "Patrole przy garażach", newTask: TaskDraft(plan: plan.id, title: "Patrole przy garażach", assignee: officer.id)),
            DecisionDraft(text: "Cel osiągnięty", closes: PlanClosure(plan: spare.plan, outcome: .eliminated)),
        ]
        return [
            (.putDistrict(district), true),
            (.putBeat(beat), true),
            (.putOfficer(o), true),
            (.putTeam(t), true),
            (.addPlan(PlanDraft(district: officer.district, title: "Nowy plan", start: ctx.at.day, end: ctx.at.day.adding(days: 180),
                                threat: plan.threat, goal: plan.goal)), true),
            (.editPlan(editedPlan), true),
            (.setPlanStatus(PlanStatusUpdate(plan: plan.id, status: .draft)), true),
            (.evaluatePlan(PlanEvaluation(plan: plan.id, evaluation: Evaluation(outcome: .reduced, note: "Mniej zgłoszeń.", day: ctx.at.day))), true),
            (.reopenPlan(PlanStatusUpdate(plan: spare.closed, status: .active)), true),
            (.startNextPlan(NextPlanDraft(carryingAllOf: plan.id, in: start, start: plan.end.adding(days: 1), end: plan.end.adding(days: 181),
                                          reason: "Przeniesione do planu na kolejny okres")), true),
            (.removePlan(Removal(id: spare.plan)), false),
            (.addTask(TaskDraft(plan: plan.id, title: "Nowe zadanie", assignee: officer.id, due: ctx.at.day.adding(days: 7))), true),
            (.editTask(edit), true),
            (.setTaskStatus(TaskStatusUpdate(task: task.id, status: .done)), true),
            (.setTaskStatus(TaskStatusUpdate(task: task.id, status: .cancelled, reason: "Nieaktualne")), true),
            (.addNote(NoteAddition(task: task.id, text: "Rozmowa z administratorem.")), true),
            (.removeNote(NoteRemoval(task: task.id, index: 0)), false),
            (.addSupport(SupportAddition(task: task.id, support: SupportReceived(unit: "OPP", what: "patrol", day: ctx.at.day))), false),
            (.removeTask(Removal(id: spare.task)), false),
            (.addContact(contactDraft("Hałas w nocy")), true),
            (.editContact(editedContact), true),
            (.removeContact(Removal(id: withResident.id)), false),
            (.markFollowUp(FollowUpMark(contact: followUp.id, done: ctx.at.day)), true),
            (.addMeeting(MeetingDraft(team: team.id, day: ctx.at.day, attendees: [team.members[0].id], officers: [officer.id],
                                      minutes: "Protokół", decisions: decisions)), true),
            (.editMeeting(meeting), true),
            (.removeMeeting(Removal(id: start.meetings.last!.id)), false),
            (.pseudonymise(Pseudonymisation(before: ctx.at.day, contacts: [PseudonymisedContact(contact: withResident.id, pseudonym: "P-1-1")])),
             false),
            (.addThreat(ThreatDraft(category: .publicDrinking, place: "ul. Łódzka 7", district: officer.district, source: .map,
                                    anonymous: true, reported: ctx.at.day)), true),
            (.setThreatStatus(ThreatStatusUpdate(threat: spare.threat, status: .verifying, note: "Obchód")), true),
            (.revertThreatStatus(ThreatStatusUpdate(threat: spare.moved, status: .new, note: "Omyłkowo")), true),
            (.removeThreat(Removal(id: spare.threat)), false),
            (.importFigures(FiguresImport(file: "kmp.csv", months: [Month("2026-10")!], figures: [
                PoliceFigure(month: Month("2026-10")!, district: officer.district, category: .vandalism, kind: .intervention, count: 4),
            ], model: start)), false),
            (.recordSurveys(SurveyRecording(rounds: [SurveyDraft(district: officer.district, day: ctx.at.day, respondents: 20, answers: [])])), true),
            (.recordSurveys(SurveyRecording(rounds: [SurveyDraft(district: officer.district, day: ctx.at.day.adding(days: -30), respondents: 60,
                                                                 answers: [])], model: start)), true),
            (.removeSurvey(Removal(id: spare.survey)), false),
            (.putProgramme(Programme(name: "Bezpieczne Dzielnice — pilotaż", agreed: ctx.at.day.adding(days: -200))), true),
        ]
    }

    func testTheSamplesCoverEveryKindOfChange() throws {
        XCTAssertEqual(Set(try samples().map(\.0.name)), UndoTests.allKinds)
        XCTAssertTrue(UndoTests.interfaceKinds.isSubset(of: Set(try samples().filter(\.undoable).map(\.0.name))),
                      "every kind the interface saves can be taken back")
    }

    func testEveryChangeIsTakenBackByWhatApplySays() throws {
        let samples = try samples()
        for (change, undoable) in samples {
            var model = start
            let applied = try model.apply(change, context: ctx)
            XCTAssertNotEqual(model, start, "\(change.name) changed nothing")
            guard undoable else {
                XCTAssertNil(applied.undo, "\(change.name) has no way back")
                continue
            }
            let undo = try XCTUnwrap(applied.undo, "\(change.name) can be taken back")
            for c in undo { try model.apply(c, context: ctx) }
            assertSame(model, start, change.name)
        }
    }

    /// A `put…` of a record that did not exist has no way back: no change removes a district, beat, officer or team.
    func testANewReferenceRecordHasNoWayBack() throws {
        var model = start
        let district = District(id: "rypinek", name: "Rypinek", city: "Kalisz", residents: 9_000, streets: [])
        XCTAssertNil(try model.apply(.putDistrict(district), context: ctx).undo)
        XCTAssertNil(try model.apply(.putTeam(CoordinationTeam(id: "zespol-rypinek", district: "rypinek", name: "Zespół Rypinek", members: [])),
                                     context: ctx).undo)
    }

    /// A task without a plan moved into a plan of another district takes that district; the way back restores its own.
    func testMovingATaskIntoAnotherDistrictsPlanIsTakenBack() throws {
        let own = try start.apply(.addTask(TaskDraft(district: "widok", title: "Własne", assignee: officer.id)), context: ctx)
        guard case .task(let id)? = own.created else { return XCTFail("no task") }
        let plan = try XCTUnwrap(start.plans.first { $0.district != "widok" && $0.status == .active })
        var edit = TaskEdit(of: start.task(id)!)
        edit.plan = plan.id
        var model = start
        let applied = try model.apply(.editTask(edit), context: ctx)
        XCTAssertEqual(model.task(id)?.district, plan.district)
        for c in try XCTUnwrap(applied.undo) { try model.apply(c, context: ctx) }
        XCTAssertEqual(model.task(id)?.district, "widok")
        assertSame(model, start, "editTask")
    }

    /// Reopening a plan is taken back by closing it again with the evaluation it had.
    func testReopeningIsTakenBackWithTheSameEvaluation() throws {
        let plan = activePlan
        let evaluation = Evaluation(outcome: .eliminated, note: "Zjawisko ustało.", day: ctx.at.day)
        try start.apply(.evaluatePlan(PlanEvaluation(plan: plan.id, evaluation: evaluation)), context: ctx)
        var model = start
        let applied = try model.apply(.reopenPlan(PlanStatusUpdate(plan: plan.id, status: .active)), context: ctx)
        XCTAssertNil(model.plan(plan.id)?.evaluation)
        XCTAssertEqual(applied.undo, [.evaluatePlan(PlanEvaluation(plan: plan.id, evaluation: evaluation))])
        for c in try XCTUnwrap(applied.undo) { try model.apply(c, context: ctx) }
        assertSame(model, start, "reopenPlan")
    }

    /// Several changes saved as one step are taken back last first, each from the model it met.
    func testAStepOfSeveralChangesIsTakenBackLastFirst() throws {
        let task = openTask
        var model = start
        var ways: [[Change]] = []
        for change: Change in [.setTaskStatus(TaskStatusUpdate(task: task.id, status: task.status == .open ? .inProgress : .open)),
                               .addNote(NoteAddition(task: task.id, text: "Pierwsza")),
                               .setTaskStatus(TaskStatusUpdate(task: task.id, status: .done))] {
            ways.append(try XCTUnwrap(try model.apply(change, context: ctx).undo))
        }
        for c in ways.reversed().flatMap({ $0 }) { try model.apply(c, context: ctx) }
        assertSame(model, start, "three changes")
    }

    /// The same model but for the numbers handed out (never handed out twice) and task
    /// histories that record the way back after what they had.
    func assertSame(_ model: Model, _ original: Model, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(model.districts, original.districts, what, file: file, line: line)
        XCTAssertEqual(model.beats, original.beats, what, file: file, line: line)
        XCTAssertEqual(model.officers, original.officers, what, file: file, line: line)
        XCTAssertEqual(model.teams, original.teams, what, file: file, line: line)
        XCTAssertEqual(model.plans, original.plans, what, file: file, line: line)
        XCTAssertEqual(model.contacts, original.contacts, what, file: file, line: line)
        XCTAssertEqual(model.meetings, original.meetings, what, file: file, line: line)
        XCTAssertEqual(model.seq, original.seq, what, file: file, line: line)
        // Histories (a task's, a threat's) record the way back after what they had; a replaced
        // round comes back under a new number.
        func sameButHistory<R: Equatable & Identifiable, H: Equatable>(_ now: [R], _ was: [R], _ history: WritableKeyPath<R, [H]>, _ kind: String) {
            let rewound = now.map { r -> R in
                guard let o = was.first(where: { $0.id == r.id }) else { return r }
                XCTAssertTrue(r[keyPath: history].starts(with: o[keyPath: history]), "\(what): \(kind) \(r.id)'s history keeps what it had",
                              file: file, line: line)
                var same = r
                same[keyPath: history] = o[keyPath: history]
                return same
            }
            XCTAssertEqual(rewound, was, what, file: file, line: line)
        }
        sameButHistory(model.tasks, original.tasks, \.history, "task")
        sameButHistory(model.threats, original.threats, \.history, "threat")
        func rounds(_ m: Model) -> [SurveyDraft] {
            m.register.surveys.map { SurveyDraft(district: $0.district, day: $0.day, respondents: $0.respondents, note: $0.note, answers: $0.answers) }
                .sorted { ($0.district, $0.day) < ($1.district, $1.day) }
        }
        XCTAssertEqual(rounds(model), rounds(original), what, file: file, line: line)
        XCTAssertEqual(model.register.policeFigures, original.register.policeFigures, what, file: file, line: line)
        XCTAssertEqual(model.register.programme, original.register.programme, what, file: file, line: line)
        XCTAssertTrue(model.problems().isEmpty, "\(what): \(model.problems())", file: file, line: line)
    }
}
