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
