@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// Text fields and forms as a new officer meets them: the view follows the cursor, a value
/// the form refuses keeps focus on its field with the whole reason shown in the words on
/// screen, and every key acts or says why not.
final class FormsTests: ScreenTestCase {
    /// The screen's words on one line, box edges left out: for text that wraps inside a box.
    var words: String {
        screen.replacingOccurrences(of: "│", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testInAFieldOfSeveralLinesHomeAndTypingShowWhereTheCursorIs() throws {
        // A task's description, longer than its three lines.
        press("2a<Tab>")
        let long = (1...30).map { "Zdanie numer \($0) opisu zadania." }.joined(separator: " ")
        type(long)
        XCTAssertTrue(screen.contains("Zdanie numer 30"), "the end shows while typing at the end")
        press("<Home>")
        type("POCZĄTEK ")
        XCTAssertTrue(screen.contains("POCZĄTEK Zdanie numer 1 "), "Home shows the start, typing shows what is typed:\n\(screen)")
        press("<End>")
        XCTAssertTrue(screen.contains("Zdanie numer 30"), screen)
        // The terminal's cursor stands where the typing goes.
        let frame = app.frame()
        let cursor = try XCTUnwrap(frame.cursor)
        XCTAssertTrue(frame.text(row: cursor.row).contains("opisu zadania."), frame.text(row: cursor.row))
    }

    func testInALongOneLineFieldHomeAndTypingShowWhereTheCursorIs() throws {
        press("2a")
        let long = String(repeating: "Wniosek do zarządcy drogi o progi zwalniające ", count: 3)
        type(long)
        press("<Home>")
        type("PILNE: ")
        XCTAssertTrue(screen.contains("PILNE: Wniosek do"), screen)
        press("<End>")
        type("KONIEC")
        XCTAssertTrue(screen.contains("zwalniające KONIEC"), screen)
    }

    func testADayTheFormRefusesKeepsFocusOnItsFieldWithTheWholeReasonInTheLabelsWords() throws {
        press("3a")
        type("Samochody na trawniku przy Łódzkiej 5")
        // To the follow-up day: summary, category, channel, place, time, officer, district, resident, phone, follow-up.
        press("<Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab>")
        type("12.12")
        press("<S-Tab><S-Tab><S-Tab>")  // away from it, then save
        press("<C-s>")
        let example = Self.today.adding(days: 7)
        let reason = "„Ponowny kontakt (dzień)”: „12.12” nie jest datą; wpisz np. \(example) albo \(example.polish)."
        XCTAssertTrue(words.contains(reason), "the whole reason, in the field's words on screen:\n\(screen)")
        XCTAssertGreaterThan(example, Self.today, "the example is a day to come")
        // The cursor is back in the refused field: typing goes there.
        press("<C-u>")
        type(example.description)
        press("<C-s>")
        XCTAssertTrue(screen.contains("Zapisano kontakt."), screen)
        XCTAssertEqual(try reopened().contacts.last?.followUp, example)
    }

    func testAnEmptySummaryIsNamedAsOnScreen() throws {
        press("3a<C-s>")
        XCTAssertTrue(words.contains("Pole „Opis sprawy” nie może być puste."), screen)
        XCTAssertFalse(words.contains("opis kontaktu"), screen)
    }

    func testAnEmptyTitleIsNamedAsOnScreenAndFocused() throws {
        press("2a<Tab><Tab><Tab><Tab>")
        type("2026-12-04")
        press("<C-s>")
        XCTAssertTrue(words.contains("Pole „Tytuł” nie może być puste."), screen)
        type("Patrol przy Żytniej")
        press("<C-s>")
        XCTAssertEqual(try reopened().tasks.last?.title, "Patrol przy Żytniej")
    }

    /// What the model's rules refuse is said of the field as the form labels it, and focused.
    func testARefusalByTheRulesNamesTheFieldAsOnScreenAndFocusesIt() throws {
        press("3a")
        type("Hałas na podwórku")
        press("<Tab><Tab><Tab>")     // the place
        type(String(repeating: "ul. Łódzka ", count: 20))
        press("<S-Tab><S-Tab><S-Tab><C-s>")
        XCTAssertTrue(words.contains("Pole „Miejsce” ma 220 znaków; dopuszczalne jest 200. Skróć je."), screen)
        // Focused: Ctrl-U clears the place, not the summary.
        press("<C-u>")
        type("ul. Łódzka 5")
        press("<C-s>")
        XCTAssertEqual(try reopened().contacts.last?.place, "ul. Łódzka 5")
        XCTAssertEqual(try reopened().contacts.last?.summary, "Hałas na podwórku")
    }

    func testTheMeetingRecordFormStartsOnItsFirstField() throws {
        press("6]]]]<Enter>")
        XCTAssertTrue(screen.contains("Posiedzenie: data, protokół i następne posiedzenie"), screen)
        press("<C-u>")
        type("21.11.2026")
        press("<C-s>")
        XCTAssertTrue(screen.contains("Data posiedzenia: 2026-11-21"), screen)
    }

    func testPrintingOnTheTeamsScreenSaysWhyNot() throws {
        for key in ["p", "P"] {
            press("5" + key)
            XCTAssertTrue(screen.contains("Sekcja Zespoły nie ma wydruku"), "\(key):\n\(screen)")
        }
    }

    func testToThePrinterWithoutLprSaysSoAndWhereThePrintoutIs() throws {
        let folder = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let printer = Printer(storePath: path, storeID: store.id, environment: ["PATH": folder, "BEAT_PRINT_DIR": folder], language: .pl)
        app.printer = { request, pipe, model, clock in printer.print(request, pipe: pipe, model: model, clock: clock) }
        press("2P")
        XCTAssertTrue(screen.contains("! Brak polecenia lpr; wydruk zapisano tylko do pliku:"), screen)
        XCTAssertTrue(words.contains(String(folder.suffix(20))), "the path is on screen too: \(screen)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(files.count, 1, "the printout is in the file it names")
        XCTAssertEqual(app.state.message?.text.hasSuffix(folder + "/" + files[0]), true, app.state.message?.text ?? "")
    }

    /// `P` sends the printout to `lpr` (a stand-in here that keeps what it was given) and says
    /// so; an `lpr` that fails is reported with its status.
    func testToThePrinterSendsThePrintoutToLpr() throws {
        let folder = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lpr = folder + "/lpr"
        try "#!/bin/sh\n/bin/cp \"$1\" \"${0%/lpr}/printed.txt\"\nexit ${LPR_STATUS:-0}\n".write(toFile: lpr, atomically: true, encoding: .utf8)
        chmod(lpr, 0o755)
        for (status, said) in [("0", "Wysłano do drukarki (lpr)"), ("3", "lpr zakończył się błędem (3)")] {
            let printer = Printer(storePath: path, storeID: store.id, environment: ["PATH": folder, "BEAT_PRINT_DIR": folder, "LPR_STATUS": status],
                                  language: .pl)
            app.printer = { request, pipe, model, clock in printer.print(request, pipe: pipe, model: model, clock: clock) }
            press("2P")
            XCTAssertEqual(app.state.message?.text.hasPrefix(said), true, "\(status): \(app.state.message?.text ?? screen)")
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/printed.txt"), "lpr got the printout")
        }
    }
}
