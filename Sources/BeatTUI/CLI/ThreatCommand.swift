import ArgumentParser
import BeatCore

extension ThreatStatus: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badThreatStatus(text), option: option) }
}

extension ThreatSource: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badThreatSource(text), option: option) }
}

/// `beat threat`: the threat register after the national threat map (KMZB) — a threat
/// registered, taken into verification, confirmed or not, then eliminated or referred.
struct ThreatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "threat", abstract: "The threat register (KMZB): add, verify, list.",
                                                    subcommands: [List.self, Show.self, Add.self, Status.self])

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Register a reported threat (status: new; to be read within 2 days, verified within 5).")
        @OptionGroup var common: CommonOptions
        @Option(help: "The category: its id or Polish name (default: the contact's).") var category: ThreatCategory?
        @Option(help: "Where: a street and number finds the beat and district (default: the contact's place).") var place: String?
        @Option(help: "The district (default: the place's street's, else the contact's, else the acting officer's).") var district: String?
        @Option(help: "The beat (id), when known (default: the place's street's).") var beat: String?
        @Option(help: "What was reported.") var description: String = ""
        @Option(help: "When it happens: time of day, days of week.") var when: String = ""
        @Option(help: "How it came in (default: map, or contact with --contact; a map-report contact: map).") var source: ThreatSource?
        @Flag(help: "Reported anonymously: no resident data, no call-back.") var anonymous = false
        @Option(help: "The resident contact it came from: its category, place and district are the defaults.") var contact: Int?
        @Option(help: "The day reported, YYYY-MM-DD (default: the contact's day, else today).") var reported: Day?
        @Flag(help: "Print the new threat as JSON.") var json = false

        func run(_ session: Session) throws {
            let store = try session.openStore(contact == nil ? .reference : .all)
            let model = store.model
            let acting = try session.actingOfficer(in: model)
            let draft = try ThreatDraft.described(category: category, place: place, district: district, beat: beat, description: description,
                                                  when: when, source: source, anonymous: anonymous, contact: contact, reported: reported,
                                                  actingDistrict: acting.flatMap { model.officer($0)?.district }, model: model,
                                                  today: session.clock.today)
            let created = try session.write(store, .addThreat(draft))
            guard case .threat(let id)? = created, let t = store.model.threat(id) else { return }
            if json { return Output.json(JSONForms.threat(t, model: store.model, today: session.clock.today)) }
            Output.line(L10n.threatAdded(id, due: t.due ?? t.reported, place: store.model.district(t.district)?.name ?? t.district,
                                         beat: t.beat.flatMap { store.model.beat($0)?.name }))
        }
    }

    struct Status: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Move a threat on: verifying, then confirmed, not-confirmed or joke-or-mistake; a confirmed one eliminated or referred.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Threat number.") var id: Int
        @Argument(help: "The next status (or its Polish name).") var status: ThreatStatus
        @Option(help: "What was found or done.") var note: String = ""

        func run(_ session: Session) throws {
            let store = try session.openStore(.reference)
            try session.write(store, .setThreatStatus(ThreatStatusUpdate(threat: id, status: status, note: note)))
            Output.line(L10n.threatStatusSet(id, status))
        }
    }

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The registered threats, newest first; ! marks those past their deadline.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only threats in this status.") var status: [ThreatStatus] = []
        @Option(help: "Only this district's (id).") var district: String?
        @Option(help: "Only this category.") var category: ThreatCategory?
        @Flag(help: "Only those past their deadline (read within 2 days, verified within 5).") var overdue = false
        @Flag(help: "JSON output (keys: id, category, place, district, beat, status, source, anonymous, reported, due, overdue, contact, plan, history, description, when).")
        var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.reference).model
            let today = session.clock.today
            let threats = ThreatQuery(statuses: Set(status), district: district, category: category, overdueOnly: overdue)
                .run(model, today: today)
            if json { return Output.json(.array(threats.map { JSONForms.threat($0, model: model, today: today) })) }
            var table = TextTable([.init(""), .init("ID", alignRight: true), .init(L10n.threatColReported), .init(L10n.colStatus),
                                   .init(L10n.threatColDue), .init(L10n.colDistrict, role: .text, minWidth: 6, leaves: 1),
                                   .init(L10n.colCategory, role: .text, minWidth: 10, leaves: 2), .init(L10n.colPlace, role: .identity, minWidth: 12)])
            for t in threats {
                table.add([t.isOverdue(on: today) ? "!" : "", String(t.id), t.reported.description, L10n.threatStatusName(t.status),
                           t.due?.description ?? "—", model.district(t.district)?.name ?? t.district, L10n.categoryName(t.category), t.place])
            }
            Output.table(table, footer: [L10n.threatCount(threats.count, overdue: threats.filter { $0.isOverdue(on: today) }.count)])
        }
    }

    struct Show: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One threat in full, with its history.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Threat number.") var id: Int
        @Flag(help: "JSON output (the keys of threat list).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.reference).model
            guard let t = model.threat(id) else { throw BeatError.usage(L10n.rejection(.unknownThreat(id))) }
            let today = session.clock.today
            if json { return Output.json(JSONForms.threat(t, model: model, today: today)) }
            Output.lines(ThreatDetail.lines(t, model: model, today: today).map(SafeText.line))
        }
    }
}

/// A threat in full, as `beat threat show` prints it and the interface shows it.
enum ThreatDetail {
    static func lines(_ t: Threat, model: Model, today: Day) -> [String] {
        var lines = [L10n.threatTitle(t.id) + (t.isOverdue(on: today) ? " !" : ""),
                     L10n.colStatus + ": " + L10n.threatStatusName(t.status) + (t.due.map { " (" + L10n.threatColDue.lowercased() + " " + $0.description + ")" } ?? ""),
                     L10n.colCategory + ": " + L10n.categoryName(t.category),
                     L10n.colPlace + ": " + t.place + ", " + (model.district(t.district)?.name ?? t.district)
                        + (t.beat.flatMap { model.beat($0)?.name }.map { ", " + $0 } ?? ""),
                     L10n.threatColSource + ": " + L10n.threatSourceName(t.source) + ", " + (t.anonymous ? L10n.threatAnonymous : L10n.threatNamed),
                     L10n.threatColReported + ": " + t.reported.description]
        if !t.when.isEmpty { lines.append(L10n.threatLabelWhen + ": " + t.when) }
        if !t.description.isEmpty { lines.append(L10n.threatLabelDescription + ": " + t.description) }
        if let c = t.contact { lines.append(L10n.threatLabelContact + ": " + L10n.no(c)) }
        for p in model.plans where p.threat.threats.contains(t.id) { lines.append(L10n.threatLabelPlan + ": " + L10n.reportPlanName(p.id, p.title)) }
        if !t.history.isEmpty {
            lines.append(L10n.threatLabelHistory + ":")
            for h in t.history {
                lines.append("  " + h.at.day.description + " " + (model.officer(h.by)?.surname ?? h.by) + ": " + L10n.threatStatusName(h.from)
                             + " → " + L10n.threatStatusName(h.to) + (h.note.isEmpty ? "" : " — " + h.note))
            }
        }
        return lines
    }
}
