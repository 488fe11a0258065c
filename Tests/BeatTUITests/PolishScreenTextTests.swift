@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The screens' Polish as the review asks it (polish-review.md): numbers before their nouns,
/// no "dn.", "wyk.", "zad." where the text fits (issue 14).
final class PolishScreenTextTests: ScreenTestCase {
    func testNoUnclearAbbreviationsOnTheScreens() throws {
        var seen = ""
        for keys in ["1", "2", "2<Enter>", "3", "4", "4<Enter>", "5", "6", "6]", "6]]", "6]]]", "6]]]]"] {
            setUpFreshApp()
            press(keys)
            seen += screen + "\n"
        }
        for abbreviation in [" dn.", " wyk.", " zad.", "(a) ", "(ęła)"] {
            XCTAssertFalse(seen.contains(abbreviation), "\(abbreviation):\n\(seen)")
        }
    }

    func testDaysLateAndTasksDoneAreWrittenOut() throws {
        press("2")
        let first = try XCTUnwrap(TasksScreen().rows(app.context()).first)
        XCTAssertTrue(first.isOverdue(on: Self.today), "the list opens on the task most overdue")
        XCTAssertTrue(screen.contains("Termin: \(first.due!) (\(L10n.daysLate(first.due!.days(to: Self.today))))"), screen)
        press("1")
        let plan = try XCTUnwrap(store.model.plans.first { $0.status == .active })
        let pr = PlanProgress(plan: plan.id, model: store.model, today: Self.today)
        XCTAssertTrue(screen.contains("%  \(pr.done) z \(pr.total)  P\(plan.id) "), screen)
        press("4")
        XCTAssertTrue(screen.contains("wykonano \(pr.done) z \(pr.total)") || !screen.contains("Postęp:"), screen)
        XCTAssertEqual(L10n.daysLate(1), "1 dzień po terminie")
        XCTAssertEqual(L10n.daysLate(12), "12 dni po terminie")
    }
}
