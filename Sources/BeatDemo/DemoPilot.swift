import BeatCore
/// The demo store: the Kalisz pilot "Bezpieczne Dzielnice" (districts Dobrzec and Widok),
/// built the way a real store grows — by applying `Change`s at past moments — so every task
/// carries a status history, progress notes and support cards, and the meeting review has
/// something that moved since the last meeting.
///
/// Everything is relative to the `today` it is built for, and nothing depends on the clock
/// or on system randomness: the same `today` always gives the identical model.
///
/// All people, phone numbers, e-mail addresses and badge numbers are fictional.
public enum DemoPilot {
    /// The Kalisz pilot as it stands on `today`: every date is relative to it.
    ///
    /// Two districts with two beats each, four dzielnicowi and their supervisor, both
    /// coordination teams, one active safety plan per district (plus an earlier, evaluated
    /// one for Widok), their tasks in every state, a few self-set tasks, about 200 resident
    /// contacts over the last five months and as many reaching back a year before the first
    /// plan, the threats reported on the map (KMZB) with their verification, the station's
    /// monthly police figures and two survey rounds per district from before the first plan,
    /// the programme's record, and two meetings of each team. Every change is dated at least a
    /// day before `today`; only due days and follow-ups lie ahead. Every figure it states can
    /// be recomputed from its data (the evaluation note is written from the plan's evidence).
    ///
    /// - Parameters:
    ///   - today: the day the demo is seen on.
    ///   - offsetMinutes: the UTC offset every timestamp is recorded in (e.g. 60 for CET).
    public static func model(today: Day, offsetMinutes: Int) -> Model {
        var b = DemoBuilder(today: today, offsetMinutes: offsetMinutes)
        b.referenceData()
        b.previousPlan()
        b.activePlans()
        b.selfSetTasks()
        b.nextStage()
        b.meetings()
        b.contacts()
        b.olderContacts()
        b.namedThreats()
        b.policeFigures()
        b.surveys()
        return b.build()
    }

    /// The id of the supervisor (kierownik rewiru dzielnicowych) in the demo.
    public static let supervisorID = "szymanski"

    /// The ids of the four dzielnicowi in the demo, one per beat.
    public static let beatOfficerIDs = ["wisniewski", "kaczmarek", "dabrowski", "zielinska"]

    /// The seed of the demo's pseudo-random choices (contacts, times of day).
    static let seed: UInt64 = 0x4B41_4C49_535A_2014 // "KALISZ" 2014
}

// MARK: - Pseudo-random numbers

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast and the same on every platform, so the
/// demo is reproducible. Not for anything that needs real randomness.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range` (modulo reduction: the tiny bias does not matter for a demo, and
    /// unlike the standard library's algorithm it can never change between releases).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var r = int(0...(total - 1))
        for (item, w) in items {
            if r < w { return item }
            r -= w
        }
        return items[items.count - 1].0
    }
}

// MARK: - The builder

/// Names of the things the demo creates, resolved to ids as the changes are applied.
private struct DemoRefs {
    var plans: [String: Int] = [:]
    var tasks: [String: Int] = [:]
    var contacts: [String: Int] = [:]
    var meetings: [String: Int] = [:]
    var threats: [String: Int] = [:]

    func threat(_ name: String) -> Int { resolve(threats, name, "threat") }
    func plan(_ name: String) -> Int { resolve(plans, name, "plan") }
    func task(_ name: String) -> Int { resolve(tasks, name, "task") }
    func contact(_ name: String) -> Int { resolve(contacts, name, "contact") }
    func meeting(_ name: String) -> Int { resolve(meetings, name, "meeting") }

    private func resolve(_ table: [String: Int], _ name: String, _ kind: String) -> Int {
        guard let id = table[name] else {
            preconditionFailure("DemoPilot: \(kind) \"\(name)\" is used before it is created")
        }
        return id
    }
}

/// One change waiting to be applied at its moment; `names` name what it creates.
private struct DemoEvent {
    let at: Timestamp
    let order: Int
    let by: String
    let names: [String]
    /// The change, from the names resolved so far and the model it is about to be applied to.
    let make: (DemoRefs, Model) -> Change
}

private enum DemoStep {
    case status(Day, TaskStatus, reason: String?, by: String?)
    case noted(Day, String, by: String?)
    case support(Day, unit: String, what: String)
    /// Support asked for and not yet given (an open request), at a fixed hour.
    case askSupport(Day, unit: String, what: String)

    static func go(_ day: Day, _ status: TaskStatus, reason: String? = nil, by: String? = nil) -> DemoStep {
        .status(day, status, reason: reason, by: by)
    }
    static func note(_ day: Day, _ text: String, by: String? = nil) -> DemoStep { .noted(day, text, by: by) }

    var day: Day {
        switch self {
        case .status(let d, _, _, _), .noted(let d, _, _), .support(let d, _, _), .askSupport(let d, _, _): return d
        }
    }
}

private struct DemoTask {
    var name: String
    /// The plan's name; nil for a self-set task (karta samozadaniowania).
    var plan: String?
    var district: String
    var title: String
    var description: String = ""
    var assignee: String
    var partners: [String] = []
    var due: Day?
    var priority: TaskPriority = .normal
    /// A partner holding the task; the assignee follows it up.
    var holder: PartnerRef? = nil
    var created: Day
    var createdBy: String
    /// Resident contacts of this category in the district may be linked to the task.
    var category: ThreatCategory? = nil
    var steps: [DemoStep] = []

    func draft(_ refs: DemoRefs) -> TaskDraft {
        TaskDraft(plan: plan.map(refs.plan), district: plan == nil ? district : nil, title: title,
                  description: description, assignee: assignee, partners: partners, due: due, priority: priority, holder: holder)
    }
}

private struct DemoDecision {
    var text: String
    var existing: String? = nil
    var newTask: DemoTask? = nil
}

private struct DemoOfficer {
    var id: String
    var district: String
    var beat: String
    var streets: [String]
    var weight: Int
}

private struct DemoBuilder {
    let today: Day
    let offsetMinutes: Int
    var rng = SplitMix64(seed: DemoPilot.seed)
    var events: [DemoEvent] = []
    /// Tasks that resident contacts may be linked to.
    var linkable: [DemoTask] = []

    // The periods: the active half-year contains today (started 3½–4½ months ago).
    let activeStart: Day
    let activeEnd: Day
    let previousStart: Day
    let previousEnd: Day

    init(today: Day, offsetMinutes: Int) {
        self.today = today
        self.offsetMinutes = offsetMinutes
        let anchor = today.adding(days: -105)
        activeStart = Day(year: anchor.year, month: anchor.month, day: 1) ?? anchor
        activeEnd = activeStart.adding(months: 6).adding(days: -1)
        previousStart = activeStart.adding(months: -6)
        previousEnd = activeStart.adding(days: -1)
    }

    static let sup = DemoPilot.supervisorID

    // MARK: Time

    /// `n` days from today (negative: in the past).
    func t(_ n: Int) -> Day { today.adding(days: n) }

    func stamp(_ day: Day, _ hour: Int, _ minute: Int) -> Timestamp {
        Timestamp(day: day, hour: hour, minute: minute, offsetMinutes: offsetMinutes)
    }

    /// A working-hours moment on `day`.
    mutating func office(_ day: Day) -> Timestamp {
        stamp(day, rng.int(8...15), rng.int(0...11) * 5)
    }

    /// The latest `weekday` (1 = Monday) on or before `day`.
    func back(_ day: Day, to weekday: Int) -> Day {
        day.adding(days: -((day.weekday - weekday + 7) % 7))
    }

    mutating func schedule(_ at: Timestamp, by: String, names: [String] = [], _ make: @escaping (DemoRefs) -> Change) {
        events.append(DemoEvent(at: at, order: events.count, by: by, names: names, make: { refs, _ in make(refs) }))
    }

    /// A change written from the model as it stands then (figures quoted from the data).
    mutating func scheduleSeeing(_ at: Timestamp, by: String, names: [String] = [], _ make: @escaping (DemoRefs, Model) -> Change) {
        events.append(DemoEvent(at: at, order: events.count, by: by, names: names, make: make))
    }

    // MARK: Reference data

    static let dobrzec1 = ["Dobrzecka", "Łódzka", "Legionów", "Harcerska", "Szarych Szeregów", "Łączna"]
    static let dobrzec2 = ["Kardynała Stefana Wyszyńskiego", "Podmiejska", "Obywatelska", "Polna", "Ułańska", "Żytnia"]
    static let widok1 = ["Widok", "Częstochowska", "Żołnierska", "Kresowa", "Wąska", "Różana"]
    static let widok2 = ["Ogrodowa", "Serbinowska", "Chełmska", "Źródlana", "Piękna", "Łąkowa"]

    static let officers: [DemoOfficer] = [
        DemoOfficer(id: "wisniewski", district: "dobrzec", beat: "dobrzec-1", streets: dobrzec1, weight: 30),
        DemoOfficer(id: "kaczmarek", district: "dobrzec", beat: "dobrzec-2", streets: dobrzec2, weight: 26),
        DemoOfficer(id: "dabrowski", district: "widok", beat: "widok-1", streets: widok1, weight: 24),
        DemoOfficer(id: "zielinska", district: "widok", beat: "widok-2", streets: widok2, weight: 20),
    ]

    /// The station set up as a supervisor sets one up: districts, beats with their streets,
    /// officers, partner organisations, then each team and its members one by one — the
    /// same changes `beat district|beat|officer|organisation|team add` and `beat team member add` make.
    /// The first day the demo's figures compare: the half-year before the first plan.
    var recordsStart: Day { previousStart.adding(months: -6) }

    mutating func referenceData() {
        let at = stamp(recordsStart.adding(days: -20), 9, 0)
        let sup = Self.sup
        let districts = [
            District(id: "dobrzec", name: "Dobrzec", city: "Kalisz", residents: 17_000,
                     streets: Self.dobrzec1 + Self.dobrzec2),
            District(id: "widok", name: "Widok", city: "Kalisz", residents: 13_000,
                     streets: Self.widok1 + Self.widok2),
        ]
        for d in districts { schedule(at, by: sup) { _ in .putDistrict(d) } }
        let beats = [
            Beat(id: "dobrzec-1", district: "dobrzec", number: 1, name: "Dobrzec Północ", streets: Self.dobrzec1),
            Beat(id: "dobrzec-2", district: "dobrzec", number: 2, name: "Dobrzec Południe", streets: Self.dobrzec2),
            Beat(id: "widok-1", district: "widok", number: 3, name: "Widok Zachód", streets: Self.widok1),
            Beat(id: "widok-2", district: "widok", number: 4, name: "Widok Wschód", streets: Self.widok2),
        ]
        for b in beats { schedule(at, by: sup) { _ in .putBeat(b) } }
        let mail = "@kalisz.policja.example"
        let officers = [
            Officer(id: "szymanski", rank: "podkom.", name: "Tomasz Szymański", badge: "108 214",
                    phone: "+48 600 000 100", email: "tomasz.szymanski" + mail, district: "dobrzec", beat: nil,
                    gender: .male, role: .supervisor),
            Officer(id: "wisniewski", rank: "st. asp.", name: "Łukasz Wiśniewski", badge: "112 407",
                    phone: "+48 600 000 101", email: "lukasz.wisniewski" + mail, district: "dobrzec", beat: "dobrzec-1", gender: .male),
            Officer(id: "kaczmarek", rank: "mł. asp.", name: "Małgorzata Kaczmarek", badge: "115 932",
                    phone: "+48 600 000 102", email: "malgorzata.kaczmarek" + mail, district: "dobrzec", beat: "dobrzec-2", gender: .female),
            Officer(id: "dabrowski", rank: "asp.", name: "Paweł Dąbrowski", badge: "113 658",
                    phone: "+48 600 000 103", email: "pawel.dabrowski" + mail, district: "widok", beat: "widok-1", gender: .male),
            Officer(id: "zielinska", rank: "st. sierż.", name: "Agnieszka Zielińska", badge: "118 075",
                    phone: "+48 600 000 104", email: "agnieszka.zielinska" + mail, district: "widok", beat: "widok-2", gender: .female),
        ]
        for o in officers { schedule(at, by: sup) { _ in .putOfficer(o) } }

        let organisations = [
            PartnerOrganisation(id: "sm-dobrzec", name: "Spółdzielnia Mieszkaniowa „Dobrzec”", kind: .housingCooperative,
                                district: "dobrzec", phone: "+48 600 000 301", email: "sekretariat@sm-dobrzec.example"),
            PartnerOrganisation(id: "rada-dobrzec", name: "Rada Osiedla Dobrzec", kind: .estateCouncil, district: "dobrzec"),
            PartnerOrganisation(id: "sp17", name: "Szkoła Podstawowa nr 17 w Kaliszu", kind: .school, district: "dobrzec"),
            PartnerOrganisation(id: "sm-widok", name: "Spółdzielnia Mieszkaniowa „Widok”", kind: .housingCooperative,
                                district: "widok", phone: "+48 600 000 311", email: "sekretariat@sm-widok.example"),
            PartnerOrganisation(id: "rada-widok", name: "Rada Osiedla Widok", kind: .estateCouncil, district: "widok"),
            PartnerOrganisation(id: "sp9", name: "Szkoła Podstawowa nr 9 w Kaliszu", kind: .school, district: "widok"),
            PartnerOrganisation(id: "straz-miejska", name: "Straż Miejska Kalisza", kind: .cityGuard, phone: "986"),
            PartnerOrganisation(id: "mops", name: "Miejski Ośrodek Pomocy Społecznej w Kaliszu", kind: .socialWelfare),
            PartnerOrganisation(id: "mzdik", name: "Miejski Zarząd Dróg i Komunikacji w Kaliszu", kind: .roadAuthority),
            PartnerOrganisation(id: "kmp-rewir", name: "KMP Kalisz — Rewir Dzielnicowych", kind: .policeUnit),
            PartnerOrganisation(id: "kmp-prewencja", name: "Wydział Prewencji KMP Kalisz", kind: .policeUnit),
            PartnerOrganisation(id: "kmp-opi", name: "Ogniwo Patrolowo-Interwencyjne KMP Kalisz", kind: .policeUnit),
            PartnerOrganisation(id: "kmp-wrd", name: "Wydział Ruchu Drogowego KMP Kalisz", kind: .policeUnit),
        ]
        for o in organisations { schedule(at, by: sup) { _ in .putOrganisation(o) } }

        func p(_ id: String, _ name: String, _ gender: Gender, _ role: PartnerRole, _ org: String, _ phone: Int, _ mail: String,
               by nominator: String? = nil) -> Partner {
            Partner(id: id, name: name, role: role, organisation: org, phone: "+48 600 000 \(phone)",
                    email: mail, nominatedBy: nominator, gender: gender)
        }
        let dobrzec = CoordinationTeam(id: "zespol-dobrzec", district: "dobrzec",
                                       name: "Dzielnicowy Zespół Koordynacyjny Dobrzec", members: [
            p("dob-prezes", "Krzysztof Jankowski", .male, .cooperativePresident, "sm-dobrzec", 201, "prezes@sm-dobrzec.example"),
            p("dob-rada", "Elżbieta Wróblewska", .female, .estateCouncilChair, "rada-dobrzec", 202, "rada@dobrzec.kalisz.example"),
            p("dob-szkola", "Grażyna Pawłowska", .female, .schoolDirector, "sp17", 203, "dyrektor@sp17.kalisz.example"),
            p("dob-kontakt-sm", "Dariusz Michalski", .male, .designatedContact, "sm-dobrzec", 204,
              "administracja@sm-dobrzec.example", by: "dob-prezes"),
            p("dob-kontakt-szkola", "Joanna Kowalczyk", .female, .designatedContact, "sp17", 205,
              "pedagog@sp17.kalisz.example", by: "dob-szkola"),
            p("dob-kontakt-rada", "Henryk Sołtysiak", .male, .designatedContact, "rada-dobrzec", 206,
              "h.soltysiak@dobrzec.kalisz.example", by: "dob-rada"),
            p("dob-policja", "podkom. Tomasz Szymański", .male, .police, "kmp-rewir", 100, "tomasz.szymanski" + mail),
            p("dob-straz", "Marek Górecki", .male, .cityGuard, "straz-miejska", 207, "m.gorecki@sm.kalisz.example"),
            p("dob-mops", "Iwona Błaszczyk", .female, .other, "mops", 208, "i.blaszczyk@mops.kalisz.example"),
        ])
        let widok = CoordinationTeam(id: "zespol-widok", district: "widok",
                                     name: "Dzielnicowy Zespół Koordynacyjny Widok", members: [
            p("wid-prezes", "Zbigniew Olejniczak", .male, .cooperativePresident, "sm-widok", 211, "prezes@sm-widok.example"),
            p("wid-rada", "Bożena Stępień", .female, .estateCouncilChair, "rada-widok", 212, "rada@widok.kalisz.example"),
            p("wid-szkola", "Andrzej Walczak", .male, .schoolDirector, "sp9", 213, "dyrektor@sp9.kalisz.example"),
            p("wid-kontakt-sm", "Renata Kubiak", .female, .designatedContact, "sm-widok", 214,
              "administracja@sm-widok.example", by: "wid-prezes"),
            p("wid-kontakt-szkola", "Piotr Łuczak", .male, .designatedContact, "sp9", 215,
              "wicedyrektor@sp9.kalisz.example", by: "wid-szkola"),
            p("wid-kontakt-rada", "Teresa Ratajczak", .female, .designatedContact, "rada-widok", 216,
              "t.ratajczak@widok.kalisz.example", by: "wid-rada"),
            p("wid-policja", "podkom. Tomasz Szymański", .male, .police, "kmp-rewir", 100, "tomasz.szymanski" + mail),
            p("wid-straz", "Sławomir Nowicki", .male, .cityGuard, "straz-miejska", 217, "s.nowicki@sm.kalisz.example"),
            p("wid-mzdik", "Katarzyna Adamczyk", .female, .other, "mzdik", 218, "k.adamczyk@mzdik.kalisz.example"),
        ])
        let programme = Programme(name: "Bezpieczne Dzielnice — pilotaż w Kaliszu", agreed: recordsStart.adding(days: -30),
                                  signatories: ["Prezydent Miasta Kalisza", "Komendant Miejski Policji w Kaliszu",
                                                "Spółdzielnia Mieszkaniowa „Dobrzec”", "Spółdzielnia Mieszkaniowa „Widok”"],
                                  pilotFrom: previousStart, pilotTo: activeEnd)
        schedule(at, by: sup) { _ in .putProgramme(programme) }
        for team in [dobrzec, widok] {
            var empty = team
            empty.members = []
            schedule(at, by: sup) { _ in .putTeam(empty) }
            for m in team.members { schedule(at, by: sup) { _ in .putMember(MemberPut(team: team.id, member: m)) } }
        }
    }

    // MARK: Plans and tasks

    mutating func addPlan(_ name: String, at: Timestamp, _ draft: PlanDraft) {
        schedule(at, by: Self.sup, names: [name]) { _ in .addPlan(draft) }
    }

    /// Schedules the task's creation and its steps.
    mutating func add(_ task: DemoTask) {
        let at = stamp(task.created, rng.int(9...12), rng.int(0...11) * 5)
        schedule(at, by: task.createdBy, names: [task.name]) { refs in .addTask(task.draft(refs)) }
        steps(of: task, after: at)
    }

    /// Schedules a task's steps, each strictly after the one before, so its history stays in order.
    mutating func steps(of task: DemoTask, after created: Timestamp) {
        if task.category != nil { linkable.append(task) }
        var last = created
        let name = task.name
        for step in task.steps {
            if case .askSupport(let day, let unit, let what) = step {
                // At a fixed hour: drawing one would move every later pseudo-random choice.
                schedule(stamp(day, 15, 30), by: task.assignee) { refs in
                    .addSupport(SupportAddition(task: refs.task(name), support: SupportReceived(unit: unit, what: what, day: day, open: true, asked: day)))
                }
                continue
            }
            var at = office(step.day)
            if at <= last { at = Timestamp(seconds: last.seconds + 1_800, offsetMinutes: offsetMinutes) }
            last = at
            switch step {
            case .status(_, let status, let reason, let by):
                schedule(at, by: by ?? task.assignee) { refs in
                    .setTaskStatus(TaskStatusUpdate(task: refs.task(name), status: status, reason: reason))
                }
            case .noted(_, let text, let by):
                schedule(at, by: by ?? task.assignee) { refs in .addNote(NoteAddition(task: refs.task(name), text: text)) }
            case .support(let day, let unit, let what):
                schedule(at, by: task.assignee) { refs in
                    .addSupport(SupportAddition(task: refs.task(name), support: SupportReceived(unit: unit, what: what, day: day)))
                }
            case .askSupport: break
            }
        }
    }

    /// The earlier Widok plan (vandalism), closed with its evaluation.
    mutating func previousPlan() {
        let p = previousStart, sup = Self.sup
        addPlan("widok-wandalizm", at: stamp(p.adding(days: -3), 10, 0), PlanDraft(
            district: "widok", officer: "dabrowski",
            title: "Bezpieczny Widok — ograniczenie aktów wandalizmu",
            start: previousStart, end: previousEnd,
            threat: Diagnosis(
                what: "Niszczenie wiat przystankowych, ławek i elewacji (graffiti)",
                place: "przystanki przy ul. Częstochowskiej, garaże przy ul. Kresowej, skrzyżowanie ul. Widok i ul. Ogrodowej",
                when: "noce z piątku na sobotę i z soboty na niedzielę, 22:00–3:00",
                who: "grupy młodzieży w wieku 15–19 lat, w części spoza osiedla",
                category: .vandalism, sources: [.residentInformation, .mapReports, .ownObservation]),
            goal: Goal(kind: .reduce, description: "Ograniczenie liczby aktów wandalizmu na osiedlu o 30%",
                       measure: "liczba interwencji policji dotyczących uszkodzenia mienia w porównaniu z poprzednim półroczem (27)"),
            partners: ["Straż Miejska Kalisza", "Spółdzielnia Mieszkaniowa „Widok”", "Szkoła Podstawowa nr 9 w Kaliszu",
                       "Rada Osiedla Widok"]))
        let plan = "widok-wandalizm"
        add(DemoTask(name: "o1", plan: plan, district: "widok",
                     title: "Patrole w rejonie wiat przystankowych przy ul. Częstochowskiej (noce weekendowe)",
                     assignee: "dabrowski", partners: ["wid-straz"], due: p.adding(days: 160), priority: .high,
                     created: p.adding(days: 2), createdBy: sup, steps: [
                        .go(p.adding(days: 10), .inProgress),
                        .note(p.adding(days: 60), "Dwie wiaty uszkodzone ponownie w ostatni weekend; sprawców nie ustalono. Patrole przesunięte na 23:00–2:00."),
                        .note(p.adding(days: 120), "Od sześciu tygodni bez nowych uszkodzeń wiat."),
                        .go(p.adding(days: 150), .done),
                     ]))
        add(DemoTask(name: "o2", plan: plan, district: "widok",
                     title: "Usunięcie graffiti z garaży przy ul. Kresowej — akcja z uczniami SP nr 9",
                     description: "Farby zapewnia spółdzielnia, szkoła organizuje wolontariuszy, dzielnicowy prowadzi zajęcia o odpowiedzialności za niszczenie mienia.",
                     assignee: "dabrowski", partners: ["wid-szkola", "wid-prezes"], due: p.adding(days: 120),
                     created: p.adding(days: 4), createdBy: sup, steps: [
                        .go(p.adding(days: 20), .inProgress),
                        .support(p.adding(days: 90), unit: "kmp-prewencja",
                                 what: "Zespół ds. nieletnich i patologii: zajęcia profilaktyczne dla uczniów przed akcją"),
                        .note(p.adding(days: 105), "Graffiti usunięte z 14 garaży; udział 22 uczniów i 3 nauczycieli."),
                        .go(p.adding(days: 110), .done),
                     ]))
        add(DemoTask(name: "o3", plan: plan, district: "widok",
                     title: "Wniosek do Urzędu Miasta o kamerę monitoringu na skrzyżowaniu ul. Widok i ul. Ogrodowej",
                     assignee: "dabrowski", partners: ["wid-rada"], due: p.adding(days: 150), priority: .low,
                     created: p.adding(days: 6), createdBy: sup, steps: [
                        .go(p.adding(days: 30), .inProgress),
                        .note(p.adding(days: 45), "Wniosek złożony wspólnie z Radą Osiedla."),
                        .note(p.adding(days: 170), "Urząd Miasta nie ujął kamery w budżecie na ten rok; wniosek do ponowienia na przyszły rok."),
                     ]))
        let evaluated = activeStart.adding(days: 4)
        // The note quotes the plan's evidence as it stands on the closing day, as `plan evidence` gives it.
        scheduleSeeing(stamp(evaluated, 12, 0), by: sup) { refs, model in
            let id = refs.plan(plan)
            let e = PlanEvidence.compute(model.plan(id)!, model: model, asOf: evaluated)
            return .evaluatePlan(PlanEvaluation(plan: id, evaluation: Evaluation(
                outcome: .reduced, note: DemoBuilder.evaluationNote(e) + " Graffiti usunięto z 14 garaży. Kamera monitoringu nie powstała; wniosek przechodzi do kolejnego etapu planu.",
                day: evaluated)))
        }
    }

    /// The first plan's second stage, prepared lately as a draft to start when the active plan
    /// ends: it carries the camera request still under way (`carriedFrom`), as the note says.
    mutating func nextStage() {
        let start = activeEnd.adding(days: 1)
        schedule(stamp(t(-3), 10, 0), by: Self.sup, names: ["widok-wandalizm-2"]) { refs in
            .startNextPlan(NextPlanDraft(plan: refs.plan("widok-wandalizm"), start: start, end: start.adding(months: 6).adding(days: -1),
                                         title: "Bezpieczny Widok — ograniczenie aktów wandalizmu, II etap", tasks: [refs.task("o3")],
                                         reason: "Przeniesione do II etapu planu: kamera w budżecie miasta na przyszły rok."))
        }
        // Its measure compares with the first stage, not with figures not yet known.
        scheduleSeeing(stamp(t(-3), 10, 15), by: Self.sup) { refs, model in
            var plan = model.plan(refs.plan("widok-wandalizm-2"))!
            plan.goal.measure = "liczba interwencji policji dotyczących uszkodzenia mienia w porównaniu z I etapem; kamera monitoringu na skrzyżowaniu ul. Widok i ul. Ogrodowej"
            return .editPlan(plan)
        }
        schedule(stamp(t(-3), 10, 30), by: Self.sup) { refs in .setPlanStatus(PlanStatusUpdate(plan: refs.plan("widok-wandalizm-2"), status: .draft)) }
    }

    /// The active plans' diagnoses name the threats the map confirmed in their district and
    /// category (the dzielnicowy updating the diagnosis a couple of days ago).
    mutating func namedThreats() {
        for (name, officer) in [("dobrzec-alkohol", "wisniewski"), ("widok-parkowanie", "dabrowski")] {
            scheduleSeeing(stamp(t(-2), 14, 0), by: officer) { refs, model in
                var plan = model.plan(refs.plan(name))!
                plan.threat.threats = model.threats.filter { $0.district == plan.district && $0.category == plan.threat.category
                    && [.confirmed, .eliminated].contains($0.status) && $0.reported >= plan.start }.map(\.id)
                return .editPlan(plan)
            }
        }
    }

    /// What the closing note of a plan says of its evidence, in the words `plan evidence` uses
    /// for its counts: police interventions, residents' contacts, the share feeling safe.
    static func evaluationNote(_ e: RecordedEvidence) -> String {
        Language.pl.bind {
            var parts: [String] = []
            if let p = e.police, let i = p.inCategory.first(where: { $0.kind == .intervention }) {
                parts.append("Interwencje policji w kategorii planu (\(p.months) wobec \(p.before)): " + L10n.evidenceCount(i.count) + ".")
            }
            parts.append("Kontakty mieszkańców w kategorii planu: " + L10n.evidenceCount(e.inCategory) + ".")
            if let s = e.survey, let b = s.before?.feelSafeShare, let a = s.after?.feelSafeShare {
                parts.append("Bezpiecznie czuje się \(a)% ankietowanych wobec \(b)% przed planem.")
            }
            return parts.joined(separator: " ")
        }
    }

    mutating func activePlans() {
        let s = activeStart, sup = Self.sup
        addPlan("dobrzec-alkohol", at: stamp(s.adding(days: -3), 10, 0), PlanDraft(
            district: "dobrzec", officer: "wisniewski",
            title: "Bezpieczny Dobrzec — ograniczenie spożywania alkoholu w miejscach publicznych",
            start: activeStart, end: activeEnd,
            threat: Diagnosis(
                what: "Spożywanie alkoholu w miejscach publicznych i zakłócanie spokoju przez osoby nietrzeźwe",
                place: "skwer przy ul. Dobrzeckiej 40–46, plac zabaw przy ul. Łódzkiej, okolice sklepu całodobowego przy ul. Legionów, klatki schodowe przy ul. Podmiejskiej",
                when: "piątki i soboty 18:00–23:00, od wiosny do jesieni; nasilenie na początku miesiąca",
                who: "stała grupa 5–8 mężczyzn w wieku 30–55 lat, głównie mieszkańcy osiedla; latem także młodzi dorośli",
                category: .publicDrinking,
                sources: [.residentSurvey, .residentInformation, .mapReports, .interventions]),
            goal: Goal(kind: .reduce,
                       description: "Ograniczenie o połowę spożywania alkoholu w miejscach publicznych na Dobrzecu",
                       measure: "liczba interwencji policji dotyczących spożywania alkoholu w miejscach publicznych (w poprzednim półroczu 38, cel — najwyżej 19), zgłoszenia mieszkańców i zweryfikowane zgłoszenia KMZB; ankieta poczucia bezpieczeństwa na koniec okresu"),
            partners: ["Straż Miejska Kalisza", "Spółdzielnia Mieszkaniowa „Dobrzec”", "Rada Osiedla Dobrzec",
                       "Szkoła Podstawowa nr 17 w Kaliszu", "Miejski Ośrodek Pomocy Społecznej w Kaliszu"]))
        addPlan("widok-parkowanie", at: stamp(s.adding(days: -3), 11, 0), PlanDraft(
            district: "widok", officer: "dabrowski",
            title: "Bezpieczny Widok — drożne drogi pożarowe i chodniki",
            start: activeStart, end: activeEnd,
            threat: Diagnosis(
                what: "Nieprawidłowe parkowanie na drogach pożarowych, chodnikach i trawnikach, utrudniające dojazd służb ratunkowych i przejście pieszych",
                place: "drogi pożarowe przy ul. Widok 10–24, chodniki ul. Ogrodowej, okolice SP nr 9 przy ul. Żołnierskiej, parking przy ul. Kresowej",
                when: "codziennie 18:00–7:00, najbardziej w dni robocze wieczorem; przy szkole 7:30–8:15",
                who: "mieszkańcy osiedla i ich goście, rodzice dowożący dzieci do szkoły, klienci warsztatu przy ul. Częstochowskiej",
                category: .wrongParking,
                sources: [.residentSurvey, .residentInformation, .safetyDebate, .mapReports, .ownObservation]),
            goal: Goal(kind: .eliminate,
                       description: "Wyeliminowanie parkowania na drogach pożarowych przy ul. Widok i ograniczenie parkowania na chodnikach",
                       measure: "liczba interwencji policji dotyczących nieprawidłowego parkowania (w poprzednim półroczu 52); przejezdność dróg pożarowych potwierdzona w ćwiczeniu z PSP"),
            partners: ["Straż Miejska Kalisza", "Spółdzielnia Mieszkaniowa „Widok”", "Rada Osiedla Widok",
                       "Szkoła Podstawowa nr 9 w Kaliszu", "Miejski Zarząd Dróg i Komunikacji w Kaliszu"]))

        let dob = "dobrzec-alkohol"
        func d(_ name: String, _ title: String, _ assignee: String, created: Int, due: Int,
               _ priority: TaskPriority = .normal, partners: [String] = [], description: String = "",
               category: ThreatCategory? = nil, _ steps: [DemoStep]) -> DemoTask {
            DemoTask(name: name, plan: dob, district: "dobrzec", title: title, description: description,
                     assignee: assignee, partners: partners, due: t(due), priority: priority,
                     created: s.adding(days: created), createdBy: sup, category: category, steps: steps)
        }
        let dobrzec: [DemoTask] = [
            d("d1", "Wspólne patrole ze Strażą Miejską: skwer przy ul. Dobrzeckiej i plac zabaw przy ul. Łódzkiej",
              "wisniewski", created: 1, due: 45, .high, partners: ["dob-straz"],
              description: "Piątki i soboty 18:00–23:00, co najmniej dwa patrole w tygodniu.", category: .publicDrinking, [
                .go(t(-90), .inProgress),
                .note(t(-82), "Pierwszy wspólny patrol ze Strażą Miejską: pouczono 4 osoby, 2 mandaty karne."),
                .support(t(-61), unit: "kmp-opi",
                         what: "Dwóch policjantów OPI na patrolu w piątek wieczorem (skwer przy ul. Dobrzeckiej)"),
                .note(t(-44), "Grupa przeniosła się pod garaże przy ul. Polnej — sprawa na posiedzenie zespołu."),
                .note(t(-10), "Od trzech tygodni wyraźnie spokojniej; zgłoszeń mniej o połowę."),
              ]),
            d("d2", "Uzgodnienie ze spółdzielnią przeniesienia ławek spod sklepu całodobowego przy ul. Legionów",
              "wisniewski", created: 2, due: -50, partners: ["dob-prezes", "dob-kontakt-sm"], [
                .go(t(-85), .inProgress),
                .note(t(-72), "Zarząd spółdzielni zgodził się na demontaż; termin po uzgodnieniu z właścicielem sklepu."),
                .go(t(-55), .done),
                .note(t(-54), "Ławki zdemontowane i ustawione na placu zabaw przy ul. Łódzkiej."),
              ]),
            d("d3", "Wniosek do MZDiK o doświetlenie przejścia między blokami przy ul. Dobrzeckiej 40–46",
              "wisniewski", created: 3, due: -12, partners: ["dob-rada"], [
                .go(t(-80), .inProgress),
                .note(t(-64), "Pismo wysłane wspólnie z Radą Osiedla; czekamy na odpowiedź."),
                .note(t(-21), "Proszę ponowić pismo do MZDiK i zadzwonić do wydziału inwestycji.", by: sup),
                .note(t(-19), "Ponowiono pismo; MZDiK deklaruje oględziny w tym miesiącu."),
              ]),
            d("d4", "Rozmowy profilaktyczne ze sprzedawcami sklepu całodobowego przy ul. Legionów",
              "wisniewski", created: 3, due: -30,
              description: "Sprzedaż alkoholu osobom nietrzeźwym i nieletnim; informacja o kontrolach Komisji ds. Rozwiązywania Problemów Alkoholowych.", [
                .go(t(-75), .inProgress),
                .go(t(-40), .done),
              ]),
            d("d5", "Spotkanie z rodzicami w SP nr 17: alkohol i bezpieczeństwo nieletnich",
              "kaczmarek", created: 4, due: 3, partners: ["dob-szkola", "dob-kontakt-szkola"], [
                .note(t(-25), "Termin uzgodniony z dyrektor szkoły; zaproszenia przez dziennik elektroniczny."),
                .support(t(-12), unit: "kmp-prewencja",
                         what: "Specjalista ds. nieletnich poprowadzi część spotkania o odpowiedzialności prawnej"),
              ]),
            d("d6", "List dzielnicowego do mieszkańców ul. Dobrzeckiej i ul. Łódzkiej: jak zgłaszać zakłócanie porządku",
              "wisniewski", created: 5, due: -65, .low, partners: ["dob-prezes"], [
                .go(t(-88), .inProgress),
                .go(t(-66), .done),
                .note(t(-66), "Rozniesiono 420 listów do skrzynek; administracja spółdzielni wywiesiła je w klatkach."),
              ]),
            d("d7", "Kontrole klatek schodowych przy ul. Podmiejskiej zgłaszanych jako miejsca libacji",
              "kaczmarek", created: 5, due: -5, .high, partners: ["dob-kontakt-sm"], category: .publicDrinking, [
                .note(t(-40), "Administrator nie przekazał jeszcze kodów do domofonów — kontrole tylko z mieszkańcami."),
                .askSupport(t(-6), unit: "kmp-prewencja",
                            what: "Dwa wieczorne patrole przy klatkach ul. Podmiejskiej w przyszłym tygodniu"),
              ]),
            d("d8", "Wniosek do SM „Dobrzec” o monitoring placu zabaw przy ul. Łódzkiej",
              "wisniewski", created: 6, due: -20, partners: ["dob-prezes"], [
                .go(t(-70), .inProgress),
                .note(t(-58), "Wniosek złożony, rada nadzorcza spółdzielni rozpatrzy go na najbliższym posiedzeniu."),
                .go(t(-15), .notDone,
                    reason: "Zarząd spółdzielni nie przyznał środków w tegorocznym budżecie; wniosek zostanie złożony ponownie w przyszłym roku."),
              ]),
            d("d9", "Piknik rodzinny „Bezpieczny Dobrzec” na boisku SP nr 17",
              "wisniewski", created: 7, due: 10, .low, partners: ["dob-rada", "dob-szkola"], [
                .note(t(-60), "Wstępnie uzgodniony program: stoisko policji, Straży Miejskiej i straży pożarnej."),
                .go(t(-18), .cancelled, reason: "Rada Osiedla przeniosła piknik na wiosnę z powodu remontu boiska.", by: sup),
              ]),
            d("d10", "Zestawienie interwencji i zgłoszeń KMZB dotyczących alkoholu (miernik celu planu)",
              "kaczmarek", created: 7, due: 5, .normal, [
                .go(t(-80), .inProgress),
                .go(t(-72), .done),
                .go(t(-20), .inProgress, by: sup),
                .note(t(-20), "Zespół prosi o zestawienie także za ostatni miesiąc.", by: sup),
                .note(t(-6), "Dane z ostatniego miesiąca zebrane, pozostało porównanie z poprzednim półroczem."),
              ]),
            d("d11", "Weryfikacja zgłoszeń KMZB przy ul. Obywatelskiej (w ciągu 5 dni od zgłoszenia)",
              "kaczmarek", created: 8, due: 20, .low, category: .publicDrinking, []),
        ]
        for task in dobrzec { add(task) }

        let wid = "widok-parkowanie"
        func w(_ name: String, _ title: String, _ assignee: String, created: Int, due: Int,
               _ priority: TaskPriority = .normal, partners: [String] = [], description: String = "",
               category: ThreatCategory? = nil, _ steps: [DemoStep]) -> DemoTask {
            DemoTask(name: name, plan: wid, district: "widok", title: title, description: description,
                     assignee: assignee, partners: partners, due: t(due), priority: priority,
                     created: s.adding(days: created), createdBy: sup, category: category, steps: steps)
        }
        let widok: [DemoTask] = [
            w("w1", "Wspólne kontrole parkowania ze Strażą Miejską na drogach pożarowych przy ul. Widok 10–24",
              "dabrowski", created: 1, due: 40, .high, partners: ["wid-straz"], category: .wrongParking, [
                .go(t(-92), .inProgress),
                .support(t(-85), unit: "kmp-wrd",
                         what: "Wspólna kontrola parkowania, dwóch funkcjonariuszy WRD: 11 wezwań, 3 mandaty"),
                .note(t(-50), "Drogi pożarowe wolne w 4 z 6 kontroli; problem wraca w weekendy."),
                .note(t(-12), "W ostatnich dwóch tygodniach drogi pożarowe przejezdne przy każdej kontroli."),
              ]),
            w("w2", "Wniosek do SM „Widok” o oznakowanie dróg pożarowych znakami zakazu zatrzymywania",
              "zielinska", created: 2, due: -40, partners: ["wid-prezes", "wid-kontakt-sm"], [
                .go(t(-87), .inProgress),
                .note(t(-70), "Spółdzielnia zamówiła znaki; montaż po uzyskaniu zgody MZDiK."),
                .go(t(-45), .done),
              ]),
            w("w3", "Wniosek do MZDiK o słupki blokujące parkowanie na chodniku przy ul. Ogrodowej",
              "zielinska", created: 3, due: -8, partners: ["wid-rada", "wid-mzdik"], category: .wrongParking, [
                .go(t(-78), .inProgress),
                .note(t(-30), "MZDiK: słupki są w planie na przyszły kwartał; prosimy o przyspieszenie."),
              ]),
            w("w4", "Akcja „Parkuj z głową”: ulotki za wycieraczkami i list dzielnicowego do mieszkańców",
              "dabrowski", created: 3, due: -60, .low, partners: ["wid-rada", "wid-kontakt-rada"], [
                .go(t(-80), .inProgress),
                .note(t(-68), "Rozdano 600 ulotek; Rada Osiedla umieściła list na swojej stronie."),
                .go(t(-62), .done),
              ]),
            w("w5", "Pomiar zajętości miejsc parkingowych wieczorem (miernik celu planu)",
              "zielinska", created: 4, due: 4, .normal, [
                .note(t(-15), "Pomiary zaplanowane na trzy wieczory: wtorek, czwartek, sobota."),
              ]),
            w("w6", "Bezpieczna droga do szkoły: kontrole parkowania przy SP nr 9 (ul. Żołnierska) w godz. 7:30–8:15",
              "dabrowski", created: 5, due: 2, .high, partners: ["wid-szkola", "wid-kontakt-szkola"], [
                .go(t(-50), .inProgress),
                .support(t(-20), unit: "kmp-opi",
                         what: "Patrol OPI przy szkole przez tydzień w godzinach porannych"),
                .note(t(-3), "Rodzice korzystają z „kiss & ride” na ul. Wąskiej; na chodniku 1–2 auta dziennie."),
              ]),
            w("w7", "Ćwiczenie dojazdu straży pożarnej do bloków przy ul. Widok (sprawdzenie przejezdności)",
              "dabrowski", created: 6, due: -15, partners: ["wid-straz", "wid-prezes"], [
                .go(t(-40), .inProgress),
                .go(t(-10), .notDone,
                    reason: "PSP Kalisz odwołała ćwiczenie; przejezdność sprawdzono tylko pojazdem Straży Miejskiej — brak pełnej oceny."),
              ]),
            w("w8", "Usunięcie porzuconych pojazdów z parkingu przy ul. Kresowej (procedura ze Strażą Miejską)",
              "dabrowski", created: 6, due: -25, partners: ["wid-straz"], [
                .go(t(-75), .inProgress),
                .note(t(-70), "Ustalono właścicieli 2 z 3 pojazdów; wezwania do usunięcia wysłane."),
                .go(t(-22), .done),
              ]),
            w("w9", "Wniosek o strefę płatnego parkowania na ul. Serbinowskiej",
              "zielinska", created: 7, due: 30, .low, partners: ["wid-rada"], [
                .note(t(-65), "Rada Osiedla zbiera opinie mieszkańców."),
                .go(t(-18), .cancelled, reason: "Po konsultacjach Rada Osiedla wycofała poparcie dla strefy płatnego parkowania."),
              ]),
            w("w10", "Rozmowa z właścicielem warsztatu przy ul. Częstochowskiej o parkowaniu aut klientów na chodniku",
              "dabrowski", created: 8, due: -3, category: .wrongParking, []),
            w("w11", "Weryfikacja zgłoszeń KMZB o nieprawidłowym parkowaniu (w ciągu 5 dni od zgłoszenia)",
              "dabrowski", created: 8, due: 21, .low, []),
        ]
        // Held by partners, the dzielnicowy following them up.
        let holders: [String: PartnerRef] = ["w2": .organisation("sm-widok"), "w8": .organisation("straz-miejska")]
        for var task in widok {
            task.holder = holders[task.name]
            add(task)
        }
    }

    /// Karty samozadaniowania: tasks the officers set themselves.
    mutating func selfSetTasks() {
        add(DemoTask(name: "s1", district: "dobrzec",
                     title: "Sprawdzenie oświetlenia i zarośli na ścieżce od ul. Polnej do ul. Żytniej",
                     assignee: "kaczmarek", due: t(2), created: t(-9), createdBy: "kaczmarek"))
        add(DemoTask(name: "s2", district: "widok",
                     title: "Nawiązanie kontaktu z nowym administratorem budynków przy ul. Żołnierskiej",
                     assignee: "dabrowski", due: t(-20), created: t(-40), createdBy: "dabrowski", steps: [
                        .go(t(-38), .inProgress),
                        .note(t(-30), "Umówione spotkanie w biurze administracji."),
                        .go(t(-24), .done),
                     ]))
        add(DemoTask(name: "s3", district: "dobrzec",
                     title: "Kontrola miejsc gromadzenia się młodzieży przy garażach przy ul. Harcerskiej (wieczorami)",
                     assignee: "wisniewski", due: t(9), priority: .high, created: t(-20), createdBy: "wisniewski",
                     category: .youthGroups, steps: [
                        .go(t(-19), .inProgress),
                        .note(t(-7), "Trzy kontrole: wylegitymowano 6 nieletnich, informacja do pedagoga SP nr 17."),
                     ]))
    }

    // MARK: Meetings

    mutating func meeting(_ name: String, team: String, day: Day, attendees: [String], officers: [String],
                          minutes: String, decisions: [DemoDecision]) {
        let at = stamp(day, 17, 0)
        let newTasks = decisions.compactMap(\.newTask)
        schedule(at, by: Self.sup, names: [name] + newTasks.map(\.name)) { refs in
            .addMeeting(MeetingDraft(team: team, day: day, attendees: attendees, officers: officers, minutes: minutes,
                                     decisions: decisions.map { d in
                DecisionDraft(text: d.text, task: d.existing.map(refs.task), newTask: d.newTask?.draft(refs))
            }))
        }
        for task in newTasks { steps(of: task, after: at) }
    }

    mutating func meetings() {
        let sup = Self.sup
        // Dobrzec meets on Tuesdays, Widok on Wednesdays: ~10 weeks and ~4 weeks ago.
        let d1 = back(t(-70), to: 2), d2 = back(t(-28), to: 2)
        let w1 = back(t(-70), to: 3), w2 = back(t(-28), to: 3)
        let officersD = [sup, "wisniewski", "kaczmarek"], officersW = [sup, "dabrowski", "zielinska"]

        meeting("dobrzec-1", team: "zespol-dobrzec", day: d1,
                attendees: ["dob-prezes", "dob-rada", "dob-szkola", "dob-kontakt-sm", "dob-straz"],
                officers: officersD, minutes: """
                Posiedzenie Dzielnicowego Zespołu Koordynacyjnego Dobrzec w siedzibie Rady Osiedla. Prowadził podkom. Tomasz Szymański.
                1. Dzielnicowi przedstawili realizację planu: wspólne patrole ze Strażą Miejską trwają, list dzielnicowego rozniesiony do 420 mieszkań.
                2. Prezes SM „Dobrzec” poinformował o zgodzie zarządu na przeniesienie ławek spod sklepu przy ul. Legionów.
                3. Mieszkańcy sygnalizują nowe miejsce spożywania alkoholu: garaże przy ul. Polnej.
                4. Dyrektor SP nr 17 zaproponowała spotkanie z rodzicami na temat alkoholu i nieletnich.
                """, decisions: [
                    DemoDecision(text: "Objąć patrolami rejon garaży przy ul. Polnej (czwartek–sobota wieczorem).",
                                 newTask: DemoTask(name: "d-m1", plan: "dobrzec-alkohol", district: "dobrzec",
                                                   title: "Patrole w rejonie garaży przy ul. Polnej (czwartek–sobota wieczorem)",
                                                   assignee: "kaczmarek", partners: ["dob-straz"], due: d1.adding(days: 49),
                                                   priority: .high, created: d1, createdBy: sup, category: .publicDrinking, steps: [
                                                    .go(t(-62), .inProgress),
                                                    .note(t(-41), "Cztery patrole, pouczono 7 osób; jedna osoba doprowadzona do izby wytrzeźwień."),
                                                    .go(t(-9), .done),
                                                   ])),
                    DemoDecision(text: "Przeniesienie ławek spod sklepu przy ul. Legionów — kontynuować.", existing: "d2"),
                    DemoDecision(text: "Kolejne posiedzenie za około sześć tygodni."),
                ])
        meeting("dobrzec-2", team: "zespol-dobrzec", day: d2,
                attendees: ["dob-prezes", "dob-rada", "dob-kontakt-rada", "dob-kontakt-szkola", "dob-straz", "dob-mops"],
                officers: officersD, minutes: """
                Posiedzenie Dzielnicowego Zespołu Koordynacyjnego Dobrzec. Prowadził podkom. Tomasz Szymański.
                1. Ławki spod sklepu przy ul. Legionów przeniesione; rozmowy ze sprzedawcami przeprowadzone.
                2. Patrole przy garażach ul. Polnej przynoszą efekt, grupa rozprasza się.
                3. Wniosek o monitoring placu zabaw czeka na decyzję zarządu spółdzielni.
                4. Przedstawicielka MOPS zaproponowała wspólne wizyty u osób nadużywających alkoholu.
                """, decisions: [
                    DemoDecision(text: "Przeprowadzić ankietę poczucia bezpieczeństwa wśród mieszkańców (miernik celu planu).",
                                 newTask: DemoTask(name: "d-m2", plan: "dobrzec-alkohol", district: "dobrzec",
                                                   title: "Ankieta poczucia bezpieczeństwa wśród mieszkańców Dobrzeca",
                                                   assignee: "wisniewski", partners: ["dob-rada", "dob-kontakt-rada"],
                                                   due: t(14), created: d2, createdBy: sup, steps: [
                                                    .note(t(-10), "Ankieta uzgodniona z Radą Osiedla; druk 500 egzemplarzy."),
                                                   ])),
                    DemoDecision(text: "Uzupełnić zestawienie interwencji o ostatni miesiąc.", existing: "d10"),
                    DemoDecision(text: "Monitoring placu zabaw: SM „Dobrzec” przedstawi stanowisko zarządu.", existing: "d8"),
                ])
        meeting("widok-1", team: "zespol-widok", day: w1,
                attendees: ["wid-prezes", "wid-rada", "wid-szkola", "wid-kontakt-sm", "wid-straz", "wid-mzdik"],
                officers: officersW, minutes: """
                Posiedzenie Dzielnicowego Zespołu Koordynacyjnego Widok w SP nr 9. Prowadził podkom. Tomasz Szymański.
                1. Podsumowano poprzedni plan (wandalizm): interwencji policji mniej o 40%, kamera monitoringu nie powstała.
                2. Wspólne kontrole ze Strażą Miejską i WRD na drogach pożarowych przy ul. Widok: 11 wezwań, 3 mandaty.
                3. Mieszkańcy zgłaszają zajmowanie miejsc dla osób z niepełnosprawnościami przy ul. Widok 12.
                """, decisions: [
                    DemoDecision(text: "Wystąpić do SM „Widok” o oznakowanie miejsc dla osób z niepełnosprawnościami przy ul. Widok 12.",
                                 newTask: DemoTask(name: "w-m1", plan: "widok-parkowanie", district: "widok",
                                                   title: "Oznakowanie miejsc dla osób z niepełnosprawnościami przy ul. Widok 12",
                                                   assignee: "dabrowski", partners: ["wid-prezes"], due: w1.adding(days: 40),
                                                   created: w1, createdBy: sup, steps: [
                                                    .go(t(-60), .inProgress),
                                                    .go(t(-15), .done),
                                                    .note(t(-15), "Miejsca oznakowane poziomo i pionowo."),
                                                   ])),
                    DemoDecision(text: "Wspólne kontrole ze Strażą Miejską — kontynuować.", existing: "w1"),
                ])
        meeting("widok-2", team: "zespol-widok", day: w2,
                attendees: ["wid-prezes", "wid-rada", "wid-kontakt-rada", "wid-kontakt-szkola", "wid-straz"],
                officers: officersW, minutes: """
                Posiedzenie Dzielnicowego Zespołu Koordynacyjnego Widok. Prowadził podkom. Tomasz Szymański.
                1. Oznakowanie dróg pożarowych zakończone; wraki z parkingu przy ul. Kresowej w trakcie usuwania.
                2. Mieszkańcy ul. Ogrodowej zgłaszają parkowanie na chodnikach w nocy.
                3. Rada Osiedla przedstawi wyniki konsultacji w sprawie strefy płatnego parkowania.
                """, decisions: [
                    DemoDecision(text: "Kontrole parkowania w porze nocnej przy ul. Ogrodowej.",
                                 newTask: DemoTask(name: "w-m2", plan: "widok-parkowanie", district: "widok",
                                                   title: "Kontrole parkowania w porze nocnej (22:00–24:00) przy ul. Ogrodowej",
                                                   assignee: "zielinska", partners: ["wid-straz"], due: t(6), priority: .high,
                                                   created: w2, createdBy: sup, category: .wrongParking, steps: [
                                                    .go(t(-20), .inProgress),
                                                    .note(t(-5), "Dwie kontrole nocne: 5 pojazdów na chodniku, sprawy przekazane Straży Miejskiej."),
                                                   ])),
                    DemoDecision(text: "Strefa płatnego parkowania: decyzja po konsultacjach Rady Osiedla.", existing: "w9"),
                ])
    }

    // MARK: Resident contacts

    static let channelWeights: [(ContactChannel, Int)] = [
        (.onBeat, 34), (.phone, 20), (.officeHours, 12), (.email, 10), (.mapReport, 11), (.communityMeeting, 7), (.letter, 6),
    ]
    static let dobrzecCategories: [(ThreatCategory, Int)] = [
        (.publicDrinking, 26), (.wrongParking, 15), (.vandalism, 11), (.speeding, 10), (.youthGroups, 10),
        (.strayDogs, 7), (.illegalDumping, 5), (.other, 8), (.homelessPerson, 4), (.drugs, 4),
    ]
    static let widokCategories: [(ThreatCategory, Int)] = [
        (.wrongParking, 27), (.vandalism, 14), (.publicDrinking, 11), (.speeding, 10), (.youthGroups, 10),
        (.strayDogs, 7), (.illegalDumping, 5), (.other, 8), (.badTrafficOrganisation, 4), (.begging, 4),
    ]

    /// Who spoke to the officer: the subject, whether singular, and the gender of a singular one.
    static let whos: [(String, Bool, Character)] = [
        ("Mieszkanka", true, "f"), ("Mieszkaniec", true, "m"), ("Mieszkańcy bloku", false, "f"),
        ("Starsza mieszkanka", true, "f"), ("Administrator budynku", true, "m"), ("Rodzice uczniów", false, "m"),
        ("Sprzedawczyni ze sklepu osiedlowego", true, "f"), ("Emeryt mieszkający na parterze", true, "m"),
    ]
    /// The verbs and the times of day: the synthetic stores' own.
    static let verbs = SyntheticText.verbs
    static let whens = SyntheticText.whens

    static func whats(_ c: ThreatCategory) -> [String] {
        switch c {
        case .publicDrinking: return [
            "grupę mężczyzn pijących alkohol na ławkach przy placu zabaw",
            "libacje alkoholowe na klatce schodowej",
            "spożywanie alkoholu przez kilka osób pod sklepem całodobowym",
            "hałasujące osoby nietrzeźwe na skwerze między blokami",
            "picie piwa przez młodych mężczyzn na boisku szkolnym",
            "osoby pijące alkohol w altanie śmietnikowej",
        ]
        case .wrongParking: return [
            "samochody parkujące na drodze pożarowej",
            "auta stojące na chodniku i utrudniające przejście z wózkiem",
            "parkowanie na trawnikach między blokami",
            "blokowanie wyjazdu z garaży przez zaparkowane samochody",
            "busy dostawcze zajmujące miejsca dla osób z niepełnosprawnościami",
            "parkowanie tuż przy przejściu dla pieszych, ograniczające widoczność",
        ]
        case .vandalism: return [
            "zniszczoną wiatę przystankową",
            "nowe napisy graffiti na elewacji bloku",
            "wybitą szybę w drzwiach wejściowych do klatki",
            "połamane ławki na placu zabaw",
            "porysowane samochody na parkingu osiedlowym",
            "uszkodzone lampy na ścieżce między blokami",
        ]
        case .speeding: return [
            "samochody jadące zbyt szybko obok szkoły",
            "wyścigi motocyklistów w godzinach wieczornych",
            "nadmierną prędkość aut na osiedlowej uliczce",
            "szybką jazdę kierowców skracających sobie drogę przez osiedle",
        ]
        case .youthGroups: return [
            "grupę nastolatków przesiadujących wieczorami przy garażach",
            "młodzież zaczepiającą przechodniów przy sklepie",
            "nieletnich palących papierosy za szkołą",
            "hałasującą młodzież na placu zabaw po 22:00",
        ]
        case .strayDogs: return [
            "bezpańskiego psa zaczepiającego dzieci w drodze do szkoły",
            "kilka psów wałęsających się przy śmietnikach",
            "psa bez opieki, prawdopodobnie porzuconego",
        ]
        case .illegalDumping: return [
            "dzikie wysypisko gruzu za garażami",
            "porzucone meble i opony przy altanie śmietnikowej",
            "worki ze śmieciami wyrzucane przy ogródkach działkowych",
        ]
        case .homelessPerson: return [
            "osobę bezdomną nocującą w altanie śmietnikowej",
            "starszego mężczyznę bez dachu nad głową, koczującego w piwnicy",
        ]
        case .drugs: return [
            "zapach marihuany na klatce schodowej",
            "porzucone strzykawki przy garażach",
        ]
        case .badTrafficOrganisation: return [
            "brak przejścia dla pieszych przy przystanku",
            "źle ustawione znaki przy wyjeździe z osiedla",
        ]
        case .begging: return [
            "osobę natarczywie żebrzącą przy wejściu do marketu",
            "proszenie o pieniądze przy bankomacie",
        ]
        default: return [
            "podejrzane osoby sprawdzające klamki samochodów",
            "głośne imprezy w mieszkaniu na parterze",
            "brak oświetlenia na ścieżce do przystanku",
            "sprzedaż papierosów bez akcyzy na targowisku",
            "niezabezpieczony plac budowy, na który wchodzą dzieci",
        ]
        }
    }

    static func actions(_ c: ThreatCategory) -> [String] {
        switch c {
        case .publicDrinking: return [
            "Wylegitymowano trzy osoby, dwie ukarano mandatami karnymi.",
            "Pouczono osoby spożywające alkohol; alkohol wylano.",
            "Jedną osobę doprowadzono do izby wytrzeźwień.",
            "Miejsce wpisano do tras wspólnych patroli ze Strażą Miejską.",
        ]
        case .wrongParking: return [
            "Za wycieraczki włożono ulotki „Parkuj z głową”.",
            "Sprawę przekazano Straży Miejskiej — wezwania dla czterech kierowców.",
            "Ustalono właściciela pojazdu i przeprowadzono z nim rozmowę.",
            "Kierowcę ukarano mandatem karnym.",
        ]
        case .vandalism: return [
            "Sporządzono dokumentację fotograficzną i powiadomiono administratora.",
            "Przyjęto zawiadomienie o uszkodzeniu mienia.",
            "Zabezpieczono nagranie z monitoringu sklepu; materiał przekazano do komisariatu.",
        ]
        case .speeding: return [
            "Wystąpiono do Wydziału Ruchu Drogowego o kontrolę prędkości w tym miejscu.",
            "Przeprowadzono kontrolę prędkości z Wydziałem Ruchu Drogowego.",
            "Zgłoszono do MZDiK potrzebę progu zwalniającego.",
        ]
        case .youthGroups: return [
            "Wylegitymowano młodzież; powiadomiono rodziców.",
            "Przeprowadzono rozmowę profilaktyczną; informacja do pedagoga szkolnego.",
            "Miejsce ujęto w trasie wieczornego obchodu.",
        ]
        case .strayDogs: return [
            "Powiadomiono schronisko dla zwierząt.",
            "Ustalono właściciela psa — pouczenie.",
            "Sprawę przekazano Straży Miejskiej (ekopatrol).",
        ]
        case .illegalDumping: return [
            "Powiadomiono Urząd Miasta i administratora terenu.",
            "Ustalono sprawcę na podstawie dokumentów w odpadach — wniosek o ukaranie.",
        ]
        case .homelessPerson: return [
            "Powiadomiono MOPS; osobie zaproponowano miejsce w noclegowni.",
            "Sprawdzono stan zdrowia; osoba odmówiła pomocy, informacja do streetworkera.",
        ]
        default: return [
            "Sprawę przekazano właściwej instytucji.",
            "Sporządzono notatkę służbową.",
        ]
        }
    }

    static let generalActions = [
        "Sprawdzono miejsce w trakcie obchodu rejonu.",
        "W chwili sprawdzenia na miejscu nie stwierdzono zdarzenia.",
        "Miejsce ujęto w planie obchodu rejonu.",
        "Udzielono informacji o Krajowej Mapie Zagrożeń Bezpieczeństwa.",
        "Poinformowano administratora budynku.",
        "Przyjęto zgłoszenie; zgłaszający otrzyma informację zwrotną.",
    ]

    static let channelLead: [ContactChannel: String] = [
        .onBeat: "W rejonie: ", .officeHours: "Na dyżurze: ", .phone: "Telefonicznie: ", .email: "E-mail: ",
        .letter: "Listownie: ", .communityMeeting: "Na spotkaniu z mieszkańcami: ",
    ]
    static let mapStatuses = ["potwierdzone", "potwierdzone", "niepotwierdzone", "potwierdzone (wyeliminowane)"]

    static let womenNames = ["Janina", "Krystyna", "Barbara", "Halina", "Bożena", "Danuta", "Teresa", "Jadwiga",
                             "Urszula", "Beata", "Katarzyna", "Ewa", "Aneta", "Dorota"]
    static let menNames = ["Jan", "Andrzej", "Stanisław", "Zbigniew", "Jerzy", "Ryszard", "Mirosław", "Grzegorz",
                           "Michał", "Bartłomiej", "Jacek", "Wojciech", "Józef", "Leszek"]
    /// Surnames: (for a man, for a woman).
    static let surnames: [(String, String)] = [
        ("Kowalski", "Kowalska"), ("Wójcik", "Wójcik"), ("Lewandowski", "Lewandowska"), ("Dudek", "Dudek"),
        ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Piątek", "Piątek"), ("Grabowski", "Grabowska"),
        ("Nowakowski", "Nowakowska"), ("Pawlak", "Pawlak"), ("Michalak", "Michalak"), ("Sikora", "Sikora"),
        ("Wróbel", "Wróbel"), ("Jabłoński", "Jabłońska"), ("Majewski", "Majewska"), ("Ostrowski", "Ostrowska"),
        ("Zając", "Zając"), ("Król", "Król"), ("Wieczorek", "Wieczorek"), ("Jaworski", "Jaworska"),
        ("Malinowski", "Malinowska"), ("Górski", "Górska"), ("Rutkowski", "Rutkowska"), ("Sobczak", "Sobczak"),
    ]

    /// `ą` → `a` …: for fictional e-mail addresses.
    static func ascii(_ s: String) -> String {
        let map: [Character: Character] = ["ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z"]
        return String(s.lowercased().map { map[$0] ?? $0 })
    }

    mutating func randomPlace(_ streets: [String]) -> String { SyntheticText.place(&rng, streets) }

    /// The last five months' contacts, more of them lately.
    mutating func contacts() {
        contacts(count: 200, prefix: "c") { rng, _ in min(rng.int(1...150), rng.int(1...190)) }
    }

    /// Contacts from the start of the figures (a half-year before the first plan) to five
    /// months ago: what the first plan's evaluation compares. Drawn after the recent ones, so
    /// those stay as they were.
    mutating func olderContacts() {
        let span = recordsStart.adding(days: -10).days(to: today)
        // The first dozen on the first days, so each district's log covers the whole half-year.
        contacts(count: 180, prefix: "k") { rng, i in
            let drawn = rng.int(151...max(151, span))
            return i < 12 ? span - i % 3 : drawn
        }
    }

    /// `count` contacts, each `offset` days before today. A map report is anonymous and promises
    /// no call-back; its threat is registered and verified on the register (read the next day,
    /// verified two days later), save those of the last week, still being read or verified.
    mutating func contacts(count: Int, prefix: String, offset draw: (inout SplitMix64, Int) -> Int) {
        for i in 0..<count {
            let officer = rng.weighted(Self.officers.map { ($0, $0.weight) })
            // Drawn unconditionally, so the sequence of draws never depends on `today`.
            var offset = draw(&rng, i)
            var channel = rng.weighted(Self.channelWeights)
            if i % 25 == 3 { channel = ContactChannel.allCases[(i / 25) % ContactChannel.allCases.count] }
            let category = rng.weighted(officer.district == "dobrzec" ? Self.dobrzecCategories : Self.widokCategories)
            let (who, singular, gender) = rng.pick(Self.whos)
            let verb = rng.pick(Self.verbs)
            let what = rng.pick(Self.whats(category))
            let when = rng.pick(Self.whens)
            let specific = rng.chance(0.6)
            let mapStatus = rng.pick(Self.mapStatuses)
            var action = specific ? rng.pick(Self.actions(category)) : rng.pick(Self.generalActions)
            let place = randomPlace(officer.streets)
            let minute = rng.int(0...59)
            let hourDraw = rng.unit()
            let residentDraw = rng.unit()
            let womanDraw = rng.chance(0.5)
            let givenIndex = rng.int(0...(Self.womenNames.count - 1))
            let surname = rng.pick(Self.surnames)
            let phoneNumber = rng.int(300...899)
            let flat = rng.int(1...60)
            let homeStreet = rng.pick(officer.streets)
            let homeNumber = rng.int(1...64)
            let followDraw = rng.unit()
            let followDays = rng.int(2...12)
            let doneDraw = rng.unit()
            let doneShift = rng.int(-1...2)
            let doneHour = rng.int(8...15), doneMinute = rng.int(0...11) * 5
            let linkDraw = rng.unit()
            let linkPick = rng.int(0...99)

            // Office hours, letters and community meetings happen on working days.
            var day = t(-offset)
            if [.officeHours, .letter, .communityMeeting].contains(channel), day.weekday > 5 {
                offset += day.weekday - 5
                day = t(-offset)
            }
            let hours = channel.demoHours
            let hour = hours.lowerBound + Int(hourDraw * Double(hours.count))
            let time = stamp(day, hour, minute)

            // The resident: anonymous on the threat map, often named in writing and at the desk.
            let namedShare: Double
            switch channel {
            case .mapReport: namedShare = 0
            case .email, .letter: namedShare = 0.75
            case .officeHours: namedShare = 0.6
            case .phone: namedShare = 0.45
            case .onBeat: namedShare = 0.15
            case .communityMeeting: namedShare = 0.1
            }
            var resident: ResidentData?
            if residentDraw < namedShare {
                let woman = singular ? gender == "f" : womanDraw
                let given = (woman ? Self.womenNames : Self.menNames)[givenIndex]
                let name = given + " " + (woman ? surname.1 : surname.0)
                resident = ResidentData(
                    name: name,
                    phone: channel == .email ? nil : "+48 600 000 \(phoneNumber)",
                    email: channel == .email || channel == .letter
                        ? "\(Self.ascii(String(given.prefix(1)))).\(Self.ascii(woman ? surname.1 : surname.0))@poczta.example" : nil,
                    address: "ul. \(homeStreet) \(homeNumber)/\(flat)")
            }

            // A promised follow-up: more often for recent contacts.
            var followUp: Day?
            var doneDay: Day?
            if channel != .mapReport, followDraw < (offset <= 8 ? 0.5 : 0.22) {
                let due = day.adding(days: followDays)
                followUp = due
                if due < today, offset > 150 || doneDraw < 0.8 {
                    var done = due.adding(days: doneShift)
                    if done >= today { done = t(-1) }
                    if done <= day { done = day.adding(days: 1) }
                    doneDay = done
                }
            }

            var summary: String
            // The last week's map reports are still being read or verified.
            let verified = offset > 7
            if channel == .mapReport, !verified {
                summary = "Anonimowe zgłoszenie KMZB wskazuje \(what)\(when). Zgłoszenie w weryfikacji."
            } else if channel == .mapReport {
                if mapStatus == "niepotwierdzone" { action = "Podczas sprawdzenia miejsca nie stwierdzono zgłaszanego zjawiska." }
                summary = "Anonimowe zgłoszenie KMZB wskazuje \(what)\(when). Po weryfikacji: \(mapStatus). \(action)"
            } else {
                let lead = Self.channelLead[channel] ?? ""
                summary = "\(lead)\(who) \(singular ? verb.0 : verb.1) \(what)\(when). \(action)"
            }
            if let f = followUp { summary += " Uzgodniono ponowny kontakt do \(f.polish)." }

            // Link some contacts to a task of their district and category that already existed.
            let candidates = linkable.filter { $0.district == officer.district && $0.category == category && $0.created < day }
            let link = !candidates.isEmpty && linkDraw < 0.35 ? candidates[linkPick % candidates.count].name : nil

            let name = prefix + String(i)
            // A community meeting is the estate council's: the contact names it.
            let with: PartnerRef? = channel == .communityMeeting ? .organisation("rada-" + officer.district) : nil
            let draftTemplate = ContactDraft(time: time, officer: officer.id, district: officer.district, beat: officer.beat,
                                             place: place, channel: channel, category: category, summary: summary,
                                             resident: resident, followUp: followUp, with: with)
            schedule(time, by: officer.id, names: [name]) { refs in
                var draft = draftTemplate
                draft.task = link.map(refs.task)
                return .addContact(draft)
            }
            if let done = doneDay {
                schedule(stamp(done, doneHour, doneMinute), by: officer.id) { refs in
                    .markFollowUp(FollowUpMark(contact: refs.contact(name), done: done))
                }
            }
            if channel == .mapReport {
                mapThreat(of: name, at: time, officer: officer, place: place, category: category, status: verified ? mapStatus : nil,
                          description: what + when, reading: offset >= 3)
            }
        }
    }

    /// The threat a map report names, registered five minutes after the contact, anonymous; then
    /// read (`verifying`) the next morning and verified two days later as `status` says, or
    /// left as the last week's are (`status` nil): read when `reading`, else still new.
    mutating func mapThreat(of contact: String, at: Timestamp, officer: DemoOfficer, place: String, category: ThreatCategory,
                            status: String?, description: String, reading: Bool) {
        let name = "t-" + contact
        let day = at.day
        let draft = ThreatDraft(category: category, place: place, district: officer.district, beat: officer.beat,
                                description: description.prefix(1).uppercased() + description.dropFirst(), source: .map,
                                anonymous: true, reported: day)
        schedule(Timestamp(seconds: at.seconds + 300, offsetMinutes: offsetMinutes), by: officer.id, names: [name]) { refs in
            var d = draft
            d.contact = refs.contact(contact)
            return .addThreat(d)
        }
        func step(_ on: Day, _ hour: Int, _ to: ThreatStatus, _ note: String) {
            schedule(stamp(on, hour, 0), by: officer.id) { refs in .setThreatStatus(ThreatStatusUpdate(threat: refs.threat(name), status: to, note: note)) }
        }
        guard let status else {
            if reading { step(day.adding(days: 1), 8, .verifying, "Zaplanowano sprawdzenie miejsca na obchodzie.") }
            return
        }
        step(day.adding(days: 1), 8, .verifying, "Zaplanowano sprawdzenie miejsca na obchodzie.")
        switch status {
        case "niepotwierdzone":
            step(day.adding(days: 3), 13, .notConfirmed, "Na miejscu nie stwierdzono zgłaszanego zjawiska.")
        case "potwierdzone – wyeliminowane":
            step(day.adding(days: 3), 13, .confirmed, "Zjawisko potwierdzone na miejscu.")
            step(day.adding(days: 3), 14, .eliminated, "Po działaniach dzielnicowego zjawisko ustało.")
        default:
            step(day.adding(days: 3), 13, .confirmed, "Zjawisko potwierdzone na miejscu.")
        }
    }

    // MARK: Police figures and surveys

    /// Months counted from the active plans' first month (negative: before it).
    func month(_ k: Int) -> Month { Month(activeStart).adding(k) }

    /// Police interventions in a plan's category and district, month by month from the
    /// half-year before the first plan (k = −12): the figures the plans' measures quote.
    static let interventionSeries: [String: [Int]] = [
        // Widok, vandalism: 27 in the half-year before the first plan, 16 during it.
        "widok vandalism": [5, 4, 6, 4, 5, 3, 4, 3, 3, 2, 2, 2, 2, 1, 2, 2, 1, 2],
        // Dobrzec, public drinking: 38 in the half-year before the active plan.
        "dobrzec public-drinking": [7, 6, 8, 6, 7, 7, 6, 7, 5, 7, 6, 7, 6, 5, 4, 3, 3, 2],
        // Widok, wrong parking: 52 in the half-year before the active plan.
        "widok wrong-parking": [8, 7, 9, 8, 8, 9, 8, 9, 9, 8, 9, 9, 8, 7, 5, 4, 4, 3],
    ]

    /// The station's export for month `k`: interventions and calls (and offences or
    /// misdemeanours where they go with the category) per district and category.
    func figures(_ k: Int) -> [PoliceFigure] {
        let m = month(k)
        var out: [PoliceFigure] = []
        let categories: [ThreatCategory] = [.vandalism, .wrongParking, .publicDrinking, .youthGroups, .speeding, .illegalDumping]
        for (di, district) in ["dobrzec", "widok"].enumerated() {
            for (ci, c) in categories.enumerated() {
                let base = 1 + (ci + di) % 3
                let interventions = Self.interventionSeries[district + " " + c.rawValue]?[k + 12] ?? base + (k + 12 + ci * 2 + di) % 3
                out.append(PoliceFigure(month: m, district: district, category: c, kind: .intervention, count: interventions))
                out.append(PoliceFigure(month: m, district: district, category: c, kind: .call, count: interventions + 1 + (k + 12 + ci) % 4))
                switch c {
                case .vandalism: out.append(PoliceFigure(month: m, district: district, category: c, kind: .offence, count: (k + 12 + di) % 3))
                case .wrongParking, .publicDrinking, .speeding:
                    out.append(PoliceFigure(month: m, district: district, category: c, kind: .misdemeanour, count: interventions / 2 + (k + 12) % 2))
                default: break
                }
            }
        }
        return out
    }

    /// The station's export imported on the 4th of the following month, every month from the
    /// half-year before the first plan until last month.
    mutating func policeFigures() {
        var k = -12
        while k + 12 < Self.interventionSeries.values.first!.count {
            let m = month(k)
            let on = m.adding(1).first.adding(days: 3)
            guard on < today else { break }
            let figures = self.figures(k)
            scheduleSeeing(stamp(on, 10, 0), by: Self.sup) { _, model in
                .importFigures(FiguresImport(file: "kmp-kalisz-\(m).csv", months: [m], figures: figures, model: model))
            }
            k += 1
        }
    }

    /// A survey round: the safety answers (very safe … hard to say) and the main concerns.
    static func round(_ district: String, _ day: Day, _ respondents: Int, safety: [Int], concerns: [(ThreatCategory, Int)]) -> SurveyDraft {
        SurveyDraft(district: district, day: day, respondents: respondents,
                    answers: zip(SafetyAnswer.allCases, safety).map { SurveyAnswer(question: .safety, answer: $0.0.rawValue, count: $0.1) }
                        + concerns.map { SurveyAnswer(question: .concerns, answer: $0.0.rawValue, count: $0.1) })
    }

    /// Two rounds per district with the estate councils: before the first plan, and before the
    /// active plans (after the first one); recorded by the supervisor three days later.
    mutating func surveys() {
        let first = previousStart.adding(days: -25), second = activeStart.adding(days: -12)
        let rounds = [
            Self.round("dobrzec", first, 412, safety: [48, 170, 121, 45, 28],
                       concerns: [(.publicDrinking, 201), (.wrongParking, 96), (.vandalism, 88), (.speeding, 70), (.youthGroups, 64)]),
            Self.round("widok", first, 305, safety: [30, 121, 96, 38, 20],
                       concerns: [(.vandalism, 142), (.wrongParking, 131), (.youthGroups, 58), (.speeding, 40), (.publicDrinking, 37)]),
            Self.round("dobrzec", second, 398, safety: [44, 160, 125, 46, 23],
                       concerns: [(.publicDrinking, 214), (.wrongParking, 90), (.youthGroups, 71), (.vandalism, 62), (.speeding, 58)]),
            Self.round("widok", second, 317, safety: [41, 146, 85, 27, 18],
                       concerns: [(.wrongParking, 150), (.vandalism, 81), (.youthGroups, 55), (.speeding, 47), (.publicDrinking, 33)]),
        ]
        for r in rounds {
            schedule(stamp(r.day.adding(days: 3), 11, 0), by: Self.sup) { _ in .recordSurveys(SurveyRecording(rounds: [r])) }
        }
    }

    // MARK: Applying

    func build() -> Model {
        var model = Model()
        var refs = DemoRefs()
        let ordered = events.sorted { ($0.at.seconds, $0.order) < ($1.at.seconds, $1.order) }
        for event in ordered {
            precondition(event.at.day < today, "DemoPilot: a change dated \(event.at) is not in the past of \(today)")
            let change = event.make(refs, model).recordingEvidence(in: model)
            let created: Created?
            do {
                created = try model.apply(change, context: ChangeContext(by: event.by, at: event.at)).created
            } catch {
                preconditionFailure("DemoPilot: \(change.name) at \(event.at) rejected: \(error)")
            }
            switch created {
            case .plan(let id)?: refs.plans[event.names[0]] = id
            case .task(let id)?: refs.tasks[event.names[0]] = id
            case .contact(let id)?: refs.contacts[event.names[0]] = id
            case .meeting(let id, let tasks)?:
                refs.meetings[event.names[0]] = id
                precondition(tasks.count == event.names.count - 1, "DemoPilot: meeting tasks do not match their names")
                for (name, task) in zip(event.names.dropFirst(), tasks) { refs.tasks[name] = task }
            case .nextPlan(let id, _)?: refs.plans[event.names[0]] = id
            case .threat(let id)?: refs.threats[event.names[0]] = id
            case .surveys?, nil: break
            }
        }
        return model
    }
}

extension DemoPilot {
    /// The generated stores (the demo, the synthetic ones) reach back up to five years
    /// and a month before today: today must leave them that room after the first day Beat keeps.
    public static let earliestToday = Day(year: Day.years.lowerBound + 6, month: 1, day: 1)!

    /// Refuses (a usage error) a today too early for a generated store.
    public static func checkToday(_ today: Day) throws {
        guard today >= earliestToday else { throw BeatError.usage(L10n.generatedTodayTooEarly(today, earliestToday)) }
    }
}
