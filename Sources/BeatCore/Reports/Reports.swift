/// Printouts: the entry point for the command line (`beat report`) and the interface (`p`).
///
/// ```swift
/// let doc = try Reports.build(kind: .progress, model: store.model, options: ReportOptions(district: "dobrzec"),
///                             clock: clock, source: ReportSource(store))
/// let text = doc.render(.text, width: 80)
/// try ReportFile.write(text, to: Reports.fileName(kind: .progress, format: .text, day: clock.today))
/// ```
public enum Reports {
    /// Every kind of report, in the order help lists them.
    public static let kinds: [ReportKind] = [.progress, .officer, .plan, .contacts, .districts, .letter, .meeting, .invitation, .programme, .threats]

    /// The narrowest text form (display columns) and shortest page (lines) accepted.
    public static let minWidth = 20
    public static let maxWidth = 1_000
    public static let minPageLength = 10

    /// The kind with this id, or nil.
    public static func kind(named id: String) -> ReportKind? {
        kinds.first { $0.id == id.lowercased() }
    }

    /// Builds a report in `options.language`, after checking the options: a usage error
    /// (exit 64) names an option the kind does not take, a missing one it needs, an unknown
    /// district, officer or plan, a period that ends before it starts, or a width or page
    /// length out of range (in that language too).
    public static func build(kind: ReportKind, model: Model, options: ReportOptions, clock: Clock,
                             source: ReportSource) throws -> ReportDocument {
        try options.language.bind {
            try validate(kind: kind, model: model, options: options)
            return try kind.make(ReportContext(model: model, options: options, clock: clock, source: source))
        }
    }

    /// Builds and renders in one step.
    public static func print(kind: ReportKind, format: ReportFormat, model: Model, options: ReportOptions, clock: Clock,
                             source: ReportSource) throws -> String {
        try build(kind: kind, model: model, options: options, clock: clock, source: source)
            .render(format, width: options.width, pageLength: options.pageLength)
    }

    /// A file name for a printout written to a folder: `beat-progress-2026-11-22.txt`.
    public static func fileName(kind: ReportKind, format: ReportFormat, day: Day) -> String {
        "beat-\(kind.id)-\(day).\(format.fileExtension)"
    }

    /// The interface's `p`: builds the report, renders it and writes it into `folder` as
    /// `fileName(…)` — `beat-progress-2026-11-22-2.txt` when that name is taken, so an
    /// earlier printout is never overwritten. Returns the absolute path written.
    @discardableResult
    public static func save(kind: ReportKind, format: ReportFormat = .text, model: Model, options: ReportOptions, clock: Clock,
                            source: ReportSource, folder: String) throws -> String {
        let text = try print(kind: kind, format: format, model: model, options: options, clock: clock, source: source)
        let base = "beat-\(kind.id)-\(clock.today)"
        var name = base + "." + format.fileExtension
        var n = 1
        while OutputFile.exists(folder + "/" + name) {
            n += 1
            name = base + "-\(n)." + format.fileExtension
        }
        return try OutputFile.write(text, to: folder + "/" + name)
    }

    static func validate(kind: ReportKind, model: Model, options o: ReportOptions) throws {
        let given: [(ReportInputs, String, Bool)] = [
            (.district, "--district", o.district != nil), (.officer, "--officer", o.officer != nil),
            (.plan, "--plan", o.plan != nil), (.period, "--from", o.from != nil), (.period, "--to", o.to != nil),
            (.personalData, "--with-personal-data", o.withPersonalData),
            (.team, "--team", o.team != nil), (.since, "--since", o.since != nil), (.theme, "--theme", o.theme != nil),
            (.threatFilter, "--status", !o.threatStatuses.isEmpty), (.threatFilter, "--category", o.category != nil),
            (.threatFilter, "--overdue", o.overdueOnly),
        ]
        for (input, name, isGiven) in given where isGiven && !kind.accepts.contains(input) {
            throw BeatError.usage(L10n.reportOptionNotTaken(kind.id, name))
        }
        if kind.requires.contains(.officer), o.officer == nil { throw BeatError.usage(L10n.reportNeedsOfficer(kind.id)) }
        if kind.requires.contains(.plan), o.plan == nil { throw BeatError.usage(L10n.reportNeedsPlan(kind.id)) }
        if kind.requires.contains(.team), o.team == nil { throw BeatError.usage(L10n.reportNeedsTeam(kind.id)) }
        if let t = o.team, model.team(t) == nil { throw BeatError.usage(L10n.unknownTeam(t, among: model.teams)) }
        if let d = o.district, model.district(d) == nil { throw BeatError.usage(L10n.unknownDistrict(d)) }
        if let id = o.officer, model.officer(id) == nil { throw BeatError.usage(L10n.unknownOfficer(id)) }
        if let p = o.plan {
            guard let plan = model.plan(p) else { throw BeatError.usage(L10n.unknownPlan(p)) }
            if let d = o.district, plan.district != d { throw BeatError.usage(L10n.planDistrictMismatch(p, d)) }
        }
        if let f = o.from, let t = o.to, f > t { throw BeatError.usage(L10n.reportPeriodInverted(f, t)) }
        guard (minWidth...maxWidth).contains(o.width) else { throw BeatError.usage(L10n.reportBadWidth(o.width, minWidth, maxWidth)) }
        if let n = o.pageLength, n < minPageLength { throw BeatError.usage(L10n.reportBadPageLength(n, minPageLength)) }
    }
}

extension ReportSource {
    /// The store's path, id and journal sequence.
    public init(_ store: any BeatStore) {
        self.init(path: store.location, id: store.id, seq: store.model.seq)
    }
}
