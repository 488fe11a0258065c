@testable import BeatTUI
import BeatCore
import XCTest

/// Surveys entered in the interface (issue 15): screen 4's section „Badania” lists the rounds
/// as `beat survey list` does and records one through the same change as `beat survey add`.
final class SurveyScreenTests: ScreenTestCase {
    func testARoundIsListedAndRecordedThroughTheForm() throws {
        let before = store.model.register.surveys
        press("4]]")
        var s = screen
        XCTAssertTrue(s.contains("[Badania]"), s)
        for r in before {
            let share = try XCTUnwrap(SurveySummary(r).feelSafeShare)
            XCTAssertTrue(s.contains("nr \(r.id) ") && s.contains("bezpiecznie \(share)%"), "round \(r.id)\n\(s)")
        }
        // Enter: every answer count.
        press("<Enter>")
        XCTAssertTrue(screen.contains("Jak ocenia Pan/Pani poczucie bezpieczeństwa"), screen)
        press("q")

        press("a")
        XCTAssertTrue(screen.contains("Nowe badanie poczucia bezpieczeństwa"), screen)
        type("0")
        press("<C-s>")
        XCTAssertTrue(screen.contains("Wpisz liczbę respondentów (co najmniej 1)"), screen)
        press("<C-u>")
        type("120")
        press("<Tab>")
        type("20")                       // very safe
        press("<Tab>")
        type("50")                       // rather safe
        press("<Tab>")
        type("30")
        press("<Tab>")
        type("10")
        press("<Tab>")
        type("10")
        press("<Tab>")
        type("spożywanie alkoholu w miejscach niedozwolonych=70; vandalism=x")
        press("<C-s>")
        XCTAssertTrue(screen.contains("„vandalism=x”: wpisz kategorię i liczbę"), screen)
        press("<C-u>")
        type("spożywanie alkoholu w miejscach niedozwolonych=70; vandalism=25")
        press("<C-s>")
        let added = try XCTUnwrap(try reopened().register.surveys.last)
        XCTAssertEqual(try reopened().register.surveys.count, before.count + 1)
        XCTAssertEqual([added.district, added.day.description], ["dobrzec", Self.today.description], "the officer's district, today")
        XCTAssertEqual(added.respondents, 120)
        XCTAssertEqual(SurveySummary(added).feelSafeShare, 58)     // 70 of 120
        XCTAssertEqual(SurveySummary(added).concerns.map(\.category), [.publicDrinking, .vandalism])
        s = screen
        XCTAssertTrue(s.contains("nr \(added.id) ") && s.contains("bezpiecznie 58%"), s)

        // The same district and day again is refused unless it says it replaces that round.
        press("a")
        type("50")
        press("<C-s>")
        XCTAssertTrue(flat.contains("jest już badanie z dnia \(Self.today)"), screen)
        XCTAssertEqual(try reopened().register.surveys.count, before.count + 1)
        press("<Esc>t")
        // u takes the round back.
        press("u")
        XCTAssertEqual(try reopened().register.surveys.map(\.id), before.map(\.id))
    }
}
