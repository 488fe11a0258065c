import BeatCore

/// The contact forms: logging one fast (cursor in the summary, everything else filled in:
/// me, my district, now, the channel and category used last), editing, filtering.
enum ContactForms {
    static let none = "-"

    static func contactForm(_ c: ResidentContact?, ctx: ScreenContext) -> Form {
        let m = ctx.model
        let me = ctx.myOfficer
        let officer = c?.officer ?? me?.id ?? m.officers.first?.id
        let district = c?.district ?? me?.district ?? m.districts.first?.id
        // Read in place: copying a city station's 12,000 tasks to filter them cost the form milliseconds.
        var tasks = [Choice(none, "—")]
        m.tasks.withUnsafeBufferPointer { all in
            for k in all.indices where all[k].isOpen || all[k].id == c?.task {
                tasks.append(Choice(String(all[k].id), L10n.no(all[k].id) + " " + all[k].title))
            }
        }
        let fields: [Form.Field] = [
            .text(.summary, L10n.fieldSummaryLabel, c?.summary ?? "", required: true),
            .choice(.category, L10n.colCategory, ThreatCategory.allCases.map { Choice($0.rawValue, L10n.categoryName($0)) },
                    selected: (c?.category ?? ctx.lastCategory).rawValue),
            .choice(.channel, L10n.colChannel, ContactChannel.allCases.map { Choice($0.rawValue, L10n.channelName($0)) },
                    selected: (c?.channel ?? ctx.lastChannel).rawValue),
            .text(.place, L10n.colPlace, c?.place ?? ""),
            .text(.time, L10n.fieldTimeLabel, FieldValue.format(c?.time ?? ctx.clock.now)),
            .choice(.officer, L10n.colOfficer, TaskForms.officerChoices(m, including: officer), selected: officer),
            .choice(.district, L10n.colDistrict, m.districts.map { Choice($0.id, $0.name) }, selected: district),
            .text(.resident, L10n.fieldResidentLabel, c?.resident?.name ?? ""),
            .text(.residentPhone, L10n.fieldResidentPhoneLabel, c?.resident?.phone ?? ""),
            .text(.followUp, L10n.fieldFollowUpLabel, c?.followUp?.description ?? ""),
            .choice(.task, L10n.fieldTaskLabel, tasks, selected: c?.task.map(String.init) ?? none),
            .choice(.with, L10n.withLabel, PartnerChoices.choices(m), selected: PartnerChoices.id(c?.with)),
        ]
        return Form(title: c.map { L10n.editContactTitle($0.id) } ?? L10n.addContactTitle, fields: fields,
                    purpose: .contact(c.map { .edit($0.id) } ?? .add), focus: .summary)
    }

    /// The place was typed: a street of a beat gives the district, filled in for the officer
    /// to see (and change, if the street was not where it happened).
    static func placed(_ form: inout Form, ctx: ScreenContext) {
        guard let street = StreetMatcher.of(ctx.model).match(form.text(.place)), form.choice(.district) != street.district else { return }
        form.choose(.district, street.district)
        form.note = L10n.districtFromStreet(street.street, ctx.model.district(street.district)?.name ?? street.district)
    }

    static let any = FilterFields.any

    static func filterForm(_ q: ContactQuery, ctx: ScreenContext) -> Form {
        let m = ctx.model
        let fields: [Form.Field] = [
            FilterFields.category(q.category),
            FilterFields.district(q.district, in: m),
            .choice(.officer, L10n.colOfficer, [Choice(any, L10n.filterAnyone)] + TaskForms.officerChoices(m), selected: q.officer ?? any),
            .text(.since, L10n.fieldSinceLabel, q.since?.description ?? ""),
            .text(.until, L10n.fieldUntilLabel, q.until?.description ?? ""),
        ]
        return Form(title: L10n.filterContactsTitle, fields: fields, purpose: .contact(.filter))
    }

    static func submit(_ form: Form, purpose: ContactFormPurpose, ctx: ScreenContext) -> Submission {
        switch purpose {
        case .filter:
            var q = ContactQuery()
            q.category = form.choice(.category).flatMap { ThreatCategory(rawValue: $0) }
            q.district = form.choice(.district).flatMap { $0 == any ? nil : $0 }
            q.officer = form.choice(.officer).flatMap { $0 == any ? nil : $0 }
            switch (FieldValue.day(form, .since, today: ctx.today), FieldValue.day(form, .until, today: ctx.today)) {
            case (.success(let s), .success(let u)):
                q.since = s
                q.until = u
            case (.failure(let e), _), (_, .failure(let e)):
                return .invalid(e)
            }
            return .event(.contactFilter(q))
        case .add, .edit:
            let summary: String
            switch FieldValue.required(form, .summary) {
            case .success: summary = form.text(.summary)
            case .failure(let e): return .invalid(e)
            }
            let time: Timestamp
            switch FieldValue.time(form, .time, today: ctx.today, offset: ctx.clock.now.offsetMinutes) {
            case .success(let t): time = t
            case .failure(let e): return .invalid(e)
            }
            let followUp: Day?
            switch FieldValue.day(form, .followUp, today: ctx.today) {
            case .success(let d): followUp = d
            case .failure(let e): return .invalid(e)
            }
            let officer = form.choice(.officer) ?? ""
            let district = form.choice(.district) ?? ""
            // The beat of the street named, else the officer's (in the officer's district).
            let street = StreetMatcher.of(ctx.model).match(form.text(.place))
            let beat = street.flatMap { $0.district == district ? $0.beat : nil }
                ?? ctx.model.officer(officer).flatMap { $0.district == district ? $0.beat : nil }
            let name = form.text(.resident).trimmingCharacters(in: .whitespaces)
            let phone = form.text(.residentPhone).trimmingCharacters(in: .whitespaces)
            if name.isEmpty && !phone.isEmpty { return .invalid(FieldError(.resident, L10n.residentNameNeeded)) }
            let resident = name.isEmpty ? nil : ResidentData(name: name, phone: phone.isEmpty ? nil : phone)
            let channel = ContactChannel(rawValue: form.choice(.channel) ?? "") ?? .onBeat
            let category = ThreatCategory(rawValue: form.choice(.category) ?? "") ?? .other
            let draft = ContactDraft(time: time, officer: officer, district: district, beat: beat, place: form.text(.place),
                                     channel: channel, category: category, summary: summary, resident: resident, followUp: followUp,
                                     task: form.choice(.task).flatMap { $0 == none ? nil : Int($0) }, with: PartnerChoices.ref(form.choice(.with)))
            if case .edit(let id) = purpose {
                guard let old = ctx.model.contact(id) else { return .invalid(FieldError(nil, L10n.unknownContact(id))) }
                var c = old
                c.time = draft.time; c.officer = draft.officer; c.district = draft.district; c.beat = draft.beat
                c.place = draft.place; c.channel = draft.channel; c.category = draft.category; c.summary = draft.summary
                c.followUp = draft.followUp; c.task = draft.task; c.with = draft.with
                // Keep the resident's other details (e-mail, address) unless the name was cleared.
                if let r = resident {
                    var kept = old.resident ?? r
                    kept.name = r.name
                    kept.phone = r.phone
                    c.resident = kept
                } else {
                    c.resident = nil
                }
                return .changes([.editContact(c)], message: L10n.contactSaved(id))
            }
            // The next contact starts with this one's channel and category.
            return .changes([.addContact(draft)], message: L10n.contactLogged, then: .contactLogged(channel, category))
        }
    }
}
