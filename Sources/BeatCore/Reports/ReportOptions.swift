/// What a report covers and how it is printed: the options of `beat report`.
public struct ReportOptions: Sendable, Equatable {
    /// Only this district (id).
    public var district: String?
    /// The officer (id): whose worklist or letter, or whose contacts.
    public var officer: String?
    /// The plan (number) for the plan report, or to narrow the progress report.
    public var plan: Int?
    /// The period; each kind has its default (README, "Printouts and exports").
    public var from: Day?
    public var to: Day?
    /// The coordination team (id), for the meeting review.
    public var team: String?
    /// The meeting review counts from the day after this one (default: the team's last meeting).
    public var since: Day?
    /// The text form's width in display columns.
    public var width: Int
    /// Lines per page of the text form (form feeds between pages); nil: no pages.
    public var pageLength: Int?
    /// Whether residents' names and contact details may appear.
    public var withPersonalData: Bool
    /// The language the report is written in (default: the one bound where the options are made).
    public var language: Language
    /// Only plans of this programme area.
    public var theme: PlanTheme?
    /// The threat register's filters (`threats`): these statuses (none: every status), this
    /// category, only those past their deadline.
    public var threatStatuses: Set<ThreatStatus> = []
    public var category: ThreatCategory?
    public var overdueOnly = false

    public init(district: String? = nil, officer: String? = nil, plan: Int? = nil, from: Day? = nil, to: Day? = nil,
                team: String? = nil, since: Day? = nil, width: Int = 80, pageLength: Int? = nil, withPersonalData: Bool = false,
                language: Language = .current, theme: PlanTheme? = nil) {
        self.district = district
        self.officer = officer
        self.plan = plan
        self.from = from
        self.to = to
        self.team = team
        self.since = since
        self.width = width
        self.pageLength = pageLength
        self.withPersonalData = withPersonalData
        self.language = language
        self.theme = theme
    }
}

/// The options a kind of report takes or needs.
public struct ReportInputs: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let district = ReportInputs(rawValue: 1)
    public static let officer = ReportInputs(rawValue: 2)
    public static let plan = ReportInputs(rawValue: 4)
    /// `--from` and `--to`.
    public static let period = ReportInputs(rawValue: 8)
    public static let personalData = ReportInputs(rawValue: 16)
    /// `--team`.
    public static let team = ReportInputs(rawValue: 32)
    /// `--since`.
    public static let since = ReportInputs(rawValue: 64)
    /// `--theme`.
    public static let theme = ReportInputs(rawValue: 128)
    /// `--status`, `--category` and `--overdue` (the threat register's filters).
    public static let threatFilter = ReportInputs(rawValue: 256)
}
