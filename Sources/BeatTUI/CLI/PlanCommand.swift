import ArgumentParser
import BeatCore

/// `beat plan`: the plan cycle — the evidence for closing a plan, closing it with an
/// evaluation, and the plan for the next period with the unfinished tasks carried into it.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Safety plans: a new plan, evaluation and the next period.",
                                                    subcommands: [List.self, Add.self, Evidence.self, Evaluate.self, Next.self, Theme.self])

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "A new safety plan: its diagnosis (what, where, when, who, category, sources, the register's threats), goal, period and partners — the fields of the interface's plan form.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The district (id).") var district: String
        @Option(help: "Title.") var title: String
        @Option(help: "First day, YYYY-MM-DD.") var start: Day
        @Option(help: "Last day, YYYY-MM-DD.") var end: Day
        @Option(help: "active, or draft (adopted at a meeting).") var status: NewPlanStatus
        @Option(help: "The diagnosis: what the threat is.") var what: String
        @Option(help: "The threat's category (its id or Polish name).") var category: ThreatCategory
        @Option(help: "The goal: eliminate or reduce the threat.") var goal: Goal.Kind
        @Option(help: "The officer who owns the plan (id; none when not given). The plan's beat is the officer's, in its district.")
        var officer: String?
        @Option(help: "The diagnosis: where.") var place: String = ""
        @Option(help: "The diagnosis: when (time of day, days of week).") var when: String = ""
        @Option(help: "The diagnosis: who causes it or suffers from it.") var who: String = ""
        @Option(help: "How the threat was diagnosed (repeatable).") var source: [DiagnosisSource] = []
        @Option(help: "A registered threat the diagnosis rests on (number; repeatable).") var threat: [Int] = []
        @Option(help: "The programme area (its id or Polish name).") var theme: PlanTheme?
        @Option(help: "What the goal is, in words.") var goalDescription: String = ""
        @Option(help: "How success is measured.") var measure: String = ""
        @Option(help: "A partner body taking part (repeatable).") var partner: [String] = []
        @Flag(help: "Print the new plan as JSON (the keys of plan list).") var json = false

        func run(_ session: Session) throws {
            let store = try session.openStore(threat.isEmpty ? .head : .reference)
            let input = PlanInput(title: title, district: district, officer: officer, start: start, end: end, what: what, place: place,
                                  when: when, who: who, category: category, sources: source, threats: threat, theme: theme, goal: goal,
                                  goalDescription: goalDescription, measure: measure, partners: partner)
            let created = try session.write(store, .addPlan(try input.draft(status: status.value, in: store.model)))
            guard case .plan(let id)? = created, let p = store.model.plan(id) else { return }
            let today = session.clock.today
            if json { return Output.json(JSONForms.plan(p, progress: PlanProgress(tasks: [], today: today))) }
            Output.line(L10n.planAdded(id, district: store.model.district(p.district)?.name ?? p.district, start: p.start, end: p.end,
                                       phase: L10n.planPhaseName(p.phase(on: today)), draft: p.status == .draft))
        }
    }

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List safety plans by district and start, with their progress.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only this district's plans (id).") var district: String?
        @Option(help: "Only plans of this programme area.") var theme: PlanTheme?
        @Flag(help: "JSON output (keys: id, district, title, start, end, status, category, tasksDone, tasksTotal, overdue, outcome, theme).")
        var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.reference).model
            try Arguments.checkFilters(district: district, in: model)
            let plans = model.plans.filter { (district == nil || $0.district == district) && (theme == nil || $0.theme == theme) }.sorted { ($0.district, $0.start, $0.id) < ($1.district, $1.start, $1.id) }
            let tasks = Dictionary(grouping: model.tasks.filter { $0.plan != nil }) { $0.plan! }
            let today = session.clock.today
            func progress(_ p: SafetyPlan) -> PlanProgress { PlanProgress(tasks: tasks[p.id] ?? [], today: today) }
            if json { return Output.json(.array(plans.map { JSONForms.plan($0, progress: progress($0)) })) }
            // The title tells plans apart: on a narrow page the district and the period go under it.
            var table = TextTable([.init("ID", alignRight: true), .init(L10n.colDistrict, leaves: 1), .init(L10n.colPeriod, leaves: 2),
                                   .init(L10n.colStatus), .init(L10n.colProgress, alignRight: true),
                                   .init(L10n.colTitle, role: .identity, minWidth: 12)])
            for p in plans {
                let pr = progress(p)
                table.add([String(p.id), model.district(p.district)?.name ?? p.district, L10n.reportPeriod(p.start, p.end),
                           L10n.planPhaseName(p.phase(on: today)), "\(pr.done)/\(pr.total) \(pr.percent)%", p.title])
            }
            Output.table(table, footer: [L10n.planCount(plans.count)])
        }
    }

    struct Theme: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "theme", abstract: "Set the programme area a plan belongs to (or none): " + PlanTheme.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Plan number.") var id: Int
        @Argument(help: "The theme (its id or Polish name), or none.") var theme: String

        func run(_ session: Session) throws {
            let store = try session.openStore(.head)
            guard var plan = store.model.plan(id) else { throw BeatError.usage(L10n.unknownPlan(id)) }
            if ["none", "brak", "-"].contains(theme.lowercased()) {
                plan.theme = nil
            } else {
                guard let t = PlanTheme(named: theme) else { throw BeatError.usage(L10n.badTheme(theme)) }
                plan.theme = t
            }
            try session.write(store, .editPlan(plan))
            Output.line(L10n.planThemeSet(id, plan.theme))
        }
    }

    struct Evidence: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "evidence",
            abstract: "The figures for evaluating a plan: contacts in its category and district in its period against the same length before, and its tasks.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Plan number.") var id: Int
        @Flag(help: "Also today's figures for a closed plan, beside those its evaluation recorded.") var now = false
        @Flag(help: "JSON output (keys: plan, category, district, from, to, beforeFrom, beforeTo, inCategory, inDistrict, tasksDone, tasksTotal, basis, recordsFrom, now).")
        var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore().model
            guard let plan = model.plan(id) else { throw BeatError.usage(L10n.unknownPlan(id)) }
            let today = session.clock.today
            let e = PlanEvidence(plan: plan, model: model, today: today)
            // Today's figures only where they differ in kind from what is shown: a closed plan's.
            let current = now && e.basis != .current ? PlanEvidence.now(plan: plan, model: model, today: today) : nil
            if json { return Output.json(JSONForms.evidence(e, now: current)) }
            Output.lines(PlanCommand.evidenceLines(e))
            if let current {
                Output.lines(["", L10n.evidenceNowHeading] + PlanCommand.evidenceLines(current, title: false))
            }
        }
    }

    struct Evaluate: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Close a plan with its evaluation; the evidence is printed first.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Plan number.") var id: Int
        @Option(help: "What the plan achieved (Polish names too).") var outcome: Evaluation.Outcome
        @Option(help: "The assessment: what the figures show and why.") var note: String
        @Option(help: "The day of the evaluation, YYYY-MM-DD (default: today).") var day: Day?

        func run(_ session: Session) throws {
            let store = try session.openStore()
            guard let plan = store.model.plan(id) else { throw BeatError.usage(L10n.unknownPlan(id)) }
            guard plan.status != .closed else { throw BeatError.rejected(.planAlreadyClosed(id)) }
            let when = day ?? session.clock.today
            // The figures to the evaluation's day: printed, and recorded with it.
            let evaluation = PlanEvaluation(plan: plan, outcome: outcome, note: note, day: when, model: store.model)
            if let figures = evaluation.evaluation.evidence {
                var closed = plan
                closed.evaluation = evaluation.evaluation
                Output.lines(PlanCommand.evidenceLines(PlanEvidence(plan: closed, figures: figures, basis: .recorded)) + [""])
            }
            try session.write(store, .evaluatePlan(evaluation))
            Output.line(L10n.planEvaluated(id, outcome))
        }
    }

    struct Next: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: "Start the plan for the next period: the same diagnosis and goal, the unfinished tasks carried into it (the originals close as not done), in one step.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The plan whose period ends.") var id: Int
        @Option(help: "First day, YYYY-MM-DD (default: the day after the plan was closed, else after it ends).") var start: Day?
        @Option(help: "Last day, YYYY-MM-DD (default: six months from the start).") var end: Day?
        @Option(help: "Title (default: the plan's).") var title: String?
        @Option(help: "Why the original tasks close (default: carried into the next period's plan).") var reason: String?
        @Option(help: "A carried task due outside the new period: its nearest day (nearest) or no due day (none); asked for when there is such a task.")
        var outsideDue: OutsideDue?

        func run(_ session: Session) throws {
            let store = try session.openStore(.reference)
            guard let plan = store.model.plan(id) else { throw BeatError.usage(L10n.unknownPlan(id)) }
            let from = start ?? NextPlanDraft.defaultStart(after: plan)
            let to = end ?? from.adding(months: 6).adding(days: -1)
            var draft = NextPlanDraft(carryingAllOf: id, in: store.model, start: from, end: to, title: title,
                                      reason: reason ?? L10n.carriedReason)
            // A due day outside the new period is the officer's to decide, never Beat's.
            let outside = store.model.tasks(ofPlan: id).filter { t in t.isOpen && (t.due.map { $0 < from || $0 > to } ?? false) }
            if !outside.isEmpty {
                guard let choice = outsideDue else {
                    throw BeatError.usage(L10n.carriedDuesOutside(outside.map { ($0.id, $0.due!) }, start: from, end: to) + " " + L10n.outsideDueOption)
                }
                draft.dues = outside.map { CarriedDue(task: $0.id, due: choice == .none ? nil : min(max($0.due!, from), to)) }
            }
            let created = try session.write(store, .startNextPlan(draft))
            guard case .nextPlan(let new, let tasks)? = created else { return }
            let originals = store.model.tasks(ofPlan: new).compactMap(\.carriedFrom)
            Output.line(L10n.nextPlanStarted(new, from, to, carried: Array(zip(originals, tasks))))
        }
    }

    /// The evidence as `Label:  value` lines, values wrapped under themselves.
    static func evidenceLines(_ e: PlanEvidence, title: Bool = true, width: Int = Output.width) -> [String] {
        let labelWidth = (e.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 3
        var out = title ? DisplayWidth.wrap(SafeText.line(L10n.evidenceTitle(e.plan.id, e.plan.title)), width: width) + [""] : []
        for f in e.fields {
            let value = SafeText.line(f.value), room = max(10, width - labelWidth)
            for (i, l) in (DisplayWidth.of(value) <= room ? [value] : DisplayWidth.wrap(value, width: room)).enumerated() {
                out.append((i == 0 ? DisplayWidth.pad(f.label + ":", to: labelWidth) : String(repeating: " ", count: labelWidth)) + l)
            }
        }
        return out
    }
}

/// The status a new plan starts in (`--status`): active, or a draft the coordination team
/// adopts at a meeting. Closed is not one: a plan closes with its evaluation.
enum NewPlanStatus: String, CaseIterable, CommandLineValue {
    case active, draft

    var value: PlanStatus { self == .active ? .active : .draft }

    public static func parse(_ text: String) -> NewPlanStatus? {
        PlanStatus(named: text).flatMap { s in allCases.first { $0.value == s } }
    }
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badNewPlanStatus(text), option: option) }
}

extension Goal.Kind: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badGoalKind(text), option: option) }
}

extension DiagnosisSource: CommandLineValue, NamedValue {
    // The plan form's sentence, naming the sources as the form does.
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.unknownSource(text, PlanInput.sourceNames), option: option) }
}

/// What becomes of a carried task's due day outside the next plan's period (`--outside-due`).
enum OutsideDue: String, CaseIterable, CommandLineValue {
    case nearest, none

    public static func parse(_ text: String) -> OutsideDue? {
        switch text.lowercased() {
        case "nearest", "najbliższy", "najblizszy": return .nearest
        case "none", "bez", "brak": return OutsideDue.none
        default: return nil
        }
    }
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badOutsideDue(text), option: option) }
}
