import ArgumentParser
import BeatCore
import Foundation

/// `beat report KIND`: printouts for paper, e-mail and spreadsheets.
struct ReportCommand: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Printouts: " + Reports.kinds.map(\.id).joined(separator: ", ") + ".",
        discussion: """
        progress   the commander and team: plans' progress, overdue tasks, officers
        officer    one officer's worklist for the beat (needs --officer or --as)
        plan       one plan in full, for the partners (needs --plan)
        contacts   contacts by month, category, channel, district; no personal data
        districts  the districts side by side, for the city and the evaluators
        letter     list dzielnicowego: one page to the residents of a beat
                   (needs --officer or --as)
        meeting    the coordination team's meeting review: progress since the last
                   meeting, what residents raised, follow-ups, decisions (needs --team;
                   --since defaults to the team's last meeting)
        invitation the partners' invitation to the team's next meeting, with its agenda
                   (needs --team; signed by --officer or --as)
        programme  the pilot summed up for the city and the commander: plans by outcome
                   and theme, tasks, threats, contacts and police figures per 1,000
                   residents, the sense of safety (period: the pilot's)
        threats    the threat register (KMZB) for the commander and the team: every
                   threat with its status, deadline and verification; --status,
                   --category, --overdue, --district, days reported --from/--to
                   (none: the whole register)

        With BEAT_TODAY pinned the output is the same byte for byte on every run.
        """
    )

    @OptionGroup var common: CommonOptions
    @Argument(help: "The report.") var kind: ReportKind
    @Option(help: "Only this district (id).") var district: String?
    @Option(help: "The officer (id): whose worklist or letter; for contacts, only his contacts.") var officer: String?
    @Option(help: "The plan's number (plan; narrows progress).") var plan: Int?
    @Option(help: "The period's first day, YYYY-MM-DD (default depends on the report).") var from: Day?
    @Option(help: "The period's last day, YYYY-MM-DD (default: today).") var to: Day?
    @Option(help: "The coordination team (id), for the meeting review and the invitation.") var team: String?
    @Option(help: "The meeting review counts from the day after this one, YYYY-MM-DD (default: the team's last meeting).")
    var since: Day?
    @Option(help: "Only plans of this programme area (progress, programme).") var theme: PlanTheme?
    @Option(help: "Only threats in this status; repeat for more (threats).") var status: [ThreatStatus] = []
    @Option(help: "Only threats of this category: its id or Polish name (threats).") var category: ThreatCategory?
    @Flag(help: "Only threats past their deadline: read within 2 days, verified within 5 (threats).") var overdue = false
    @Option(help: "The form: plain text, Markdown, CSV or JSON.") var format: ReportFormat = .text
    @Option(help: "Width of the text form in columns (\(Reports.minWidth)–\(Reports.maxWidth)).") var width = 80
    @Option(name: .customLong("page-length"), help: "Lines per page of the text form; pages are separated by form feeds.")
    var pageLength: Int?
    @Option(name: .customShort("o"), help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?
    @Flag(name: .customLong("with-personal-data"), help: "Include residents' names and contact details (officer report).")
    var withPersonalData = false

    func run(_ session: Session) throws {
        let store = try session.openStore(kind.scope)
        var options = ReportOptions(district: district, officer: officer, plan: plan,
                                    from: from, to: to, team: team, since: since,
                                    width: width, pageLength: pageLength, withPersonalData: withPersonalData, language: session.language,
                                    theme: theme)
        options.threatStatuses = Set(status)
        options.category = category
        options.overdueOnly = overdue
        if options.officer == nil, kind.requires.contains(.officer) {
            options.officer = try session.actingOfficer(in: store.model)
        } else if options.officer == nil, kind == .invitation {
            // Signed by whoever is acting, when Beat knows.
            options.officer = try? session.actingOfficer(in: store.model)
        }
        let text = try Reports.print(kind: kind, format: format, model: store.model, options: options,
                                     clock: session.clock, source: ReportSource(store))
        try Output.deliver(text, to: output)
    }
}

extension Output {
    /// Standard output, or the file `-o` names (written atomically), saying where.
    static func deliver(_ text: String, to path: String?) throws {
        guard let path else { return Output.text(text) }
        let written = try OutputFile.write(text, to: path)
        Output.note(L10n.reportWritten(written))
    }
}
