import BeatCore
import Foundation

/// A hand-built store for the meeting review: one plan in Dobrzec with tasks in every kind
/// of movement, two meetings, and contacts placed on both sides of every boundary, so each
/// figure of the review can be counted by hand (see the comments).
///
/// Today is 2026-11-22; the last meeting was on 2026-10-27, so the review covers
/// 2026-10-28 – 2026-11-22 (26 days) against 2026-10-02 – 2026-10-27.
enum MeetingFixture {
    static let today = Day("2026-11-22")!
    static let since = Day("2026-10-27")!

    /// Task ids, in the order created.
    enum T {
        static let doneInPeriod = 1   // in progress 09-01, done 11-05
        static let doneBefore = 2     // done 10-10
        static let overdueNow = 3     // open, due 11-15
        static let started = 4        // in progress 11-02, note 11-10
        static let cancelled = 5      // cancelled 11-12
        static let supported = 6      // note 10-27 (not in the period), support 11-08
        static let overdueThen = 7    // open, due 10-20
        static let newSince = 8       // created 11-03, note 11-04
    }

    static func ctx(_ day: String, _ hour: Int = 10, by: String = "nowicki") -> ChangeContext {
        ChangeContext(by: by, at: Timestamp(day: Day(day)!, hour: hour, offsetMinutes: 60))
    }

    static func model() -> Model {
        var m = Model()
        func apply(_ day: String, _ change: Change, hour: Int = 10) {
            do { try m.apply(change, context: ctx(day, hour)) } catch { fatalError("MeetingFixture \(day) \(change.name): \(error)") }
        }
        func status(_ day: String, _ task: Int, _ s: TaskStatus, _ reason: String? = nil) {
            apply(day, .setTaskStatus(TaskStatusUpdate(task: task, status: s, reason: reason)))
        }
        apply("2026-01-01", .putDistrict(District(id: "dobrzec", name: "Dobrzec", city: "Kalisz", residents: 17_000, streets: ["Łódzka"])))
        apply("2026-01-01", .putDistrict(District(id: "widok", name: "Widok", city: "Kalisz", residents: 13_000, streets: ["Widok"])))
        apply("2026-01-01", .putOfficer(Officer(id: "nowicki", rank: "st. sierż.", name: "Łukasz Nowicki", badge: "1", phone: "1",
                                                email: "n@example.pl", district: "dobrzec", beat: nil)))
        apply("2026-01-01", .putOfficer(Officer(id: "zielinska", rank: "mł. asp.", name: "Małgorzata Zielińska", badge: "2", phone: "2",
                                                email: "z@example.pl", district: "widok", beat: nil)))
        apply("2026-01-01", .putTeam(CoordinationTeam(id: "zespol-dobrzec", district: "dobrzec", name: "Zespół Dobrzec", members: [
            Partner(id: "prezes-sm", name: "Grażyna Wójcik", role: .cooperativePresident, organisation: "SM „Dobrzec”"),
            Partner(id: "rada", name: "Paweł Łęcki", role: .estateCouncilChair, organisation: "Rada Osiedla"),
        ])))
        apply("2026-01-01", .putTeam(CoordinationTeam(id: "zespol-widok", district: "widok", name: "Zespół Widok", members: [])))
        let threat = Diagnosis(what: "picie alkoholu", place: "skwer", when: "wieczorami", who: "dorośli", category: .publicDrinking, sources: [])
        apply("2026-07-25", .addPlan(PlanDraft(district: "dobrzec", officer: "nowicki", title: "Alkohol przy Łódzkiej",
                                               start: Day("2026-08-01")!, end: Day("2027-01-31")!, threat: threat,
                                               goal: Goal(kind: .reduce, description: "O połowę mniej", measure: "zgłoszenia"))))
        apply("2026-07-25", .addPlan(PlanDraft(district: "widok", title: "Widok", start: Day("2026-08-01")!, end: Day("2027-01-31")!,
                                               threat: threat, goal: Goal(kind: .reduce, description: "x", measure: "y"))))
        func task(_ title: String, due: String? = nil) -> Change {
            .addTask(TaskDraft(plan: 1, title: title, assignee: "nowicki", due: due.flatMap(Day.init)))
        }
        apply("2026-08-05", task("Patrole"))                              // 1
        apply("2026-08-05", task("Ławki"))                                // 2
        apply("2026-08-05", task("Oświetlenie", due: "2026-11-15"))       // 3
        apply("2026-08-05", task("Spotkanie z rodzicami"))                // 4
        apply("2026-08-05", task("Piknik"))                               // 5
        apply("2026-08-05", task("Monitoring"))                           // 6
        apply("2026-08-05", task("Zestawienie", due: "2026-10-20"))       // 7
        status("2026-09-01", T.doneInPeriod, .inProgress)
        status("2026-10-10", T.doneBefore, .done)
        apply("2026-10-27", .addNote(NoteAddition(task: T.supported, text: "Wniosek złożony")))
        status("2026-11-02", T.started, .inProgress)
        apply("2026-11-03", task("Ankieta"))                              // 8
        apply("2026-11-04", .addNote(NoteAddition(task: T.newSince, text: "Druk ankiet")))
        status("2026-11-05", T.doneInPeriod, .done)
        apply("2026-11-08", .addSupport(SupportAddition(task: T.supported, support: SupportReceived(
            unit: "OPI KMP Kalisz", what: "Patrol", day: Day("2026-11-08")!))))
        apply("2026-11-10", .addNote(NoteAddition(task: T.started, text: "Termin uzgodniony")))
        status("2026-11-12", T.cancelled, .cancelled, "Brak środków")

        // Meetings: 09-15 and 10-27 (the one under review).
        apply("2026-09-15", .addMeeting(MeetingDraft(team: "zespol-dobrzec", day: Day("2026-09-15")!, attendees: ["prezes-sm"],
                                                     minutes: "Pierwsze", decisions: [DecisionDraft(text: "Zacząć patrole", task: 1)])), hour: 17)
        apply("2026-10-27", .addMeeting(MeetingDraft(team: "zespol-dobrzec", day: since, attendees: ["prezes-sm", "rada"],
                                                     minutes: "Drugie", decisions: [
            DecisionDraft(text: "Spotkanie z rodzicami — kontynuować", task: T.started),
            DecisionDraft(text: "Następne posiedzenie za cztery tygodnie"),
        ])), hour: 17)

        // Contacts: numbered 1… in this order.
        func contact(_ day: String, _ category: ThreatCategory, _ place: String, district: String = "dobrzec",
                     followUp: String? = nil, done: String? = nil) {
            apply(day, .addContact(ContactDraft(time: Timestamp(day: Day(day)!, hour: 12, offsetMinutes: 60),
                                                officer: district == "dobrzec" ? "nowicki" : "zielinska", district: district,
                                                place: place, channel: .onBeat, category: category, summary: "sprawa",
                                                followUp: followUp.flatMap(Day.init))), hour: 13)
            if let done {
                apply(done, .markFollowUp(FollowUpMark(contact: m.contacts.last!.id, done: Day(done)!)))
            }
        }
        contact("2026-04-08", .publicDrinking, "ul. Łódzka 1")            //  1 before every period
        contact("2026-04-09", .publicDrinking, "ul. Łódzka 2")            //  2 evidence: before
        contact("2026-07-31", .publicDrinking, "ul. Polna 1")             //  3 evidence: before
        contact("2026-07-31", .vandalism, "ul. Polna 2")                  //  4 evidence: before (district only)
        contact("2026-10-01", .publicDrinking, "ul. Łódzka 3")            //  5 review: outside; evidence: plan's period
        contact("2026-10-02", .publicDrinking, "ul. Łódzka 1")            //  6 review: before
        contact("2026-10-10", .publicDrinking, "ul. Polna 3")             //  7 before
        contact("2026-10-15", .publicDrinking, "ul. Polna 3")             //  8 before
        contact("2026-10-27", .publicDrinking, "ul. Łódzka 1")            //  9 before (the meeting's day)
        contact("2026-10-20", .vandalism, "ul. Polna 9")                  // 10 before
        contact("2026-10-05", .speeding, "ul. 3 Maja 5")                  // 11 before
        contact("2026-10-06", .speeding, "ul. 3 Maja 5", followUp: "2026-10-15", done: "2026-10-20") // 12 before; kept before
        contact("2026-10-28", .publicDrinking, "ul. Łódzka 5")            // 13 now (the first day)
        contact("2026-11-05", .publicDrinking, "ul. Łódzka 7, klatka", followUp: "2026-11-10", done: "2026-11-12") // 14 now; kept
        contact("2026-11-15", .publicDrinking, "ul. Dobrzecka 40", followUp: "2026-11-20")                    // 15 now; open, late
        contact("2026-11-16", .wrongParking, "ul. Dobrzecka / ul. Łódzka", followUp: "2026-11-30")            // 16 now; open
        contact("2026-11-18", .vandalism, "")                             // 17 now, no place
        contact("2026-11-01", .publicDrinking, "ul. Widok 1", district: "widok", followUp: "2026-11-05")      // 18 another district
        return m
    }
}
