import Foundation
import XCTest
@testable import BeatCore
@testable import BeatDemo

/// The demo checked against itself (issue 15): every number its evaluation notes and plan
/// measures state is recomputed here from its records — police figures, contacts, survey
/// rounds, task notes — by counting them directly, not through Beat's evidence code; and the
/// notes agree with what `plan evidence` gives. Also: map reports anonymous without call-backs
/// and each on the register, tasks held by the officer whose beat holds their street,
/// attendance counting each person once, role words agreeing with gender, nothing said to
/// be carried over that was not.
final class DemoEvidenceTests: XCTestCase {
    private func demos() throws -> [(today: Day, model: Model)] {
        try ["2026-11-22", "2027-03-01", "2026-07-31", "2028-02-29"].enumerated().map { i, text in
            let day = try XCTUnwrap(Day(text))
            return (day, DemoPilot.model(today: day, offsetMinutes: [60, 120, -300][i % 3]))
        }
    }

    // MARK: The oracle

    /// Police interventions of `category` in `district` in the months `from…to`.
    private func interventions(_ m: Model, _ district: String, _ category: ThreatCategory, _ from: Month, _ to: Month) -> Int {
        m.register.policeFigures.filter { $0.district == district && $0.category == category && $0.kind == .intervention
            && $0.month >= from && $0.month <= to }.reduce(0) { $0 + $1.count }
    }

    /// Contacts of `category` in `district` on the days `from…to`.
    private func contacts(_ m: Model, _ district: String, _ category: ThreatCategory, _ from: Day, _ to: Day) -> Int {
        m.contacts.filter { $0.district == district && $0.category == category && $0.time.day >= from && $0.time.day <= to }.count
    }

    /// The share (whole percent, half up) of a round's safety answers that are very or rather safe.
    private func feelSafe(_ r: SurveyRound) -> Int {
        let safety = r.answers.filter { $0.question == .safety }
        let all = safety.reduce(0) { $0 + $1.count }
        let safe = safety.filter { $0.answer == "very-safe" || $0.answer == "rather-safe" }.reduce(0) { $0 + $1.count }
        return Int((Double(safe) * 100 / Double(all)).rounded(.toNearestOrAwayFromZero))
    }

    /// `now wobec before (±change, ±percent%)` with the percent cut toward zero, as Beat prints it.
    private func counted(_ now: Int, _ before: Int) -> String {
        func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0" }
        let change = now - before
        return "\(now) wobec \(before) (\(signed(change))" + (before == 0 ? "" : ", " + signed(change * 100 / before) + "%") + ")"
    }

    private func numbers(_ text: String) -> [Int] {
        text.split { !$0.isNumber }.compactMap { Int($0) }
    }

    // MARK: Evaluation notes and measures

    func testEveryNumberInTheEvaluationNotesIsRecomputedFromTheData() throws {
        for (today, m) in try demos() {
            let closed = m.plans.filter { $0.status == .closed }
            XCTAssertFalse(closed.isEmpty, "\(today)")
            for plan in closed {
                let e = try XCTUnwrap(plan.evaluation)
                var note = e.note
                let label = "\(today) plan \(plan.id)"
                // Police: the months the plan covers against the six before.
                let from = Month(plan.start), to = Month(plan.end)
                let length = from.months(to: to) + 1
                let police = counted(interventions(m, plan.district, plan.threat.category, from, to),
                                     interventions(m, plan.district, plan.threat.category, from.adding(-length), from.adding(-1)))
                let policeText = "Interwencje policji w kategorii planu (\(from) – \(to) wobec \(from.adding(-length)) – \(from.adding(-1))): \(police)."
                XCTAssertTrue(note.contains(policeText), "\(label): \(policeText)\n\(note)")
                note = note.replacingOccurrences(of: policeText, with: "")
                // Contacts: the plan's days to its closing against as many days before.
                let end = min(plan.end, e.day), days = plan.start.days(to: end) + 1
                let contactsText = "Kontakty mieszkańców w kategorii planu: "
                    + counted(contacts(m, plan.district, plan.threat.category, plan.start, end),
                              contacts(m, plan.district, plan.threat.category, plan.start.adding(days: -days), plan.start.adding(days: -1))) + "."
                XCTAssertTrue(note.contains(contactsText), "\(label): \(contactsText)\n\(note)")
                note = note.replacingOccurrences(of: contactsText, with: "")
                // Survey: the last round before the plan against the first after it (else the latest
                // since it started), as known on the closing day.
                let rounds = m.register.surveys.filter { $0.district == plan.district && $0.day <= e.day }.sorted { $0.day < $1.day }
                let before = try XCTUnwrap(rounds.last { $0.day < plan.start }, label)
                let after = try XCTUnwrap(rounds.first { $0.day > plan.end } ?? rounds.last { $0.day >= plan.start }, label)
                let surveyText = "Bezpiecznie czuje się \(feelSafe(after))% ankietowanych wobec \(feelSafe(before))% przed planem."
                XCTAssertTrue(note.contains(surveyText), "\(label): \(surveyText)\n\(note)")
                note = note.replacingOccurrences(of: surveyText, with: "")
                // Any other number is one the plan's tasks recorded.
                let taskText = m.tasks(ofPlan: plan.id).flatMap { $0.notes.map(\.text) + [$0.title, $0.reason ?? ""] }.joined(separator: " ")
                for n in numbers(note) {
                    XCTAssertTrue(numbers(taskText).contains(n), "\(label): \(n) in the note is in no task of the plan\n\(note)")
                }

                // The note agrees with what `plan evidence` gives for the plan.
                let shown = PlanEvidence(plan: plan, model: m, today: today)
                let i = try XCTUnwrap(shown.police?.inCategory.first { $0.kind == .intervention }, label)
                XCTAssertTrue(e.note.contains(L10n.evidenceCount(i.count)), label)
                XCTAssertTrue(e.note.contains(L10n.evidenceCount(shown.inCategory)), label)
                XCTAssertEqual(shown.survey?.after?.feelSafeShare, feelSafe(after), label)
                XCTAssertEqual(shown.survey?.before?.feelSafeShare, feelSafe(before), label)
                XCTAssertNil(shown.recordsFrom, "\(label): the contact log covers the period before")
                XCTAssertTrue(shown.police?.missing.isEmpty ?? false, "\(label): every month of both periods imported")

                // The team's minutes quote the same fall in interventions.
                for meeting in m.meetings where meeting.minutes.contains("mniej o") {
                    let ints = numbers(police)
                    XCTAssertTrue(meeting.minutes.contains("mniej o \(abs(ints[3]))%"), "\(label): \(meeting.minutes)")
                }
            }
        }
    }

    /// Each plan's measure quotes the interventions of the half-year before it.
    func testTheMeasuresQuoteThePoliceFiguresOfTheHalfYearBefore() throws {
        for (today, m) in try demos() {
            for plan in m.plans {
                let stated = numbers(plan.goal.measure)
                guard let quoted = stated.first(where: { $0 > 6 }) else { continue }
                let start = Month(plan.start)
                XCTAssertEqual(quoted, interventions(m, plan.district, plan.threat.category, start.adding(-6), start.adding(-1)),
                               "\(today) plan \(plan.id): \(plan.goal.measure)")
            }
        }
    }

    /// Police figures, contacts and a survey round of each district reach back before the first plan.
    func testTheRecordsReachBackBeforeTheFirstPlan() throws {
        for (today, m) in try demos() {
            let first = try XCTUnwrap(m.plans.min { $0.start < $1.start })
            let months = Set(m.register.policeMonths)
            for k in 1...6 { XCTAssertTrue(months.contains(Month(first.start).adding(-k)), "\(today): month \(k) before the first plan") }
            for d in m.districts {
                XCTAssertTrue(m.register.surveys.contains { $0.district == d.id && $0.day < first.start }, "\(today) \(d.id)")
                XCTAssertTrue(m.contacts.contains { $0.district == d.id && $0.time.day < first.start.adding(days: -170) }, "\(today) \(d.id)")
            }
            XCTAssertNotNil(m.register.programme, "\(today)")
        }
    }

    // MARK: The threat map

    func testMapReportsAreAnonymousWithoutCallBacksAndOnTheRegister() throws {
        for (today, m) in try demos() {
            let reports = m.contacts.filter { $0.channel == .mapReport }
            XCTAssertFalse(reports.isEmpty)
            for c in reports {
                XCTAssertNil(c.resident)
                XCTAssertNil(c.followUp, "\(today) contact \(c.id) promises a call-back")
                let threats = m.threats.filter { $0.contact == c.id }
                XCTAssertEqual(threats.count, 1, "\(today) contact \(c.id)")
                guard let t = threats.first else { continue }
                XCTAssertTrue(t.anonymous)
                XCTAssertEqual(t.source, .map)
                XCTAssertEqual([t.category.rawValue, t.place, t.district], [c.category.rawValue, c.place, c.district])
                XCTAssertEqual(t.reported, c.time.day)
                // What the contact says of the verification is the threat's status.
                if c.summary.contains("Po weryfikacji: niepotwierdzone") {
                    XCTAssertEqual(t.status, .notConfirmed, c.summary)
                } else if c.summary.contains("Po weryfikacji: potwierdzone – wyeliminowane") {
                    XCTAssertEqual(t.status, .eliminated, c.summary)
                } else if c.summary.contains("Po weryfikacji: potwierdzone") {
                    XCTAssertEqual(t.status, .confirmed, c.summary)
                } else {
                    XCTAssertTrue(c.summary.contains("w weryfikacji"), c.summary)
                    XCTAssertTrue([.new, .verifying].contains(t.status), c.summary)
                }
            }
        }
        let m = DemoPilot.model(today: Day("2026-11-22")!, offsetMinutes: 60)
        XCTAssertTrue(m.threats.contains { $0.isOverdue(on: Day("2026-11-22")!) }, "the dashboard has a threat past its deadline")
    }

    /// Each active plan's diagnosis names the threats confirmed on the map in its district and
    /// category since it started, and only those.
    func testTheActivePlansNameTheirConfirmedThreats() throws {
        for (today, m) in try demos() {
            for plan in m.plans where plan.status == .active {
                let confirmed = m.threats.filter { $0.district == plan.district && $0.category == plan.threat.category
                    && [.confirmed, .eliminated].contains($0.status) && $0.reported >= plan.start && $0.reported < today.adding(days: -2) }
                XCTAssertEqual(Set(plan.threat.threats), Set(confirmed.map(\.id)), "\(today) plan \(plan.id)")
            }
            XCTAssertTrue(m.plans.contains { !$0.threat.threats.isEmpty }, "\(today): a diagnosis names its threats")
        }
    }

    // MARK: Who does what

    /// A task naming streets of one beat only is held by that beat's officer (or the supervisor).
    func testTasksGoToTheOfficerWhoseBeatHoldsTheStreet() throws {
        for (today, m) in try demos() {
            func beats(named text: String) -> Set<String> {
                var found = Set<String>()
                for part in text.components(separatedBy: "ul. ").dropFirst() {
                    guard let word = part.split(whereSeparator: { !$0.isLetter }).first.map(String.init) else { continue }
                    for b in m.beats {
                        for street in b.streets {
                            let first = String(street.split(separator: " ")[0])
                            let common = zip(first, word).prefix { $0 == $1 }.count
                            if common >= 4, common >= min(first.count, word.count) - 2 { found.insert(b.id) }
                        }
                    }
                }
                return found
            }
            var checked = 0
            for t in m.tasks {
                let named = beats(named: t.title)
                guard named.count == 1, let beat = named.first, let holder = m.officer(t.assignee), holder.role != .supervisor else { continue }
                XCTAssertEqual(holder.beat, beat, "\(today) task \(t.id) „\(t.title)” held by \(t.assignee)")
                checked += 1
            }
            XCTAssertGreaterThan(checked, 10, "\(today)")
        }
    }

    /// Every person at a meeting counted once: no team member who is also an attending officer.
    func testAttendanceCountsEachPersonOnce() throws {
        for (today, m) in try demos() {
            for meeting in m.meetings {
                let team = try XCTUnwrap(m.team(meeting.team))
                let officers = meeting.officers.compactMap { m.officer($0) }
                for id in meeting.attendees {
                    let p = try XCTUnwrap(team.member(id))
                    for o in officers {
                        XCTAssertFalse(p.name.contains(o.name), "\(today) meeting \(meeting.id): \(o.name) twice")
                        XCTAssertNotEqual(p.email, o.email, "\(today) meeting \(meeting.id): \(o.name) twice")
                    }
                }
            }
        }
    }

    /// Minutes naming a member by role say it in the member's gender: `Dyrektor SP nr 17 zaproponowała`.
    func testRoleWordsInTheMinutesAgreeWithGender() throws {
        let m = DemoPilot.model(today: Day("2026-11-22")!, offsetMinutes: 60)
        let organisations = ["SM „Dobrzec”": "sm-dobrzec", "SM „Widok”": "sm-widok", "SP nr 17": "sp17", "SP nr 9": "sp9", "MOPS": "mops"]
        var checked = 0
        for meeting in m.meetings {
            let team = try XCTUnwrap(m.team(meeting.team))
            for (text, org) in organisations {
                for role in ["Prezes", "Dyrektor", "Dyrektorka", "Przedstawiciel", "Przedstawicielka"] {
                    guard let range = meeting.minutes.range(of: role + " " + text + " ") else { continue }
                    let verb = String(meeting.minutes[range.upperBound...].prefix { $0.isLetter })
                    let p = try XCTUnwrap(team.members.first { $0.organisation == org && $0.role != .designatedContact }, text)
                    let female = p.gender == .female
                    XCTAssertEqual(verb.hasSuffix("ła"), female, "\(role) \(text) \(verb): \(p.name)")
                    if role.hasPrefix("Przedstawiciel") { XCTAssertEqual(role.hasSuffix("ka"), female, "\(role) \(text): \(p.name)") }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 3)
        for team in m.teams { for p in team.members { XCTAssertNotNil(p.gender, p.name) } }
    }

    /// A task or note that says work was carried into another plan points at a task carrying it
    /// (`carriedFrom`), in a plan that follows; and the demo has such a task.
    func testWhatIsSaidToBeCarriedOverIsCarried() throws {
        let said = ["przeniesion", "kolejnego etapu", "kolejnego planu"]
        for (today, m) in try demos() {
            for t in m.tasks where said.contains(where: { (t.reason ?? "").lowercased().contains($0) }) {
                let carried = m.tasks.first { $0.carriedFrom == t.id }
                XCTAssertNotNil(carried, "\(today) task \(t.id): \(t.reason ?? "")")
                if let c = carried, let from = t.plan.flatMap(m.plan), let to = c.plan.flatMap(m.plan) {
                    XCTAssertGreaterThan(to.start, from.start, "\(today) task \(c.id)")
                    XCTAssertEqual(c.title, t.title)
                }
            }
            for p in m.plans where said.contains(where: { p.evaluation?.note.lowercased().contains($0) ?? false }) {
                XCTAssertTrue(m.tasks(ofPlan: p.id).contains { t in m.tasks.contains { $0.carriedFrom == t.id } }, "\(today) plan \(p.id)")
            }
            XCTAssertTrue(m.tasks.contains { $0.carriedFrom != nil }, "\(today): a task carried over")
        }
    }
}
