@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// Screen 6, the team meeting, driven by keys on the virtual terminal (80×24) with the demo
/// store: the agenda one item at a time, decisions, the record, and the plan cycle on screen 4.
final class MeetingScreenTests: ScreenTestCase {
    override class var hour: Int { 17 }
    override class var minute: Int { 5 }

    func review() throws -> MeetingReview {
        try MeetingReview(model: store.model, team: "zespol-dobrzec", today: Self.today)
    }

    func testTheAgendaOneItemAtATimeFitsEightyByTwentyFour() throws {
        let r = try review()
        let p = try XCTUnwrap(r.plans.first)
        press("6")
        var s = screen
        XCTAssertTrue(s.contains("Dzielnicowy Zespół Koordynacyjny Dobrzec"), s)
        XCTAssertTrue(s.contains("od posiedzenia nr \(r.reviewedMeeting!.id), \(r.since)"), s)
        XCTAssertTrue(s.contains("1. POSTĘP OD OSTATNIEGO POSIEDZENIA"), s)
        XCTAssertTrue(s.contains("wtedy " + ProgressBar.text(done: p.then.done, total: p.then.total) + "  \(p.then.done) z \(p.then.total)"), s)
        XCTAssertTrue(s.contains("teraz " + ProgressBar.text(done: p.now.done, total: p.now.total) + "  \(p.now.done) z \(p.now.total)"), s)
        XCTAssertTrue(s.contains("wykonane: \(p.completed.count) · ze zmianami: \(p.movedOn.count) · po terminie: \(p.overdue.count)"), s)
        for t in p.overdue { XCTAssertTrue(s.contains("! nr \(t.id) "), s) }
        XCTAssertFalse(s.contains("2. CO ZGŁASZALI MIESZKAŃCY"), "one item at a time")

        press("]")
        s = screen
        XCTAssertTrue(s.contains("2. CO ZGŁASZALI MIESZKAŃCY"), s)
        XCTAssertTrue(s.contains("Kontakty: " + L10n.reviewCountLine(r.contacts.total)), s)
        XCTAssertTrue(s.contains("* spożywanie alkoholu w miejscach niedozwolonych"), "the active plan's category is marked:\n\(s)")
        press("<Right>")
        s = screen
        XCTAssertTrue(s.contains("3. PONOWNE KONTAKTY OBIECANE MIESZKAŃCOM"), s)
        let late = r.followUps.filter { $0.followUp! < Self.today }.count
        XCTAssertTrue(s.contains("\(r.followUps.count), w tym \(late) po terminie"), s)
        press("<Right>")
        XCTAssertTrue(screen.contains("Decyzje posiedzenia nr \(r.reviewedMeeting!.id) z \(r.since) — stan"), screen)
        press("<Right>")
        XCTAssertTrue(screen.contains("5. ZAPIS POSIEDZENIA"), screen)
        press("<Right>")
        XCTAssertTrue(screen.contains("5. ZAPIS POSIEDZENIA"), "the last item stays")
        press("[[[[[")
        XCTAssertTrue(screen.contains("1. POSTĘP OD OSTATNIEGO POSIEDZENIA"), screen)
        for line in screen.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), 80) }

        // A long item scrolls and says how much more there is.
        press("]")
        XCTAssertTrue(screen.contains("↓ dalej:"), screen)
        press("G")
        XCTAssertTrue(screen.contains("↑ to już wszystko"), screen)
        XCTAssertTrue(screen.contains(r.contacts.byStreet.last!.street), screen)
    }

    func testAWholeMeetingIsRecordedAsOneChangeAndItsTaskIsLinked() throws {
        app.editText = { text in .success(text + "Omówiono plan; patrole przy Harcerskiej.") }
        let seq = store.model.seq
        press("6]]]")
        XCTAssertTrue(screen.contains("Jeszcze żadnych"), screen)

        // A task right there: title, assignee (kept), plan (kept), due day, partner.
        press("t")
        XCTAssertTrue(screen.contains("Decyzja: nowe zadanie"), screen)
        type("Patrole przy garażach ul. Harcerskiej")
        press("<Tab><Tab><Tab>")
        type("2026-12-15")
        press("<Tab>")
        type("Górecki")
        press("<Enter><C-s>")
        XCTAssertTrue(flat.contains("1. Patrole przy garażach ul. Harcerskiej → zadanie: Wiśniewski, do 2026-12-15, P2"), screen)

        // A plain decision.
        press("a")
        type("Następne posiedzenie w styczniu")
        press("<Enter>")
        XCTAssertTrue(screen.contains("2. Następne posiedzenie w styczniu"), screen)

        // The same plan cannot be closed by this meeting as well.
        press("c")
        type("ogranicz")
        press("<Enter><C-s>")
        if case .confirm? = app.state.modal { press("t") }  // when the evidence speaks against it
        XCTAssertTrue(screen.contains("O planie nr 2 jest już inna decyzja"), screen)

        // The record: the first two members and the officer using Beat; minutes from $EDITOR.
        press("]")
        XCTAssertTrue(screen.contains("Obecni: 1 (Spacja zaznacza)"), screen)
        press("<Down><Space><Space>")
        XCTAssertTrue(screen.contains("Obecni: 3 (Spacja zaznacza)"), screen)
        XCTAssertTrue(screen.contains("[x] Krzysztof Jankowski"), screen)
        press("e")
        XCTAssertTrue(screen.contains("Omówiono plan; patrole przy Harcerskiej."), screen)
        press("<C-s>")
        XCTAssertTrue(screen.contains("Zapisać posiedzenie z 2026-11-22? Obecni: 3, decyzje: 2, nowe zadania: 1."), screen)
        press("t")
        XCTAssertTrue(screen.contains("Zapisano posiedzenie z 2026-11-22: 2 decyzje, w tym 1 nowe zadanie."), screen)
        XCTAssertTrue(screen.contains("Posiedzenie nr \(store.model.meetings.last!.id) z 2026-11-22 — zapisane"), "the meeting as saved:\n\(screen)")

        let m = try reopened()
        XCTAssertEqual(m.seq, seq + 1, "one journalled change")
        let meeting = try XCTUnwrap(m.meetings.last)
        XCTAssertEqual(meeting.team, "zespol-dobrzec")
        XCTAssertEqual(meeting.day, Self.today)
        XCTAssertEqual(meeting.attendees, ["dob-prezes", "dob-rada"])
        XCTAssertEqual(meeting.officers, ["wisniewski"])
        XCTAssertEqual(meeting.minutes, "Omówiono plan; patrole przy Harcerskiej.")
        XCTAssertEqual(meeting.decisions.map(\.text), ["Patrole przy garażach ul. Harcerskiej", "Następne posiedzenie w styczniu"])
        let task = try XCTUnwrap(m.task(try XCTUnwrap(meeting.decisions[0].task)))
        XCTAssertEqual(task.meeting, meeting.id)
        XCTAssertEqual(task.plan, 2)
        XCTAssertEqual(task.due, Day("2026-12-15"))
        XCTAssertEqual(task.assignee, "wisniewski")
        XCTAssertEqual(task.partners, ["dob-straz"])
        XCTAssertEqual(task.createdBy, "wisniewski")
        let journal = try String(contentsOfFile: path + "/journal.jsonl", encoding: .utf8)
        XCTAssertTrue(journal.split(separator: "\n").last?.contains("\"addMeeting\"") == true)

        // Undo takes back the meeting and its task.
        press("u")
        XCTAssertTrue(screen.contains("Cofnięto"), screen)
        XCTAssertNil(try reopened().meeting(meeting.id))
        XCTAssertNil(try reopened().task(task.id))
    }

    func testAPlansGoalDealtWithClosesThePlanWithTheMeeting() throws {
        press("6]]]")
        press("c")
        XCTAssertTrue(screen.contains("Decyzja: cel planu osiągnięty"), screen)
        XCTAssertTrue(screen.contains("‹— wybierz —›"), screen)
        type("ogranicz")
        press("<Enter><C-s>")
        if case .confirm? = app.state.modal { press("t") }  // when the evidence speaks against it
        XCTAssertTrue(flat.contains("1. ✓ P2 zagrożenie ograniczone: Zespół uznał cel planu nr 2 za osiągnięty."), screen)
        XCTAssertTrue(screen.contains("P2 ✓ zagrożenie ograniczone · ograniczenie: Ograniczenie o połowę"), screen)
        // Recording without anyone ticked present is refused; then tick and record.
        press("]")
        press("<Down><Space>")
        press("<C-s>t")
        let plan = try XCTUnwrap(try reopened().plan(2))
        XCTAssertEqual(plan.status, .closed)
        XCTAssertEqual(plan.evaluation?.outcome, .reduced)
        XCTAssertEqual(plan.evaluation?.day, Self.today)
        XCTAssertTrue(plan.evaluation?.note.hasPrefix("Zespół uznał cel planu nr 2 za osiągnięty. Kontakty mieszkańców w kategorii") == true,
                      plan.evaluation?.note ?? "")
        press("[[[[")
        XCTAssertTrue(screen.contains("plan nr 2 zamknięty: zagrożenie ograniczone (2026-11-22)"), screen)
    }

    func testEveryoneWhoMayAttendIsListedOnce() throws {
        press("6<Right><Right><Right><Right>")
        let team = try XCTUnwrap(store.model.teams.first { $0.id == "zespol-dobrzec" })
        let rows = screen.split(separator: "\n").filter { $0.contains("[ ]") || $0.contains("[x]") }
        for m in team.members {
            XCTAssertEqual(rows.filter { $0.contains(m.name) }.count, 1, "\(m.name) once: \(screen)")
        }
        XCTAssertEqual(rows.filter { $0.contains("[x]") && $0.contains("Wiśniewski") }.count, 1, screen)
    }

    func testTheMeetingBeingPreparedSurvivesTheSessionAndGoesWhenRecorded() throws {
        let file = MeetingDraftFile(environment: ["XDG_STATE_HOME": path + "-state"], storeID: store.id)
        Launcher.keepMeetingDraft(app, in: file)
        XCTAssertNil(app.state.message, "no draft yet")
        press("6]]]a")
        type("Następne posiedzenie w styczniu")
        press("<Enter>]<Down><Space>")
        XCTAssertNotNil(file.load(), "kept as it grows")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "minutes may name residents")

        // The session ends without recording (a crash, a closed terminal); the next one brings it back.
        setUpFreshApp()
        Launcher.keepMeetingDraft(app, in: file)
        XCTAssertTrue(screen.contains("Przywrócono niezapisany szkic posiedzenia (1 decyzja)"), screen)
        press("6]]]")
        XCTAssertTrue(screen.contains("1. Następne posiedzenie w styczniu"), screen)
        press("]")
        XCTAssertTrue(screen.contains("[x] Krzysztof Jankowski"), screen)

        press("<C-s>t")
        XCTAssertTrue(screen.contains("Zapisano posiedzenie"), screen)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "recorded: the draft is gone")
        XCTAssertEqual(try reopened().meetings.last?.decisions.map(\.text), ["Następne posiedzenie w styczniu"])

        // A damaged draft is ignored, never a reason not to start.
        try Data("{nie".utf8).write(to: URL(fileURLWithPath: file.path))
        setUpFreshApp()
        Launcher.keepMeetingDraft(app, in: file)
        XCTAssertNil(app.state.message)
    }

    func testADraftThatCannotBeKeptSaysSoAndStaysOnTheScreen() throws {
        let blocked = path + "-state-is-a-file"
        try Data().write(to: URL(fileURLWithPath: blocked))
        Launcher.keepMeetingDraft(app, in: MeetingDraftFile(environment: ["XDG_STATE_HOME": blocked], storeID: store.id))
        press("6]]]a")
        type("Decyzja mimo wszystko")
        press("<Enter>")
        XCTAssertTrue(flat.contains("Szkicu posiedzenia nie udało się zachować na dysku"), screen)
        XCTAssertTrue(screen.contains("1. Decyzja mimo wszystko"), screen)
    }

    func testRecordingNeedsSomeonePresent() throws {
        press("6]]]]<Space>")   // the day row is selected first: nothing to tick there
        press("<Down><Space><Up><Up>")
        XCTAssertTrue(screen.contains("[x] Krzysztof Jankowski"), screen)
        press("<Down><Space>")  // untick him again
        press("<End><Up><Space>")   // and the officer using Beat: the last officer, above the minutes
        press("<C-s>")
        XCTAssertTrue(screen.contains("Zaznacz obecnych"), screen)
        XCTAssertEqual(try reopened().meetings.count, store.model.meetings.count)
    }

    func testTheDayAndMinutesCanBeTypedInAForm() throws {
        press("6]]]]<Enter>")
        XCTAssertTrue(screen.contains("Posiedzenie: data, protokół i następne posiedzenie"), screen)
        // The form starts on its first field, the day.
        guard case .form(let form)? = app.state.modal else { return XCTFail(screen) }
        XCTAssertEqual(form.focused, .day)
        press("<C-u>")
        type("21.11.2026")
        press("<Tab>")
        type("Krótki protokół.")
        press("<C-s>")
        XCTAssertTrue(screen.contains("Data posiedzenia: 2026-11-21"), screen)
        XCTAssertTrue(screen.contains("Krótki protokół."), screen)
    }

    func testTeamAndSinceAreChosen() throws {
        press("6z")
        XCTAssertTrue(screen.contains("Przegląd: zespół i okres"), screen)
        press("<C-u>")
        type("2026-12-01")
        press("<Enter>")
        XCTAssertTrue(screen.contains("musi zaczynać się przed dniem dzisiejszym"), screen)
        press("<C-u>")
        type("2026-10-01")
        press("<Enter>")
        XCTAssertTrue(screen.contains("od 2026-10-01"), screen)
        press("z<S-Tab>")
        type("widok")
        press("<Enter><C-u><Enter>")
        let widok = try MeetingReview(model: store.model, team: "zespol-widok", today: Self.today)
        XCTAssertTrue(screen.contains("Dzielnicowy Zespół Koordynacyjny Widok"), screen)
        XCTAssertTrue(screen.contains("od posiedzenia nr \(widok.reviewedMeeting!.id), \(widok.since)"), screen)
    }

    func testPrintingTheReviewAsShown() throws {
        var asked: ReportRequest?
        app.printer = { request, _, _, _ in asked = request; return .success("ok") }
        press("6p")
        XCTAssertEqual(asked, ReportRequest(kind: .meeting, team: "zespol-dobrzec", since: try review().since))
    }

    func testQuittingAsksWhileAMeetingIsBeingPrepared() {
        press("6]]]]<Down><Space>q")
        XCTAssertTrue(screen.contains("Posiedzenie nie zostało zapisane"), screen)
        press("n")
        XCTAssertFalse(app.state.quit)
        press("qt")
        XCTAssertTrue(app.state.quit)
    }

    func testTheScreenDegradesOnASmallTerminal() {
        terminal.resize(rows: 10, cols: 40)
        press("6]")
        let s = screen
        XCTAssertTrue(s.contains("2. CO ZGŁASZALI MIESZKAŃCY"), s)
        for line in s.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), 40) }
    }

    func testAPlanPastItsEndAndNotClosedIsFlaggedOnTheDashboardAndInTheReview() throws {
        let threat = Diagnosis(what: "psy", place: "", when: "", who: "", category: .strayDogs, sources: [])
        let id = store.model.counters.plan
        try store.append(.addPlan(PlanDraft(district: "dobrzec", title: "Bezpańskie psy", start: Day("2026-05-01")!, end: Day("2026-10-31")!,
                                            threat: threat, goal: Goal(kind: .eliminate, description: "", measure: ""))),
                         by: "szymanski", at: clock.now)
        press("1G")
        XCTAssertTrue(screen.contains("⚠ P\(id) Dobrzec: Bezpańskie psy"), screen)
        press("6G")
        XCTAssertTrue(screen.contains("⚠ " + L10n.planPastEnd("2026-10-31")), screen)
    }

    // MARK: The plan cycle on screen 4

    func testClosingAPlanStartsFromTheEvidenceAndIsUndone() throws {
        press("4c")
        XCTAssertTrue(screen.contains("Zamknięcie planu nr 2 z oceną"), screen)
        guard case .form(let form)? = app.state.modal else { return XCTFail("no form") }
        let evidence = PlanEvidence(plan: try XCTUnwrap(store.model.plan(2)), model: store.model, today: Self.today)
        XCTAssertEqual(form.text(.note), evidence.summary + " ", "the note starts from the evidence")
        type("ogranicz")
        press("<Enter><C-s>")
        if case .confirm? = app.state.modal { press("t") }  // when the evidence speaks against it
        XCTAssertTrue(screen.contains("Plan nr 2 zamknięty: zagrożenie ograniczone."), screen)
        XCTAssertEqual(try reopened().plan(2)?.status, .closed)
        press("u")
        XCTAssertEqual(try reopened().plan(2)?.status, .active)
    }

    func testTheNextPeriodsPlanCarriesTheUnfinishedTasks() throws {
        let open = store.model.tasks(ofPlan: 2).filter(\.isOpen).map(\.id)
        press("4N")
        XCTAssertTrue(screen.contains("Plan na kolejny okres po planie nr 2 (zostanie przeniesionych \(open.count) zadań)"), screen)
        press("<Down><Down><Down>")   // due days outside the period: asked
        type("bez")
        press("<Enter><C-s>")
        XCTAssertTrue(screen.contains("Utworzono plan na okres 2027-02-01\u{00A0}– 2027-07-31; przeniesiono \(open.count) zadań."), screen)
        let m = try reopened()
        let next = try XCTUnwrap(m.plans.last)
        XCTAssertEqual(next.start, Day("2027-02-01"))
        XCTAssertEqual(next.end, Day("2027-07-31"))
        XCTAssertEqual(m.tasks(ofPlan: next.id).compactMap(\.carriedFrom), open)
        XCTAssertTrue(open.allSatisfy { m.task($0)?.status == .notDone })
        press("u")
        let back = try reopened()
        XCTAssertNil(back.plan(next.id))
        XCTAssertTrue(open.allSatisfy { back.task($0)?.isOpen == true })
    }
}
