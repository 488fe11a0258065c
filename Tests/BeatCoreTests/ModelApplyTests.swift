import BeatCore
import XCTest

final class ModelApplyTests: XCTestCase {
    var model = Fixture.model()
    let ctx = Fixture.ctx()

    /// Why `change` is refused (nil: it was applied); a refused change leaves the model as it was.
    func rejection(_ change: Change, context: ChangeContext? = nil, file: StaticString = #filePath, line: UInt = #line) -> Rejection? {
        model.rejection(of: change, context: context ?? ctx, file: file, line: line)
    }

    func testAddTaskNumbersTasksInOrderAndTakesThePlansDistrict() throws {
        let created = try model.apply(.addTask(TaskDraft(plan: 1, title: "Rozmowa z dyrektorem szkoły", assignee: "nowicki")), context: ctx).created
        XCTAssertEqual(created, .task(4))
        XCTAssertEqual(model.task(4)?.district, "dobrzec")
        XCTAssertEqual(model.task(4)?.createdBy, "nowicki")
        // A self-set task takes the assignee's district.
        try model.apply(.addTask(TaskDraft(title: "Obchód", assignee: "zielinska")), context: ctx)
        XCTAssertEqual(model.task(5)?.district, "widok")
        XCTAssertNil(model.task(5)?.plan)
    }

    func testRejectionsSayWhyAndChangeNothing() {
        XCTAssertEqual(rejection(.addTask(TaskDraft(title: "X", assignee: "kowalski"))), .unknownOfficer("kowalski"))
        XCTAssertEqual(rejection(.addTask(TaskDraft(title: "   ", assignee: "nowicki"))), .empty(.title))
        XCTAssertEqual(rejection(.addTask(TaskDraft(plan: 9, title: "X", assignee: "nowicki"))), .unknownPlan(9))
        XCTAssertEqual(rejection(.addTask(TaskDraft(plan: 1, title: "X", assignee: "nowicki", due: Day("2026-07-01")))),
                       .dueBeforePlanStart(Day("2026-07-01")!, Day("2026-08-01")!))
        XCTAssertEqual(rejection(.addTask(TaskDraft(plan: 1, title: "X", assignee: "nowicki", partners: ["nikt"]))), .unknownPartner("nikt"))
        XCTAssertEqual(rejection(.addTask(TaskDraft(title: String(repeating: "a", count: 201), assignee: "nowicki"))), .tooLong(.title, 200, 201))
        XCTAssertEqual(rejection(.addNote(NoteAddition(task: 99, text: "x"))), .unknownTask(99))
    }

    func testTaskLifecycleNeedsReasonsAndReopens() throws {
        XCTAssertEqual(rejection(.setTaskStatus(TaskStatusUpdate(task: 1, status: .notDone))), .reasonRequired(.notDone))
        XCTAssertEqual(rejection(.setTaskStatus(TaskStatusUpdate(task: 1, status: .cancelled, reason: "  "))), .reasonRequired(.cancelled))
        XCTAssertEqual(rejection(.setTaskStatus(TaskStatusUpdate(task: 1, status: .open))), .sameStatus(1, .open))
        try model.apply(.setTaskStatus(TaskStatusUpdate(task: 1, status: .inProgress)), context: ctx)
        try model.apply(.setTaskStatus(TaskStatusUpdate(task: 1, status: .notDone, reason: "Brak patroli w listopadzie")), context: ctx)
        XCTAssertEqual(model.task(1)?.reason, "Brak patroli w listopadzie")
        XCTAssertEqual(rejection(.setTaskStatus(TaskStatusUpdate(task: 1, status: .done))), .transitionNotAllowed(1, .notDone, .done),
                       "closed → done must reopen first")
        XCTAssertEqual(rejection(.editTask(TaskEdit(of: model.task(1)!))), .taskClosedForEdit(1), "a closed task is not edited")
        try model.apply(.setTaskStatus(TaskStatusUpdate(task: 1, status: .open)), context: ctx)
        XCTAssertNil(model.task(1)?.reason)
        try model.apply(.setTaskStatus(TaskStatusUpdate(task: 1, status: .done)), context: ctx)
        XCTAssertEqual(model.task(1)?.history.map(\.to), [.inProgress, .notDone, .open, .done])
        XCTAssertEqual(model.task(1)?.closedOn, Day("2026-11-01"))
    }

    func testOverdueIsOpenAndPastDue() {
        XCTAssertTrue(model.task(1)!.isOverdue(on: Fixture.today))
        XCTAssertFalse(model.task(2)!.isOverdue(on: Fixture.today))
    }

    func testNotesAreDatedByTheirAuthorAndCanBeUndone() throws {
        try model.apply(.addNote(NoteAddition(task: 2, text: "Umówiono spotkanie na wtorek")), context: ChangeContext(by: "zielinska", at: Fixture.at("2026-11-20")))
        XCTAssertEqual(model.task(2)?.notes.first?.author, "zielinska")
        XCTAssertEqual(model.task(2)?.notes.first?.at.day, Day("2026-11-20"))
        try model.apply(.removeNote(NoteRemoval(task: 2, index: 0)), context: ctx)
        XCTAssertEqual(model.task(2)?.notes, [])
    }

    func testContactValidationAndFollowUps() throws {
        let draft = ContactDraft(time: Fixture.at("2026-11-20", 9), officer: "nowicki", district: "dobrzec", beat: "dobrzec-1",
                                 place: "ul. Łódzka 5", channel: .onBeat, category: .publicDrinking, summary: "Skarga na hałas",
                                 resident: ResidentData(name: "Jan Kowalski", phone: "600 000 000"), followUp: Day("2026-11-27"))
        XCTAssertEqual(try model.apply(.addContact(draft), context: ChangeContext(by: "nowicki", at: Fixture.at("2026-11-21"))).created, .contact(1))
        XCTAssertTrue(model.contact(1)!.followUpOpen)
        try model.apply(.markFollowUp(FollowUpMark(contact: 1, done: Day("2026-11-27"))), context: ctx)
        XCTAssertFalse(model.contact(1)!.followUpOpen)
        // Logged the next day (the fixture's own day is before the contact: that is refused first).
        let nextDay = ChangeContext(by: "nowicki", at: Fixture.at("2026-11-21"))
        XCTAssertEqual(rejection(.addContact(draft)), .contactInFuture(draft.time))
        var bad = draft
        bad.followUp = Day("2026-11-01")
        XCTAssertEqual(rejection(.addContact(bad), context: nextDay), .followUpBeforeContact(Day("2026-11-01")!, Day("2026-11-20")!))
        bad = draft
        bad.beat = "dobrzec-9"
        XCTAssertEqual(rejection(.addContact(bad), context: nextDay), .unknownBeat("dobrzec-9"))
        bad = draft
        bad.summary = String(repeating: "ż", count: 2_001)
        XCTAssertEqual(rejection(.addContact(bad), context: nextDay), .tooLong(.summary, 2000, 2001))
    }

    func testMeetingDecisionsCreateLinkedTasksAtomically() throws {
        let draft = MeetingDraft(team: "zespol-dobrzec", day: Day("2026-11-20")!, attendees: ["prezes-sm"], minutes: "Omówiono postępy.",
                                 decisions: [DecisionDraft(text: "Więcej patroli", newTask: TaskDraft(plan: 1, title: "Patrole w soboty", assignee: "nowicki")),
                                             DecisionDraft(text: "Kontynuować spotkania", task: 2)])
        let created = try model.apply(.addMeeting(draft), context: ctx).created
        XCTAssertEqual(created, .meeting(1, tasks: [4]))
        XCTAssertEqual(model.task(4)?.meeting, 1)
        XCTAssertEqual(model.meeting(1)?.decisions.map(\.task), [4, 2])
        var bad = draft
        bad.decisions.append(DecisionDraft(text: "Zła", newTask: TaskDraft(title: "X", assignee: "nikt")))
        XCTAssertEqual(rejection(.addMeeting(bad)), .unknownOfficer("nikt"))
        XCTAssertNil(model.task(6), "no task of a rejected meeting survives")
    }

    func testDesignatedContactNeedsANominator() {
        var team = model.team("zespol-dobrzec")!
        team.members[1].nominatedBy = nil
        XCTAssertEqual(rejection(.putTeam(team)), .nominatorMissing("kontakt-sm"))
    }

    func testPlanIsClosedOnlyByEvaluation() throws {
        XCTAssertEqual(rejection(.setPlanStatus(PlanStatusUpdate(plan: 1, status: .closed))), .planCloseNeedsEvaluation(1))
        try model.apply(.evaluatePlan(PlanEvaluation(plan: 1, evaluation: Evaluation(outcome: .reduced, note: "Mniej zgłoszeń", day: Fixture.today))), context: ctx)
        XCTAssertEqual(model.plan(1)?.status, .closed)
        XCTAssertEqual(rejection(.addTask(TaskDraft(plan: 1, title: "X", assignee: "nowicki"))), .planClosed(1))
    }

    func testARejectionReadsAsASentenceInEitherLanguage() {
        let error = BeatError.rejected(.unknownOfficer("kowalski"))
        XCTAssertEqual(error.exitCode, 65)
        XCTAssertEqual(error.message, "Nie ma funkcjonariusza o identyfikatorze „kowalski”. Sprawdź listę: beat officer list.")
        Language.en.bind { XCTAssertEqual(BeatError.rejected(.unknownTask(42)).message, "There is no task number 42.") }
    }

    func testChangesRoundTripThroughJSON() throws {
        let changes: [Change] = [
            .addTask(TaskDraft(plan: 1, title: "Zażółć gęślą jaźń", assignee: "nowicki", due: Day("2026-12-01"))),
            .setTaskStatus(TaskStatusUpdate(task: 1, status: .cancelled, reason: "powód")),
            .addContact(ContactDraft(time: Fixture.at("2026-11-20"), officer: "nowicki", district: "dobrzec", channel: .phone, category: .other, summary: "s")),
        ]
        for c in changes {
            let data = try JSONEncoder().encode(c)
            XCTAssertEqual(try JSONDecoder().decode(Change.self, from: data), c)
        }
        XCTAssertTrue(String(decoding: try JSONEncoder().encode(changes[1]), as: UTF8.self).hasPrefix("{\"setTaskStatus\":"))
    }

    func testCategoryAndChannelNamesAreAcceptedCaseInsensitively() {
        XCTAssertEqual(ThreatCategory(named: "inne"), .other)
        XCTAssertEqual(ThreatCategory(named: "Spożywanie alkoholu w miejscach niedozwolonych"), .publicDrinking)
        XCTAssertEqual(ThreatCategory(named: "PUBLIC-DRINKING"), .publicDrinking)
        XCTAssertEqual(ContactChannel(named: "phone"), .phone)
        XCTAssertEqual(ContactChannel(named: "Telefon"), .phone)
        XCTAssertEqual(ThreatCategory.allCases.count, 26)
    }
}
