@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The meeting on the wall (issue 14): the saved meeting stays in view, a second one the same
/// day is asked about, residents' summaries stay off the wall until asked for, tasks carried
/// on show where they went, a plan adopted, the next meeting recorded.
final class MeetingWallTests: ScreenTestCase {
    /// Ticks the first member present on item 5 and records the meeting (answering yes).
    func recordWithOneMemberPresent() {
        press("6]]]]")
        while app.state.meeting.selected(app.context()) == .day || app.state.meeting.selected(app.context()) == .minutes { press("<Down>") }
        press("<Space><C-s>t")
    }

    func testAfterSavingTheScreenShowsTheSavedMeetingAndASecondOneTheSameDayAsksFirst() throws {
        recordWithOneMemberPresent()
        let saved = try XCTUnwrap(store.model.meetings.last)
        XCTAssertEqual(saved.day, Self.today)
        XCTAssertTrue(screen.contains("Posiedzenie nr \(saved.id) z 2026-11-22 — zapisane"), screen)
        XCTAssertTrue(screen.contains("Obecni: 2"), screen)
        XCTAssertFalse(screen.contains("[ ]"), "no blank record under it\n\(screen)")
        // Ctrl-S does not offer to save it again.
        press("<C-s>")
        XCTAssertNil(app.state.modal)
        XCTAssertTrue(screen.contains("Posiedzenie nr \(saved.id) jest już zapisane"), screen)
        // Enter begins another; recording it the same day asks first.
        press("<Enter>")
        XCTAssertTrue(screen.contains("[ ]"), screen)
        while app.state.meeting.selected(app.context()) == .day || app.state.meeting.selected(app.context()) == .minutes { press("<Down>") }
        press("<Space><C-s>")
        guard case .confirm(let c)? = app.state.modal else { return XCTFail(screen) }
        XCTAssertTrue(c.question.hasPrefix("Ten zespół ma już zapisane posiedzenie z 2026-11-22 (nr \(saved.id))."), c.question)
        press("n")
        XCTAssertEqual(try reopened().meetings.count, store.model.meetings.count)
    }

    func testTheNextMeetingsDayAndPlaceAreRecorded() throws {
        press("6]]]]")
        press("<Enter>")          // the day row: the record's form
        XCTAssertTrue(screen.contains("Następne: data"), screen)
        press("<Tab><Tab>")
        type("2026-12-15")
        press("<Tab>")
        type("Świetlica spółdzielni, ul. Harcerska 5")
        press("<C-s>")
        XCTAssertTrue(screen.contains("Następne posiedzenie: 2026-12-15, Świetlica spółdzielni, ul. Harcerska 5"), screen)
        recordWithOneMemberPresent()
        XCTAssertEqual(try reopened().meetings.last?.next, NextMeeting(day: Day("2026-12-15")!, place: "Świetlica spółdzielni, ul. Harcerska 5"))
        // A day before the meeting is refused in the form.
        setUpFreshApp()
        press("6]]]]<Enter><Tab><Tab>")
        type("2026-11-01")
        press("<C-s>")
        guard case .form(let f)? = app.state.modal else { return XCTFail(screen) }
        XCTAssertEqual(f.focused, .nextDay)
        XCTAssertEqual(f.error, L10n.nextMeetingNotAfter(Day("2026-11-01")!, Self.today))
    }

    func testResidentsSummariesStayOffTheWallUntilTheOfficerAsksAndIsWarned() throws {
        let r = try MeetingReview(model: store.model, team: "zespol-dobrzec", today: Self.today)
        let c = try XCTUnwrap(r.followUps.first { !$0.summary.isEmpty && $0.place.contains(where: \.isNumber) })
        press("6]]")
        XCTAssertTrue(screen.contains("Bez danych osobowych"), screen)
        XCTAssertFalse(screen.contains(String(c.summary.prefix(25))), screen)
        XCTAssertFalse(screen.contains(c.place), "the street, not the house\n\(screen)")
        XCTAssertTrue(screen.contains(ContactsReview.street(of: c.place)), screen)
        press("v")
        guard case .confirm(let q)? = app.state.modal else { return XCTFail(screen) }
        XCTAssertTrue(q.question.contains("ekran widzą wszyscy obecni"), q.question)
        press("n")
        XCTAssertFalse(screen.contains(String(c.summary.prefix(25))), screen)
        press("vt")
        XCTAssertTrue(flat.contains(String(c.summary.prefix(25))), screen)
        press("v")
        XCTAssertFalse(flat.contains(String(c.summary.prefix(25))), screen)
    }

    func testTheMeetingPrintoutWithoutPersonalDataHasNoSummaries() throws {
        let r = try MeetingReview(model: store.model, team: "zespol-dobrzec", today: Self.today)
        let out = try printout(.meeting, ReportOptions(team: "zespol-dobrzec"), width: 132)
        XCTAssertTrue(out.contains("bez danych osobowych") || out.contains("Bez danych osobowych"), out)
        for c in r.followUps {
            XCTAssertFalse(out.contains(String(c.summary.prefix(30))), "summary of contact \(c.id) printed")
            if c.place.contains(where: \.isNumber) { XCTAssertFalse(out.contains(c.place), "place of contact \(c.id) printed whole") }
        }
        let asked = try printout(.meeting, ReportOptions(team: "zespol-dobrzec", withPersonalData: true), width: 132)
        XCTAssertTrue(r.followUps.contains { asked.contains(String($0.summary.prefix(30))) }, asked)
    }
}

extension MeetingWallTests {
    /// Plan 2's next period's plan: every unfinished task carried on (due days outside dropped).
    func carryPlan2On() throws -> SafetyPlan {
        let draft = NextPlanDraft(carryingAllOf: 2, in: store.model, start: Day("2026-11-21")!, end: Day("2027-05-20")!, reason: "Przeniesione")
        try store.append(.startNextPlan(draft), by: "wisniewski", at: clock.now)
        return try XCTUnwrap(store.model.plans.last)
    }

    func testTasksCarriedIntoTheNextPlanShowAsCarriedNotAsNotDone() throws {
        let r = try MeetingReview(model: store.model, team: "zespol-dobrzec", today: Self.today)
        let decided = try XCTUnwrap(r.decisions.first { $0.task?.isOpen == true && $0.task?.plan == 2 }, "the last meeting decided a task of plan 2")
        let next = try carryPlan2On()
        let continuation = try XCTUnwrap(store.model.tasks.first { $0.carriedFrom == decided.task!.id })
        // The last meeting's decisions: where the task went, and how that one stands.
        press("6]]]")
        XCTAssertTrue(flat.contains("przeniesione → P\(next.id) (nr \(continuation.id))"), screen)
        XCTAssertFalse(flat.contains(decided.decision.text + " — niewykonane"), screen)
        // Progress: moved on to the next plan, not "not done".
        press("[[[")
        let moved = screen.split(separator: "\n").filter { $0.contains("→ nr \(decided.task!.id) ") }
        XCTAssertFalse(moved.isEmpty, screen)
        XCTAssertTrue(moved.allSatisfy { $0.contains("przeniesione → P\(next.id)") && !$0.contains("niewykonane") }, moved.joined(separator: "\n"))
        // The printout says the same.
        let out = try printout(.meeting, ReportOptions(team: "zespol-dobrzec"), width: 132)
        XCTAssertTrue(out.contains("przeniesione → P\(next.id) (nr \(continuation.id))"), out)
    }

    func testADecisionAdoptsADraftPlanNamingTheMeeting() throws {
        let draftPlan = PlanDraft(district: "dobrzec", officer: "wisniewski", title: "Bezpieczne podwórka", start: Day("2026-12-01")!,
                                  end: Day("2027-05-31")!, threat: Diagnosis(what: "Hałas na podwórkach", place: "ul. Harcerska", when: "wieczorem",
                                                                          who: "młodzież", category: .other, sources: [.ownObservation]),
                                  goal: Goal(kind: .reduce, description: "Mniej zgłoszeń", measure: "liczba zgłoszeń"), status: .draft)
        try store.append(.addPlan(draftPlan), by: "wisniewski", at: clock.now)
        let plan = try XCTUnwrap(store.model.plans.last)
        press("6]]]")
        XCTAssertTrue(screen.contains("Projekty planów do przyjęcia (w)"), screen)
        XCTAssertTrue(screen.contains("P\(plan.id) Bezpieczne podwórka"), screen)
        press("w")
        XCTAssertTrue(flat.contains("✓ przyjęcie planu nr \(plan.id): Zespół przyjął plan nr \(plan.id) „Bezpieczne podwórka” do realizacji."), screen)
        press("w")
        XCTAssertTrue(screen.contains(L10n.planAlreadyInDraft(plan.id)), screen)
        press("]")
        while app.state.meeting.selected(app.context()) == .day || app.state.meeting.selected(app.context()) == .minutes { press("<Down>") }
        press("<Space><C-s>t")
        let m = try reopened()
        let meeting = try XCTUnwrap(m.meetings.last)
        XCTAssertEqual(m.plan(plan.id)?.status, .active)
        XCTAssertEqual(m.adoption(of: plan.id)?.id, meeting.id)
        press("4")
        while app.state.plans.selectedPlan(app.context())?.id != plan.id { press("<Down>") }
        press("<Enter>")
        XCTAssertTrue(screen.contains(L10n.planAdoptedAt(meeting.id, meeting.day)), screen)
        // Undo takes the adoption back with the meeting.
        press("<Esc>u")
        XCTAssertEqual(try reopened().plan(plan.id)?.status, .draft)
    }
}
