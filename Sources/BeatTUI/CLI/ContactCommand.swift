import ArgumentParser
import BeatCore

struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contact", abstract: "Contacts with residents.",
                                                    subcommands: [List.self, Add.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List contacts, newest first (all, unless filtered).")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only this district.") var district: String?
        @Option(help: "Only this officer's contacts.") var officer: String?
        @Option(help: "Only this category (id or Polish name).") var category: ThreatCategory?
        @Option(help: "Only from this day on, YYYY-MM-DD.") var since: Day?
        @Flag(help: "JSON output (keys: id, time, officer, district, channel, category, place, summary, resident, followUp, task).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore().model
            try Arguments.checkFilters(officer: officer, district: district, in: model)
            let query = ContactQuery(officer: officer, district: district, category: category, since: since)
            let contacts = query.run(model)
            if json { return Output.json(.array(contacts.map { JSONForms.contact($0) })) }
            // The summary tells contacts apart and keeps half the line; on a narrow page the
            // channel, the place and the category go under the row, whole (as far as the line goes).
            var table = TextTable([.init("ID", alignRight: true), .init(L10n.colTime), .init(L10n.colOfficer, role: .text, minWidth: 6),
                                   .init(L10n.colCategory, role: .text, minWidth: 10, leaves: 3), .init(L10n.colPlace, role: .text, minWidth: 8, leaves: 2),
                                   .init(L10n.colChannel, role: .text, minWidth: 6, leaves: 1), .init(L10n.colSummary, role: .identity, minWidth: 12)])
            for c in contacts {
                table.add([String(c.id), c.time.day.description + " " + c.time.hourMinute, model.officer(c.officer)?.surname ?? c.officer,
                           L10n.categoryName(c.category), c.place, L10n.channelName(c.channel), c.summary])
            }
            Output.table(table, footer: [L10n.contactCount(contacts.count)])
        }
    }

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Log a contact with residents.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The officer (default: the one acting, --as).") var officer: String?
        @Option(help: "The district (default: the one whose street --place names, else the officer's).") var district: String?
        // Defaults as the interface's contact form starts: on the beat, "inne".
        @Option(help: "How the concern reached you (or the Polish name).") var channel: ContactChannel = .onBeat
        @Option(help: "The concern's category: its id or Polish name; the catch-all is \"inne\".") var category: ThreatCategory = .other
        @Option(help: "What it was about.") var summary: String
        @Option(help: "Where: a street and number finds the beat and district (\"ul. Łódzka 12\").") var place: String = ""
        @Option(help: "The team member or partner organisation the contact was with (id or name).") var with: String?
        @Option(help: "The resident's name (personal data).") var resident: String?
        @Option(help: "The resident's phone (personal data).") var residentPhone: String?
        @Option(help: "The resident's e-mail (personal data).") var residentEmail: String?
        @Option(help: "The resident's address (personal data).") var residentAddress: String?
        @Option(help: "Day to get back to the resident, YYYY-MM-DD.") var followUp: Day?
        @Option(help: "A task this contact belongs to.") var task: Int?
        @Option(help: "When, YYYY-MM-DDTHH:MM:SS+HH:MM (default: now).") var time: Timestamp?
        @Flag(help: "Print the new contact as JSON.") var json = false

        func run(_ session: Session) throws {
            let store = try session.openStore(.head, tasks: Set(task.map { [$0] } ?? []))
            let model = store.model
            let acting = try session.actingOfficer(in: model)
            guard let officerID = officer ?? acting else { throw BeatError.usage(L10n.officerNeeded) }
            let who = try Arguments.officer(officerID, in: model)
            let o = model.officer(who)!
            // The street named in the place gives the beat and district, unless a district is given.
            let street = StreetMatcher(model).match(place)
            let districtID = try Arguments.district(district ?? street?.district ?? o.district, in: model)
            let beat = street.flatMap { $0.district == districtID ? $0.beat : nil } ?? (districtID == o.district ? o.beat : nil)
            let partner = try with.map { try Arguments.partner($0, in: model) }
            if resident == nil, residentPhone != nil || residentEmail != nil || residentAddress != nil {
                throw BeatError.usage(L10n.residentNameNeeded)
            }
            let draft = ContactDraft(time: time ?? session.clock.now, officer: who, district: districtID,
                                     beat: beat, place: place,
                                     channel: channel, category: category,
                                     summary: summary,
                                     resident: resident.map { ResidentData(name: $0, phone: residentPhone, email: residentEmail, address: residentAddress) },
                                     followUp: followUp, task: task, with: partner)
            // Without logins, a contact logged for an officer is recorded as theirs.
            let by = try Authority.journalName(actor: acting ?? (model.loginsConfigured ? nil : who), account: Session.account, in: model)
            let created = try store.append(.addContact(draft), by: by, at: session.clock.now).created
            guard case .contact(let id)? = created, let c = store.model.contact(id) else { return }
            if json { return Output.json(JSONForms.contact(c)) }
            Output.line(L10n.contactAdded(id))
            if c.channel == .mapReport { Output.line(L10n.contactOffersThreat(id)) }
        }
    }
}
