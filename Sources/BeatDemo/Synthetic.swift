import BeatCore
/// Synthetic stores for measuring speed: a whole city station over five years (`komenda`),
/// and a store of the pilot's size (`demo`) built by the same code, so the two compare like
/// with like.
///
/// Built the way a real store grows: every record goes through `Model.apply` in the order of
/// its time, so the result is a valid model. Nothing depends on the clock or on system
/// randomness: the same size, seed and `today` always give the identical model.
///
/// All people, phone numbers, e-mail addresses and badge numbers are fictional.
public enum Synthetic {
    /// The two sizes `beat init --synthetic` knows.
    public enum Size: String, CaseIterable, Sendable {
        /// A whole city station: 12 districts, 60 officers, 12 teams, 48 plans, 12,000 tasks,
        /// 300,000 resident contacts over five years, 600 meetings.
        case komenda
        /// The pilot's size: 2 districts, 10 officers, 2 teams, 4 plans, about 50 tasks,
        /// 200 contacts over five months, 4 meetings.
        case demo

        /// How much of everything.
        public var scale: Scale {
            switch self {
            case .komenda:
                return Scale(districts: 12, beatsPerDistrict: 4, plansPerDistrict: 4, tasksPerPlan: 200, selfSetTasksPerDistrict: 100,
                             meetingsPerTeam: 50, newTasksPerMeeting: 2, contacts: 300_000, days: 1_826)
            case .demo:
                return Scale(districts: 2, beatsPerDistrict: 4, plansPerDistrict: 2, tasksPerPlan: 10, selfSetTasksPerDistrict: 3,
                             meetingsPerTeam: 2, newTasksPerMeeting: 2, contacts: 200, days: 150)
            }
        }
    }

    /// How much of everything a synthetic store holds.
    public struct Scale: Sendable, Equatable {
        public var districts: Int
        /// Each beat has its dzielnicowy; each district also has a supervisor.
        public var beatsPerDistrict: Int
        /// Consecutive plans covering the whole period; the last one is active.
        public var plansPerDistrict: Int
        public var tasksPerPlan: Int
        public var selfSetTasksPerDistrict: Int
        public var meetingsPerTeam: Int
        /// Tasks each meeting's decisions create.
        public var newTasksPerMeeting: Int
        public var contacts: Int
        /// The period covered, ending yesterday.
        public var days: Int

        public var officers: Int { districts * (beatsPerDistrict + 1) }
        public var plans: Int { districts * plansPerDistrict }
        public var tasks: Int {
            plans * tasksPerPlan + districts * selfSetTasksPerDistrict + districts * meetingsPerTeam * newTasksPerMeeting
        }
        public var meetings: Int { districts * meetingsPerTeam }
    }

    /// The model for `size`, as it stands on `today`, every timestamp in `offsetMinutes`.
    public static func model(_ size: Size, seed: UInt64, today: Day, offsetMinutes: Int) -> Model {
        model(size.scale, seed: seed, today: today, offsetMinutes: offsetMinutes)
    }

    /// The model for any `scale`.
    public static func model(_ scale: Scale, seed: UInt64, today: Day, offsetMinutes: Int) -> Model {
        var b = SyntheticBuilder(scale: scale, seed: seed, today: today, offsetMinutes: offsetMinutes)
        b.run()
        return b.model
    }
}

// MARK: - The builder

private struct SyntheticBuilder {
    let scale: Synthetic.Scale
    let today: Day
    let start: Day
    let offsetMinutes: Int
    var rng: SplitMix64
    var model = Model()

    struct Place {
        var district: String
        var beat: String
        var officer: String
        var streets: [String]
    }
    /// One per beat: where contacts happen and who logs them.
    var places: [Place] = []
    var supervisors: [String: String] = [:]
    var beatOfficers: [String: [String]] = [:]
    var members: [String: [String]] = [:]
    var districtCategories: [String: [(ThreatCategory, Int)]] = [:]

    /// Things to do on a day (by ordinal): task steps and follow-ups made.
    enum Step {
        case status(task: Int, TaskStatus, reason: String?, by: String)
        case note(task: Int, String, by: String)
        case support(task: Int, SupportReceived, by: String)
        case followUp(contact: Int, by: String)
        case evaluate(plan: Int, Evaluation, by: String)
    }
    var agenda: [Int: [Step]] = [:]

    struct PlanPeriod {
        var district: String
        var start: Day
        var end: Day
        var category: ThreatCategory
        var id: Int?
    }
    var periods: [PlanPeriod] = []
    /// Task creations waiting for their day: (day ordinal, plan period index or nil, district).
    var taskDays: [Int: [(period: Int?, district: String, officer: String?)]] = [:]
    var meetingDays: [Int: [String]] = [:]
    /// Recently created tasks per district and category, for contacts and decisions to link to.
    var recentTasks: [String: [Int]] = [:]

    init(scale: Synthetic.Scale, seed: UInt64, today: Day, offsetMinutes: Int) {
        self.scale = scale
        self.today = today
        self.start = today.adding(days: -scale.days)
        self.offsetMinutes = offsetMinutes
        self.rng = SplitMix64(seed: seed &* 0x9E37_79B9 &+ 0x5EED)
    }

    func stamp(_ day: Day, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Timestamp {
        Timestamp(day: day, hour: hour, minute: minute, second: second, offsetMinutes: offsetMinutes)
    }

    mutating func apply(_ change: Change, at: Timestamp, by: String) -> Created? {
        do {
            return try model.apply(change, context: ChangeContext(by: by, at: at)).created
        } catch {
            preconditionFailure("Synthetic: \(change.name) at \(at) rejected: \(error)")
        }
    }

    mutating func run() {
        referenceData()
        schedule()
        for ordinal in start.ordinal..<today.ordinal {
            day(Day(ordinal: ordinal))
        }
    }

    // MARK: Reference data

    mutating func referenceData() {
        let at = stamp(start.adding(days: -30), 9, 0)
        var streetPool = SyntheticText.streets
        // A street belongs to one beat: when the names run out, the next round is "… II", "… III".
        var round = 1
        var officerNo = 0
        for d in 0..<scale.districts {
            let (name, residents) = SyntheticText.districts[d % SyntheticText.districts.count]
            let id = SyntheticText.slug(name) + (d < SyntheticText.districts.count ? "" : "-\(d)")
            var beatStreets: [[String]] = []
            for _ in 0..<scale.beatsPerDistrict {
                var s: [String] = []
                for _ in 0..<6 {
                    if streetPool.isEmpty {
                        round += 1
                        streetPool = SyntheticText.streets.map { $0 + " " + String(repeating: "I", count: round) }
                    }
                    s.append(streetPool.remove(at: rng.int(0...(streetPool.count - 1))))
                }
                beatStreets.append(s)
            }
            _ = apply(.putDistrict(District(id: id, name: name, city: "Kalisz", residents: residents, streets: beatStreets.flatMap { $0 })),
                      at: at, by: "admin")
            districtCategories[id] = SyntheticText.categoryMix(&rng)

            func officer(beat: String?, rank: String, role: OfficerRole = .officer) -> String {
                officerNo += 1
                let woman = rng.chance(0.4)
                let given = rng.pick(woman ? SyntheticText.womenNames : SyntheticText.menNames)
                let surname = rng.pick(SyntheticText.surnames)
                let family = woman ? surname.1 : surname.0
                let oid = SyntheticText.slug(family) + "-\(officerNo)"
                let email = SyntheticText.slug(given) + "." + SyntheticText.slug(family) + "\(officerNo)@kalisz.policja.example"
                _ = apply(.putOfficer(Officer(id: oid, rank: rank, name: "\(given) \(family)", badge: "1\(10 + officerNo % 90) \(100 + rng.int(0...899))",
                                              phone: "+48 600 \(String(100 + officerNo / 1000).suffix(3)) \(String(1000 + officerNo % 1000).suffix(3))",
                                              email: email, district: id, beat: beat, gender: woman ? .female : .male, role: role)),
                          at: at, by: "admin")
                return oid
            }
            supervisors[id] = officer(beat: nil, rank: rng.pick(["podkom.", "kom.", "asp. sztab."]), role: .supervisor)
            for (k, streets) in beatStreets.enumerated() {
                let beatID = "\(id)-\(k + 1)"
                _ = apply(.putBeat(Beat(id: beatID, district: id, number: k + 1, name: "\(name) \(k + 1)", streets: streets)),
                          at: at, by: "admin")
                let o = officer(beat: beatID, rank: rng.pick(SyntheticText.ranks))
                beatOfficers[id, default: []].append(o)
                places.append(Place(district: id, beat: beatID, officer: o, streets: streets))
            }
            // The coordination team: about twelve members, three of them designated contacts.
            var team: [Partner] = []
            func person() -> (name: String, gender: Gender) {
                let woman = rng.chance(0.5)
                let surname = rng.pick(SyntheticText.surnames)
                return (rng.pick(woman ? SyntheticText.womenNames : SyntheticText.menNames) + " " + (woman ? surname.1 : surname.0),
                        woman ? .female : .male)
            }
            let roles: [(String, PartnerRole, String)] = [
                ("prezes", .cooperativePresident, "Spółdzielnia Mieszkaniowa „\(name)”"),
                ("rada", .estateCouncilChair, "Rada Osiedla \(name)"),
                ("szkola", .schoolDirector, "Szkoła Podstawowa nr \(d + 3) w Kaliszu"),
                ("policja", .police, "KMP Kalisz — Rewir Dzielnicowych"),
                ("straz", .cityGuard, "Straż Miejska Kalisza"),
                ("mops", .other, "Miejski Ośrodek Pomocy Społecznej w Kaliszu"),
                ("mzdik", .other, "Miejski Zarząd Dróg i Komunikacji w Kaliszu"),
                ("parafia", .other, "Parafia na osiedlu \(name)"),
                ("biblioteka", .other, "Filia Miejskiej Biblioteki Publicznej"),
            ]
            for (i, (key, role, org)) in roles.enumerated() {
                let who = person()
                team.append(Partner(id: "\(id)-\(key)", name: who.name, role: role, organisation: org,
                                    phone: "+48 600 \(200 + d) \(String(100 + i))", email: "\(key)@\(id).kalisz.example", gender: who.gender))
            }
            for (key, by) in [("kontakt-sm", "prezes"), ("kontakt-rada", "rada"), ("kontakt-szkola", "szkola")] {
                let who = person()
                // A designated contact belongs to the organisation of whoever nominated them.
                let organisation = roles.first { $0.0 == by }?.2 ?? ""
                team.append(Partner(id: "\(id)-\(key)", name: who.name, role: .designatedContact, organisation: organisation,
                                    phone: rng.chance(0.7) ? "+48 600 \(200 + d) \(300 + team.count)" : nil, nominatedBy: "\(id)-\(by)",
                                    gender: who.gender))
            }
            members[id] = team.map(\.id)
            _ = apply(.putTeam(CoordinationTeam(id: "zespol-\(id)", district: id, name: "Dzielnicowy Zespół Koordynacyjny \(name)", members: team)),
                      at: at, by: "admin")
        }
    }

    // MARK: Schedule

    /// Lays out plans, task creations and meetings over the period.
    mutating func schedule() {
        let span = scale.days
        for district in model.districts.map(\.id) {
            let cats = districtCategories[district]!
            let length = span / scale.plansPerDistrict
            for p in 0..<scale.plansPerDistrict {
                let s = start.adding(days: p * length + 1)
                let e = p == scale.plansPerDistrict - 1 ? today.adding(days: 60) : start.adding(days: (p + 1) * length)
                periods.append(PlanPeriod(district: district, start: s, end: e, category: cats[p % cats.count].0))
                let index = periods.count - 1
                // Tasks arrive over the plan's first two thirds, never after yesterday.
                let last = min(s.ordinal + max(1, (e.ordinal - s.ordinal) * 2 / 3), today.ordinal - 1)
                for _ in 0..<scale.tasksPerPlan {
                    let o = rng.int(s.ordinal...max(s.ordinal, last))
                    taskDays[o, default: []].append((index, district, nil))
                }
            }
            for _ in 0..<scale.selfSetTasksPerDistrict {
                let o = rng.int(start.ordinal + 1...today.ordinal - 1)
                taskDays[o, default: []].append((nil, district, rng.pick(beatOfficers[district]!)))
            }
            let every = max(1, span / scale.meetingsPerTeam)
            for m in 0..<scale.meetingsPerTeam {
                let o = min(today.ordinal - 1, start.ordinal + m * every + rng.int(2...max(2, every - 1)))
                meetingDays[o, default: []].append(district)
            }
        }
    }

    // MARK: One day

    mutating func day(_ day: Day) {
        let o = day.ordinal
        // Plans start in the morning; the day before, the supervisor writes them in.
        for (i, p) in periods.enumerated() where p.start.ordinal == o + 1 {
            addPlan(i, on: day)
        }
        if let creations = taskDays.removeValue(forKey: o) {
            for c in creations { addTask(period: c.period, district: c.district, officer: c.officer, on: day) }
        }
        if let steps = agenda.removeValue(forKey: o) {
            for (k, step) in steps.enumerated() { carryOut(step, on: day, k) }
        }
        if let teams = meetingDays.removeValue(forKey: o) {
            for d in teams { meeting(d, on: day) }
        }
        // Contacts: spread evenly over the days, more on working days.
        let perDay = Double(scale.contacts) / Double(scale.days)
        let target = Int((Double(o - start.ordinal + 1) * perDay).rounded())
        let already = model.counters.contact - 1
        let n = min(target, scale.contacts) - already
        if n > 0 { for _ in 0..<n { contact(on: day) } }
    }

    mutating func addPlan(_ i: Int, on day: Day) {
        let p = periods[i]
        let name = model.district(p.district)!.name
        let what = rng.pick(SyntheticText.whats(p.category))
        let streets = places.filter { $0.district == p.district }.flatMap(\.streets)
        let draft = PlanDraft(
            district: p.district, officer: supervisors[p.district],
            title: "Bezpieczne osiedle \(name) — \(SyntheticText.planTitle(p.category))",
            start: p.start, end: p.end,
            threat: Diagnosis(what: SyntheticText.capitalized(what) + " na terenie osiedla \(name)",
                           place: (0..<3).map { _ in SyntheticText.place(&rng, streets) }.joined(separator: "; "),
                           when: rng.pick(SyntheticText.whenLong), who: rng.pick(SyntheticText.whoLong),
                           category: p.category, sources: Array(rng.shuffled(DiagnosisSource.allCases).prefix(rng.int(2...4)))),
            goal: Goal(kind: rng.chance(0.3) ? .eliminate : .reduce,
                       description: "Ograniczenie zjawiska: \(SyntheticText.planTitle(p.category)) o \(rng.int(2...6) * 10)% w okresie planu",
                       measure: "liczba interwencji i zgłoszeń mieszkańców (w tym zweryfikowanych zgłoszeń KMZB) w porównaniu z poprzednim okresem (\(rng.int(20...90))); ankieta poczucia bezpieczeństwa na koniec okresu"),
            partners: ["Straż Miejska Kalisza", "Spółdzielnia Mieszkaniowa „\(name)”", "Rada Osiedla \(name)", "Miejski Ośrodek Pomocy Społecznej w Kaliszu"])
        guard case .plan(let id)? = apply(.addPlan(draft), at: stamp(day, 14, 0), by: supervisors[p.district]!) else { return }
        periods[i].id = id
        if p.end < today {
            let evaluated = p.end.adding(days: rng.int(3...12))
            let outcome = rng.weighted([(Evaluation.Outcome.reduced, 6), (.eliminated, 2), (.notAchieved, 2)])
            let note = "Zgłoszeń i interwencji w okresie planu: \(rng.int(10...40)) wobec \(rng.int(30...90)) w poprzednim okresie. " +
                rng.pick(SyntheticText.evaluationNotes)
            if evaluated < today {
                agenda[evaluated.ordinal, default: []].append(.evaluate(plan: id, Evaluation(outcome: outcome, note: note, day: evaluated),
                                                                        by: supervisors[p.district]!))
            }
        }
    }

    mutating func addTask(period: Int?, district: String, officer: String?, on day: Day, meeting: Int? = nil) {
        let category = period.map { periods[$0].category } ?? rng.weighted(districtCategories[district]!)
        let planID = period.flatMap { periods[$0].id }
        if period != nil, planID == nil { return } // the plan was never added (it starts after today)
        let assignee = officer ?? rng.pick(beatOfficers[district]!)
        let streets = places.filter { $0.district == district }.flatMap(\.streets)
        let teamMembers = members[district]!
        let due = day.adding(days: rng.int(14...120))
        var draft = TaskDraft(plan: planID, district: planID == nil ? district : nil,
                              title: SyntheticText.taskTitle(&rng, category, place: SyntheticText.place(&rng, streets)),
                              description: rng.chance(0.7) ? SyntheticText.taskDescription(&rng, category) : "",
                              assignee: assignee, partners: rng.chance(0.5) ? [rng.pick(teamMembers)] : [],
                              due: due, priority: rng.weighted([(TaskPriority.normal, 6), (.high, 2), (.low, 2)]), meeting: meeting)
        if let plan = planID.flatMap({ model.plan($0) }), plan.status == .closed { draft.plan = nil; draft.district = district }
        let by = officer ?? supervisors[district]!
        guard case .task(let id)? = apply(.addTask(draft), at: stamp(day, rng.int(8...13), rng.int(0...59)), by: by) else { return }
        planSteps(task: id, assignee: assignee, district: district, category: category, created: day, due: due)
    }

    /// What happens to a task after it is created: it starts, gets notes, ends one way or another.
    mutating func planSteps(task id: Int, assignee: String, district: String, category: ThreatCategory, created: Day, due: Day) {
        recentTasks[district + "/" + category.rawValue, default: []].append(id)
        let fate = rng.weighted([(TaskStatus.done, 72), (.notDone, 10), (.cancelled, 5), (.inProgress, 8), (.open, 5)])
        var d = created.adding(days: rng.int(1...10))
        if fate != .open {
            agenda[d.ordinal, default: []].append(.status(task: id, .inProgress, reason: nil, by: assignee))
        }
        for _ in 0..<rng.int(1...4) {
            d = d.adding(days: rng.int(3...25))
            agenda[d.ordinal, default: []].append(.note(task: id, SyntheticText.note(&rng, category), by: assignee))
        }
        if rng.chance(0.15) {
            d = d.adding(days: rng.int(1...10))
            agenda[d.ordinal, default: []].append(.support(task: id, SupportReceived(unit: rng.pick(SyntheticText.units), what: rng.pick(SyntheticText.supportWhat), day: d), by: assignee))
        }
        let end = max(d.adding(days: 1), due.adding(days: rng.int(-20...10)))
        if fate.isOpen == false {
            let reason = fate.needsReason ? rng.pick(fate == .notDone ? SyntheticText.notDoneReasons : SyntheticText.cancelReasons) : nil
            agenda[end.ordinal, default: []].append(.status(task: id, fate, reason: reason, by: fate == .cancelled ? supervisors[district]! : assignee))
        }
    }

    mutating func carryOut(_ step: Step, on day: Day, _ k: Int) {
        let at = stamp(day, 8 + k % 8, (k * 7) % 60, k % 60)
        switch step {
        case .status(let task, let status, let reason, let by):
            guard let t = model.task(task), t.status != status, t.isOpen else { return }
            _ = apply(.setTaskStatus(TaskStatusUpdate(task: task, status: status, reason: reason)), at: at, by: by)
        case .note(let task, let text, let by):
            _ = apply(.addNote(NoteAddition(task: task, text: text)), at: at, by: by)
        case .support(let task, let support, let by):
            _ = apply(.addSupport(SupportAddition(task: task, support: support)), at: at, by: by)
        case .followUp(let contact, let by):
            _ = apply(.markFollowUp(FollowUpMark(contact: contact, done: day)), at: at, by: by)
        case .evaluate(let plan, let evaluation, let by):
            guard model.plan(plan)?.status != .closed else { return }
            _ = apply(Change.evaluatePlan(PlanEvaluation(plan: plan, evaluation: evaluation)).recordingEvidence(in: model), at: at, by: by)
        }
    }

    // MARK: Meetings

    mutating func meeting(_ district: String, on day: Day) {
        let team = model.team(forDistrict: district)!
        let name = model.district(district)!.name
        let attendees = team.members.map(\.id).filter { _ in rng.chance(0.75) }
        let officers = [supervisors[district]!] + beatOfficers[district]!.filter { _ in rng.chance(0.7) }
        let active = periods.first { $0.district == district && $0.start <= day && day <= $0.end && $0.id != nil }
        var decisions: [DecisionDraft] = []
        let streets = places.filter { $0.district == district }.flatMap(\.streets)
        for _ in 0..<scale.newTasksPerMeeting {
            let category = active?.category ?? rng.weighted(districtCategories[district]!)
            let title = SyntheticText.taskTitle(&rng, category, place: SyntheticText.place(&rng, streets))
            let plan = active.flatMap { $0.id }.flatMap { model.plan($0)?.status == .closed ? nil : $0 }
            decisions.append(DecisionDraft(text: "Zespół postanowił: " + title + ".", newTask: TaskDraft(
                plan: plan, district: plan == nil ? district : nil, title: title,
                description: SyntheticText.taskDescription(&rng, category), assignee: rng.pick(beatOfficers[district]!),
                partners: [rng.pick(members[district]!)], due: day.adding(days: rng.int(21...90)), priority: .normal)))
        }
        // Sorted keys: a dictionary's order differs from one instance to the next.
        let open = recentTasks.keys.filter { $0.hasPrefix(district + "/") }.sorted().flatMap { recentTasks[$0]!.suffix(3) }
            .filter { model.task($0)?.isOpen == true }
        if let existing = open.isEmpty ? nil : open[rng.int(0...(open.count - 1))] {
            decisions.append(DecisionDraft(text: "Zadanie nr \(existing) — kontynuować, informacja na kolejnym posiedzeniu.", task: existing))
        }
        decisions.append(DecisionDraft(text: "Kolejne posiedzenie za około \(rng.int(4...6)) tygodni w siedzibie Rady Osiedla \(name)."))
        let minutes = SyntheticText.minutes(&rng, district: name, supervisor: model.officer(supervisors[district]!)!.title, points: rng.int(3...6))
        let draft = MeetingDraft(team: team.id, day: day, attendees: attendees, officers: officers, minutes: minutes, decisions: decisions)
        guard case .meeting(_, let tasks)? = apply(.addMeeting(draft), at: stamp(day, 19, 30), by: supervisors[district]!) else { return }
        for (id, d) in zip(tasks, decisions) {
            guard let t = model.task(id), let due = d.newTask?.due else { continue }
            planSteps(task: id, assignee: t.assignee, district: district, category: active?.category ?? .other, created: day, due: due)
        }
    }

    // MARK: Contacts

    mutating func contact(on day: Day) {
        let p = places[rng.int(0...(places.count - 1))]
        var channel = rng.weighted(SyntheticText.channelWeights)
        if [.officeHours, .letter, .communityMeeting].contains(channel), day.weekday > 5 { channel = .phone }
        let category = rng.weighted(districtCategories[p.district]!)
        let hours = channel.demoHours
        let time = stamp(day, rng.int(hours), rng.int(0...59))
        var resident: ResidentData?
        if rng.chance(0.2) {
            let woman = rng.chance(0.55)
            let given = rng.pick(woman ? SyntheticText.womenNames : SyntheticText.menNames)
            let surname = rng.pick(SyntheticText.surnames)
            let family = woman ? surname.1 : surname.0
            resident = ResidentData(name: given + " " + family,
                                    phone: channel == .email ? nil : "+48 600 \(rng.int(100...999)) \(rng.int(100...999))",
                                    email: channel == .email || rng.chance(0.2) ? SyntheticText.slug(given) + "." + SyntheticText.slug(family) + "@poczta.example" : nil,
                                    address: rng.chance(0.7) ? "ul. \(rng.pick(p.streets)) \(rng.int(1...80))/\(rng.int(1...60))" : nil)
        }
        var followUp: Day?
        if rng.chance(0.2) { followUp = day.adding(days: rng.int(2...14)) }
        var summary = SyntheticText.summary(&rng, channel: channel, category: category)
        if let f = followUp { summary += " Uzgodniono ponowny kontakt do \(f.polish)." }
        var task: Int?
        if rng.chance(0.3), let linked = recentTasks[p.district + "/" + category.rawValue], !linked.isEmpty {
            task = linked[linked.count - 1 - rng.int(0...min(5, linked.count - 1))]
        }
        let draft = ContactDraft(time: time, officer: p.officer, district: p.district, beat: p.beat,
                                 place: SyntheticText.place(&rng, p.streets), channel: channel, category: category,
                                 summary: summary, resident: resident, followUp: followUp, task: task)
        let logged = Timestamp(seconds: time.seconds + Int64(rng.int(0...7_200)), offsetMinutes: offsetMinutes)
        guard case .contact(let id)? = apply(.addContact(draft), at: logged, by: p.officer) else { return }
        if let f = followUp, rng.chance(0.8) {
            let done = f.adding(days: rng.int(-1...3))
            if done > day { agenda[done.ordinal, default: []].append(.followUp(contact: id, by: p.officer)) }
        }
    }
}

// MARK: - Polish text

/// Word lists and sentence patterns for synthetic records, of realistic Polish lengths.
enum SyntheticText {
    static let districts: [(String, Int)] = [
        ("Dobrzec", 17_000), ("Widok", 13_000), ("Rypinek", 9_500), ("Majków", 8_000), ("Chmielnik", 6_500), ("Zagorzynek", 5_000),
        ("Asnyka", 11_000), ("Tyniec", 4_500), ("Winiary", 3_500), ("Szczypiorno", 7_000), ("Piskorzewie", 6_000), ("Śródmieście", 15_000),
    ]

    static let streets = [
        "Dobrzecka", "Łódzka", "Legionów", "Harcerska", "Szarych Szeregów", "Łączna", "Kardynała Stefana Wyszyńskiego", "Podmiejska",
        "Obywatelska", "Polna", "Ułańska", "Żytnia", "Widok", "Częstochowska", "Żołnierska", "Kresowa", "Wąska", "Różana", "Ogrodowa",
        "Serbinowska", "Chełmska", "Źródlana", "Piękna", "Łąkowa", "Górnośląska", "Warszawska", "Wrocławska", "Poznańska", "Toruńska",
        "Niecała", "Kościuszki", "Śródmiejska", "Zamkowa", "Złota", "Babina", "Grodzka", "Piskorzewska", "Nowy Świat", "Stawiszyńska",
        "Wodna", "Mostowa", "Kanonicka", "Parczewskiego", "Asnyka", "Fabryczna", "Lipowa", "Zagorzynek", "Bankowa", "Jasna", "Krótka",
        "Długa", "Sienkiewicza", "Mickiewicza", "Słowackiego", "Kopernika", "Chopina", "Moniuszki", "Staszica", "Kilińskiego", "Lotnicza",
        "Majkowska", "Rypinkowska", "Owsiana", "Pszenna", "Jęczmienna", "Makowa", "Słoneczna", "Księżycowa", "Gwiezdna", "Wiosenna",
        "Letnia", "Jesienna", "Zimowa", "Leśna", "Sosnowa", "Brzozowa", "Dębowa", "Klonowa", "Jaworowa", "Kasztanowa", "Akacjowa",
        "Wiśniowa", "Czereśniowa", "Jabłoniowa", "Gruszkowa", "Śliwkowa", "Tyniecka", "Winiarska", "Szczypiorniak", "Rogatka", "Torowa",
        "Kolejowa", "Dworcowa", "Handlowa", "Rzemieślnicza", "Kupiecka", "Tkacka", "Sukiennicza", "Garncarska", "Kowalska", "Piekarska",
        "Młyńska", "Spacerowa", "Parkowa", "Ogrodnicza", "Wojska Polskiego", "Armii Krajowej", "Batalionów Chłopskich", "3 Maja",
        "11 Listopada", "Granicza", "Graniczna", "Pułaskiego", "Hallera", "Piłsudskiego", "Dąbrowskiego", "Bema", "Traugutta",
        "Mieszka I", "Bolesława Chrobrego", "Kazimierza Wielkiego", "Jagiellońska", "Piastowska", "Królowej Jadwigi", "Nadwodna",
    ]

    static let ranks = ["sierż.", "st. sierż.", "st. sierż.", "mł. asp.", "mł. asp.", "asp.", "asp.", "st. asp.", "st. asp.", "asp. sztab."]
    static let womenNames = ["Janina", "Krystyna", "Barbara", "Halina", "Bożena", "Danuta", "Teresa", "Jadwiga", "Urszula", "Beata",
                             "Katarzyna", "Ewa", "Aneta", "Dorota", "Agnieszka", "Małgorzata", "Joanna", "Magdalena", "Monika", "Żaneta"]
    static let menNames = ["Jan", "Andrzej", "Stanisław", "Zbigniew", "Jerzy", "Ryszard", "Mirosław", "Grzegorz", "Michał", "Bartłomiej",
                           "Jacek", "Wojciech", "Józef", "Leszek", "Łukasz", "Paweł", "Tomasz", "Krzysztof", "Piotr", "Sławomir"]
    /// Surnames: (for a man, for a woman).
    static let surnames: [(String, String)] = [
        ("Kowalski", "Kowalska"), ("Wójcik", "Wójcik"), ("Lewandowski", "Lewandowska"), ("Dudek", "Dudek"), ("Mazur", "Mazur"),
        ("Krawczyk", "Krawczyk"), ("Piątek", "Piątek"), ("Grabowski", "Grabowska"), ("Nowakowski", "Nowakowska"), ("Pawlak", "Pawlak"),
        ("Michalak", "Michalak"), ("Sikora", "Sikora"), ("Wróbel", "Wróbel"), ("Jabłoński", "Jabłońska"), ("Majewski", "Majewska"),
        ("Ostrowski", "Ostrowska"), ("Zając", "Zając"), ("Król", "Król"), ("Wieczorek", "Wieczorek"), ("Jaworski", "Jaworska"),
        ("Malinowski", "Malinowska"), ("Górski", "Górska"), ("Rutkowski", "Rutkowska"), ("Sobczak", "Sobczak"), ("Nowicki", "Nowicka"),
        ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Wojciechowski", "Wojciechowska"),
        ("Kwiatkowski", "Kwiatkowska"), ("Kaczmarek", "Kaczmarek"), ("Zieliński", "Zielińska"), ("Szewczyk", "Szewczyk"), ("Ostrowski", "Ostrowska"),
        ("Tomaszewski", "Tomaszewska"), ("Pietrzak", "Pietrzak"), ("Marciniak", "Marciniak"), ("Wróblewski", "Wróblewska"), ("Stępień", "Stępień"),
    ]

    static let channelWeights: [(ContactChannel, Int)] = [
        (.onBeat, 34), (.phone, 20), (.officeHours, 12), (.email, 10), (.mapReport, 11), (.communityMeeting, 7), (.letter, 6),
    ]

    static let commonCategories: [ThreatCategory] = [
        .publicDrinking, .wrongParking, .vandalism, .speeding, .youthGroups, .strayDogs, .illegalDumping, .homelessPerson, .drugs,
        .badTrafficOrganisation, .begging, .destroyingGreenery, .badRoadInfrastructure, .other,
    ]

    /// A district's own mix of concerns: the common ones in a shuffled order of weight.
    static func categoryMix(_ rng: inout SplitMix64) -> [(ThreatCategory, Int)] {
        let order = rng.shuffled(commonCategories)
        let weights = [26, 15, 11, 10, 10, 7, 5, 4, 4, 3, 3, 2, 2, 8]
        return Array(zip(order, weights))
    }

    static func slug(_ s: String) -> String {
        let map: [Character: String] = ["ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z", " ": "-"]
        return s.lowercased().map { map[$0] ?? String($0) }.joined()
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    static func place(_ rng: inout SplitMix64, _ streets: [String]) -> String {
        let street = rng.pick(streets), other = rng.pick(streets), number = rng.int(1...64)
        switch rng.int(0...9) {
        case 0...3: return "ul. \(street) \(number)"
        case 4: return "ul. \(street) \(number), parking"
        case 5: return "ul. \(street), plac zabaw"
        case 6: return "ul. \(street), przystanek autobusowy"
        case 7: return street == other ? "ul. \(street), garaże" : "ul. \(street) / ul. \(other), skrzyżowanie"
        case 8: return "ul. \(street), okolice sklepu"
        default: return "ul. \(street) \(number), klatka schodowa"
        }
    }

    static let whos: [(String, Bool)] = [
        ("Mieszkanka", true), ("Mieszkaniec", true), ("Mieszkańcy bloku", false), ("Starsza mieszkanka", true),
        ("Administrator budynku", true), ("Rodzice uczniów", false), ("Sprzedawczyni ze sklepu osiedlowego", true),
        ("Emeryt mieszkający na parterze", true), ("Przewodniczący wspólnoty mieszkaniowej", true), ("Kierowca autobusu MZK", true),
    ]
    static let verbs: [(String, String)] = [
        ("zgłasza", "zgłaszają"), ("skarży się na", "skarżą się na"), ("sygnalizuje", "sygnalizują"),
        ("wskazuje", "wskazują"), ("ponownie zgłasza", "ponownie zgłaszają"),
    ]
    static let whens = [
        "", "", ", zwłaszcza wieczorami", ", szczególnie w weekendy", ", od kilku dni", ", codziennie po 22:00",
        ", w godzinach nocnych", ", po zakończeniu lekcji", ", od początku miesiąca",
    ]
    static let whenLong = [
        "piątki i soboty 18:00–23:00, od wiosny do jesieni; nasilenie na początku miesiąca",
        "codziennie 18:00–7:00, najbardziej w dni robocze wieczorem",
        "noce z piątku na sobotę i z soboty na niedzielę, 22:00–3:00",
        "dni nauki szkolnej 7:30–8:15 i 13:00–15:00",
        "cały rok, z nasileniem w okresie letnim",
    ]
    static let whoLong = [
        "stała grupa 5–8 mężczyzn w wieku 30–55 lat, głównie mieszkańcy osiedla",
        "grupy młodzieży w wieku 15–19 lat, w części spoza osiedla",
        "mieszkańcy osiedla i ich goście, rodzice dowożący dzieci do szkoły",
        "nieustaleni sprawcy; według mieszkańców osoby przyjezdne",
        "kierowcy skracający sobie drogę przez osiedle",
    ]

    static func whats(_ c: ThreatCategory) -> [String] {
        switch c {
        case .publicDrinking: return ["grupę mężczyzn pijących alkohol na ławkach przy placu zabaw", "libacje alkoholowe na klatce schodowej",
                                      "spożywanie alkoholu przez kilka osób pod sklepem całodobowym", "hałasujące osoby nietrzeźwe na skwerze między blokami"]
        case .wrongParking: return ["samochody parkujące na drodze pożarowej", "auta stojące na chodniku i utrudniające przejście z wózkiem",
                                    "parkowanie na trawnikach między blokami", "blokowanie wyjazdu z garaży przez zaparkowane samochody"]
        case .vandalism: return ["zniszczoną wiatę przystankową", "nowe napisy graffiti na elewacji bloku",
                                 "wybitą szybę w drzwiach wejściowych do klatki", "połamane ławki na placu zabaw"]
        case .speeding: return ["samochody jadące zbyt szybko obok szkoły", "wyścigi motocyklistów w godzinach wieczornych",
                                "nadmierną prędkość aut na osiedlowej uliczce"]
        case .youthGroups: return ["grupę nastolatków przesiadujących wieczorami przy garażach", "młodzież zaczepiającą przechodniów przy sklepie",
                                   "hałasującą młodzież na placu zabaw po 22:00"]
        case .strayDogs: return ["bezpańskiego psa zaczepiającego dzieci w drodze do szkoły", "kilka psów wałęsających się przy śmietnikach"]
        case .illegalDumping: return ["dzikie wysypisko gruzu za garażami", "porzucone meble i opony przy altanie śmietnikowej"]
        case .homelessPerson: return ["osobę bezdomną nocującą w altanie śmietnikowej", "starszego mężczyznę bez dachu nad głową, koczującego w piwnicy"]
        case .drugs: return ["zapach marihuany na klatce schodowej", "porzucone strzykawki przy garażach"]
        case .badTrafficOrganisation: return ["brak przejścia dla pieszych przy przystanku", "źle ustawione znaki przy wyjeździe z osiedla"]
        case .begging: return ["osobę natarczywie żebrzącą przy wejściu do marketu", "proszenie o pieniądze przy bankomacie"]
        case .destroyingGreenery: return ["rozjeżdżanie trawników przez samochody dostawcze", "łamanie młodych drzew na skwerze"]
        case .badRoadInfrastructure: return ["głęboką dziurę w jezdni przy wjeździe na osiedle", "zniszczony krawężnik i brak oświetlenia przejścia"]
        default: return ["podejrzane osoby sprawdzające klamki samochodów", "głośne imprezy w mieszkaniu na parterze",
                         "brak oświetlenia na ścieżce do przystanku", "niezabezpieczony plac budowy, na który wchodzą dzieci"]
        }
    }

    static func actions(_ c: ThreatCategory) -> [String] {
        switch c {
        case .publicDrinking: return ["Wylegitymowano trzy osoby, dwie ukarano mandatami karnymi.", "Pouczono osoby spożywające alkohol; alkohol wylano.",
                                      "Miejsce wpisano do tras wspólnych patroli ze Strażą Miejską."]
        case .wrongParking: return ["Za wycieraczki włożono ulotki „Parkuj z głową”.", "Sprawę przekazano Straży Miejskiej — wezwania dla czterech kierowców.",
                                    "Kierowcę ukarano mandatem karnym."]
        case .vandalism: return ["Sporządzono dokumentację fotograficzną i powiadomiono administratora.", "Przyjęto zawiadomienie o uszkodzeniu mienia."]
        case .youthGroups: return ["Wylegitymowano młodzież; powiadomiono rodziców.", "Przeprowadzono rozmowę profilaktyczną; informacja do pedagoga szkolnego."]
        default: return ["Sprawę przekazano właściwej instytucji.", "Sporządzono notatkę służbową.", "Sprawdzono miejsce w trakcie obchodu rejonu.",
                         "W chwili sprawdzenia na miejscu nie stwierdzono zdarzenia.", "Poinformowano administratora budynku."]
        }
    }

    static let channelLead: [ContactChannel: String] = [
        .onBeat: "W rejonie: ", .officeHours: "Na dyżurze: ", .phone: "Telefonicznie: ", .email: "E-mail: ",
        .letter: "Listownie: ", .communityMeeting: "Na spotkaniu z mieszkańcami: ",
    ]

    static func summary(_ rng: inout SplitMix64, channel: ContactChannel, category: ThreatCategory) -> String {
        let what = rng.pick(whats(category)), when = rng.pick(whens), action = rng.pick(actions(category))
        if channel == .mapReport {
            return "Anonimowe zgłoszenie KMZB wskazuje \(what)\(when). Po weryfikacji: \(rng.pick(["potwierdzone", "niepotwierdzone", "potwierdzone (wyeliminowane)"])). \(action)"
        }
        let (who, singular) = rng.pick(whos)
        let verb = rng.pick(verbs)
        return "\(channelLead[channel] ?? "")\(who) \(singular ? verb.0 : verb.1) \(what)\(when). \(action)"
    }

    static func planTitle(_ c: ThreatCategory) -> String {
        switch c {
        case .publicDrinking: return "ograniczenie spożywania alkoholu w miejscach publicznych"
        case .wrongParking: return "drożne drogi pożarowe i chodniki"
        case .vandalism: return "ograniczenie aktów wandalizmu"
        case .speeding: return "bezpieczna droga do szkoły"
        case .youthGroups: return "profilaktyka wśród małoletnich"
        default: return c.polishName
        }
    }

    static func taskTitle(_ rng: inout SplitMix64, _ c: ThreatCategory, place: String) -> String {
        let patterns = [
            "Patrole w rejonie: \(place) (\(rng.pick(["piątki i soboty wieczorem", "dni robocze 7:30–8:15", "noce weekendowe", "po 22:00"])))",
            "Wspólne kontrole ze Strażą Miejską: \(place)",
            "Rozmowa z administratorem w sprawie: \(c.polishName), \(place)",
            "Weryfikacja zgłoszeń KMZB (\(c.polishName)): \(place)",
            "Wniosek do MZDiK o zmianę organizacji ruchu: \(place)",
            "Spotkanie z mieszkańcami: \(c.polishName)",
            "Zestawienie interwencji i zgłoszeń (\(c.polishName)) — miernik celu planu",
        ]
        return rng.pick(patterns)
    }

    static func taskDescription(_ rng: inout SplitMix64, _ c: ThreatCategory) -> String {
        let first = rng.pick([
            "Zadanie wynika z analizy zgłoszeń mieszkańców i interwencji z ostatniego kwartału.",
            "Ustalono na posiedzeniu zespołu koordynacyjnego; partnerzy zapewniają wsparcie organizacyjne.",
            "Zjawisko (\(c.polishName)) powtarza się w tym samym miejscu od kilku tygodni.",
        ])
        let second = rng.pick([
            " Co najmniej dwa działania w tygodniu, wynik odnotować w notatce.",
            " Wyniki przedstawić na najbliższym posiedzeniu zespołu.",
            " Współpraca ze spółdzielnią mieszkaniową i Radą Osiedla.",
            "",
        ])
        return first + second
    }

    static func note(_ rng: inout SplitMix64, _ c: ThreatCategory) -> String {
        rng.pick([
            "Przeprowadzono \(rng.int(2...6)) patrole; pouczono \(rng.int(1...9)) osób, \(rng.int(0...3)) mandaty karne.",
            "Od \(rng.int(2...6)) tygodni wyraźnie spokojniej; zgłoszeń mniej niż w poprzednim miesiącu.",
            "Pismo wysłane wspólnie z Radą Osiedla; czekamy na odpowiedź.",
            "Rozmowa z administratorem budynku; zobowiązał się do naprawy oświetlenia i zamka w drzwiach.",
            "Zjawisko przeniosło się w inne miejsce osiedla — sprawa na posiedzenie zespołu.",
            "Sprawdzono miejsce \(rng.int(2...8)) razy o różnych porach; nie stwierdzono zdarzeń (\(c.polishName)).",
            "Informacja przekazana Straży Miejskiej; wspólna kontrola w przyszłym tygodniu.",
        ])
    }

    static let units = ["Wydział Prewencji KMP Kalisz", "Ogniwo Patrolowo-Interwencyjne KMP Kalisz", "Wydział Ruchu Drogowego KMP Kalisz",
                        "Zespół ds. nieletnich i patologii", "Komisariat Policji Kalisz"]
    static let supportWhat = ["Dwóch policjantów na wspólnym patrolu w piątek wieczorem", "Kontrola prędkości przy szkole",
                              "Zajęcia profilaktyczne dla uczniów", "Pomoc w ustaleniu właściciela pojazdu"]
    static let notDoneReasons = ["Zarząd spółdzielni nie przyznał środków w tegorocznym budżecie; wniosek ponowiony.",
                                 "Urząd Miasta odmówił; sprawa przeniesiona do kolejnego planu.",
                                 "Brak możliwości wykonania w terminie z powodu długotrwałej nieobecności dzielnicowego."]
    static let cancelReasons = ["Zadanie straciło sens po zmianie organizacji ruchu.", "Zespół uznał zadanie za zbędne — zjawisko ustało.",
                                "Przeniesione do innego planu."]
    static let evaluationNotes = ["Część działań przeniesiono do kolejnego planu.", "Mieszkańcy w ankiecie oceniają sytuację lepiej niż przed rokiem.",
                                  "Cel nie został w pełni osiągnięty; zjawisko przeniosło się w inne miejsce."]

    static func minutes(_ rng: inout SplitMix64, district: String, supervisor: String, points: Int) -> String {
        let items = [
            "Dzielnicowi przedstawili realizację planu: patrole trwają, listy do mieszkańców rozniesione.",
            "Prezes spółdzielni poinformował o decyzjach zarządu w sprawach zgłoszonych na poprzednim posiedzeniu.",
            "Mieszkańcy sygnalizują nowe miejsce gromadzenia się osób spożywających alkohol.",
            "Dyrektor szkoły zaproponowała spotkanie z rodzicami na temat bezpieczeństwa w drodze do szkoły.",
            "Przedstawiciel Straży Miejskiej omówił wyniki wspólnych kontroli parkowania.",
            "MOPS zaproponował wspólne wizyty u osób w kryzysie bezdomności.",
            "Omówiono zgłoszenia z Krajowej Mapy Zagrożeń Bezpieczeństwa z ostatniego miesiąca.",
            "Rada Osiedla przedstawi wyniki konsultacji w sprawie organizacji ruchu.",
        ]
        var text = "Posiedzenie Dzielnicowego Zespołu Koordynacyjnego \(district). Prowadził \(supervisor)."
        for k in 1...points { text += "\n\(k). " + rng.pick(items) }
        return text
    }
}

extension SplitMix64 {
    /// Fisher–Yates with our own generator: the standard library's shuffle may change between releases.
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var a = items
        var i = a.count - 1
        while i > 0 {
            a.swapAt(i, int(0...i))
            i -= 1
        }
        return a
    }
}

extension ContactChannel {
    /// The hours a contact by this channel falls in, in the demo and the synthetic stores:
    /// the beat in the day, office hours in the afternoon, community meetings in the evening.
    var demoHours: ClosedRange<Int> {
        switch self {
        case .onBeat: return 8...20
        case .officeHours: return 15...16
        case .phone: return 8...19
        case .email, .mapReport: return 6...22
        case .letter: return 9...13
        case .communityMeeting: return 17...18
        }
    }
}
