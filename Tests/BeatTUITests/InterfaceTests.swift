@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The interface driven by keys on a virtual terminal, asserting on the screen's text —
/// the same code as on a real terminal, without one.
final class InterfaceTests: ScreenTestCase {
    func testAChoiceTooLongForItsFieldEndsInAnEllipsisInsideTheBox() throws {
        press("6")
        press("<Right><Right><Right>t")
        let planRow = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Plan ") && $0.contains("‹") })
        XCTAssertTrue(planRow.contains("…› ▾"), String(planRow))
        XCTAssertTrue(planRow.hasSuffix("│"), "the value stays inside the box: \(planRow)")
    }

    func testALineTooLongForItsRectangleEndsInAnEllipsis() {
        var canvas = Canvas(rows: 2, cols: 20)
        canvas.line("Wspólne patrole ze Strażą Miejską", row: 0, in: Rect(row: 0, col: 2, height: 1, width: 10))
        XCTAssertEqual(canvas.text(row: 0), "  Wspólne p…        ")
        canvas.line("krótki", row: 1, in: Rect(row: 1, col: 0, height: 1, width: 10))
        XCTAssertEqual(canvas.text(row: 1), "krótki              ")
    }

    func testLoggingAContactTakesTheSummaryAndCtrlS() throws {
        let before = store.model.contacts.count
        press("3a")
        XCTAssertTrue(screen.contains("Nowy kontakt z mieszkańcem"), screen)
        let summary = "Hałas i picie alkoholu na klatce przy Łódzkiej 5 — „zażółć gęślą jaźń”"
        type(summary)
        press("<C-s>")
        XCTAssertTrue(screen.contains("Zapisano kontakt."), screen)
        XCTAssertTrue(screen.contains("Hałas i picie"), screen)
        let m = try reopened()
        XCTAssertEqual(m.contacts.count, before + 1)
        let c = try XCTUnwrap(m.contacts.last)
        XCTAssertEqual(c.summary, summary)
        XCTAssertEqual(c.officer, "wisniewski")
        XCTAssertEqual(c.district, "dobrzec")
        XCTAssertEqual(c.beat, "dobrzec-1")
        XCTAssertEqual(c.channel, .onBeat)
        XCTAssertEqual(c.category, .other)
        XCTAssertEqual(c.time.day, Self.today)
        print("log a contact: \(2 + summary.count + 1) key presses (3, a, \(summary.count) characters of summary, Ctrl-S)")
    }

    func testTheNextContactStartsWithTheChannelAndCategoryUsedLast() throws {
        press("3a")
        type("Parkowanie na trawniku")
        press("<Tab>")              // category: typing narrows the list
        type("parkow")
        press("<Enter>")           // picks "nieprawidłowe parkowanie", moves on to the channel
        press("<Enter>")           // opens the channel list
        type("telef")
        press("<Enter><C-s>")
        let first = try XCTUnwrap(try reopened().contacts.last)
        XCTAssertEqual(first.category, .wrongParking)
        XCTAssertEqual(first.channel, .phone)
        press("a")
        XCTAssertTrue(screen.contains("‹nieprawidłowe parkowanie›"), screen)
        XCTAssertTrue(screen.contains("‹telefon›"), screen)
    }

    func testMarkingATaskDone() throws {
        let open = store.model.tasks.filter { $0.assignee == "wisniewski" && $0.isOpen }
        let task = try XCTUnwrap(open.first)
        press("2/")
        type(String(task.title.prefix(20)))
        press("<Enter>")
        XCTAssertTrue(screen.contains("nr \(task.id)") || screen.contains(" \(task.id) "), screen)
        press("s")
        XCTAssertTrue(screen.contains("Status zadania nr \(task.id)"), screen)
        type("wyk")
        press("<Enter>")
        XCTAssertTrue(screen.contains("Zadanie nr \(task.id): wykonane."), screen)
        XCTAssertEqual(try reopened().task(task.id)?.status, .done)
        XCTAssertEqual(try reopened().task(task.id)?.history.last?.by, "wisniewski")
    }

    func testTheTaskListCountsItsOverdueTasksAndRecountsAfterAChange() throws {
        let today = clock.today
        func overdue() -> Int { store.model.tasks.filter { $0.isOpen && $0.isOverdue(on: today) }.count }
        let before = overdue()
        XCTAssertGreaterThan(before, 0, "the demo has overdue tasks")
        // On a narrow list the short form, the overdue ones by their mark.
        terminal = VirtualTerminal(rows: 24, cols: 50)
        setUpFreshApp()
        press("2")
        XCTAssertTrue(screen.contains("zadań, \(before) !"), screen)
        // Wide enough, the whole summary beside the column headings.
        terminal = VirtualTerminal(rows: 24, cols: 80)
        setUpFreshApp()
        press("2")
        XCTAssertTrue(screen.contains("w tym \(before) po terminie"), screen)
        let late = try XCTUnwrap(store.model.tasks.first { $0.isOverdue(on: today) && $0.assignee == "wisniewski" })
        press("/")
        type(String(late.title.prefix(20)))
        press("<Enter>s")
        type("wyk")
        press("<Enter>")
        XCTAssertEqual(try reopened().task(late.id)?.status, .done)
        press("<Esc>")
        XCTAssertEqual(overdue(), before - 1)
        XCTAssertTrue(screen.contains("w tym \(before - 1) po terminie"), screen)
    }

    func testClosingNotDoneAsksForTheReasonAndUndoTakesItBack() throws {
        let task = try XCTUnwrap(store.model.tasks.first { $0.isOpen && $0.assignee == "wisniewski" })
        press("2/")
        type(String(task.title.prefix(20)))
        press("<Enter>s")
        type("niewyk")
        press("<Enter>")
        XCTAssertTrue(screen.contains("podaj powód"), screen)
        press("<Enter>")  // empty reason: refused, the form stays
        XCTAssertTrue(screen.contains("wymaga podania powodu"), screen)
        type("Brak zgody zarządcy terenu")
        press("<Enter>")
        XCTAssertEqual(try reopened().task(task.id)?.status, .notDone)
        XCTAssertEqual(try reopened().task(task.id)?.reason, "Brak zgody zarządcy terenu")
        press("u")
        XCTAssertTrue(screen.contains("Cofnięto"), screen)
        XCTAssertEqual(try reopened().task(task.id)?.status, task.status)
    }

    func testAddingANoteAndUndo() throws {
        let task = try XCTUnwrap(store.model.tasks.first { $0.isOpen })
        press("2/")
        type(String(task.title.prefix(20)))
        press("<Enter>n")
        type("Rozmowa z administratorem — ustalono termin")
        press("<C-s>")
        XCTAssertEqual(try reopened().task(task.id)?.notes.last?.text, "Rozmowa z administratorem — ustalono termin")
        XCTAssertEqual(try reopened().task(task.id)?.notes.last?.author, "wisniewski")
        press("u")
        XCTAssertEqual(try reopened().task(task.id)?.notes.count, task.notes.count)
        press("u")
        XCTAssertTrue(screen.contains("Nie ma czego cofnąć"), screen)
    }

    func testAddingATaskThroughTheForm() throws {
        press("2a")
        type("Patrol przy Żytniej w piątek")
        press("<Tab><Tab><Tab><Tab>")   // description, assignee, plan → due
        type("2026-12-04")
        press("<C-s>")
        let t = try XCTUnwrap(try reopened().tasks.last)
        XCTAssertEqual(t.title, "Patrol przy Żytniej w piątek")
        XCTAssertEqual(t.due, Day("2026-12-04"))
        XCTAssertEqual(t.assignee, "wisniewski")
        XCTAssertNil(t.plan)
    }

    func testAFormWithABadDayStaysOpenWithEverythingTyped() throws {
        press("2a")
        type("Zadanie z błędną datą")
        press("<Tab><Tab><Tab><Tab>")
        type("2026-02-30")
        press("<C-s>")
        XCTAssertTrue(screen.contains("nie jest datą"), screen)
        XCTAssertTrue(screen.contains("Zadanie z błędną datą"), screen)
        // Esc asks before throwing typed text away; the confirming key is not Esc.
        press("<Esc>")
        XCTAssertTrue(screen.contains("Odrzucić wpisany tekst?"), screen)
        press("<Esc>")
        XCTAssertTrue(screen.contains("Zadanie z błędną datą"), "any other key goes back to the form")
        press("<Esc>t")
        XCTAssertFalse(screen.contains("Nowe zadanie"), screen)
    }

    func testStructuredFilterAndSearch() throws {
        press("2f")
        XCTAssertTrue(screen.contains("Filtr zadań"), screen)
        press("<Down><Enter>")      // assignee list
        type("zieli")
        press("<Enter><C-s>")
        let shown = screen
        XCTAssertTrue(shown.contains("Zielińska"), shown)
        XCTAssertFalse(shown.contains("Kaczmarek  "), shown)
        press("/")
        type("zzzz-nic-takiego")
        XCTAssertTrue(screen.contains("Brak zadań dla tego filtra"), screen)
        press("<Esc>")
        XCTAssertFalse(screen.contains("Brak zadań"), screen)
    }

    func testEnglish() throws {
        setUpFreshApp(language: .en)
        press("1")
        XCTAssertTrue(screen.contains("no. 8  "), screen)
        press("6")
        XCTAssertTrue(screen.contains("✓ no. 26  Kaczmarek"), screen)
        press("2")
        XCTAssertTrue(screen.contains("2 Tasks"), screen)
        XCTAssertTrue(screen.contains("Assignee"), screen)
        press("?")
        XCTAssertTrue(screen.contains("Help"), screen)
    }

    func testResizeDownToTinyAndBack() throws {
        for id in 1...6 {
            press(String(id))
            for (cols, rows) in [(80, 24), (30, 10), (20, 6), (1, 1), (40, 12), (132, 43), (80, 24)] {
                terminal.resize(rows: rows, cols: cols)
                press("<resize>")
                let frame = app.frame()
                XCTAssertEqual(frame.rows, rows)
                XCTAssertEqual(frame.cols, cols)
                for r in 0..<rows { XCTAssertLessThanOrEqual(visibleWidth(frame.text(row: r)), cols) }
                if cols < Frame.minCols || rows < Frame.minRows {
                    if cols >= 20 { XCTAssertTrue(frame.text.contains("Za mały terminal"), frame.text) }
                } else {
                    XCTAssertTrue(frame.text.contains("1 Pulpit"), frame.text)
                }
            }
        }
    }

    func testATinyTerminalStillSaysWhatSizeItNeedsInFull() {
        for (cols, rows) in [(15, 4), (19, 5), (12, 3)] {
            terminal.resize(rows: rows, cols: cols)
            press("<resize>")
            let words = app.frame().text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(words.contains("20×6"), "\(cols)×\(rows): \(words)")
            XCTAssertTrue(words.contains("\(cols)×\(rows)"), "\(cols)×\(rows): \(words)")
        }
    }

    func testControlCharactersInStoredTextAreShownAsPlaceholders() throws {
        try store.append(.addTask(TaskDraft(title: "Zły\u{1B}[2J\u{1B}]0;tytuł\u{07} tekst\u{9B}31m", assignee: "wisniewski",
                                            due: Day("2026-11-23"))), by: "wisniewski", at: clock.now)
        for keys in ["1", "2", "2<End>", "2<End><Enter>"] {
            setUpFreshApp()
            press(keys)
            let frame = app.frame()
            for r in 0..<frame.rows {
                for c in 0..<frame.cols {
                    for s in frame[r, c].char.unicodeScalars {
                        XCTAssertFalse(s.value < 0x20 || s.value == 0x7F || (0x80..<0xA0).contains(s.value), "control U+\(String(s.value, radix: 16)) at \(r),\(c)")
                    }
                }
            }
        }
        setUpFreshApp()
        press("1")
        XCTAssertTrue(screen.contains("Zły␛[2J␛]0;tytuł␇ tekst"), screen)
    }

    func testAnotherOfficersChangeAppearsWithoutLosingTypedText() throws {
        press("3a")
        type("Pisane podczas zmiany kolegi")
        let other = try Store.open(at: path)
        try other.append(.addContact(ContactDraft(time: clock.now, officer: "kaczmarek", district: "dobrzec", channel: .phone,
                                                  category: .vandalism, summary: "Zgłoszenie od koleżanki")), by: "kaczmarek", at: clock.now)
        app.refresh()
        XCTAssertTrue(screen.contains("Pisane podczas zmiany kolegi"), screen)
        press("<C-s>")
        press("/")
        type("koleżanki")
        XCTAssertTrue(screen.contains("Zgłoszenie od koleżanki"), screen)
        XCTAssertEqual(try reopened().contacts.suffix(2).map(\.summary), ["Zgłoszenie od koleżanki", "Pisane podczas zmiany kolegi"])
    }

    func testFirstRunAsksWhoYouAre() throws {
        let c = clock
        app = App(store: store, terminal: terminal, me: nil, clock: { c })
        XCTAssertTrue(screen.contains("Kim jesteś? (wybór zostanie zapamiętany)"), "the title whole: \(screen)")
        type("kaczm")
        press("<Enter>")
        XCTAssertEqual(app.state.me, "kaczmarek")
        XCTAssertTrue(screen.contains("Pracujesz jako: mł. asp. Małgorzata Kaczmarek"), screen)
    }

    func testEveryScreenFitsAt80x24() throws {
        for id in 1...6 {
            press(String(id))
            let frame = app.frame()
            XCTAssertTrue(frame.text.contains(ScreenID(rawValue: id)!.title))
            XCTAssertTrue(frame.text(row: 23).contains("Pomoc"), frame.text)
        }
    }

    /// A window's scrolling keys act while its text is longer than the window, and say why
    /// not otherwise; the key bar offers them only then.
    func testAWindowScrollsOnlyWhenItsTextIsLongerAndSaysWhyNot() throws {
        press("2<Enter>")
        XCTAssertTrue(screen.contains("Zadanie nr"), screen)
        var bar = app.frame().text(row: 23)
        XCTAssertFalse(bar.contains("PgDn"), "the task's text fits: \(bar)")
        XCTAssertTrue(bar.contains("Zamknij"), bar)
        for key in ["<PgDn>", "<Down>", "<End>", "<PgUp>"] {
            press(key)
            XCTAssertTrue(screen.contains("Widać cały tekst: nie ma czego przewijać."), "\(key): \(screen)")
            XCTAssertTrue(screen.contains("Zadanie nr"), screen)
        }
        press("<Esc>4<Enter>")
        XCTAssertTrue(screen.contains("Diagnoza zagrożenia"), screen)
        bar = app.frame().text(row: 23)
        XCTAssertTrue(bar.contains("PgDn"), "the plan is longer than its window: \(bar)")
        press("<PgUp>")
        XCTAssertTrue(screen.contains("To początek tekstu."), screen)
        press("<PgDn>")
        XCTAssertFalse(screen.contains("To początek tekstu."), screen)
        XCTAssertTrue(screen.contains("Cel"), screen)
        press("<End>")
        let end = screen
        press("<PgDn>")
        XCTAssertTrue(screen.contains("To koniec tekstu."), screen)
        press("<Down>")
        XCTAssertTrue(screen.contains("To koniec tekstu."), screen)
        // The window itself did not move (the message is on the line under it).
        XCTAssertEqual(screen.split(separator: "\n").prefix(21), end.split(separator: "\n").prefix(21))
        press("<Home>")
        XCTAssertTrue(screen.contains("Diagnoza zagrożenia"), screen)
    }

    func testTeamsAndPlansShowWhatTheyShould() throws {
        press("5")
        XCTAssertTrue(screen.contains("osoba do kontaktu"), screen)
        XCTAssertTrue(screen.contains("wyznaczony przez:"), screen)
        press("4")
        XCTAssertTrue(screen.contains("[###"), screen)
        press("<Enter>")
        XCTAssertTrue(screen.contains("Diagnoza zagrożenia"), screen)
        press("<PgDn>")
        XCTAssertTrue(screen.contains("Cel"), screen)
    }
}
