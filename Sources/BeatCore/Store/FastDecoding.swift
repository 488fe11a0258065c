/// How each record of the store is read on the fast path (`FastJSON`): the same fields
/// and rules as its `Codable` form — optional fields may be missing or null, unknown keys
/// are skipped — and anything else gives up, leaving the judgement to `JSONDecoder`.
///
/// Keep each list of keys in step with the type's stored properties, sorted as written.
/// `FastDecodingTests` checks every type against `JSONDecoder`.
private typealias GiveUp = FastJSON.GiveUp

enum FastEnums {
    static let category = FastEnum(ThreatCategory.self)
    static let channel = FastEnum(ContactChannel.self)
    static let taskStatus = FastEnum(TaskStatus.self)
    static let priority = FastEnum(TaskPriority.self)
    static let planStatus = FastEnum(PlanStatus.self)
    static let source = FastEnum(DiagnosisSource.self)
    static let goalKind = FastEnum(Goal.Kind.self)
    static let outcome = FastEnum(Evaluation.Outcome.self)
    static let role = FastEnum(PartnerRole.self)
    static let theme = FastEnum(PlanTheme.self)
    static let gender = FastEnum(Gender.self)
    static let officerRole = FastEnum(OfficerRole.self)
    static let organisationKind = FastEnum(OrganisationKind.self)
}

extension FastJSON {
    /// Reads an object's members: `member` gets the reader before each value and the key's
    /// index in `keys` (-1 for a key the type does not know, whose value it skips or refuses).
    /// A repeated key gives up. One loop for every record type, inlined so it costs nothing.
    @inline(__always)
    mutating func members(_ keys: FastKeys, _ member: (inout FastJSON, Int) throws(GiveUp) -> Void) throws(GiveUp) {
        var seen: UInt64 = 0, hint = 0
        if try objectStart() {
            repeat {
                let k = try field(keys, &seen, &hint)
                try member(&self, k)
            } while try objectNext()
        }
    }

    /// An enum's value or null.
    mutating func optionalValue<E>(_ table: FastEnum<E>) throws(GiveUp) -> E? {
        if null() { return nil }
        return try value(table)
    }

    mutating func optionalBool() throws(GiveUp) -> Bool? {
        if null() { return nil }
        return try bool()
    }
}

// MARK: Contacts

extension ResidentContact: FastDecodable {
    private static let keys = FastKeys(["beat", "category", "channel", "district", "followUp", "followUpDone", "id", "officer",
                                        "place", "resident", "summary", "task", "time", "with"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var id: Int?, time: Timestamp?, officer: String?, district: String?, beat: String?, place: String?
        var channel: ContactChannel?, category: ThreatCategory?, summary: String?, resident: ResidentData?
        var followUp: Day?, followUpDone: Day?, task: Int?, with: PartnerRef?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: beat = try r.optionalString()
            case 1: category = try r.value(FastEnums.category)
            case 2: channel = try r.value(FastEnums.channel)
            case 3: district = try r.string()
            case 4: followUp = try r.optionalDay()
            case 5: followUpDone = try r.optionalDay()
            case 6: id = try r.int()
            case 7: officer = try r.string()
            case 8: place = try r.string()
            case 9: resident = try r.optional(ResidentData.self)
            case 10: summary = try r.string()
            case 11: task = try r.optionalInt()
            case 12: time = try r.timestamp()
            case 13: with = try r.optional(PartnerRef.self)
            default: try r.skipValue()
            }
        }
        guard let id, let time, let officer, let district, let place, let channel, let category, let summary else { throw GiveUp() }
        self.init(id: id, time: time, officer: officer, district: district, beat: beat, place: place, channel: channel,
                  category: category, summary: summary, resident: resident, followUp: followUp, followUpDone: followUpDone, task: task,
                  with: with)
    }
}

extension ResidentData: FastDecodable {
    private static let keys = FastKeys(["address", "email", "name", "phone"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var name: String?, phone: String?, email: String?, address: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: address = try r.optionalString()
            case 1: email = try r.optionalString()
            case 2: name = try r.string()
            case 3: phone = try r.optionalString()
            default: try r.skipValue()
            }
        }
        guard let name else { throw GiveUp() }
        self.init(name: name, phone: phone, email: email, address: address)
    }
}

extension Snapshot.Segment: FastDecodable {
    private static let keys = FastKeys(["contacts", "month"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var month: String?, contacts: [ResidentContact]?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0:
                var list: [ResidentContact] = []
                // About 500 bytes a contact, as Beat writes them.
                list.reserveCapacity((r.end - r.i) / 480)
                if try r.arrayStart() {
                    repeat { list.append(try ResidentContact(fast: &r)) } while try r.arrayNext()
                }
                contacts = list
            case 1: month = try r.string()
            default: try r.skipValue()
            }
        }
        guard let month, let contacts else { throw GiveUp() }
        self.init(month: month, contacts: contacts)
    }
}

// MARK: Reference data

extension Counters: FastDecodable {
    private static let keys = FastKeys(["contact", "meeting", "plan", "task"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var contact: Int?, meeting: Int?, plan: Int?, task: Int?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: contact = try r.int()
            case 1: meeting = try r.int()
            case 2: plan = try r.int()
            case 3: task = try r.int()
            default: try r.skipValue()
            }
        }
        guard let contact, let meeting, let plan, let task else { throw GiveUp() }
        self.init(plan: plan, task: task, contact: contact, meeting: meeting)
    }
}

extension District: FastDecodable {
    private static let keys = FastKeys(["city", "id", "name", "residents", "streets"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var city: String?, id: String?, name: String?, residents: Int?, streets: [String]?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: city = try r.string()
            case 1: id = try r.string()
            case 2: name = try r.string()
            case 3: residents = try r.int()
            case 4: streets = try r.strings()
            default: try r.skipValue()
            }
        }
        guard let city, let id, let name, let residents, let streets else { throw GiveUp() }
        self.init(id: id, name: name, city: city, residents: residents, streets: streets)
    }
}

extension Beat: FastDecodable {
    private static let keys = FastKeys(["district", "id", "name", "number", "streets"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var district: String?, id: String?, name: String?, number: Int?, streets: [String]?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: district = try r.string()
            case 1: id = try r.string()
            case 2: name = try r.string()
            case 3: number = try r.optionalInt()
            case 4: streets = try r.strings()
            default: try r.skipValue()
            }
        }
        guard let district, let id, let name, let streets else { throw GiveUp() }
        self.init(id: id, district: district, number: number, name: name, streets: streets)
    }
}

extension Officer: FastDecodable {
    private static let keys = FastKeys(["active", "badge", "beat", "district", "email", "gender", "id", "login", "name", "phone",
                                        "rank", "role"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var active: Bool?, badge: String?, beat: String?, district: String?, email: String?, gender: Gender?, id: String?
        var login: String?, name: String?, phone: String?, rank: String?, role: OfficerRole?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: active = try r.bool()
            case 1: badge = try r.string()
            case 2: beat = try r.optionalString()
            case 3: district = try r.string()
            case 4: email = try r.string()
            case 5: gender = try r.optionalValue(FastEnums.gender)
            case 6: id = try r.string()
            case 7: login = try r.optionalString()
            case 8: name = try r.string()
            case 9: phone = try r.string()
            case 10: rank = try r.string()
            case 11: role = try r.optionalValue(FastEnums.officerRole)
            default: try r.skipValue()
            }
        }
        guard let active, let badge, let district, let email, let id, let name, let phone, let rank else { throw GiveUp() }
        self.init(id: id, rank: rank, name: name, badge: badge, phone: phone, email: email, district: district, beat: beat, active: active,
                  gender: gender, login: login, role: role ?? .officer)
    }
}

extension CoordinationTeam: FastDecodable {
    private static let keys = FastKeys(["district", "id", "members", "name"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var district: String?, id: String?, members: [Partner]?, name: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: district = try r.string()
            case 1: id = try r.string()
            case 2: members = try r.array(of: Partner.self)
            case 3: name = try r.string()
            default: try r.skipValue()
            }
        }
        guard let district, let id, let members, let name else { throw GiveUp() }
        self.init(id: id, district: district, name: name, members: members)
    }
}

extension Partner: FastDecodable {
    private static let keys = FastKeys(["email", "gender", "id", "name", "nominatedBy", "organisation", "phone", "role"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var email: String?, gender: Gender?, id: String?, name: String?, nominatedBy: String?, organisation: String?, phone: String?
        var role: PartnerRole?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: email = try r.optionalString()
            case 1: gender = try r.optionalValue(FastEnums.gender)
            case 2: id = try r.string()
            case 3: name = try r.string()
            case 4: nominatedBy = try r.optionalString()
            case 5: organisation = try r.string()
            case 6: phone = try r.optionalString()
            case 7: role = try r.value(FastEnums.role)
            default: try r.skipValue()
            }
        }
        guard let id, let name, let organisation, let role else { throw GiveUp() }
        self.init(id: id, name: name, role: role, organisation: organisation, phone: phone, email: email, nominatedBy: nominatedBy,
                  gender: gender)
    }
}

extension PartnerOrganisation: FastDecodable {
    private static let keys = FastKeys(["district", "email", "id", "kind", "name", "phone"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var district: String?, email: String?, id: String?, kind: OrganisationKind?, name: String?, phone: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: district = try r.optionalString()
            case 1: email = try r.optionalString()
            case 2: id = try r.string()
            case 3: kind = try r.value(FastEnums.organisationKind)
            case 4: name = try r.string()
            case 5: phone = try r.optionalString()
            default: try r.skipValue()
            }
        }
        guard let id, let kind, let name else { throw GiveUp() }
        self.init(id: id, name: name, kind: kind, district: district, phone: phone, email: email)
    }
}

extension PartnerRef: FastDecodable {
    private static let keys = FastKeys(["member", "organisation"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var found: PartnerRef?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            // Exactly one key, as the Codable form requires.
            case 0 where found == nil: found = .member(try r.string())
            case 1 where found == nil: found = .organisation(try r.string())
            default: throw GiveUp()
            }
        }
        guard let found else { throw GiveUp() }
        self = found
    }
}

extension SafetyPlan: FastDecodable {
    private static let keys = FastKeys(["beat", "district", "end", "evaluation", "goal", "id", "officer", "partners", "start",
                                        "status", "theme", "threat", "title"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var beat: String?, district: String?, end: Day?, evaluation: Evaluation?, goal: Goal?, id: Int?, officer: String?
        var partners: [String]?, start: Day?, status: PlanStatus?, theme: PlanTheme?, threat: Diagnosis?, title: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: beat = try r.optionalString()
            case 1: district = try r.string()
            case 2: end = try r.day()
            case 3: evaluation = try r.optional(Evaluation.self)
            case 4: goal = try Goal(fast: &r)
            case 5: id = try r.int()
            case 6: officer = try r.optionalString()
            case 7: partners = try r.strings()
            case 8: start = try r.day()
            case 9: status = try r.value(FastEnums.planStatus)
            case 10: theme = try r.optionalValue(FastEnums.theme)
            case 11: threat = try Diagnosis(fast: &r)
            case 12: title = try r.string()
            default: try r.skipValue()
            }
        }
        guard let district, let end, let goal, let id, let partners, let start, let status, let threat, let title else { throw GiveUp() }
        self.init(id: id, district: district, beat: beat, officer: officer, title: title, start: start, end: end, threat: threat,
                  goal: goal, partners: partners, status: status, evaluation: evaluation, theme: theme)
    }
}

extension Diagnosis: FastDecodable {
    private static let keys = FastKeys(["category", "place", "sources", "threats", "what", "when", "who"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var category: ThreatCategory?, place: String?, sources: [DiagnosisSource]?, what: String?, when: String?, who: String?
        var threats: [Int] = []
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: category = try r.value(FastEnums.category)
            case 1: place = try r.string()
            case 2:
                var list: [DiagnosisSource] = []
                if try r.arrayStart() {
                    repeat { list.append(try r.value(FastEnums.source)) } while try r.arrayNext()
                }
                sources = list
            case 3:
                if try r.arrayStart() {
                    repeat { threats.append(try r.int()) } while try r.arrayNext()
                }
            case 4: what = try r.string()
            case 5: when = try r.string()
            case 6: who = try r.string()
            default: try r.skipValue()
            }
        }
        guard let category, let place, let sources, let what, let when, let who else { throw GiveUp() }
        self.init(what: what, place: place, when: when, who: who, category: category, sources: sources, threats: threats)
    }
}

extension Goal: FastDecodable {
    private static let keys = FastKeys(["description", "kind", "measure"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var description: String?, kind: Goal.Kind?, measure: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: description = try r.string()
            case 1: kind = try r.value(FastEnums.goalKind)
            case 2: measure = try r.string()
            default: try r.skipValue()
            }
        }
        guard let description, let kind, let measure else { throw GiveUp() }
        self.init(kind: kind, description: description, measure: measure)
    }
}

extension Evaluation: FastDecodable {
    private static let keys = FastKeys(["day", "evidence", "note", "outcome"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var day: Day?, evidence: RecordedEvidence?, note: String?, outcome: Evaluation.Outcome?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: day = try r.day()
            case 1: evidence = try r.optional(RecordedEvidence.self)
            case 2: note = try r.string()
            case 3: outcome = try r.value(FastEnums.outcome)
            default: try r.skipValue()
            }
        }
        guard let day, let note, let outcome else { throw GiveUp() }
        self.init(outcome: outcome, note: note, day: day, evidence: evidence)
    }
}

extension RecordedEvidence: FastDecodable {
    private static let keys = FastKeys(["beforeFrom", "beforeTo", "from", "inCategory", "inDistrict", "police", "recordsFrom", "survey",
                                        "tasksDone", "tasksTotal", "to"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var beforeFrom: Day?, beforeTo: Day?, from: Day?, inCategory: CountChange?, inDistrict: CountChange?, recordsFrom: Day?
        var tasksDone: Int?, tasksTotal: Int?, to: Day?, police: PoliceEvidence?, survey: SurveyEvidence?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: beforeFrom = try r.day()
            case 1: beforeTo = try r.day()
            case 2: from = try r.day()
            case 3: inCategory = try CountChange(fast: &r)
            case 4: inDistrict = try CountChange(fast: &r)
            // Police figures and surveys: few closed plans carry them, so the ordinary decoder reads just them.
            case 5: police = try r.decodedValue(PoliceEvidence.self)
            case 6: recordsFrom = try r.optionalDay()
            case 7: survey = try r.decodedValue(SurveyEvidence.self)
            case 8: tasksDone = try r.int()
            case 9: tasksTotal = try r.int()
            case 10: to = try r.day()
            // A key this reader does not know: JSONDecoder reads the file.
            default: throw GiveUp()
            }
        }
        guard let beforeFrom, let beforeTo, let from, let inCategory, let inDistrict, let tasksDone, let tasksTotal, let to else {
            throw GiveUp()
        }
        self.init(from: from, to: to, beforeFrom: beforeFrom, beforeTo: beforeTo, inCategory: inCategory, inDistrict: inDistrict,
                  tasksDone: tasksDone, tasksTotal: tasksTotal, recordsFrom: recordsFrom, police: police, survey: survey)
    }
}

extension CountChange: FastDecodable {
    private static let keys = FastKeys(["before", "now"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var before: Int?, now: Int?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: before = try r.int()
            case 1: now = try r.int()
            default: try r.skipValue()
            }
        }
        guard let before, let now else { throw GiveUp() }
        self.init(now: now, before: before)
    }
}

extension PlanTask: FastDecodable {
    private static let keys = FastKeys(["assignee", "carriedFrom", "created", "createdBy", "description", "district", "due", "history",
                                        "holder", "id", "meeting", "notes", "partners", "plan", "priority", "reason", "status", "support",
                                        "title"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var assignee: String?, carriedFrom: Int?, created: Timestamp?, createdBy: String?, description: String?, district: String?
        var holder: PartnerRef?
        var due: Day?, history: [StatusChange]?, id: Int?, meeting: Int?, notes: [ProgressNote]?, partners: [String]?, plan: Int?
        var priority: TaskPriority?, reason: String?, status: TaskStatus?, support: [SupportReceived]?, title: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: assignee = try r.string()
            case 1: carriedFrom = try r.optionalInt()
            case 2: created = try r.timestamp()
            case 3: createdBy = try r.string()
            case 4: description = try r.string()
            case 5: district = try r.string()
            case 6: due = try r.optionalDay()
            case 7: history = try r.array(of: StatusChange.self)
            case 8: holder = try r.optional(PartnerRef.self)
            case 9: id = try r.int()
            case 10: meeting = try r.optionalInt()
            case 11: notes = try r.array(of: ProgressNote.self)
            case 12: partners = try r.strings()
            case 13: plan = try r.optionalInt()
            case 14: priority = try r.value(FastEnums.priority)
            case 15: reason = try r.optionalString()
            case 16: status = try r.value(FastEnums.taskStatus)
            case 17: support = try r.array(of: SupportReceived.self)
            case 18: title = try r.string()
            default: try r.skipValue()
            }
        }
        guard let assignee, let created, let createdBy, let description, let district, let history, let id, let notes,
              let partners, let priority, let status, let support, let title else { throw GiveUp() }
        self.init(id: id, plan: plan, district: district, title: title, description: description, assignee: assignee,
                  partners: partners, holder: holder, due: due, priority: priority, status: status, reason: reason, created: created,
                  createdBy: createdBy, meeting: meeting, carriedFrom: carriedFrom, history: history, notes: notes, support: support)
    }
}

extension StatusChange: FastDecodable {
    private static let keys = FastKeys(["at", "by", "from", "reason", "to"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var at: Timestamp?, by: String?, from: TaskStatus?, reason: String?, to: TaskStatus?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: at = try r.timestamp()
            case 1: by = try r.string()
            case 2: from = try r.value(FastEnums.taskStatus)
            case 3: reason = try r.optionalString()
            case 4: to = try r.value(FastEnums.taskStatus)
            default: try r.skipValue()
            }
        }
        guard let at, let by, let from, let to else { throw GiveUp() }
        self.init(at: at, by: by, from: from, to: to, reason: reason)
    }
}

extension ProgressNote: FastDecodable {
    private static let keys = FastKeys(["at", "author", "text"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var at: Timestamp?, author: String?, text: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: at = try r.timestamp()
            case 1: author = try r.string()
            case 2: text = try r.string()
            default: try r.skipValue()
            }
        }
        guard let at, let author, let text else { throw GiveUp() }
        self.init(at: at, author: author, text: text)
    }
}

extension SupportReceived: FastDecodable {
    private static let keys = FastKeys(["asked", "day", "open", "unit", "what"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var asked: Day?, day: Day?, open: Bool?, unit: String?, what: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: asked = try r.optionalDay()
            case 1: day = try r.day()
            case 2: open = try r.optionalBool()
            case 3: unit = try r.string()
            case 4: what = try r.string()
            default: try r.skipValue()
            }
        }
        guard let day, let unit, let what else { throw GiveUp() }
        self.init(unit: unit, what: what, day: day, open: open, asked: asked)
    }
}

extension Meeting: FastDecodable {
    private static let keys = FastKeys(["attendees", "day", "decisions", "id", "minutes", "next", "officers", "team"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var attendees: [String]?, day: Day?, decisions: [Decision]?, id: Int?, minutes: String?, next: NextMeeting?
        var officers: [String]?, team: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: attendees = try r.strings()
            case 1: day = try r.day()
            case 2: decisions = try r.array(of: Decision.self)
            case 3: id = try r.int()
            case 4: minutes = try r.string()
            case 5: next = try r.optional(NextMeeting.self)
            case 6: officers = try r.strings()
            case 7: team = try r.string()
            default: try r.skipValue()
            }
        }
        guard let attendees, let day, let decisions, let id, let minutes, let officers, let team else { throw GiveUp() }
        self.init(id: id, team: team, day: day, attendees: attendees, officers: officers, minutes: minutes, decisions: decisions, next: next)
    }
}

extension NextMeeting: FastDecodable {
    private static let keys = FastKeys(["day", "place"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var day: Day?, place: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: day = try r.day()
            case 1: place = try r.string()
            default: try r.skipValue()
            }
        }
        guard let day, let place else { throw GiveUp() }
        self.init(day: day, place: place)
    }
}

extension Decision: FastDecodable {
    private static let keys = FastKeys(["adopts", "closes", "task", "text"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var adopts: Int?, closes: PlanClosure?, task: Int?, text: String?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: adopts = try r.optionalInt()
            case 1: closes = try r.optional(PlanClosure.self)
            case 2: task = try r.optionalInt()
            case 3: text = try r.string()
            default: try r.skipValue()
            }
        }
        guard let text else { throw GiveUp() }
        self.init(text: text, task: task, closes: closes, adopts: adopts)
    }
}

extension PlanClosure: FastDecodable {
    private static let keys = FastKeys(["outcome", "plan"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var outcome: Evaluation.Outcome?, plan: Int?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: outcome = try r.value(FastEnums.outcome)
            case 1: plan = try r.int()
            default: try r.skipValue()
            }
        }
        guard let outcome, let plan else { throw GiveUp() }
        self.init(plan: plan, outcome: outcome)
    }
}

extension Snapshot.Reference: FastDecodable {
    private static let keys = FastKeys(["beats", "counters", "districts", "meetings", "officers", "plans", "seq", "tasks", "teams",
                                        "organisations"])

    init(fast r: inout FastJSON) throws(FastJSON.GiveUp) {
        var organisations: [PartnerOrganisation]?
        var beats: [Beat]?, counters: Counters?, districts: [District]?, meetings: [Meeting]?, officers: [Officer]?
        var plans: [SafetyPlan]?, seq: Int?, tasks: [PlanTask]?, teams: [CoordinationTeam]?
        try r.members(Self.keys) { r, k throws(GiveUp) in
            switch k {
            case 0: beats = try r.array(of: Beat.self)
            case 1: counters = try Counters(fast: &r)
            case 2: districts = try r.array(of: District.self)
            case 3: meetings = try r.array(of: Meeting.self)
            case 4: officers = try r.array(of: Officer.self)
            case 5: plans = try r.array(of: SafetyPlan.self)
            case 6: seq = try r.int()
            case 7: tasks = try r.arrayEndingTheFile(of: PlanTask.self, bytesEach: 700)
            case 8: teams = try r.array(of: CoordinationTeam.self)
            case 9: organisations = try r.array(of: PartnerOrganisation.self)
            default: try r.skipValue()
            }
        }
        guard let beats, let counters, let districts, let meetings, let officers, let plans, let seq, let tasks, let teams else {
            throw GiveUp()
        }
        self.init(seq: seq, counters: counters, districts: districts, beats: beats, officers: officers, teams: teams, plans: plans,
                  tasks: tasks, meetings: meetings, organisations: organisations ?? [])
    }
}

extension FastJSON {
    /// The next value read by `JSONDecoder` (its bytes found by skipping it): for rare parts of
    /// a record with no reader of their own. Null is nil; anything it cannot read gives up.
    mutating func decodedValue<T: Decodable>(_ type: T.Type) throws(GiveUp) -> T? {
        if null() { return nil }
        skipSpace()
        let start = i
        try skipValue()
        let bytes = Array(UnsafeBufferPointer(start: base + start, count: i - start))
        guard let value = try? JSONCoding.decode(T.self, from: bytes, file: "") else { throw GiveUp() }
        return value
    }
}
