@testable import BeatCore
import XCTest

/// The meeting review's figures on the hand-built fixture, each counted by hand
/// (MeetingFixture's comments say which record falls where).
final class MeetingReviewTests: XCTestCase {
    let model = MeetingFixture.model()
    typealias T = MeetingFixture.T


    func review(since: Day? = nil) throws -> MeetingReview {
        try MeetingReview(model: model, team: "zespol-dobrzec", since: since, today: MeetingFixture.today)
    }

    func testSinceDefaultsToTheLastMeetingAndThePeriodsAreEquallyLong() throws {
        let r = try review()
        XCTAssertEqual(r.since, Day("2026-10-27"))
        XCTAssertEqual(r.reviewedMeeting?.id, 2)
        XCTAssertEqual([r.from, r.to], [Day("2026-10-28")!, Day("2026-11-22")!])
        XCTAssertEqual([r.beforeFrom, r.beforeTo], [Day("2026-10-02")!, Day("2026-10-27")!])
        XCTAssertEqual(r.from.days(to: r.to), r.beforeFrom.days(to: r.beforeTo))
        // A meeting recorded today does not move the default: the review is for today's meeting.
        var m = model
        try m.apply(.addMeeting(MeetingDraft(team: "zespol-dobrzec", day: MeetingFixture.today, attendees: [], minutes: "")),
                    context: MeetingFixture.ctx("2026-11-22"))
        XCTAssertEqual(MeetingReview.defaultSince(model: m, team: "zespol-dobrzec", today: MeetingFixture.today), Day("2026-10-27"))
        // No meeting yet: the last 30 days.
        XCTAssertEqual(MeetingReview.defaultSince(model: m, team: "zespol-widok", today: MeetingFixture.today), Day("2026-10-23"))
    }

    func testBadTeamOrSinceAreUsageErrors() {
        XCTAssertThrowsError(try MeetingReview(model: model, team: "nikt", today: MeetingFixture.today)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 64)
        }
        XCTAssertThrowsError(try review(since: MeetingFixture.today)) { e in
            XCTAssertEqual((e as? BeatError)?.message, "Przegląd „od” 2026-11-22 musi zaczynać się przed dniem dzisiejszym (2026-11-22).")
        }
    }

    func testProgressThenAndNow() throws {
        let r = try review()
        XCTAssertEqual(r.plans.map(\.plan.id), [1], "only the team's district; plan 2 is Widok's")
        let p = r.plans[0]
        // Then (end of 10-27): tasks 1–7 exist; 2 is done; 1 in progress; 3,4,5,6,7 open; 7 was due 10-20.
        XCTAssertEqual([p.then.total, p.then.done, p.then.open, p.then.notDone, p.then.cancelled, p.then.overdue], [7, 1, 6, 0, 0, 1])
        // Now: task 8 added, 5 cancelled (not counted), 1 done; 3 (due 11-15) and 7 overdue.
        XCTAssertEqual([p.now.total, p.now.done, p.now.open, p.now.notDone, p.now.cancelled, p.now.overdue], [7, 2, 5, 0, 1, 2])
        XCTAssertEqual(p.then.percent, 14)
        XCTAssertEqual(p.now.percent, 28)
        XCTAssertFalse(p.pastEnd)
    }

    func testCompletedMovedOnOverdueAndSupport() throws {
        let p = try review().plans[0]
        XCTAssertEqual(p.completed.map(\.id), [T.doneInPeriod])
        // 4: open → in progress and a note; 5: cancelled; 6: a support card (its note is on the meeting's day);
        // 8: new, with a note. 2 (done before) and 3, 7 (no activity) did not move.
        XCTAssertEqual(p.movedOn.map(\.task.id), [T.started, T.cancelled, T.supported, T.newSince])
        XCTAssertEqual(p.movedOn.map(\.then), [.open, .open, .open, nil])
        XCTAssertEqual(p.movedOn.map(\.task.status), [.inProgress, .cancelled, .open, .open])
        XCTAssertEqual(p.movedOn.map { $0.notes.map(\.text) }, [["Termin uzgodniony"], [], [], ["Druk ankiet"]])
        XCTAssertEqual(p.overdue.map(\.id), [T.overdueThen, T.overdueNow], "the longest late first")
        XCTAssertEqual(p.overdue.map(\.assignee), ["nowicki", "nowicki"])
        XCTAssertEqual(p.support.map(\.task), [T.supported])
        XCTAssertEqual(p.support.first?.support.unit, "OPI KMP Kalisz")
    }

    func testContactsByCategoryAndStreetAgainstThePeriodBefore() throws {
        let k = try review().contacts
        // Now: contacts 13–17; before: 6–12 (5 is a day too early, 18 is in Widok).
        XCTAssertEqual(k.total, CountChange(now: 5, before: 7))
        XCTAssertEqual(k.total.change, -2)
        XCTAssertEqual(k.total.percent, -28)
        XCTAssertEqual(k.byCategory.map(\.category), [.publicDrinking, .vandalism, .wrongParking, .speeding])
        XCTAssertEqual(k.byCategory.map(\.count), [CountChange(now: 3, before: 4), CountChange(now: 1, before: 1),
                                                   CountChange(now: 1, before: 0), CountChange(now: 0, before: 2)])
        XCTAssertEqual(k.byCategory.map(\.count.percent), [-25, 0, nil, -100])
        XCTAssertEqual(k.planCategories, [.publicDrinking])
        // Ranked as every printout ranks: by the count now, ties in Polish order (digits before letters).
        XCTAssertEqual(k.byStreet.map(\.street), ["ul. Dobrzecka", "ul. Łódzka", "", "ul. 3 Maja", "ul. Polna"])
        XCTAssertEqual(k.byStreet.map(\.count), [CountChange(now: 2, before: 0), CountChange(now: 2, before: 2), CountChange(now: 1, before: 0),
                                                 CountChange(now: 0, before: 2), CountChange(now: 0, before: 3)])
    }

    func testStreetOfAPlace() {
        XCTAssertEqual(ContactsReview.street(of: "ul. Łączna 12, klatka schodowa"), "ul. Łączna")
        XCTAssertEqual(ContactsReview.street(of: "ul. 3 Maja 5"), "ul. 3 Maja")
        XCTAssertEqual(ContactsReview.street(of: "ul. Widok / ul. Żołnierska, skrzyżowanie"), "ul. Widok")
        XCTAssertEqual(ContactsReview.street(of: "  skwer   przy bloku "), "skwer przy bloku")
        XCTAssertEqual(ContactsReview.street(of: ""), "")
    }

    func testFollowUpsAndDecisions() throws {
        let r = try review()
        XCTAssertEqual(r.followUps.map(\.id), [15, 16], "open, in the team's district, by promised day")
        XCTAssertEqual(r.followUpsKept, 1, "14 was kept on 11-12; 12 was kept before the period")
        XCTAssertEqual(r.decisions.map(\.decision.text), ["Spotkanie z rodzicami — kontynuować", "Następne posiedzenie za cztery tygodnie"])
        XCTAssertEqual(r.decisions.map { $0.task?.id }, [T.started, nil])
        XCTAssertEqual(r.decisions.first?.task?.status, .inProgress)
    }

    func testAnEarlierSinceReviewsTheEarlierMeeting() throws {
        let r = try review(since: Day("2026-09-15"))
        XCTAssertEqual(r.reviewedMeeting?.id, 1)
        XCTAssertEqual(r.decisions.map { $0.task?.id }, [T.doneInPeriod])
        let p = r.plans[0]
        // End of 09-15: tasks 1–7, task 1 in progress since 09-01, nothing done.
        XCTAssertEqual([p.then.total, p.then.done], [7, 0])
        XCTAssertEqual(p.completed.map(\.id), [T.doneBefore, T.doneInPeriod])
    }

    func testStatusAsOfADay() throws {
        let t = try XCTUnwrap(model.task(T.doneInPeriod))
        XCTAssertNil(t.status(asOf: Day("2026-08-04")!))
        XCTAssertEqual(t.status(asOf: Day("2026-08-05")!), .open)
        XCTAssertEqual(t.status(asOf: Day("2026-09-01")!), .inProgress)
        XCTAssertEqual(t.status(asOf: Day("2026-11-04")!), .inProgress)
        XCTAssertEqual(t.status(asOf: Day("2026-11-05")!), .done)
    }

    // MARK: Evaluation evidence

    func testEvidenceComparesThePlansPeriodWithTheSameLengthBefore() throws {
        let e = PlanEvidence(plan: try XCTUnwrap(model.plan(1)), model: model, today: MeetingFixture.today)
        // Closed early: 2026-08-01 – 2026-11-22 is 114 days; the 114 days before end on 07-31.
        XCTAssertEqual([e.from, e.to, e.beforeFrom, e.beforeTo], ["2026-08-01", "2026-11-22", "2026-04-09", "2026-07-31"].map { Day($0)! })
        // Alcohol in Dobrzec: 5–9, 13–15 in the period; 2 and 3 before (1 is a day too early).
        XCTAssertEqual(e.inCategory, CountChange(now: 8, before: 2))
        XCTAssertEqual(e.inCategory.percent, 300)
        // Everything in Dobrzec: 5–17 against 2–4.
        XCTAssertEqual(e.inDistrict, CountChange(now: 13, before: 3))
        XCTAssertEqual([e.tasksDone, e.tasksTotal], [2, 7])
        XCTAssertEqual(e.summary, "Kontakty mieszkańców w kategorii „spożywanie alkoholu w miejscach niedozwolonych”: 8 w okresie planu "
                       + "(2026-08-01\u{00A0}– 2026-11-22) wobec 2 w okresie poprzednim (2026-04-09\u{00A0}– 2026-07-31) (+300%); "
                       + "wszystkie kontakty w dzielnicy: 13 wobec 3. Zadania wykonane: 2 z 7.")
    }

    func testEvidenceOfAPlanThatEndedUsesItsWholePeriod() throws {
        var m = model
        let threat = Diagnosis(what: "prędkość", place: "", when: "", who: "", category: .speeding, sources: [])
        try m.apply(.addPlan(PlanDraft(district: "dobrzec", title: "Październik", start: Day("2026-10-01")!, end: Day("2026-10-31")!,
                                       threat: threat, goal: Goal(kind: .eliminate, description: "", measure: ""))),
                    context: MeetingFixture.ctx("2026-09-20"))
        let e = PlanEvidence(plan: try XCTUnwrap(m.plan(3)), model: m, today: MeetingFixture.today)
        XCTAssertEqual([e.from, e.to, e.beforeFrom, e.beforeTo], ["2026-10-01", "2026-10-31", "2026-08-31", "2026-09-30"].map { Day($0)! })
        XCTAssertEqual(e.inCategory, CountChange(now: 2, before: 0), "11 and 12")
        XCTAssertNil(e.inCategory.percent)
        XCTAssertEqual(e.inDistrict, CountChange(now: 9, before: 0), "5–13")
        // Still active after its end: the review flags it.
        let r = try MeetingReview(model: m, team: "zespol-dobrzec", today: MeetingFixture.today)
        XCTAssertEqual(r.plans.map(\.plan.id), [1, 3])
        XCTAssertEqual(r.plans.map(\.pastEnd), [false, true])
    }
}
