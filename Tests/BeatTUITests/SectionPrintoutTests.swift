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
        // The register and the survey rounds have no printout of their own (they printed the
        // districts report, which lists neither).
        assertSaysWhyNot("4]", L10n.threatRegisterHasNoPrintout)
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
}
