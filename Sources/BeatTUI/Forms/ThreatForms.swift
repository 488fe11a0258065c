import BeatCore

/// The forms of the threat register (KMZB): register a threat (from a contact or not), move
/// one on, filter the list — the same changes and filters as `beat threat add|status|list`.
enum ThreatForms {
    static let none = "-", any = FilterFields.any, yes = "yes", no = "no"
    /// The status filter's choice for those still to read or verify.
    static let pending = "pending"

    /// A threat to register; from a contact, its category, place and district to start with.
    static func addForm(contact: ResidentContact? = nil, ctx: ScreenContext) -> Form {
        let m = ctx.model
        // A map report is anonymous by nature; anything else the officer says.
        let anonymous = contact.map { $0.channel == .mapReport ? yes : ($0.resident != nil || $0.followUp != nil ? no : none) } ?? none
        let fields: [Form.Field] = [
            .choice(.category, L10n.colCategory, [Choice(none, "—")] + ThreatCategory.allCases.map { Choice($0.rawValue, L10n.categoryName($0)) },
                    selected: contact?.category.rawValue ?? none),
            .text(.place, L10n.colPlace, contact?.place ?? "", required: true),
            .choice(.district, L10n.colDistrict, [Choice(none, L10n.threatDistrictFromStreet)] + m.districts.map { Choice($0.id, $0.name) },
                    selected: none),
            .text(.description, L10n.threatLabelDescription, contact?.summary ?? ""),
            .text(.when, L10n.threatLabelWhen),
            .choice(.source, L10n.threatColSource, [Choice(none, "—")] + ThreatSource.allCases.map { Choice($0.rawValue, L10n.threatSourceName($0)) },
                    selected: contact.map { ($0.channel == .mapReport ? ThreatSource.map : .contact).rawValue } ?? none),
            .choice(.anonymous, L10n.threatAnonymousLabel, [Choice(none, "—"), Choice(yes, L10n.yes), Choice(no, L10n.no)], selected: anonymous),
            .text(.day, L10n.threatColReported, (contact.map { min($0.time.day, ctx.today) } ?? ctx.today).description),
        ]
        return Form(title: contact.map { L10n.threatFromContactTitle($0.id) } ?? L10n.threatAddTitle, fields: fields,
                    purpose: .threat(.add(contact: contact?.id)), focus: .place)
    }

    /// The next step of `t`: only the statuses its rules allow, and a note of what was found.
    static func statusForm(_ t: Threat) -> Form {
        Form(title: L10n.threatStatusTitle(t.id, t.status), fields: [
            .choice(.status, L10n.colStatus, [Choice(none, "—")] + t.status.next.map { Choice($0.rawValue, L10n.threatStatusName($0)) }, selected: none),
            .text(.note, L10n.fieldNoteLabel),
        ], purpose: .threat(.status(t.id)))
    }

    static func filterForm(_ q: ThreatQuery, ctx: ScreenContext) -> Form {
        let m = ctx.model
        let status = q.statuses.isEmpty ? any : q.statuses == [.new, .verifying] ? pending : q.statuses.first!.rawValue
        let fields: [Form.Field] = [
            .choice(.status, L10n.colStatus, [Choice(any, L10n.filterAny), Choice(pending, L10n.threatFilterPending)]
                    + ThreatStatus.allCases.map { Choice($0.rawValue, L10n.threatStatusName($0)) }, selected: status),
            FilterFields.district(q.district, in: m),
            FilterFields.category(q.category),
            FilterFields.overdueOnly(q.overdueOnly),
        ]
        return Form(title: L10n.threatFilterTitle, fields: fields, purpose: .threat(.filter))
    }

    static func submit(_ form: Form, purpose: ThreatFormPurpose, ctx: ScreenContext) -> Submission {
        func chosen(_ id: FieldID) -> String? { form.choice(id).flatMap { $0 == none || $0 == any ? nil : $0 } }
        switch purpose {
        case .filter:
            var q = ThreatQuery()
            switch form.choice(.status) {
            case pending: q.statuses = [.new, .verifying]
            case let s?: q.statuses = ThreatStatus(rawValue: s).map { [$0] } ?? []
            case nil: break
            }
            q.district = chosen(.district)
            q.category = chosen(.category).flatMap(ThreatCategory.init(rawValue:))
            q.overdueOnly = FilterFields.overdueOnly(in: form)
            return .event(.threatFilter(q))
        case .status(let id):
            guard let status = chosen(.status).flatMap(ThreatStatus.init(rawValue:)) else {
                return .invalid(FieldError(.status, L10n.threatChooseStatus))
            }
            return .changes([.setThreatStatus(ThreatStatusUpdate(threat: id, status: status, note: form.text(.note)))],
                            message: L10n.threatStatusSet(id, status))
        case .add(let contact):
            if case .failure(let e) = FieldValue.required(form, .place) { return .invalid(e) }
            guard chosen(.category) != nil else { return .invalid(FieldError(.category, L10n.threatChooseCategory)) }
            // Anonymous or not, the officer says: no default decides it.
            guard let anonymous = chosen(.anonymous) else { return .invalid(FieldError(.anonymous, L10n.threatSayWhetherAnonymous)) }
            let reported: Day?
            switch FieldValue.day(form, .day, today: ctx.today) {
            case .success(let d): reported = d
            case .failure(let e): return .invalid(e)
            }
            do {
                let draft = try ThreatDraft.described(
                    category: chosen(.category).flatMap(ThreatCategory.init(rawValue:)), place: form.text(.place), district: chosen(.district),
                    description: form.text(.description), when: form.text(.when), source: chosen(.source).flatMap(ThreatSource.init(rawValue:)),
                    anonymous: anonymous == yes, contact: contact, reported: reported, actingDistrict: ctx.myOfficer?.district,
                    model: ctx.model, today: ctx.today)
                return .changes([.addThreat(draft)], message: L10n.threatRegistered(place: ctx.model.district(draft.district)?.name ?? draft.district))
            } catch let e as BeatError {
                return .invalid(FieldError(.place, e.message))
            } catch {
                return .invalid(FieldError(nil, "\(error)"))
            }
        }
    }
}
