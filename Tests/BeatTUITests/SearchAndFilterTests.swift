@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// `/` and the filters of the task and contact lists, as an officer uses them (issue 14).
final class SearchAndFilterTests: ScreenTestCase {
    func testSearchingTasksIgnoresPolishLettersAndCase() throws {
        let expected = store.model.tasks.filter { $0.isOpen && TextFold.contains($0.title + $0.description, "słupki") }
        XCTAssertFalse(expected.isEmpty)
        press("2/")
        type("SLUPKI")
        for t in expected { XCTAssertTrue(screen.contains(" \(t.id) "), "task \(t.id) is found by SLUPKI:\n\(screen)") }
        XCTAssertTrue(screen.contains("\(expected.count) zada"), screen)
    }

    func testSearchingContactsIgnoresPolishLettersAndCase() throws {
        let expected = store.model.contacts.filter { TextFold.contains($0.summary + " " + $0.place, "młodzież") }
        XCTAssertFalse(expected.isEmpty)
        press("3/")
        type("mlodziez")
        XCTAssertTrue(screen.contains(L10n.contactsShown(expected.count)), screen)
        XCTAssertTrue(screen.contains("młodzież"), screen)
    }
}

extension SearchAndFilterTests {
    func testAFilterInForceIsNamedOnItsOwnLineAndEscClearsIt() {
        press("2f")
        press("<Down><Enter>")       // assignee: opens the list
        type("Kaczm")
        press("<Enter><C-s>")
        XCTAssertTrue(screen.contains("Filtr: wykonawca: Kaczmarek   (Esc — wyczyść, f — zmień)"), screen)
        XCTAssertFalse(screen.contains("Wiśniewski "), screen)
        press("<Esc>")
        XCTAssertFalse(screen.contains("Filtr: "), screen)
        XCTAssertTrue(screen.contains("Filtr wyczyszczony."), screen)
        XCTAssertTrue(screen.contains("Wiśniewski "), screen)
    }

    func testMineIsOneKeyAndOverdueTwoFromAnywhere() throws {
        let overdue = store.model.tasks.filter { $0.isOverdue(on: Self.today) }
        XCTAssertGreaterThan(overdue.count, 1)
        press("1")
        press("2!")                  // the overdue filter: two keys
        XCTAssertTrue(screen.contains("Filtr: po terminie"), screen)
        for t in store.model.tasks.filter({ $0.isOpen }) {
            XCTAssertEqual(screen.contains(" \(t.id) ") && screen.contains(String(t.title.prefix(20))), t.isOverdue(on: Self.today), "task \(t.id)\n\(screen)")
        }
        press("m")
        XCTAssertTrue(screen.contains("Filtr: moje · po terminie"), screen)
        let mine = overdue.filter { $0.assignee == "wisniewski" }
        XCTAssertTrue(screen.contains(L10n.tasksSummary(shown: mine.count, overdue: mine.count)), screen)
        press("m")
        XCTAssertTrue(screen.contains("Filtr: po terminie"), screen)
        press("3m")
        XCTAssertTrue(screen.contains("Filtr: moje"), screen)
        let myContacts = store.model.contacts.filter { $0.officer == "wisniewski" }.count
        XCTAssertTrue(screen.contains(L10n.contactsShown(myContacts)), screen)
    }

    func testTheKeyBarShowsSearchFilterAndSortWheneverTheyWork() {
        for keys in ["2", "3", "2<Down><Down>", "2!"] {
            setUpFreshApp()
            press(keys)
            let bar = String(screen.split(separator: "\n").last!)
            XCTAssertTrue(bar.contains(" /"), "\(keys): \(bar)")
            XCTAssertTrue(bar.contains(" f"), "\(keys): \(bar)")
            if keys.hasPrefix("2") { XCTAssertTrue(bar.contains(" o"), "\(keys): \(bar)") }
        }
    }

    func testEachListRemembersItsLastFilterFromOneRunToTheNext() throws {
        let data = path + "-run"
        let beat = BeatBinary(data: data)
        try beat.ok(["init", "--demo"])
        try beat.ok(["--headless", "--as", "wisniewski", "--keys", "2!3m"])
        let next = try beat.ok(["--headless", "--as", "wisniewski", "--keys", "2"])
        XCTAssertTrue(next.contains("Filtr: po terminie"), next)
        let contacts = try beat.ok(["--headless", "--as", "wisniewski", "--keys", "3"])
        XCTAssertTrue(contacts.contains("Filtr: moje"), contacts)
        // Cleared, it stays cleared.
        try beat.ok(["--headless", "--as", "wisniewski", "--keys", "2<Esc>"])
        let cleared = try beat.ok(["--headless", "--as", "wisniewski", "--keys", "2"])
        XCTAssertFalse(cleared.contains("Filtr:"), cleared)
    }

    func testEnterOnATaskOpensAWindowWhereStatusNoteReassignAndEditWork() throws {
        let task = try XCTUnwrap(TasksScreen().rows(app.context()).first)
        press("2<Enter>")
        XCTAssertTrue(screen.contains("Zadanie nr \(task.id)"), screen)
        XCTAssertTrue(screen.contains("s Status"), screen)
        press("n")
        XCTAssertTrue(screen.contains("Notatka do zadania nr \(task.id)"), screen)
        type("Rozmowa z zarządcą")
        press("<C-s>")
        XCTAssertEqual(try reopened().task(task.id)?.notes.last?.text, "Rozmowa z zarządcą")
        press("<Enter>s")
        XCTAssertTrue(screen.contains("Status zadania nr \(task.id)"), screen)
        press("<Esc><Enter>r")
        XCTAssertTrue(screen.contains("Przydziel zadanie nr \(task.id)"), screen)
        press("<Esc><Enter>e")
        XCTAssertTrue(screen.contains("Zadanie nr \(task.id) — edycja"), screen)
    }
}

extension SearchAndFilterTests {
    /// Moves the dashboard's selection to the first line holding `text`.
    func selectOnDashboard(_ text: String) throws {
        press("1g")
        let lines = app.state.dashboard.lines(app.context())
        let i = try XCTUnwrap(lines.firstIndex { $0.text.contains(text) }, text)
        for _ in 0..<i { press("<Down>") }
    }

    func testEveryItemOnTheDashboardOpens() throws {
        try selectOnDashboard("Moje zadania po terminie")
        press("<Enter>")
        XCTAssertEqual(app.state.current, .tasks)
        XCTAssertTrue(screen.contains("Filtr: moje · po terminie"), screen)

        let plan = try XCTUnwrap(store.model.plans.first { $0.status == .active })
        try selectOnDashboard("P\(plan.id) ")
        press("<Enter>")
        XCTAssertTrue(screen.contains("─ P\(plan.id) "), screen)
        XCTAssertTrue(screen.contains("Diagnoza zagrożenia"), screen)

        press("<Esc>")
        try selectOnDashboard("nieprawidłowe parkowanie")
        press("<Enter>")
        XCTAssertEqual(app.state.current, .contacts)
        XCTAssertTrue(screen.contains("Filtr: kategoria: nieprawidłowe parkowanie · "), screen)

        try selectOnDashboard("Realizowane plany")
        press("<Enter>")
        XCTAssertEqual(app.state.current, .plans)
    }
}

extension SearchAndFilterTests {
    func testTheHelpExplainsEverySymbolTheScreensShow() throws {
        press("?")
        guard case .text(let help)? = app.state.modal else { return XCTFail(screen) }
        let text = help.lines.map(\.text).joined(separator: "\n")
        for symbol in ["!", "↻", "✓", "→", "+", "⚠"] {
            XCTAssertTrue(help.lines.contains { $0.text.hasPrefix("  " + DisplayWidth.pad(symbol, to: 14) + " ") }, "\(symbol)\n\(text)")
        }
        XCTAssertTrue(text.contains("Znaki na ekranach"), text)
    }
}
