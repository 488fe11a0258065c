/// `Model.apply` for the station's own data: organisations, team members one at a time,
/// officers leaving with a handover, support requests, imports — and the checks the older
/// reference changes gained with them (a street in one beat only, one login per person).
/// Each returns the changes that take it back (`Applied.undo`), or nil when none can.
extension Model {
    mutating func putOrganisation(_ o: PartnerOrganisation) throws -> [Change]? {
        try checkID(o.id)
        try nonEmpty(o.name, .name, Limits.name)
        if let d = o.district { try needDistrict(d) }
        try limit(o.phone ?? "", .phone, Limits.phone)
        try limit(o.email ?? "", .email, Limits.email)
        return upsert(&organisations, o).map { [.putOrganisation($0)] }
    }

    mutating func putMember(_ p: MemberPut) throws -> [Change]? {
        guard let i = teams.firstIndex(where: { $0.id == p.team }) else { throw BeatError.rejected(.unknownTeam(p.team)) }
        // A member's id names them across teams (tasks and contacts name members by id alone).
        if let other = team(ofMember: p.member.id), other.id != p.team { throw BeatError.rejected(.duplicateID("partner", p.member.id)) }
        var team = teams[i]
        let old = team.member(p.member.id)
        if let k = team.members.firstIndex(where: { $0.id == p.member.id }) { team.members[k] = p.member } else { team.members.append(p.member) }
        try checkMembers(team)
        teams[i] = team
        return [old.map { .putMember(MemberPut(team: p.team, member: $0)) } ?? .removeMember(MemberRemoval(team: p.team, member: p.member.id))]
    }

    mutating func removeMember(_ r: MemberRemoval) throws -> [Change]? {
        guard let i = teams.firstIndex(where: { $0.id == r.team }) else { throw BeatError.rejected(.unknownTeam(r.team)) }
        guard let k = teams[i].members.firstIndex(where: { $0.id == r.member }) else { throw BeatError.rejected(.unknownPartner(r.member)) }
        let id = r.member
        let linkedTasks = tasks.filter { $0.partners.contains(id) || $0.holder == .member(id) }.map(\.id)
        let linkedMeetings = meetings.filter { $0.team == r.team && $0.attendees.contains(id) }.map(\.id)
        let linkedContacts = contacts.filter { $0.with == .member(id) }.map(\.id)
        let nominated = teams[i].members.filter { $0.nominatedBy == id }.map(\.id)
        guard linkedTasks.isEmpty, linkedMeetings.isEmpty, linkedContacts.isEmpty, nominated.isEmpty else {
            throw BeatError.rejected(.memberStillLinked(id, tasks: linkedTasks, meetings: linkedMeetings, contacts: linkedContacts,
                                                        nominated: nominated))
        }
        let removed = teams[i].members.remove(at: k)
        return [.putMember(MemberPut(team: r.team, member: removed))]
    }

    mutating func editTeam(_ e: TeamEdit) throws -> [Change]? {
        guard let i = teams.firstIndex(where: { $0.id == e.team }) else { throw BeatError.rejected(.unknownTeam(e.team)) }
        try nonEmpty(e.name, .name, Limits.name)
        try needDistrict(e.district)
        if e.district != teams[i].district {
            // Tasks name members of their district's team, meetings their team: those stay where they were.
            let members = Set(teams[i].members.map(\.id))
            let linkedTasks = tasks.filter { t in t.partners.contains(where: members.contains) || t.holder.map { members.contains($0.id) } == true }
            let linkedMeetings = meetings.filter { $0.team == e.team }.map(\.id)
            guard linkedTasks.isEmpty, linkedMeetings.isEmpty else {
                throw BeatError.rejected(.teamStillLinked(e.team, meetings: linkedMeetings, tasks: linkedTasks.map(\.id)))
            }
        }
        let back = TeamEdit(team: e.team, name: teams[i].name, district: teams[i].district)
        teams[i].name = e.name.trimmed
        teams[i].district = e.district
        return [.editTeam(back)]
    }

    mutating func deactivateOfficer(_ d: OfficerDeactivation, context: ChangeContext) throws -> [Change]? {
        guard let i = officers.firstIndex(where: { $0.id == d.officer }) else { throw BeatError.rejected(.unknownOfficer(d.officer)) }
        guard officers[i].active else { throw BeatError.rejected(.officerAlreadyInactive(d.officer)) }
        let open = tasks.indices.filter { tasks[$0].assignee == d.officer && tasks[$0].isOpen }
        if let h = d.handover {
            guard h != d.officer else { throw BeatError.rejected(.handoverToSelf(h)) }
            guard let next = officer(h) else { throw BeatError.rejected(.unknownOfficer(h)) }
            guard next.active else { throw BeatError.rejected(.inactiveOfficer(h)) }
        } else if !open.isEmpty {
            throw BeatError.rejected(.handoverNeeded(d.officer, open.count))
        }
        // Back: the officer first (a task moves only to an active officer), then the tasks.
        let back: [Change] = [.putOfficer(officers[i])] + open.map { .editTask(TaskEdit(of: tasks[$0])) }
        for k in open { tasks[k].assignee = d.handover! }
        officers[i].active = false
        return back
    }

    mutating func giveSupport(_ g: SupportGiven) throws {
        let i = try taskIndex(g.task)
        guard tasks[i].support.indices.contains(g.index) else { throw BeatError.rejected(.unknownSupport(g.task, g.index)) }
        let s = tasks[i].support[g.index]
        guard s.isOpen else { throw BeatError.rejected(.supportNotOpen(g.task, g.index)) }
        let asked = s.asked ?? s.day
        guard g.day >= asked else { throw BeatError.rejected(.supportGivenBeforeAsked(g.day, asked)) }
        tasks[i].support[g.index] = SupportReceived(unit: s.unit, what: s.what, day: g.day, asked: asked)
    }

    /// All the import's changes or none: they are applied to a copy (which shares every
    /// array it does not change), kept only when all pass.
    mutating func importRecords(_ r: RecordImport, context: ChangeContext) throws -> [Change]? {
        var scratch = self
        var back: [Change]? = []
        for change in r.changes {
            switch change {
            case .putOfficer, .putBeat, .putMember, .putOrganisation, .putDistrict:
                let applied = try scratch.apply(change, context: context)
                // Taken back last first; a record new to the import cannot be (as for any put).
                back = applied.undo.flatMap { u in back.map { u + $0 } }
            default: throw BeatError.rejected(.notImportable(change.name))
            }
        }
        self = scratch
        return back
    }

    // MARK: Checks the older reference changes gained

    /// A beat's streets: each named once, none in another beat; its number free in its district.
    func checkBeat(_ b: Beat) throws {
        if let n = b.number {
            guard (1...Limits.number).contains(n) else { throw BeatError.rejected(.numberOutOfRange(n)) }
            if let other = beats.first(where: { $0.id != b.id && $0.district == b.district && $0.number == n }) {
                throw BeatError.rejected(.beatNumberTaken(n, b.district, other.id))
            }
        }
        var own = Set<String>()
        for s in b.streets {
            let key = StreetMatcher.key(s)
            guard !key.isEmpty else { throw BeatError.rejected(.empty(.street)) }
            guard own.insert(key).inserted else { throw BeatError.rejected(.streetListedTwice(s)) }
        }
        for other in beats where other.id != b.id {
            if let s = other.streets.first(where: { own.contains(StreetMatcher.key($0)) }) {
                throw BeatError.rejected(.streetInOtherBeat(s, other.id))
            }
        }
    }

    /// An officer's login is a Unix account name held by no one else; an officer made
    /// inactive here (not through `deactivateOfficer`) has no open tasks.
    func checkOfficer(_ o: Officer) throws {
        if let login = o.login {
            guard Model.isLoginName(login) else { throw BeatError.rejected(.badLogin(login)) }
            if let other = officers.first(where: { $0.id != o.id && $0.login == login }) {
                throw BeatError.rejected(.loginTaken(login, other.id))
            }
        }
        if !o.active, officer(o.id)?.active != false {
            let open = tasks.filter { $0.assignee == o.id && $0.isOpen }.count
            if open > 0 { throw BeatError.rejected(.handoverNeeded(o.id, open)) }
        }
    }

    /// What POSIX calls a portable user name, as `useradd` accepts it.
    static func isLoginName(_ s: String) -> Bool {
        guard let first = s.utf8.first, s.utf8.count <= 32, first != 45, first != 46 else { return false }
        return s.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 || $0 == 45 || $0 == 46 }
    }

    /// A task's holder: a member of its district's team, or a known organisation.
    func checkHolder(_ h: PartnerRef?, district: String) throws {
        switch h {
        case .member(let id)?: try needPartner(id, district: district)
        case .organisation(let id)?: guard organisation(id) != nil else { throw BeatError.rejected(.unknownOrganisation(id)) }
        case nil: break
        }
    }

    /// Whom a contact was with: a member of any team, or a known organisation.
    func checkWith(_ w: PartnerRef?) throws {
        switch w {
        case .member(let id)?: guard partner(id) != nil else { throw BeatError.rejected(.unknownPartner(id)) }
        case .organisation(let id)?: guard organisation(id) != nil else { throw BeatError.rejected(.unknownOrganisation(id)) }
        case nil: break
        }
    }
}
