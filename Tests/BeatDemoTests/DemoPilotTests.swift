import Foundation
import XCTest
@testable import BeatCore
@testable import BeatDemo

/// The demo store: the Kalisz pilot as it stands on a given day.
final class DemoPilotTests: XCTestCase {
    /// Days the demo is checked on: the usual ones, a period boundary, a leap day, a Sunday.
    private func todays() throws -> [Day] {
        try ["2026-11-22", "2027-03-01", "2026-07-31", "2028-02-29", "2027-01-03"].map { try XCTUnwrap(Day($0)) }
    }

    /// Every demo under test, with its day; offsets cover CET, CEST and a far-away zone.
    private func demos() throws -> [(today: Day, model: Model)] {
        let offsets = [60, 120, -300]
        return try todays().enumerated().map { i, day in (day, DemoPilot.model(today: day, offsetMinutes: offsets[i % offsets.count])) }
    }

    private static let polishLetters = Set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
    private static func hasPolishLetter(_ s: String) -> Bool { s.contains { polishLetters.contains($0) } }

    // MARK: Reference data

    func testDistrictsBeatsAndOfficers() throws {
        for (today, m) in try demos() {
            XCTAssertEqual(m.districts.map(\.id).sorted(), ["dobrzec", "widok"], "\(today)")
            XCTAssertEqual(m.district("dobrzec")?.residents, 17_000)
            XCTAssertEqual(m.district("widok")?.residents, 13_000)
            XCTAssertTrue(m.districts.allSatisfy { $0.city == "Kalisz" && $0.streets.count >= 8 })
            XCTAssertEqual(m.beats.count, 4)
            for d in m.districts {
                let beats = m.beats.filter { $0.district == d.id }
                XCTAssertEqual(beats.count, 2, "two beats in \(d.id)")
                for b in beats {
                    XCTAssertFalse(b.streets.isEmpty)
                    XCTAssertTrue(b.streets.allSatisfy(d.streets.contains), "the beat's streets are the district's")
                }
            }

            let ranks: Set<String> = ["post.", "st. post.", "sierż.", "st. sierż.", "mł. asp.", "asp.", "st. asp.",
                                      "asp. sztab.", "podkom.", "kom.", "nadkom.", "mł. insp.", "insp."]
            let beatOfficers = m.officers.filter { $0.beat != nil }
            XCTAssertEqual(beatOfficers.map(\.id).sorted(), DemoPilot.beatOfficerIDs.sorted())
            for b in m.beats {
                let o = try XCTUnwrap(m.officer(forBeat: b.id), "an officer for \(b.id)")
                XCTAssertEqual(o.district, b.district)
            }
            for o in m.officers {
                XCTAssertTrue(ranks.contains(o.rank), "rank \(o.rank)")
                XCTAssertTrue(o.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") })
                XCTAssertTrue(o.phone.hasPrefix("+48 600 000 "), "fictional phone \(o.phone)")
                XCTAssertTrue(o.email.hasSuffix(".example"), "fictional e-mail \(o.email)")
                XCTAssertFalse(o.badge.isEmpty)
                XCTAssertTrue(o.active)
            }
            let sup = try XCTUnwrap(m.officer(DemoPilot.supervisorID))
            XCTAssertEqual(sup.rank, "podkom.")
            XCTAssertNil(sup.beat)
            XCTAssertEqual(m.officers.count, 5)
        }
    }

    func testNamesAndStreetsCarryPolishLetters() throws {
        let m = DemoPilot.model(today: try XCTUnwrap(Day("2026-11-22")), offsetMinutes: 60)
        for o in m.officers { XCTAssertTrue(Self.hasPolishLetter(o.name), o.name) }
        for d in m.districts { XCTAssertTrue(Self.hasPolishLetter(d.streets.joined()), d.id) }
        for b in m.beats { XCTAssertTrue(Self.hasPolishLetter(b.streets.joined()), b.id) }
        for t in m.teams { XCTAssertTrue(Self.hasPolishLetter(t.members.map(\.name).joined()), t.id) }
        XCTAssertTrue(m.contacts.contains { Self.hasPolishLetter($0.resident?.name ?? "") })
        XCTAssertTrue(m.contacts.allSatisfy { Self.hasPolishLetter($0.summary) })
    }

    func testTeamsHaveEveryRoleAndNominatedContacts() throws {
        for (today, m) in try demos() {
            XCTAssertEqual(m.teams.map(\.id).sorted(), ["zespol-dobrzec", "zespol-widok"], "\(today)")
            for d in m.districts {
                let team = try XCTUnwrap(m.team(forDistrict: d.id))
                XCTAssertEqual(Set(team.members.map(\.role)), Set(PartnerRole.allCases), team.id)
                let contacts = team.members.filter { $0.role == .designatedContact }
                XCTAssertGreaterThanOrEqual(contacts.count, 2)
                for c in contacts {
                    let nominator = try XCTUnwrap(c.nominatedBy.flatMap(team.member), "\(c.id) has a nominator in the team")
                    XCTAssertNotEqual(nominator.id, c.id)
                    XCTAssertNotEqual(nominator.role, .designatedContact)
                }
                for p in team.members where p.role != .designatedContact { XCTAssertNil(p.nominatedBy) }
                XCTAssertTrue(team.members.allSatisfy { ($0.phone ?? "").hasPrefix("+48 600 000 ") })
                XCTAssertTrue(team.members.allSatisfy { ($0.email ?? "").hasSuffix(".example") })
            }
            // Member ids are unique across teams, so `Model.partner(_:)` finds the right one.
            let ids = m.teams.flatMap { $0.members.map(\.id) }
            XCTAssertEqual(Set(ids).count, ids.count)
        }
    }

    // MARK: Plans and tasks

    func testOneActivePlanPerDistrictContainsToday() throws {
        for (today, m) in try demos() {
            for d in m.districts {
                let active = m.plans.filter { $0.district == d.id && $0.status == .active }
                XCTAssertEqual(active.count, 1, "\(today) \(d.id)")
                let p = try XCTUnwrap(active.first)
                XCTAssertTrue(p.start <= today && today <= p.end, "\(p.start)…\(p.end) contains \(today)")
                XCTAssertEqual(p.start.day, 1)
                XCTAssertEqual(p.start.adding(months: 6).adding(days: -1), p.end, "a half-year")
                XCTAssertGreaterThanOrEqual(p.start.days(to: today), 90)
                XCTAssertGreaterThanOrEqual(today.days(to: p.end), 40)
                XCTAssertFalse(p.threat.what.isEmpty || p.threat.place.isEmpty || p.threat.when.isEmpty || p.threat.who.isEmpty)
                XCTAssertFalse(p.threat.sources.isEmpty)
                XCTAssertFalse(p.goal.measure.isEmpty)
                XCTAssertFalse(p.partners.isEmpty)
                XCTAssertNil(p.evaluation)
            }
            XCTAssertEqual(m.plans.first { $0.district == "dobrzec" && $0.status == .active }?.threat.category, .publicDrinking)
            let closed = m.plans.filter { $0.status == .closed }
            XCTAssertEqual(closed.count, 1)
            for p in closed {
                let e = try XCTUnwrap(p.evaluation)
                XCTAssertTrue(p.end < today && e.day < today && p.end <= e.day)
                XCTAssertTrue(m.tasks(ofPlan: p.id).allSatisfy { !$0.isOpen })
            }
        }
    }

    func testActivePlanTasksCoverEveryStateAndDeadline() throws {
        for (today, m) in try demos() {
            for p in m.plans where p.status == .active {
                let tasks = m.tasks(ofPlan: p.id)
                let label = "\(today) plan \(p.id)"
                XCTAssertTrue((8...15).contains(tasks.count), "\(label): \(tasks.count) tasks")
                XCTAssertEqual(Set(tasks.map(\.status)), Set(TaskStatus.allCases), label)
                XCTAssertTrue(tasks.contains { $0.isOverdue(on: today) && $0.status == .open }, "\(label): an open overdue task")
                XCTAssertTrue(tasks.contains { t in
                    t.isOpen && t.due.map { today <= $0 && $0 <= today.adding(days: 6) } == true
                }, "\(label): a task due this week")
                XCTAssertTrue(tasks.contains { !$0.support.isEmpty }, "\(label): a support card")
                XCTAssertTrue(tasks.contains { !$0.partners.isEmpty }, label)
                XCTAssertGreaterThanOrEqual(tasks.filter { !$0.notes.isEmpty }.count, 5, label)
                XCTAssertGreaterThanOrEqual(Set(tasks.map(\.priority)).count, 3, label)
                XCTAssertGreaterThanOrEqual(Set(tasks.map(\.assignee)).count, 2, label)
                let team = try XCTUnwrap(m.team(forDistrict: p.district))
                for t in tasks {
                    XCTAssertEqual(t.district, p.district)
                    XCTAssertTrue(t.partners.allSatisfy { team.member($0) != nil }, "\(t.id)'s partners are team members")
                    XCTAssertEqual(m.officer(t.assignee)?.district, p.district)
                    if let due = t.due { XCTAssertGreaterThanOrEqual(due, p.start) }
                }
            }
        }
    }

    func testTaskHistoriesAreConsistentAndInThePast() throws {
        for (today, m) in try demos() {
            for t in m.tasks {
                XCTAssertLessThan(t.created.day, today)
                // A carried task starts as its original stood (work under way stays under way).
                var status = t.carriedFrom.flatMap { m.task($0)?.history.last?.from } ?? TaskStatus.open
                var last = t.created
                for h in t.history {
                    XCTAssertEqual(h.from, status, "task \(t.id): history is a chain")
                    XCTAssertGreaterThan(h.at, last, "task \(t.id): history in order, after creation")
                    XCTAssertLessThan(h.at.day, today)
                    XCTAssertNotNil(m.officer(h.by))
                    if h.to.needsReason { XCTAssertFalse((h.reason ?? "").isEmpty) }
                    status = h.to
                    last = h.at
                }
                XCTAssertEqual(status, t.status, "task \(t.id): history ends in the status")
                if t.status.needsReason { XCTAssertFalse((t.reason ?? "").isEmpty, "task \(t.id) has a reason") }
                for n in t.notes {
                    XCTAssertGreaterThan(n.at, t.created)
                    XCTAssertLessThan(n.at.day, today)
                    XCTAssertNotNil(m.officer(n.author), "note author \(n.author)")
                }
                for s in t.support { XCTAssertTrue(t.created.day <= s.day && s.day < today) }
            }
            // A reopened task shows the whole way: done, then back in progress.
            XCTAssertTrue(m.tasks.contains { t in t.history.contains { $0.from == .done && $0.to == .inProgress } })
        }
    }

    func testSelfSetTasks() throws {
        for (today, m) in try demos() {
            let own = m.tasks.filter { $0.plan == nil }
            XCTAssertTrue((2...3).contains(own.count), "\(today)")
            for t in own {
                XCTAssertEqual(t.createdBy, t.assignee, "a self-set task is set by its officer")
                XCTAssertEqual(m.officer(t.assignee)?.district, t.district)
            }
            XCTAssertGreaterThanOrEqual(Set(own.map(\.status)).count, 2)
        }
    }

    // MARK: Contacts

    func testContacts() throws {
        for (today, m) in try demos() {
            let label = "\(today)"
            XCTAssertTrue((330...430).contains(m.contacts.count), "\(label): \(m.contacts.count) contacts")
            XCTAssertGreaterThanOrEqual(Set(m.contacts.map(\.category)).count, 5, label)
            XCTAssertEqual(Set(m.contacts.map(\.channel)), Set(ContactChannel.allCases), label)
            // Each district's log reaches back before the half-year the first plan is compared with.
            let first = try XCTUnwrap(m.plans.min { $0.start < $1.start })
            for d in m.districts {
                let oldest = try XCTUnwrap(m.contacts.filter { $0.district == d.id }.map(\.time).min()).day
                XCTAssertLessThanOrEqual(oldest, first.start.adding(days: -(first.start.days(to: first.end) + 1)),
                                         "\(label): \(d.id)'s contacts cover the half-year before the first plan")
            }
            var previous: Timestamp?
            for c in m.contacts {
                XCTAssertLessThan(c.time.day, today, "contact \(c.id) is in the past")
                if let p = previous { XCTAssertGreaterThanOrEqual(c.time, p, "contacts are numbered in time order") }
                previous = c.time
                let o = try XCTUnwrap(m.officer(c.officer))
                XCTAssertEqual(c.district, o.district)
                XCTAssertEqual(c.beat, o.beat)
                let beat = try XCTUnwrap(c.beat.flatMap(m.beat))
                XCTAssertTrue(beat.streets.contains { c.place.contains($0) }, "\(c.place) lies in \(beat.id)")
                XCTAssertFalse(c.summary.isEmpty)
                if c.channel == .mapReport {
                    XCTAssertNil(c.resident, "threat-map reports are anonymous")
                    XCTAssertNil(c.followUp, "an anonymous report promises no call-back")
                    XCTAssertFalse(c.summary.contains("kontakt zwrotny"), c.summary)
                }
                if let f = c.followUp { XCTAssertGreaterThanOrEqual(f, c.time.day) }
                if let done = c.followUpDone {
                    XCTAssertNotNil(c.followUp)
                    XCTAssertTrue(c.time.day < done && done < today)
                }
                if let id = c.task {
                    let t = try XCTUnwrap(m.task(id))
                    XCTAssertEqual(t.district, c.district)
                    XCTAssertLessThan(t.created, c.time)
                }
            }
            XCTAssertGreaterThanOrEqual(m.contacts.filter { $0.resident != nil }.count, 20, label)
            XCTAssertGreaterThanOrEqual(m.contacts.filter { $0.task != nil }.count, 5, label)
            XCTAssertGreaterThanOrEqual(m.contacts.filter { $0.followUpDone != nil }.count, 5, label)
            XCTAssertTrue(m.contacts.contains { $0.followUpOpen && $0.followUp! < today }, "\(label): an overdue follow-up")
            XCTAssertTrue(m.contacts.contains { c in
                c.followUpOpen && c.followUp.map { today <= $0 && $0 <= today.adding(days: 7) } == true
            }, "\(label): a follow-up due in the coming days")
            let summaries = Set(m.contacts.map(\.summary))
            XCTAssertGreaterThan(summaries.count, m.contacts.count * 9 / 10, "summaries vary")
            for o in DemoPilot.beatOfficerIDs {
                XCTAssertGreaterThanOrEqual(m.contacts.filter { $0.officer == o }.count, 20, o)
            }
        }
    }

    // MARK: Meetings

    func testMeetingsLinkDecisionsToTasksAndWorkMovedSince() throws {
        for (today, m) in try demos() {
            XCTAssertGreaterThanOrEqual(m.meetings.count, 4)
            for team in m.teams {
                let meetings = m.meetings.filter { $0.team == team.id }.sorted { $0.day < $1.day }
                XCTAssertGreaterThanOrEqual(meetings.count, 2, team.id)
                for meeting in meetings {
                    XCTAssertLessThan(meeting.day, today)
                    XCTAssertTrue(meeting.attendees.allSatisfy { team.member($0) != nil })
                    XCTAssertFalse(meeting.officers.isEmpty)
                    XCTAssertFalse(meeting.minutes.isEmpty)
                    let made = meeting.decisions.compactMap(\.task).compactMap(m.task).filter { $0.meeting == meeting.id }
                    XCTAssertFalse(made.isEmpty, "meeting \(meeting.id) made a task")
                    for t in made { XCTAssertEqual(t.created.day, meeting.day) }
                }
                // "What moved since the last meeting" is not empty.
                let last = try XCTUnwrap(meetings.last).day
                let gap = last.days(to: today)
                XCTAssertTrue((21...40).contains(gap), "\(team.id): last meeting \(gap) days ago")
                let moved = m.tasks.filter { $0.district == team.district }
                    .flatMap(\.history).filter { $0.at.day > last }
                XCTAssertGreaterThanOrEqual(moved.count, 4, "\(today) \(team.id): status changes since the last meeting")
                XCTAssertGreaterThanOrEqual(m.contacts.filter { $0.district == team.district && $0.time.day > last }.count, 10)
                let first = try XCTUnwrap(meetings.first).day
                XCTAssertTrue((60...80).contains(first.days(to: today)))
            }
        }
    }

    // MARK: Integrity

    func testDeterministic() throws {
        for day in try todays() {
            XCTAssertEqual(DemoPilot.model(today: day, offsetMinutes: 60), DemoPilot.model(today: day, offsetMinutes: 60))
        }
        let a = DemoPilot.model(today: try XCTUnwrap(Day("2026-11-22")), offsetMinutes: 60)
        let b = DemoPilot.model(today: try XCTUnwrap(Day("2026-11-23")), offsetMinutes: 60)
        XCTAssertNotEqual(a, b, "dates follow today")
        XCTAssertEqual(a.contacts.count, b.contacts.count)
        XCTAssertEqual(a.tasks.map(\.title), b.tasks.map(\.title), "the same tasks, a day later")
    }

    func testModelHasNoProblemsAndCountersAreAhead() throws {
        for (today, m) in try demos() {
            XCTAssertTrue(m.problems().isEmpty, "\(today): \(m.problems().map(\.reason))")
            XCTAssertEqual(m.counters.task, (m.tasks.map(\.id).max() ?? 0) + 1)
            XCTAssertEqual(m.counters.contact, m.contacts.count + 1)
            XCTAssertEqual(m.seq, 0)
        }
    }

    func testStoreRoundTrip() throws {
        let today = try XCTUnwrap(Day("2026-11-22"))
        let model = DemoPilot.model(today: today, offsetMinutes: 60)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beat-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let clock = Clock(today: today, now: Timestamp(day: today, hour: 12, offsetMinutes: 60))
        try Store.create(at: dir, model: model, clock: clock)
        let reopened = try Store.open(at: dir)
        XCTAssertEqual(reopened.model, model)
        XCTAssertTrue(reopened.warnings.isEmpty)
    }

    func testChangesRoundTripThroughJSON() throws {
        // Every payload the demo uses encodes and decodes unchanged (Polish text included).
        let m = DemoPilot.model(today: try XCTUnwrap(Day("2027-03-01")), offsetMinutes: 60)
        let changes: [Change] = m.contacts.prefix(20).map { .editContact($0) } + m.teams.map { .putTeam($0) }
            + m.meetings.map { .editMeeting($0) } + m.plans.map { .editPlan($0) }
        for c in changes {
            let data = try JSONEncoder().encode(c)
            XCTAssertEqual(try JSONDecoder().decode(Change.self, from: data), c)
        }
    }

    func testALinkedTaskCannotBeRemovedButAnUnlinkedOneCan() throws {
        // Removing a task that contacts or meeting decisions point to used to be accepted and
        // left a model whose next snapshot would not load.
        let today = try XCTUnwrap(Day("2026-11-22"))
        var m = DemoPilot.model(today: today, offsetMinutes: 60)
        let ctx = ChangeContext(by: DemoPilot.supervisorID, at: Timestamp(day: today, hour: 10, offsetMinutes: 60))
        let fromContact = try XCTUnwrap(m.contacts.first { $0.task != nil }?.task)
        let fromMeeting = try XCTUnwrap(m.meetings.flatMap(\.decisions).compactMap(\.task).first)
        for id in [fromContact, fromMeeting] {
            XCTAssertThrowsError(try m.apply(.removeTask(Removal(id: id)), context: ctx)) { error in
                guard case BeatError.rejected(.taskStillLinked(let refused, _, _, _)) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(refused, id)
            }
            XCTAssertNotNil(m.task(id))
        }
        let linked = Set(m.contacts.compactMap(\.task) + m.meetings.flatMap(\.decisions).compactMap(\.task))
        let free = try XCTUnwrap(m.tasks.first { !linked.contains($0.id) })
        try m.apply(.removeTask(Removal(id: free.id)), context: ctx)
        XCTAssertNil(m.task(free.id))
        XCTAssertTrue(m.problems().isEmpty)
    }

    func testSplitMix64ReferenceValues() {
        // The published SplitMix64 sequence for seed 0.
        var g = SplitMix64(seed: 0)
        XCTAssertEqual(g.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(g.next(), 0x6E78_9E6A_A1B9_65F4)
        XCTAssertEqual(g.next(), 0x06C4_5D18_8009_454F)
        var r = SplitMix64(seed: 42)
        for _ in 0..<1000 {
            XCTAssertTrue((3...9).contains(r.int(3...9)))
            let u = r.unit()
            XCTAssertTrue(u >= 0 && u < 1)
        }
    }
}

/// The demo sets its station up as a supervisor would, through the same changes the commands
/// make, and shows every part of it: genders, a supervisor, organisations as records that
/// members and support cards name, a task held by a partner, an open request, a contact with one.
final class DemoStationTests: XCTestCase {
    func testTheDemoStationIsSetUpLikeARealOne() throws {
        let m = DemoPilot.model(today: Day("2026-11-22")!, offsetMinutes: 60)
        XCTAssertTrue(m.officers.allSatisfy { $0.gender != nil }, "every officer's gender")
        XCTAssertEqual(m.supervisors.map(\.id), [DemoPilot.supervisorID])
        XCTAssertTrue(m.rolesConfigured)
        XCTAssertFalse(m.loginsConfigured, "the demo runs under any account")
        XCTAssertEqual(Set(m.beats.compactMap(\.number)), [1, 2, 3, 4])
        XCTAssertGreaterThanOrEqual(m.organisations.count, 10)
        for t in m.teams {
            for member in t.members {
                XCTAssertNotNil(member.gender, member.id)
                XCTAssertNotNil(m.organisation(member.organisation), "\(member.id) names an organisation record")
            }
        }
        let cards = m.tasks.flatMap(\.support)
        XCTAssertTrue(cards.allSatisfy { m.organisation($0.unit)?.kind == .policeUnit }, "support comes from police units on record")
        XCTAssertEqual(cards.filter(\.isOpen).count, 1, "one request still awaited")
        XCTAssertEqual(m.tasks.compactMap(\.holder).count, 2)
        XCTAssertTrue(m.tasks.contains { $0.holder == .organisation("straz-miejska") })
        XCTAssertTrue(m.contacts.contains { $0.with == .organisation("rada-dobrzec") })
        // Every contact's place names a street of its own beat.
        let streets = StreetMatcher(m)
        for c in m.contacts where !c.place.isEmpty {
            if let match = streets.match(c.place) { XCTAssertEqual(match.district, c.district, c.place) }
        }
    }
}
