import ArgumentParser
import BeatCore

/// `beat programme`: the record of the programme itself — its name, the agreement (day,
/// signatories), the pilot period and the decision to continue.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "programme", abstract: "The programme: agreement, pilot period, decision to continue.",
                                                    subcommands: [Show.self, Set.self, Decide.self])

    struct Set: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Record the programme (the options given replace what is recorded).")
        @OptionGroup var common: CommonOptions
        @Option(help: "The programme's name (needed the first time).") var name: String?
        @Option(help: "The day the agreement was signed, YYYY-MM-DD.") var agreed: Day?
        @Option(help: "Who signed it (repeat for each; replaces the list).") var signatory: [String] = []
        @Option(name: .customLong("pilot-from"), help: "The pilot's first day, YYYY-MM-DD.") var pilotFrom: Day?
        @Option(name: .customLong("pilot-to"), help: "The pilot's last day, YYYY-MM-DD.") var pilotTo: Day?

        func run(_ session: Session) throws {
            let store = try session.openStore(.reference)
            guard var p = store.model.register.programme ?? name.map({ Programme(name: $0) }) else {
                throw BeatError.usage(L10n.programmeNeedsName)
            }
            if let name { p.name = name }
            if let agreed { p.agreed = agreed }
            if !signatory.isEmpty { p.signatories = signatory }
            if let pilotFrom { p.pilotFrom = pilotFrom }
            if let pilotTo { p.pilotTo = pilotTo }
            try session.write(store, .putProgramme(p))
            Output.line(L10n.programmeSaved(p.name))
        }
    }

    struct Decide: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "decide", abstract: "Record the decision at the pilot's end: the programme continues, or ends.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "The programme continues after the pilot.") var continues = false
        @Flag(name: .customLong("ends"), help: "The programme ends with the pilot.") var ends = false
        @Option(help: "The day of the decision, YYYY-MM-DD (default: today).") var day: Day?
        @Option(help: "What was decided and by whom.") var note: String = ""

        func run(_ session: Session) throws {
            guard continues != ends else { throw BeatError.usage(L10n.programmeDecisionNeeded) }
            let store = try session.openStore(.reference)
            guard var p = store.model.register.programme else { throw BeatError.usage(L10n.programmeNeedsName) }
            p.decision = ProgrammeDecision(continues: continues, day: day ?? session.clock.today, note: note)
            try session.write(store, .putProgramme(p))
            Output.line(L10n.programmeDecision(p.decision!))
        }
    }

    struct Show: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "The programme as recorded.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "JSON output (keys: name, agreed, signatories, pilotFrom, pilotTo, decision); null when none is recorded.") var json = false

        func run(_ session: Session) throws {
            let p = try session.openStore(.reference).model.register.programme
            if json { return Output.json(p.map(JSONForms.programme) ?? .null) }
            guard let p else { return Output.line(L10n.programmeNone) }
            Output.lines([p.name,
                          L10n.programmeAgreedLabel + ": " + (p.agreed?.description ?? "—"),
                          L10n.programmeSignatoriesLabel + ": " + (p.signatories.isEmpty ? "—" : p.signatories.joined(separator: "; ")),
                          L10n.programmePilotLabel + ": " + (p.pilotFrom.flatMap { f in p.pilotTo.map { L10n.reportPeriod(f, $0) } } ?? "—"),
                          L10n.programmeDecisionLabel + ": " + (p.decision.map(L10n.programmeDecision) ?? L10n.programmeNoDecision)].map(SafeText.line))
        }
    }
}

/// `beat figures`: the police figures imported by month.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "figures", abstract: "Police figures imported by month (beat import figures).",
                                                    subcommands: [List.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The police figures, by month, district, beat, category and kind.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only this district's (id).") var district: String?
        @Option(help: "Only this month, YYYY-MM.") var month: Month?
        @Flag(help: "JSON output (keys: month, district, beat, category, kind, count).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.reference).model
            if let d = district { _ = try Arguments.district(d, in: model) }
            let figures = model.register.policeFigures.filter { (district == nil || $0.district == district) && (month == nil || $0.month == month) }
            if json { return Output.json(.array(figures.map(JSONForms.policeFigure))) }
            var table = TextTable([.init(L10n.colMonth), .init(L10n.colDistrict), .init(L10n.colBeat), .init(L10n.colCategory, flexible: true, minWidth: 10),
                                   .init(L10n.reportColKind), .init(L10n.reportColCount, alignRight: true)])
            for f in figures {
                table.add([f.month.description, model.district(f.district)?.name ?? f.district, f.beat.map { model.beat($0)?.name ?? $0 } ?? "—",
                           L10n.categoryName(f.category), L10n.figureKindName(f.kind), String(f.count)])
            }
            let months = model.register.policeMonths.filter { month == nil || $0 == month }
            Output.table(table, footer: [L10n.figuresCount(figures.count, months: months)])
        }
    }
}

extension Month: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
