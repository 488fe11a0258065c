@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The printouts as a commander, a partner and a resident read them (issue 14).
final class PrintoutLanguageTests: ScreenTestCase {
    func testDaysAreWrittenThePolishWayInRunningText() {
        Language.pl.bind {
            XCTAssertEqual(L10n.longDate(Day("2026-12-05")!), "5 grudnia 2026 r.")
            XCTAssertEqual(L10n.longPeriod(Day("2026-09-06")!, Day("2026-12-05")!), "od 6 września do 5 grudnia 2026 r.")
            XCTAssertEqual(L10n.longPeriod(Day("2026-12-06")!, Day("2026-12-20")!), "od 6 do 20 grudnia 2026 r.")
            XCTAssertEqual(L10n.longPeriod(Day("2025-12-06")!, Day("2026-03-05")!), "od 6 grudnia 2025 r. do 5 marca 2026 r.")
        }
    }

    func testTheInvitationToTheNextMeetingHasItsDayPlaceAndAgenda() throws {
        // The last meeting agreed the next one.
        press("6]]]]<Enter><Tab><Tab>")
        type("2026-12-15")
        press("<Tab>")
        type("Świetlica SM „Dobrzec”, ul. Harcerska 5")
        press("<C-s>")
        while app.state.meeting.selected(app.context()) == .day || app.state.meeting.selected(app.context()) == .minutes { press("<Down>") }
        press("<Space><C-s>t")
        var options = ReportOptions(team: "zespol-dobrzec")
        options.officer = "wisniewski"
        let out = try printout(.invitation, options)
        for line in out.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), 80, String(line)) }
        XCTAssertTrue(out.hasPrefix("Zaproszenie na posiedzenie zespołu koordynacyjnego"), out)
        XCTAssertTrue(out.contains("Termin:   15 grudnia 2026 r."), out)
        XCTAssertTrue(out.contains("Miejsce:  Świetlica SM „Dobrzec”, ul. Harcerska 5"), out)
        let reviewed = try XCTUnwrap(try MeetingReview(model: store.model, team: "zespol-dobrzec", today: Self.today).reviewedMeeting)
        XCTAssertTrue(out.contains("1. Postęp realizacji planów od posiedzenia z " + L10n.longDate(reviewed.day)), out)
        XCTAssertTrue(out.contains("2. Co zgłaszali mieszkańcy"), out)
        XCTAssertTrue(out.contains("3. Decyzje do podjęcia"), out)
        XCTAssertTrue(out.contains("plan nr 2 „"), out)
        XCTAssertTrue(out.contains("Krzysztof Jankowski"), "the members invited\n\(out)")
        XCTAssertTrue(out.hasSuffix("st. asp. Łukasz Wiśniewski\ndzielnicowy\n"), "signed, and no journal footer\n\(out)")
        XCTAssertFalse(out.contains("dziennika"), out)
    }

    func testTheInvitationNamesThePlansAwaitingADecision() throws {
        let draft = PlanDraft(district: "dobrzec", title: "Bezpieczne podwórka", start: Day("2027-01-01")!, end: Day("2027-06-30")!,
                              threat: Diagnosis(what: "Hałas", place: "", when: "", who: "", category: .other, sources: []),
                              goal: Goal(kind: .reduce, description: "", measure: ""), status: .draft)
        try store.append(.addPlan(draft), by: "wisniewski", at: clock.now)
        let out = try printout(.invitation, ReportOptions(team: "zespol-dobrzec"))
        XCTAssertTrue(out.contains("przyjęcie planu nr \(store.model.plans.last!.id) „Bezpieczne podwórka”"), out)
        XCTAssertTrue(out.contains("Termin:   do ustalenia"), out)
    }

    func testTheResidentsLetterHasNoJournalFooter() throws {
        let out = try printout(.letter, ReportOptions(officer: "wisniewski"))
        XCTAssertFalse(out.contains("dziennika"), out)
        XCTAssertFalse(out.contains("Wygenerowano"), out)
        XCTAssertFalse(out.contains("danych osobowych"), out)
    }

    func testMeetingListShowsTeamIdsAndAnUnknownTeamNamesTheKnownOnes() throws {
        let beat = BeatBinary(data: path + "-cli")
        try beat.ok(["init", "--demo"])
        let list = try beat.ok(["meeting", "list"])
        XCTAssertTrue(list.contains("zespol-dobrzec") && list.contains("zespol-widok"), list)
        for args in [["meeting", "list", "--team", "dobrzec"], ["report", "meeting", "--team", "dobrzec"], ["report", "invitation", "--team", "x"]] {
            let r = try beat.run(args)
            XCTAssertEqual(r.status, 64, args.joined(separator: " "))
            XCTAssertTrue(r.stderr.contains("zespol-dobrzec (Dzielnicowy Zespół Koordynacyjny Dobrzec), zespol-widok"), r.stderr)
        }
        let invitation = try beat.ok(["report", "invitation", "--team", "zespol-widok", "--as", "kaczmarek"])
        XCTAssertTrue(invitation.contains("Zaproszenie na posiedzenie"), invitation)
    }
}

extension PrintoutLanguageTests {
    func testTheWorklistMarksFollowUpsPastTheirDayWithDaysLate() throws {
        let out = try printout(.officer, ReportOptions(officer: "wisniewski"), width: 100)
        let late = store.model.contacts.filter { $0.officer == "wisniewski" && $0.followUpOpen && $0.followUp! < Self.today }
        let soon = store.model.contacts.filter { $0.officer == "wisniewski" && $0.followUpOpen && $0.followUp! >= Self.today }
        XCTAssertFalse(late.isEmpty)
        let lines = out.split(separator: "\n").map(String.init)
        for c in late {
            let row = try XCTUnwrap(lines.first { $0.contains(" \(c.id)  \(c.followUp!)") }, "contact \(c.id)\n\(out)")
            XCTAssertTrue(row.hasPrefix("!"), row)
            XCTAssertTrue(row.contains("  \(c.followUp!.days(to: Self.today))  "), row)
        }
        for c in soon {
            let row = try XCTUnwrap(lines.first { $0.contains(" \(c.id)  \(c.followUp!)") }, "contact \(c.id)\n\(out)")
            XCTAssertFalse(row.hasPrefix("!"), row)
        }
    }
}

extension PrintoutLanguageTests {
    func testTheResidentsLetterWritesDaysThePolishWayAndAgreesWithItsSigner() throws {
        let her = try printout(.letter, ReportOptions(officer: "kaczmarek"))
        XCTAssertTrue(her.hasPrefix("List dzielnicowej\n"), her)
        XCTAssertTrue(her.contains("Od:     mł. asp. Małgorzata Kaczmarek, dzielnicowa\n"), her)
        XCTAssertTrue(her.contains("Data:   Kalisz, 22 listopada 2026 r.\n"), her)
        XCTAssertTrue(flattened(her).contains("jako dzielnicowa, która odpowiada"), her)
        XCTAssertTrue(flattened(her).contains("czym się zajmowaliśmy od 23 sierpnia do 22 listopada 2026 r.,"), her)
        XCTAssertTrue(her.hasSuffix("mł. asp. Małgorzata Kaczmarek\ndzielnicowa rejonu służbowego nr 2 (Dobrzec Południe)\n"), her)
        // Days in running text, not ISO: what was done "28 września: …", what comes "do 24 listopada: …".
        XCTAssertNil(her.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression), her)
        XCTAssertNotNil(her.range(of: #"\n- \d{1,2} (sierpnia|września|października|listopada): "#, options: .regularExpression), her)
        XCTAssertNotNil(her.range(of: #"\n- do \d{1,2} (listopada|grudnia)( 2026 r\.)?: "#, options: .regularExpression), her)

        // What the titles abbreviate is spelled out for residents.
        XCTAssertTrue(flattened(her).contains("Skróty: KMZB — Krajowa Mapa Zagrożeń Bezpieczeństwa; SP — szkoła podstawowa."), her)

        let his = try printout(.letter, ReportOptions(officer: "wisniewski"))
        XCTAssertTrue(his.hasPrefix("List dzielnicowego\n"), his)
        XCTAssertTrue(flattened(his).contains("jako dzielnicowy, który odpowiada"), his)
        XCTAssertTrue(his.contains("\ndzielnicowy rejonu służbowego nr 1 (Dobrzec Północ)\n"), his)
        XCTAssertEqual(Language.pl.bind { L10n.longDate(Day("2027-01-04")!, year: 2026) }, "4 stycznia 2027 r.")
    }

    /// The text's words on one line, for sentences that wrap.
    func flattened(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
