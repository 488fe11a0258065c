import BeatCore

/// What a station form is for (screen 5): a record added (nil) or edited, an officer leaving.
enum StationFormPurpose: Equatable, Sendable {
    case district(String?)
    case beat(String?)
    case officer(String?)
    case organisation(String?)
    case team(String?)
    case deactivate(String)
}

/// The forms of the station's own data: districts, beats, officers, organisations, teams
/// (members: `TeamForms`). Each saves the same change its command makes.
enum StationForms {
    static let none = "-"

    /// Why the person working may not change the station's data, or nil when they may.
    static func refusal(_ ctx: ScreenContext) -> String? {
        do {
            try Authority.check(.putDistrict(District(id: "x", name: "x", city: "", residents: 0, streets: [])), by: ctx.me, in: ctx.model)
            return nil
        } catch let e as BeatError {
            return e.message
        } catch {
            return "\(error)"
        }
    }

    /// `a`, `e`, `d`, `D` on screen 5.
    static func open(_ action: Action, section: TeamsScreen.Section, target: TeamsScreen.Target?, ctx: ScreenContext) -> [Effect] {
        let m = ctx.model
        switch (action, section, target) {
        case (.add, .teams, let t):
            let team: CoordinationTeam?
            switch t {
            case .team(let id)?, .member(let id, _)?: team = m.team(id)
            default: team = nil
            }
            guard let team else { return [.openForm(teamForm(nil, ctx: ctx))] }
            return [.openPicker(Picker(title: L10n.addWhatTitle, options: [Choice(team.id, L10n.newMemberOf(team.name)), Choice(none, L10n.newTeam)]),
                                .addToTeams)]
        case (.edit, .teams, .team(let id)?): return m.team(id).map { [.openForm(teamForm($0, ctx: ctx))] } ?? []
        case (.edit, .teams, .member(let t, let id)?):
            guard let team = m.team(t), let p = team.member(id) else { return [] }
            return [.openForm(TeamForms.memberForm(p, team: team, ctx: ctx))]
        case (.remove, .teams, .member(let t, let id)?):
            guard let p = m.team(t)?.member(id) else { return [] }
            return [.confirm(Confirmation(question: L10n.removeMemberQuestion(p.name), purpose: .removeMember(team: t, member: id)))]
        case (.add, .organisations, _): return [.openForm(organisationForm(nil, ctx: ctx))]
        case (.edit, .organisations, .organisation(let id)?): return m.organisation(id).map { [.openForm(organisationForm($0, ctx: ctx))] } ?? []
        case (.add, .officers, _): return [.openForm(officerForm(nil, ctx: ctx))]
        case (.edit, .officers, .officer(let id)?): return m.officer(id).map { [.openForm(officerForm($0, ctx: ctx))] } ?? []
        case (.deactivate, .officers, .officer(let id)?): return m.officer(id).map { [.openForm(deactivateForm($0, ctx: ctx))] } ?? []
        case (.add, .beats, _): return [.openForm(beatForm(nil, ctx: ctx))]
        case (.edit, .beats, .beat(let id)?): return m.beat(id).map { [.openForm(beatForm($0, ctx: ctx))] } ?? []
        case (.add, .districts, _): return [.openForm(districtForm(nil))]
        case (.edit, .districts, .district(let id)?): return m.district(id).map { [.openForm(districtForm($0))] } ?? []
        default: return []
        }
    }

    // MARK: The forms

    static func districtForm(_ d: District?) -> Form {
        var fields: [Form.Field] = d == nil ? [.text(.id, L10n.fieldIDLabel)] : []
        fields += [
            .text(.name, L10n.fieldNameLabel, d?.name ?? "", required: true),
            .text(.city, L10n.colCity, d?.city ?? ""),
            .text(.residents, L10n.colResidents, d.map { String($0.residents) } ?? ""),
        ]
        return Form(title: d.map { L10n.editRecordTitle($0.name) } ?? L10n.newDistrictTitle, fields: fields, purpose: .station(.district(d?.id)))
    }

    static func beatForm(_ b: Beat?, ctx: ScreenContext) -> Form {
        let m = ctx.model
        var fields: [Form.Field] = b == nil ? [.text(.id, L10n.fieldIDLabel)] : []
        fields += [
            .choice(.district, L10n.colDistrict, m.districts.map { Choice($0.id, $0.name) }, selected: b?.district ?? ctx.myOfficer?.district),
            .text(.number, L10n.fieldBeatNumberLabel, b?.number.map(String.init) ?? ""),
            .text(.name, L10n.fieldNameLabel, b?.name ?? "", required: true),
            .multiline(.streets, L10n.fieldStreetsLabel, b?.streets.joined(separator: "\n") ?? ""),
        ]
        return Form(title: b.map { L10n.editRecordTitle(L10n.beatName($0)) } ?? L10n.newBeatTitle, fields: fields, purpose: .station(.beat(b?.id)))
    }

    static func genderChoices() -> [Choice] {
        [Choice(none, "—"), Choice(Gender.female.rawValue, L10n.genderName(.female)), Choice(Gender.male.rawValue, L10n.genderName(.male))]
    }

    static func officerForm(_ o: Officer?, ctx: ScreenContext) -> Form {
        let m = ctx.model
        var fields: [Form.Field] = o == nil ? [.text(.id, L10n.fieldIDLabel)] : []
        fields += [
            .text(.name, L10n.colName, o?.name ?? "", required: true),
            .text(.rank, L10n.colRank, o?.rank ?? ""),
            .text(.badge, L10n.colBadge, o?.badge ?? ""),
            .choice(.district, L10n.colDistrict, m.districts.map { Choice($0.id, $0.name) }, selected: o?.district ?? ctx.myOfficer?.district),
            .choice(.beat, L10n.colBeat, [Choice(none, L10n.noBeat)] + m.beats.map { Choice($0.id, L10n.beatName($0)) }, selected: o?.beat ?? none),
            .text(.phone, L10n.colPhone, o?.phone ?? ""),
            .text(.email, L10n.emailLabel, o?.email ?? ""),
            .choice(.gender, L10n.fieldGenderLabel, genderChoices(), selected: o?.gender?.rawValue ?? none),
            .text(.login, L10n.fieldLoginLabel, o?.login ?? ""),
            .choice(.role, L10n.roleLabel, OfficerRole.allCases.map { Choice($0.rawValue, L10n.officerRoleName($0)) }, selected: (o?.role ?? .officer).rawValue),
        ]
        return Form(title: o.map { L10n.editRecordTitle($0.title) } ?? L10n.newOfficerTitle, fields: fields, purpose: .station(.officer(o?.id)))
    }

    static func deactivateForm(_ o: Officer, ctx: ScreenContext) -> Form {
        let others = TaskForms.officerChoices(ctx.model).filter { $0.id != o.id }
        let open = ctx.model.tasks.filter { $0.assignee == o.id && $0.isOpen }.count
        // No one is picked for them: who takes the tasks over is the supervisor's choice.
        let fields: [Form.Field] = [.choice(.handover, L10n.fieldHandoverLabel(open), [Choice(none, "—")] + others, selected: none)]
        return Form(title: L10n.deactivateTitle(o.title), fields: fields, purpose: .station(.deactivate(o.id)))
    }

    static func organisationForm(_ o: PartnerOrganisation?, ctx: ScreenContext) -> Form {
        let m = ctx.model
        var fields: [Form.Field] = o == nil ? [.text(.id, L10n.fieldIDLabel)] : []
        fields += [
            .text(.name, L10n.fieldNameLabel, o?.name ?? "", required: true),
            .choice(.kind, L10n.colKind, [Choice(none, "—")] + OrganisationKind.allCases.map { Choice($0.rawValue, L10n.organisationKindName($0)) },
                    selected: o?.kind.rawValue ?? none),
            .choice(.district, L10n.colDistrict, [Choice(none, L10n.wholeCity)] + m.districts.map { Choice($0.id, $0.name) }, selected: o?.district ?? none),
            .text(.phone, L10n.colPhone, o?.phone ?? ""),
            .text(.email, L10n.emailLabel, o?.email ?? ""),
        ]
        return Form(title: o.map { L10n.editRecordTitle($0.name) } ?? L10n.newOrganisationTitle, fields: fields,
                    purpose: .station(.organisation(o?.id)))
    }

    static func teamForm(_ t: CoordinationTeam?, ctx: ScreenContext) -> Form {
        let m = ctx.model
        var fields: [Form.Field] = t == nil ? [.text(.id, L10n.fieldIDLabel)] : []
        fields += [
            .text(.name, L10n.fieldNameLabel, t?.name ?? "", required: true),
            .choice(.district, L10n.colDistrict, m.districts.map { Choice($0.id, $0.name) }, selected: t?.district ?? ctx.myOfficer?.district),
        ]
        return Form(title: t.map { L10n.editRecordTitle($0.name) } ?? L10n.newTeamTitle, fields: fields, purpose: .station(.team(t?.id)))
    }

    // MARK: Saving

    static func submit(_ form: Form, purpose: StationFormPurpose, ctx: ScreenContext) -> Submission {
        let m = ctx.model
        func trimmed(_ id: FieldID) -> String { form.text(id).trimmingCharacters(in: .whitespacesAndNewlines) }
        func opt(_ id: FieldID) -> String? { let t = trimmed(id); return t.isEmpty ? nil : t }
        func choice(_ id: FieldID) -> String? { form.choice(id).flatMap { $0 == none ? nil : $0 } }
        func number(_ id: FieldID) -> Result<Int?, FieldError> {
            guard let t = opt(id) else { return .success(nil) }
            guard let n = Int(t), n >= 0 else { return .failure(FieldError(id, L10n.notANumber(form.label(id), t))) }
            return .success(n)
        }
        /// The id typed, or one made from the name, free among `taken`.
        func newID(_ taken: [String]) -> String { opt(.id) ?? StationImport.uniqueID(StationImport.slug(trimmed(.name)), taken: Set(taken)) }
        let name: String
        switch purpose {
        case .deactivate: name = ""
        default:
            switch FieldValue.required(form, .name) {
            case .success(let n): name = n.trimmingCharacters(in: .whitespaces)
            case .failure(let e): return .invalid(e)
            }
        }
        switch purpose {
        case .district(let id):
            let residents: Int
            switch number(.residents) {
            case .success(let n): residents = n ?? 0
            case .failure(let e): return .invalid(e)
            }
            let old = id.flatMap(m.district)
            let d = District(id: id ?? newID(m.districts.map(\.id)), name: name, city: trimmed(.city), residents: residents, streets: old?.streets ?? [])
            return .changes([.putDistrict(d)], message: L10n.recordSavedNamed(name))
        case .beat(let id):
            let n: Int?
            switch number(.number) {
            case .success(let v): n = v
            case .failure(let e): return .invalid(e)
            }
            let streets = form.text(.streets).split(whereSeparator: { $0 == "\n" || $0 == "," })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let b = Beat(id: id ?? newID(m.beats.map(\.id)), district: form.choice(.district) ?? "", number: n, name: name, streets: streets)
            return .changes([.putBeat(b)], message: L10n.recordSavedNamed(L10n.beatName(b)))
        case .officer(let id):
            let old = id.flatMap { m.officer($0) }
            let o = Officer(id: id ?? newID(m.officers.map(\.id)), rank: trimmed(.rank), name: name, badge: trimmed(.badge), phone: trimmed(.phone),
                            email: trimmed(.email), district: form.choice(.district) ?? "", beat: choice(.beat), active: old?.active ?? true,
                            gender: choice(.gender).flatMap(Gender.init(rawValue:)), login: opt(.login),
                            role: form.choice(.role).flatMap(OfficerRole.init(rawValue:)) ?? .officer)
            return .changes([.putOfficer(o)], message: L10n.recordSavedNamed(o.title))
        case .deactivate(let id):
            let handover = choice(.handover)
            let open = m.tasks.filter { $0.assignee == id && $0.isOpen }.count
            if handover == nil, open > 0 { return .invalid(FieldError(.handover, L10n.chooseHandover(open))) }
            guard let o = m.officer(id) else { return .invalid(FieldError(nil, L10n.unknownOfficer(id))) }
            return .changes([.deactivateOfficer(OfficerDeactivation(officer: id, handover: handover))],
                            message: L10n.officerDeactivated(o, handover: handover.flatMap { m.officer($0) }, tasks: open))
        case .organisation(let id):
            guard let kind = choice(.kind).flatMap(OrganisationKind.init(rawValue:)) else {
                return .invalid(FieldError(.kind, L10n.chooseOrganisationKind))
            }
            let o = PartnerOrganisation(id: id ?? newID(m.organisations.map(\.id)), name: name, kind: kind, district: choice(.district),
                                        phone: opt(.phone), email: opt(.email))
            return .changes([.putOrganisation(o)], message: L10n.recordSavedNamed(name))
        case .team(let id):
            let district = form.choice(.district) ?? ""
            if let id, m.team(id) != nil {
                return .changes([.editTeam(TeamEdit(team: id, name: name, district: district))], message: L10n.recordSavedNamed(name))
            }
            let t = CoordinationTeam(id: id ?? newID(m.teams.map(\.id)), district: district, name: name, members: [])
            return .changes([.putTeam(t)], message: L10n.recordSavedNamed(name))
        }
    }
}
