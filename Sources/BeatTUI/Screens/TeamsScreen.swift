import BeatCore

/// Zespoły: each district's coordination team, members by role, designated contacts and
/// who nominated them, phone and e-mail.
struct TeamsScreen: Screen {
    var list = ListView()

    struct Row {
        var text: String
        var style: Style
        var team: String?
        var member: String?
    }

    static let roleOrder: [PartnerRole] = [.cooperativePresident, .estateCouncilChair, .schoolDirector, .designatedContact, .police, .other]

    func rows(_ ctx: ScreenContext) -> [Row] {
        let m = ctx.model
        var out: [Row] = []
        for team in m.teams {
            if !out.isEmpty { out.append(Row(text: "", style: .normal)) }
            out.append(Row(text: team.name + " — " + (m.district(team.district)?.name ?? team.district), style: .title, team: team.id))
            for role in TeamsScreen.roleOrder {
                let members = team.members.filter { $0.role == role }
                guard !members.isEmpty else { continue }
                out.append(Row(text: " " + L10n.roleName(role), style: .heading, team: team.id))
                for p in members {
                    out.append(Row(text: "   " + p.name + " · " + p.organisation, style: .normal, team: team.id, member: p.id))
                    var details: [String] = []
                    if let n = p.nominatedBy { details.append(L10n.nominatedBy(team.member(n)?.name ?? n)) }
                    details += [p.phone, p.email].compactMap { $0 }
                    if !details.isEmpty {
                        out.append(Row(text: "     " + details.joined(separator: " · "), style: .dim, team: team.id, member: p.id))
                    }
                }
            }
        }
        if out.isEmpty { out.append(Row(text: L10n.noTeams, style: .dim)) }
        return out
    }

    func selected(_ ctx: ScreenContext) -> Row? {
        let r = rows(ctx)
        return r.isEmpty ? nil : r[min(list.selected, r.count - 1)]
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        guard let r = selected(ctx), r.team != nil else { return [] }
        return [.add] + (r.member != nil ? [.edit] : [])
    }

    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]? {
        guard let action else { return nil }
        let count = rows(ctx).count
        if list.move(action, count: count, page: ctx.body.height) {
            list.clamp(count: count, height: ctx.body.height)
            return []
        }
        guard let r = selected(ctx), let teamID = r.team, let team = ctx.model.team(teamID) else { return nil }
        switch action {
        case .add: return [.openForm(TeamForms.memberForm(nil, team: team))]
        case .edit:
            guard let id = r.member, let p = team.member(id) else { return [] }
            return [.openForm(TeamForms.memberForm(p, team: team))]
        default: return nil
        }
    }

    func draw(into canvas: inout Canvas, ctx: ScreenContext) {
        let rs = rows(ctx)
        list.draw(into: &canvas, rect: ctx.body, count: rs.count) { i, _ in (rs[i].text, rs[i].style) }
    }
}

/// Adding and editing a team member.
enum TeamForms {
    static let none = "-"

    static func memberForm(_ p: Partner?, team: CoordinationTeam) -> Form {
        let others = team.members.filter { $0.id != p?.id && $0.role != .designatedContact }
        let fields: [Form.Field] = [
            .text(.name, L10n.colName, p?.name ?? "", required: true),
            .choice(.role, L10n.roleLabel, PartnerRole.allCases.map { Choice($0.rawValue, L10n.roleName($0)) }, selected: (p?.role ?? .other).rawValue),
            .text(.organisation, L10n.organisationLabel, p?.organisation ?? ""),
            .text(.phone, L10n.colPhone, p?.phone ?? ""),
            .text(.email, L10n.emailLabel, p?.email ?? ""),
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
        guard var team = ctx.model.team(teamID) else { return .invalid(FieldError(nil, L10n.unknownTeam(teamID))) }
        let name: String
        switch FieldValue.required(form, .name) {
        case .success(let n): name = n
        case .failure(let e): return .invalid(e)
        }
        func opt(_ s: String) -> String? { let t = s.trimmingCharacters(in: .whitespaces); return t.isEmpty ? nil : t }
        let role = PartnerRole(rawValue: form.choice(.role) ?? "") ?? .other
        let nominator = form.choice(.nominatedBy).flatMap { $0 == none ? nil : $0 }
        let id = memberID ?? newID(for: name, in: team)
        let partner = Partner(id: id, name: name, role: role, organisation: form.text(.organisation), phone: opt(form.text(.phone)),
                              email: opt(form.text(.email)), nominatedBy: role == .designatedContact ? nominator : nil)
        if let i = team.members.firstIndex(where: { $0.id == id }) { team.members[i] = partner } else { team.members.append(partner) }
        return .changes([.putTeam(team)], message: L10n.memberSaved(name))
    }

    /// A readable, unique id from a name: "Grażyna Wójcik" → "grazyna-wojcik".
    static func newID(for name: String, in team: CoordinationTeam) -> String {
        let slug = String(Picker.fold(name).lowercased().map { c -> Character in c.isASCII && (c.isLetter || c.isNumber) ? c : "-" })
        let base = slug.split(separator: "-").joined(separator: "-")
        var id = String((team.id + "-" + (base.isEmpty ? "czlonek" : base)).prefix(60))
        var n = 2
        while team.member(id) != nil { id = String(id.prefix(56)) + "-\(n)"; n += 1 }
        return id
    }
}
