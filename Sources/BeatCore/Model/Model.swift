/// Everything Beat knows, as one value: reference data (districts, beats, officers, teams,
/// plans, tasks, meetings) and the contact log. Change it only through `apply(_:context:)`.
///
/// Tasks, contacts, plans and meetings are kept sorted by id (ids only grow), so lookups
/// are binary searches even at city-station scale.
public struct Model: Sendable, Equatable {
    public internal(set) var districts: [District]
    public internal(set) var beats: [Beat]
    public internal(set) var officers: [Officer]
    public internal(set) var teams: [CoordinationTeam]
    /// Partner organisations: housing cooperatives, schools, the city guard, other units …
    public internal(set) var organisations: [PartnerOrganisation]
    public internal(set) var plans: [SafetyPlan]
    public internal(set) var tasks: [PlanTask]
    /// The contact log, in id order. Just after a folder store is opened it is still the
    /// snapshot's verified bytes, decoded the first time it is read (see `ContactLog`).
    public internal(set) var contacts: [ResidentContact] {
        get { contactLog.contacts }
        set { contactLog = ContactLog(newValue) }
        _modify {
            // Changed in place: the log gives its array up, so nothing is copied.
            var all = contactLog.take()
            defer { contactLog = ContactLog(all) }
            yield &all
        }
    }
    var contactLog: ContactLog
    public internal(set) var meetings: [Meeting]
    /// The evidence side: threats, police figures, surveys, the programme. Read with the
    /// reference data, not in the `.head` scope.
    public internal(set) var register = Register()
    /// The next ids to hand out; kept so an undone addition never frees its number.
    public internal(set) var counters: Counters
    /// The journal sequence number this model reflects (0: the initial snapshot only).
    public internal(set) var seq: Int

    public init(districts: [District] = [], beats: [Beat] = [], officers: [Officer] = [],
                teams: [CoordinationTeam] = [], plans: [SafetyPlan] = [], tasks: [PlanTask] = [],
                contacts: [ResidentContact] = [], meetings: [Meeting] = [], counters: Counters? = nil, seq: Int = 0,
                organisations: [PartnerOrganisation] = []) {
        self.districts = districts
        self.beats = beats
        self.officers = officers
        self.teams = teams
        self.organisations = organisations
        // Sorting copies; records read from a store are in order already.
        self.plans = Model.sortedByID(plans)
        self.tasks = Model.sortedByID(tasks)
        self.contactLog = ContactLog(Model.sortedByID(contacts))
        self.meetings = Model.sortedByID(meetings)
        self.counters = counters ?? Counters(
            plan: (plans.map(\.id).max() ?? 0) + 1, task: (tasks.map(\.id).max() ?? 0) + 1,
            contact: (contacts.map(\.id).max() ?? 0) + 1, meeting: (meetings.map(\.id).max() ?? 0) + 1)
        self.seq = seq
    }

    public static let empty = Model()

    // MARK: Lookups

    public func district(_ id: String) -> District? { districts.first { $0.id == id } }
    public func beat(_ id: String) -> Beat? { beats.first { $0.id == id } }
    public func officer(_ id: String) -> Officer? { officers.first { $0.id == id } }
    public func team(_ id: String) -> CoordinationTeam? { teams.first { $0.id == id } }
    /// The coordination team of a district.
    public func team(forDistrict id: String) -> CoordinationTeam? { teams.first { $0.district == id } }
    public func plan(_ id: Int) -> SafetyPlan? { Model.find(id, in: plans).map { plans[$0] } }
    public func task(_ id: Int) -> PlanTask? { Model.find(id, in: tasks).map { tasks[$0] } }
    public func contact(_ id: Int) -> ResidentContact? { Model.find(id, in: contacts).map { contacts[$0] } }
    public func meeting(_ id: Int) -> Meeting? { Model.find(id, in: meetings).map { meetings[$0] } }
    public func threat(_ id: Int) -> Threat? { Model.find(id, in: register.threats).map { register.threats[$0] } }
    /// The threat register (KMZB), by id.
    public var threats: [Threat] { register.threats }
    public func survey(_ id: Int) -> SurveyRound? { Model.find(id, in: register.surveys).map { register.surveys[$0] } }
    /// The officer whose beat this is.
    public func officer(forBeat id: String) -> Officer? { officers.first { $0.beat == id && $0.active } }
    /// A partner of any team, by id.
    public func partner(_ id: String) -> Partner? {
        for t in teams { if let p = t.member(id) { return p } }
        return nil
    }
    public func organisation(_ id: String) -> PartnerOrganisation? { organisations.first { $0.id == id } }
    /// The team a member belongs to.
    public func team(ofMember id: String) -> CoordinationTeam? { teams.first { $0.member(id) != nil } }

    /// An organisation as a member or a support card names it: the record's name when `ref`
    /// is a record's id, else `ref` itself (a name written before organisations were records).
    public func organisationName(_ ref: String) -> String { organisation(ref)?.name ?? ref }

    /// A member's or an organisation's name, for lists and sentences; the id when neither is known.
    public func name(of ref: PartnerRef) -> String {
        switch ref {
        case .member(let id): return partner(id)?.name ?? id
        case .organisation(let id): return organisation(id)?.name ?? id
        }
    }

    /// Whether any officer has a Unix login: then who is acting comes from the account.
    public var loginsConfigured: Bool { officers.contains { $0.login != nil } }
    /// Whether any active officer is a supervisor: then only supervisors change reference data.
    public var rolesConfigured: Bool { officers.contains { $0.role == .supervisor && $0.active } }
    /// The active supervisors, for "who may do it".
    public var supervisors: [Officer] { officers.filter { $0.role == .supervisor && $0.active } }
    /// The officer working under a Unix account.
    public func officer(login: String) -> Officer? { officers.first { $0.login == login } }

    /// Tasks of a plan, in id order.
    public func tasks(ofPlan id: Int) -> [PlanTask] { tasks.filter { $0.plan == id } }

    static func sortedByID<T: Identifiable>(_ items: [T]) -> [T] where T.ID == Int {
        // Ids read in place: copying a record to read its id would retain all its texts.
        let sorted = items.withUnsafeBufferPointer { buf in
            var k = 1
            while k < buf.count {
                if buf[k - 1].id > buf[k].id { return false }
                k += 1
            }
            return true
        }
        return sorted ? items : items.sorted { $0.id < $1.id }
    }

    /// Binary search in an array sorted by id.
    static func find<T: Identifiable>(_ id: Int, in items: [T]) -> Int? where T.ID == Int {
        var lo = 0, hi = items.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let v = items[mid].id
            if v == id { return mid }
            if v < id { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }
}

/// The next id for each numbered kind of record.
public struct Counters: Codable, Hashable, Sendable {
    public var plan: Int
    public var task: Int
    public var contact: Int
    public var meeting: Int

    public init(plan: Int = 1, task: Int = 1, contact: Int = 1, meeting: Int = 1) {
        self.plan = plan
        self.task = task
        self.contact = contact
        self.meeting = meeting
    }
}
