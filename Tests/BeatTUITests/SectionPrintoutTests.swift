@testable import BeatTUI
import BeatCore
import XCTest

/// `p` and `P` on the screens with sections (←/→): each section prints the report that matches
/// what it shows, or — where no printout lists it — says so on the status line and in the help,
/// with `p` left off the key bar. Every section of every screen, from a fresh session.
final class SectionPrintoutTests: ScreenTestCase {
    var asked: [ReportRequest] = []

    /// A fresh session on `keys` (screen and section), its printer keeping what it was asked for.
    func open(_ keys: String) {
        setUpFreshApp()
        asked = []
        app.printer = { [unowned self] request, _, _, _ in asked.append(request); return .success("wydrukowano") }
        press(keys)
    }

    var keyBar: [Substring] { (screen.split(separator: "\n").last ?? "").split(separator: " ") }

    /// `p` and `P` print `expected`; `p` is on the key bar.
    func assertPrints(_ keys: String, _ expected: ReportRequest, file: StaticString = #filePath, line: UInt = #line) {
        for key in ["p", "P"] {
            open(keys)
            XCTAssertTrue(keyBar.contains("p"), "\(keys): p on the key bar\n\(screen)", file: file, line: line)
            press(key)
            XCTAssertEqual(asked, [expected], "\(keys) \(key)", file: file, line: line)
            XCTAssertEqual(app.state.message, Message(text: "wydrukowano", isError: false), "\(keys) \(key)", file: file, line: line)
        }
    }

    /// `p` and `P` print nothing and say `why`, which the help says too; `p` is not on the key bar.
    func assertSaysWhyNot(_ keys: String, _ why: String, file: StaticString = #filePath, line: UInt = #line) {
        for key in ["p", "P"] {
            open(keys)
            XCTAssertFalse(keyBar.contains("p"), "\(keys): no p on the key bar\n\(screen)", file: file, line: line)
            press(key)
            XCTAssertEqual(asked, [], "\(keys) \(key): nothing printed", file: file, line: line)
            XCTAssertEqual(app.state.message, Message(text: why, isError: true), "\(keys) \(key)", file: file, line: line)
        }
        open(keys + "?")
        XCTAssertTrue(flat.contains("p P " + L10n.printNotHere), "\(keys): the help says p does not print here\n\(screen)", file: file, line: line)
        XCTAssertTrue(flat.contains(why.split(separator: " ").prefix(4).joined(separator: " ")), "\(keys): and why\n\(screen)", file: file, line: line)
    }

    func testThePlansScreensSections() throws {
        let ctx = app.context()
        let first = try XCTUnwrap(app.state.plans.selectedPlan(ctx))
        assertPrints("4", ReportRequest(kind: .plan, district: first.district, plan: first.id))
        // The register prints itself (unfiltered: every threat); the survey rounds have no
        // printout of their own (they printed the districts report, which lists none).
        assertPrints("4]", ReportRequest(kind: .threats, threats: ThreatQuery()))
        open("4]?")
        XCTAssertFalse(flat.contains(L10n.printNotHere), "the register's help has p print\n\(screen)")
        assertSaysWhyNot("4]]", L10n.surveysHaveNoPrintout)
        // Back to the plans: the plan again.
        assertPrints("4]]<Left><Left>", ReportRequest(kind: .plan, district: first.district, plan: first.id))
    }

    func testTheTeamsScreensSections() throws {
        assertSaysWhyNot("5", L10n.teamsHaveNoPrintout)
        assertSaysWhyNot("5]", L10n.organisationsHaveNoPrintout)
        open("5]]")
        guard case .officer(let id)? = app.state.teams.selected(app.context())?.target else { return XCTFail("an officer is selected\n\(screen)") }
        assertPrints("5]]", ReportRequest(kind: .officer, officer: id))
        assertSaysWhyNot("5]]]", L10n.beatsHaveNoPrintout)
        assertPrints("5]]]]", ReportRequest(kind: .districts))
    }

    func testEveryItemOfTheMeetingScreenPrintsTheReview() throws {
        open("6")
        let expected = try XCTUnwrap(app.state.meeting.report(app.context()))
        XCTAssertEqual(expected.kind, .meeting)
        for item in 0..<MeetingScreen.sectionCount {
            assertPrints("6" + String(repeating: "]", count: item), expected)
        }
    }

    /// `p` in the register prints it with the section's filter as set with `f` — here one
    /// district's threats past their deadline — and the printout says so in its heading.
    func testTheRegisterPrintsWithTheSectionsFilter() throws {
        open("4]f<Tab><Enter>")
        type("Widok")
        press("<Enter><Tab><Enter>")     // chosen: on to the category; then the overdue field
        type("tak")
        press("<Enter><C-s>")
        let filter = ThreatQuery(district: "widok", overdueOnly: true)
        XCTAssertEqual(app.state.plans.register.query, filter, screen)
        press("p")
        XCTAssertEqual(asked, [ReportRequest(kind: .threats, district: "widok", threats: filter)])

        // Through the printer the interface uses: the file holds the filtered register.
        let folder = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let printer = Printer(storePath: path, storeID: "test", environment: ["BEAT_PRINT_DIR": folder], language: .pl)
        guard case .success(let said) = printer.print(asked[0], pipe: false, model: store.model, clock: clock) else {
            return XCTFail("printed")
        }
        let file = folder + "/beat-threats-\(Self.today).txt"
        XCTAssertEqual(said, L10n.printedTo(file))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("REJESTR ZAGROŻEŃ (KMZB)\n"), text)
        XCTAssertTrue(text.contains("Dzielnica:   Widok\n"), text)
        XCTAssertTrue(text.contains("Zagrożenia:  tylko po terminie\n"), text)
        let expected = filter.run(store.model, today: Self.today)
        XCTAssertFalse(expected.isEmpty, "the demo has an overdue threat in Widok")
        var options = ReportOptions(district: "widok")
        options.overdueOnly = true
        XCTAssertEqual(text, try printout(.threats, options))
        for t in store.model.threats {
            let listed = text.split(separator: "\n").contains { $0.hasPrefix(String(format: "%2d  ", t.id)) || $0.hasPrefix("\(t.id)  ") }
            XCTAssertEqual(listed, expected.contains(t), "threat \(t.id)\n\(text)")
        }
    }
}
