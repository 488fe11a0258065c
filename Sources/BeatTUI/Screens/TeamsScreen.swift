import BeatCore

/// Zespoły — the station's own data, a section at a time (←/→): the coordination teams with
/// their members by role (designated contacts and who nominated them), partner
/// organisations, officers, beats with their streets, districts. A supervisor adds and edits
/// them all here with the same forms and keys as everywhere else; when roles are set, anyone
/// else is told who may.
struct TeamsScreen: Screen {
    var list = ListView()
    var section: Section = .teams

    enum Section: Int, CaseIterable, Sendable {
        case teams, organisations, officers, beats, districts

        var title: String {
            switch self {
            case .teams: return L10n.sectionTeams
            case .organisations: return L10n.sectionOrganisations
            case .officers: return L10n.sectionOfficers
            case .beats: return L10n.sectionBeats
            case .districts: return L10n.sectionDistricts
            }
        }
    }

    /// What a row is: a record of the section, or a line about one.
    enum Target: Equatable {
        case team(String), member(team: String, id: String), organisation(String), officer(String), beat(String), district(String)
    }

    struct Row {
        var text: String
        var style: Style
        var target: Target?
    }

    static let roleOrder: [PartnerRole] = [.cooperativePresident, .estateCouncilChair, .schoolDirector, .designatedContact, .police, .cityGuard, .other]

    func rows(_ ctx: ScreenContext) -> [Row] {
        let m = ctx.model
        var out: [Row] = []
        switch section {
        case .teams:
            for team in m.teams {
                if !out.isEmpty { out.append(Row(text: "", style: .normal)) }
                out.append(Row(text: team.name + " — " + (m.district(team.district)?.name ?? team.district), style: .title, target: .team(team.id)))
                for role in TeamsScreen.roleOrder {
                    let members = team.members.filter { $0.role == role }
                    guard !members.isEmpty else { continue }
                    // The heading agrees with the people under it when they share a gender.
                    let genders = Set(members.map(\.gender))
                    let heading = genders.count == 1 && members[0].gender != nil ? L10n.roleName(role, members[0].gender) : L10n.roleTitle(role)
                    out.append(Row(text: " " + heading, style: .heading, target: .team(team.id)))
                    for p in members {
                        let target = Target.member(team: team.id, id: p.id)
                        let org = p.organisation.isEmpty ? "" : " · " + m.organisationName(p.organisation)
                        out.append(Row(text: "   " + p.name + org, style: .normal, target: target))
                        var details: [String] = []
                        if let n = p.nominatedBy { details.append(L10n.nominatedBy(team.member(n)?.name ?? n, p.gender)) }
                        details += [p.phone, p.email].compactMap { $0 }
                        if !details.isEmpty { out.append(Row(text: "     " + details.joined(separator: " · "), style: .dim, target: target)) }
                    }
                }
            }
            if out.isEmpty { out.append(Row(text: L10n.noTeams, style: .dim)) }
        case .organisations:
            for o in m.organisations.sorted(by: { PolishCollation.less($0.name, $1.name) }) {
                let parts = [L10n.organisationKindName(o.kind), o.district.map { m.district($0)?.name ?? $0 }, o.phone, o.email].compactMap { $0 }
                out.append(Row(text: o.name + " · " + parts.joined(separator: " · "), style: .normal, target: .organisation(o.id)))
            }
            if out.isEmpty { out.append(Row(text: L10n.noOrganisations, style: .dim)) }
        case .officers:
            for o in m.officers.sorted(by: { ($0.district, $0.surname, $0.id) < ($1.district, $1.surname, $1.id) }) {
                var parts = [L10n.post(of: o), m.district(o.district)?.name ?? o.district]
                if let b = o.beat.flatMap(m.beat) { parts.append(L10n.beatShort(b)) }
                if let l = o.login { parts.append(L10n.loginLabel + " " + l) }
                if !o.active { parts.append(L10n.inactiveMark(o.gender)) }
                out.append(Row(text: o.title + " · " + parts.joined(separator: " · "), style: o.active ? .normal : .dim, target: .officer(o.id)))
            }
            if out.isEmpty { out.append(Row(text: L10n.noOfficers, style: .dim)) }
        case .beats:
            for b in m.beats.sorted(by: { ($0.district, $0.number ?? Int.max, $0.id) < ($1.district, $1.number ?? Int.max, $1.id) }) {
                let who = m.officer(forBeat: b.id).map { " · " + $0.title } ?? ""
                out.append(Row(text: L10n.beatName(b) + " — " + (m.district(b.district)?.name ?? b.district) + who, style: .normal, target: .beat(b.id)))
                out.append(Row(text: "   " + (b.streets.isEmpty ? "—" : b.streets.joined(separator: ", ")), style: .dim, target: .beat(b.id)))
            }
            if out.isEmpty { out.append(Row(text: L10n.noBeats, style: .dim)) }
        case .districts:
            for d in m.districts.sorted(by: { PolishCollation.less($0.name, $1.name) }) {
                let beats = m.beats.filter { $0.district == d.id }.count
                out.append(Row(text: d.name + (d.city.isEmpty ? "" : " (" + d.city + ")") + " · " + L10n.residentsCount(d.residents)
                               + " · " + L10n.beatsCount(beats), style: .normal, target: .district(d.id)))
            }
            if out.isEmpty { out.append(Row(text: L10n.noDistricts, style: .dim)) }
        }
        return out
    }

    func selected(_ ctx: ScreenContext) -> Row? {
        list.selectedItem(in: rows(ctx))
    }

    /// `p`: the districts side by side on their section, the selected officer's worklist on
    /// theirs; the other sections have no printout of what they list.
    func report(_ ctx: ScreenContext) -> ReportRequest? {
        switch (section, selected(ctx)?.target) {
        case (.districts, _): return ReportRequest(kind: .districts)
        case (.officers, .officer(let id)?): return ReportRequest(kind: .officer, officer: id)
        default: return nil
        }
    }

    func whyNoPrintout(_ ctx: ScreenContext) -> String {
        switch section {
        case .teams: return L10n.teamsHaveNoPrintout
        case .organisations: return L10n.organisationsHaveNoPrintout
        case .officers: return L10n.noOfficerToPrint
        case .beats: return L10n.beatsHaveNoPrintout
        case .districts: return L10n.nothingToPrint
        }
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        var c: [Action] = [.previousSection, .nextSection]
        let target = selected(ctx)?.target
        switch section {
        case .teams:
            c.append(.add)
            if target != nil { c.append(.edit) }
            if case .member? = target { c.append(.remove) }
        case .officers:
            c.append(.add)
            if case .officer(let id)? = target {
                c.append(.edit)
                if ctx.model.officer(id)?.active == true { c.append(.deactivate) }
            }
        case .organisations, .beats, .districts:
            c.append(.add)
            if target != nil { c.append(.edit) }
        }
        if report(ctx) != nil { c.append(.print) }
        return c
    }

    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]? {
        guard let action else { return nil }
        let count = rows(ctx).count
        if list.scroll(action, count: count, height: ctx.body.height) { return [] }
        switch action {
        case .nextSection, .previousSection:
            let n = Section.allCases.count
            section = Section(rawValue: (section.rawValue + (action == .nextSection ? 1 : n - 1)) % n)!
            list = ListView()
            return []
        case .add, .edit, .remove, .deactivate:
            // Refused before a form is filled in: the same rule the save checks.
            if let why = StationForms.refusal(ctx) { return [.error(why)] }
            return StationForms.open(action, section: section, target: selected(ctx)?.target, ctx: ctx)
        default:
            return nil
        }
    }

    func draw(into canvas: inout Canvas, ctx: ScreenContext) {
        let body = ctx.body
        guard body.height >= 2 else { return }
        // The sections, the current one marked.
        var tabs = ""
        for s in Section.allCases { tabs += (s == section ? "[" + s.title + "]" : " " + s.title + " ") + " " }
        canvas.line(tabs + " " + KeyMap.key(.previousSection) + "/" + KeyMap.key(.nextSection), row: body.row, in: body, style: .heading)
        let rect = Rect(row: body.row + 1, col: body.col, height: body.height - 1, width: body.width)
        let rs = rows(ctx)
        list.draw(into: &canvas, rect: rect, count: rs.count) { i, _ in (rs[i].text, rs[i].style) }
    }
}

/// Adding and editing a team member: the same change as `beat team member add|edit`.
enum TeamForms {
    static let none = "-"

    static func memberForm(_ p: Partner?, team: CoordinationTeam, ctx: ScreenContext) -> Form {
        let m = ctx.model
        let others = team.members.filter { $0.id != p?.id && $0.role != .designatedContact }
        // A name written before organisations were records stays a choice of its own.
        var orgs = [Choice(none, "—")] + m.organisations.sorted { PolishCollation.less($0.name, $1.name) }.map { Choice($0.id, $0.name) }
        if let o = p?.organisation, !o.isEmpty, m.organisation(o) == nil { orgs.append(Choice(o, o)) }
        let fields: [Form.Field] = [
            .text(.name, L10n.colName, p?.name ?? "", required: true),
            .choice(.role, L10n.roleLabel, PartnerRole.allCases.map { Choice($0.rawValue, L10n.roleTitle($0)) }, selected: (p?.role ?? .other).rawValue),
            .choice(.organisation, L10n.organisationLabel, orgs, selected: p.map { $0.organisation.isEmpty ? none : $0.organisation } ?? none),
            .text(.phone, L10n.colPhone, p?.phone ?? ""),
            .text(.email, L10n.emailLabel, p?.email ?? ""),
            .choice(.gender, L10n.fieldGenderLabel, StationForms.genderChoices(), selected: p?.gender?.rawValue ?? none),
            .choice(.nominatedBy, L10n.nominatedByLabel, [Choice(none, "—")] + others.map { Choice($0.id, $0.name) }, selected: p?.nominatedBy ?? none),
        ]
        let purpose: FormPurpose = .team(p.map { .editMember(team: team.id, member: $0.id) } ?? .addMember(team: team.id))
        return Form(title: p.map { L10n.editMemberTitle($0.name) } ?? L10n.addMemberTitle(team.name), fields: fields, purpose: purpose)
    }

    static func submit(_ form: Form, purpose: TeamFormPurpose, ctx: ScreenContext) -> Submission {
        let teamID: String
        var memberID: String?
        switch purpose {
        case .addMember(let t): teamID = t
        case .editMember(let t, let m): teamID = t; memberID = m
        }
        guard ctx.model.team(teamID) != nil else { return .invalid(FieldError(nil, L10n.unknownTeam(teamID))) }
        let name: String
        switch FieldValue.required(form, .name) {
        case .success(let n): name = n.trimmingCharacters(in: .whitespaces)
        case .failure(let e): return .invalid(e)
        }
        func opt(_ s: String) -> String? { let t = s.trimmingCharacters(in: .whitespaces); return t.isEmpty ? nil : t }
        func choice(_ id: FieldID) -> String? { form.choice(id).flatMap { $0 == none ? nil : $0 } }
        let role = PartnerRole(rawValue: form.choice(.role) ?? "") ?? .other
        let taken = Set(ctx.model.teams.flatMap { $0.members.map(\.id) })
        let id = memberID ?? StationImport.uniqueID(StationImport.slug(name), taken: taken)
        let partner = Partner(id: id, name: name, role: role, organisation: choice(.organisation) ?? "", phone: opt(form.text(.phone)),
                              email: opt(form.text(.email)), nominatedBy: role == .designatedContact ? choice(.nominatedBy) : nil,
                              gender: choice(.gender).flatMap(Gender.init(rawValue:)))
        return .changes([.putMember(MemberPut(team: teamID, member: partner))], message: L10n.memberSaved(name))
    }
}
