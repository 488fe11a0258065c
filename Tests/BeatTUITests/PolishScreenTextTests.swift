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

extension PolishScreenTextTests {
    /// polish-review.md items 20, 21, 27–30, 32, and "Wyjście" among imperatives.
    func testTheReviewsWordsOnTheScreens() throws {
        press("6")
        XCTAssertTrue(screen.contains("3. Ponowne kontakty"), screen)
        XCTAssertTrue(screen.contains(" · ze zmianami: "), screen)
        XCTAssertFalse(screen.lowercased().contains("ruszył"), screen)
        XCTAssertTrue(screen.contains("q Zakończ"), screen)
        press("]]]]")
        XCTAssertTrue(screen.contains("Data posiedzenia: "), screen)
        press("3")
        XCTAssertTrue(screen.contains("x Odnotuj ponowny kontakt"), screen)
        press("2f")
        XCTAssertTrue(screen.contains("Wykonawca          ‹wszyscy›"), screen)
        press("<Esc>")
        let task = try XCTUnwrap(TasksScreen().rows(app.context()).first)
        press("r")
        type("Kaczm")
        press("<Enter>")
        XCTAssertTrue(screen.contains("Zadanie nr \(task.id) — nowy wykonawca: mł. asp. Małgorzata Kaczmarek."), screen)
    }

    /// Items 16 and 17: numbers in sentences agree with their nouns.
    func testNumbersInSentencesAgreeWithTheirNouns() throws {
        let m = store.model
        XCTAssertEqual(m.districts.count, 2)
        XCTAssertEqual(m.plans.count, 4, "the demo's plans, the first one's second stage among them")
        Language.pl.bind {
            let text = L10n.syntheticCreated("/tmp/x", m)
            XCTAssertTrue(text.contains(": 2 dzielnice, "), text)
            XCTAssertTrue(text.contains(", 4 plany, "), text)
            XCTAssertTrue(text.contains(", \(m.contacts.count) kontaktów, "), text)
            XCTAssertEqual(L10n.tooMany("notatki", 2, 3), "Pole „notatki” ma 3 pozycje; najwięcej 2.")
            XCTAssertEqual(L10n.tooMany("notatki", 2, 5), "Pole „notatki” ma 5 pozycji; najwięcej 2.")
        }
    }
}
