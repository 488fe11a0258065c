import BeatCore
import Foundation
import XCTest

/// `beat plan add`: a district's plan with its diagnosis made from the command line, with the
/// fields and the rules of the interface's plan form (`a` on screen 4).
final class PlanAddCommandTests: XCTestCase {
    func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    let minimal = ["plan", "add", "--district", "widok", "--title", "Bezpieczna droga do szkoły", "--start", "2026-12-01",
                   "--end", "2027-05-31", "--status", "active", "--what", "Samochody parkują na przejściu przy szkole",
                   "--category", "speeding", "--goal", "reduce"]

    func testAPlanWithItsDiagnosisIsAddedAsTheFormAddsIt() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_OFFICER": "wisniewski"])
        try beat.initDemoWithoutRegister()
        try beat.ok(["threat", "add", "--category", "speeding", "--place", "ul. Widok 3", "--district", "widok", "--source", "patrol"])
        let before = try beat.json(["plan", "list"])

        let out = try beat.ok(minimal + ["--officer", "wisniewski", "--place", "ul. Widok 3", "--when", "dni szkolne 7:30–8:00",
                                         "--who", "rodzice dowożący dzieci", "--source", "obserwacja własna", "--source", "map-reports",
                                         "--threat", "1", "--theme", "bezpieczna szkoła", "--goal-description", "Mniej parkowania na przejściu",
                                         "--measure", "Liczba interwencji", "--partner", "Straż Miejska", "--partner", "SP nr 5"])
        let id = before.count + 1
        XCTAssertTrue(out.contains("Dodano plan nr \(id) (Widok, 2026-12-01 – 2027-05-31): planowany."), out)

        // As `plan list --json` shows it, and in full in the store as the form would write it.
        let listed = try XCTUnwrap(try beat.json(["plan", "list"]).first { $0["id"] as? Int == id })
        XCTAssertEqual(listed["status"] as? String, "active")
        XCTAssertEqual(listed["theme"] as? String, "safe-school")
        XCTAssertEqual(listed["category"] as? String, "speeding")
        let plan = try XCTUnwrap(try Store.open(at: beat.data).model.plan(id))
        XCTAssertEqual(plan.district, "widok")
        XCTAssertEqual(plan.officer, "wisniewski")
        XCTAssertNil(plan.beat, "the officer's beat is in another district")
        XCTAssertEqual(plan.threat, Diagnosis(what: "Samochody parkują na przejściu przy szkole", place: "ul. Widok 3", when: "dni szkolne 7:30–8:00",
                                              who: "rodzice dowożący dzieci", category: .speeding, sources: [.ownObservation, .mapReports],
                                              threats: [1]))
        XCTAssertEqual(plan.goal, Goal(kind: .reduce, description: "Mniej parkowania na przejściu", measure: "Liczba interwencji"))
        XCTAssertEqual(plan.partners, ["Straż Miejska", "SP nr 5"])
        let shown = try beat.ok(["threat", "show", "1"])
        XCTAssertTrue(shown.contains("Bezpieczna droga do szkoły"), "the register names the plan that rests on the threat: \(shown)")
        XCTAssertTrue(try beat.ok(["log"]).contains("Bezpieczna droga do szkoły"), "journalled")

        // A draft, in JSON with the keys of plan list; it becomes active when a meeting adopts it.
        let draft = try object(try beat.ok(["plan", "add", "--district", "dobrzec", "--title", "Ławki przy Ogrodowej", "--start", "2026-11-22",
                                            "--end", "2027-02-28", "--status", "projekt", "--what", "Alkohol na ławkach",
                                            "--category", "spożywanie alkoholu w miejscach niedozwolonych", "--goal", "wyeliminowanie",
                                            "--officer", "wisniewski", "--json"]))
        XCTAssertEqual(Set(draft.keys), Set(listed.keys))
        XCTAssertEqual(draft["status"] as? String, "draft")
        XCTAssertEqual(draft["tasksTotal"] as? Int, 0)
        let second = try XCTUnwrap(try Store.open(at: beat.data).model.plan(id + 1))
        XCTAssertEqual(second.beat, "dobrzec-1", "the officer's beat, in the plan's district")
        XCTAssertEqual(second.goal.kind, .eliminate)
        XCTAssertTrue(try beat.ok(["plan", "add"] + minimal.dropFirst(2).map { $0 == "active" ? "draft" : $0 }).contains("jako projekt"))
    }

    func testNothingIsDecidedForTheOfficerAndBadInputIsRefusedSayingWhy() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_OFFICER": "wisniewski"])
        try beat.initDemoWithoutRegister()
        let plans = try Store.open(at: beat.data).model.plans.count

        // Every value the form asks for and Beat could only guess is required: usage, 64, naming it.
        for option in ["--district", "--title", "--start", "--end", "--status", "--what", "--category", "--goal"] {
            var args = minimal
            let i = try XCTUnwrap(args.firstIndex(of: option))
            args.removeSubrange(i...i + 1)
            let r = try beat.run(args)
            XCTAssertEqual(r.status, 64, "\(option): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(option), "\(option): \(r.stderr)")
        }

        // A value that is not one: 64, the option named, in Polish.
        func refused(_ option: String, _ value: String, _ says: String, file: StaticString = #filePath, line: UInt = #line) throws {
            var args = minimal
            if let i = args.firstIndex(of: option) { args[i + 1] = value } else { args += [option, value] }
            let r = try beat.run(args)
            XCTAssertEqual(r.status, 64, "\(option) \(value): \(r.stderr)", file: file, line: line)
            XCTAssertTrue(r.stderr.contains(option + ": ") && r.stderr.contains(says), "\(option) \(value): \(r.stderr)", file: file, line: line)
        }
        try refused("--status", "closed", "nie jest stanem nowego planu")
        try refused("--goal", "poprawa", "Nieznany cel „poprawa”")
        try refused("--category", "hałas", "Nieznana kategoria „hałas”")
        try refused("--source", "plotki", "Nieznane źródło diagnozy „plotki”")
        try refused("--theme", "sport", "Nieznany obszar „sport”")
        try refused("--start", "31.02.2027", "nie jest datą")

        // Refused by the rules: 65, saying why, nothing written.
        func rejected(_ change: [String], _ says: String, file: StaticString = #filePath, line: UInt = #line) throws {
            var args = minimal
            for pair in stride(from: 0, to: change.count, by: 2) {
                if let i = args.firstIndex(of: change[pair]) { args[i + 1] = change[pair + 1] } else { args += [change[pair], change[pair + 1]] }
            }
            let r = try beat.run(args)
            XCTAssertEqual(r.status, 65, "\(change): \(r.stderr)", file: file, line: line)
            XCTAssertTrue(r.stderr.contains(says), "\(change): \(r.stderr)", file: file, line: line)
        }
        try rejected(["--title", "  "], "Pole „tytuł” nie może być puste.")
        try rejected(["--what", ""], "Pole „opis zagrożenia” nie może być puste.")
        try rejected(["--threat", "7"], "Nie ma zagrożenia nr 7.")
        try rejected(["--district", "rypinek"], "rypinek")
        try rejected(["--officer", "nikt"], "nikt")
        try rejected(["--start", "2027-06-01"], "2027-05-31")
        XCTAssertEqual(try Store.open(at: beat.data).model.plans.count, plans, "nothing refused was written")
    }
}

/// The plan form refuses what `beat plan add` refuses, in the same words: the rules are one
/// piece (`PlanInput`) behind both.
final class PlanFormRulesTests: ScreenTestCase {
    func testThePlanFormRefusesAsTheCommandLineDoes() throws {
        let plans = store.model.plans.count
        press("4a")
        type("Plan testowy")
        press("<C-s>")
        XCTAssertTrue(flat.contains("Pole „Co” nie może być puste."), screen)
        type("Alkohol na ławkach")                       // the field at fault has the focus
        press("<Tab><Tab><Tab><Tab><Tab><Tab>")
        type("99")
        press("<C-s>")
        XCTAssertTrue(flat.contains("Nie ma zagrożenia nr 99."), screen)
        type("0")
        XCTAssertTrue(screen.contains("Zagrożenia z rejestru (nr)  990"), "the field at fault has the focus\n\(screen)")
        XCTAssertEqual(try reopened().plans.count, plans, "nothing refused was written")
    }
}
