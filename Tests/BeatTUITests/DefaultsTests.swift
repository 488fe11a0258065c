@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// Defaults that never decide for the officer (issue 14): closing a plan, the next period's
/// plan, a plan not started yet, a meeting saved.
final class DefaultsTests: ScreenTestCase {
    /// The plan on screen 4 whose row is selected after `keys`.
    func planForm(_ keys: String) -> Form? {
        press(keys)
        guard case .form(let f)? = app.state.modal else { return nil }
        return f
    }

    func testClosingAPlanChoosesNoOutcomeAndShowsTheEvidenceBesideTheChoice() throws {
        let form = try XCTUnwrap(planForm("4c"), screen)
        XCTAssertNil(form.choice(.outcome), "no outcome is chosen for the officer")
        XCTAssertEqual(form.focused, .outcome)
        XCTAssertTrue(screen.contains("Wynik         ‹— wybierz —›"), screen)
        let evidence = PlanEvidence(plan: try XCTUnwrap(store.model.plan(2)), model: store.model, today: Self.today)
        XCTAssertTrue(flat.contains("Kontakty w kategorii planu: " + L10n.evidenceCount(evidence.inCategory)), screen)
        // Ctrl-S alone saves nothing: the outcome must be chosen.
        press("<C-s>")
        XCTAssertTrue(flat.contains("„Wynik”: wybierz wynik oceny — żaden nie jest wybrany z góry."), screen)
        XCTAssertEqual(try reopened().plan(2)?.status, .active)
    }

    func testAnOutcomeTheEvidenceSpeaksAgainstIsAskedAboutAgain() throws {
        // Widok's plan: its category rose against the period before.
        let plan = try XCTUnwrap(store.model.plans.first { p in
            p.status == .active && PlanEvidence(plan: p, model: store.model, today: Self.today).inCategory.change > 0
        })
        press("4")
        while app.state.plans.selectedPlan(app.context())?.id != plan.id { press("<Down>") }
        press("c")
        type("wyelimin")
        press("<Enter><C-s>")
        guard case .confirm(let c)? = app.state.modal else { return XCTFail(screen) }
        XCTAssertTrue(c.question.contains("a wybrany wynik to „zagrożenie wyeliminowane”. Zapisać tę ocenę mimo to?"), c.question)
        // No: back to the form as it was, nothing saved.
        press("n")
        guard case .form(let f)? = app.state.modal else { return XCTFail(screen) }
        XCTAssertEqual(f.choice(.outcome), Evaluation.Outcome.eliminated.rawValue)
        XCTAssertEqual(try reopened().plan(plan.id)?.status, .active)
        // "Not achieved" is not asked about; yes saves what was chosen.
        press("<C-s>t")
        XCTAssertEqual(try reopened().plan(plan.id)?.evaluation?.outcome, .eliminated)
    }

    func testAGoalDealtWithAtAMeetingChoosesNoOutcomeEither() throws {
        press("6]]]c")
        guard case .form(let f)? = app.state.modal else { return XCTFail(screen) }
        XCTAssertNil(f.choice(.outcome))
        XCTAssertTrue(flat.contains("Kontakty w kategorii planu:"), screen)
        press("<C-s>")
        XCTAssertTrue(flat.contains("wybierz wynik oceny"), screen)
    }
}

extension DefaultsTests {
    /// Closes plan 2 on `day` (an early close: its period runs to the end of January).
    func closePlan2(on day: Day) throws {
        try store.append(.evaluatePlan(PlanEvaluation(plan: 2, evaluation: Evaluation(outcome: .reduced, note: "Mniej libacji", day: day))),
                         by: "wisniewski", at: clock.now)
    }

    func testTheNextPlanAfterAnEarlyCloseStartsTheDayAfterTheClose() throws {
        try closePlan2(on: Day("2026-11-20")!)
        press("4")
        while app.state.plans.selectedPlan(app.context())?.id != 2 { press("<Down>") }
        press("N")
        guard case .form(let f)? = app.state.modal else { return XCTFail(screen) }
        XCTAssertEqual(f.text(.start), "2026-11-21")
        XCTAssertEqual(f.text(.end), "2027-05-20")
        // Due days in the new period are kept; the others are asked about, naming the tasks.
        let carried = store.model.tasks(ofPlan: 2).filter(\.isOpen)
        let outside = carried.filter { $0.due.map { $0 < Day("2026-11-21")! || $0 > Day("2027-05-20")! } ?? false }
        XCTAssertFalse(outside.isEmpty, "the demo has a task overdue before the close")
        press("<C-s>")
        guard case .form(let refused)? = app.state.modal, let why = refused.error else { return XCTFail(screen) }
        for t in outside { XCTAssertTrue(why.contains("nr \(t.id) (\(t.due!))"), "task \(t.id) is named: \(why)") }
        XCTAssertTrue(why.hasSuffix("Wybierz w polu „Terminy spoza okresu”, co z nimi zrobić."), why)
        XCTAssertEqual(refused.focused, .due)
        XCTAssertEqual(try reopened().plans.count, store.model.plans.count, "nothing saved yet")
        type("najbliż")
        press("<Enter><C-s>")
        let m = try reopened()
        let next = try XCTUnwrap(m.plans.last)
        XCTAssertEqual(next.start, Day("2026-11-21"))
        for t in m.tasks(ofPlan: next.id) {
            let original = try XCTUnwrap(carried.first { $0.id == t.carriedFrom })
            if let due = original.due { XCTAssertEqual(t.due, min(max(due, next.start), next.end), "task \(original.id)") }
        }
        // An overdue task stays overdue in the new plan.
        XCTAssertTrue(m.tasks(ofPlan: next.id).contains { $0.isOverdue(on: Day("2026-11-22")!) })
    }

    func testAPlanThatHasNotStartedIsPlannedEverywhere() throws {
        // The next plan after plan 2, starting when plan 2 ends (months away).
        try store.append(.startNextPlan(NextPlanDraft(carryingAllOf: 2, in: store.model, start: Day("2027-02-01")!, end: Day("2027-07-31")!,
                                                      reason: "Przeniesione")), by: "wisniewski", at: clock.now)
        let next = try XCTUnwrap(store.model.plans.last)
        XCTAssertEqual(next.phase(on: Self.today), .planned)
        press("4")
        let row = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("P\(next.id) ") })
        XCTAssertTrue(row.contains("planowany"), String(row))
        XCTAssertFalse(row.contains("realizowany"), String(row))
        press("1")
        XCTAssertTrue(screen.contains("P\(next.id) ") && screen.contains("planowany od 2027-02-01"), screen)
        let progress = try printout(.progress)
        XCTAssertTrue(progress.contains("nr \(next.id)"), "the progress report lists the plan whose tasks it counts\n\(progress)")
        XCTAssertTrue(progress.contains("planowany"), progress)
    }
}
