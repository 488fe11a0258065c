/// The figures Beat proposes when a plan is closed, so the team decides on evidence, not
/// memory: resident contacts in the plan's district and threat category during the plan's
/// period, against the same number of days just before it; all the district's contacts the
/// same way (did only this concern fall, or everything?); and the plan's tasks.
///
/// An open plan's evidence runs from its start to its end, or to the day asked for when that
/// comes first (so both periods are equally long). A closed plan's evidence is the one its
/// evaluation recorded (`RecordedEvidence`), whatever was logged or imported since; a plan
/// closed before Beat recorded evidence gets its figures computed to the closing day.
public struct PlanEvidence: Sendable, Equatable {
    /// Where the figures come from.
    public enum Basis: String, Sendable, Equatable {
        /// An open plan, computed as of the day asked for.
        case current
        /// As recorded with the plan's evaluation.
        case recorded
        /// A closed plan without recorded figures: computed to its closing day.
        case closingDay = "closing-day"
        /// A closed plan's figures as today's data gives them (`plan evidence --now`).
        case today
    }

    public var plan: SafetyPlan
    public var figures: RecordedEvidence
    public var basis: Basis

    public var from: Day { figures.from }
    public var to: Day { figures.to }
    public var beforeFrom: Day { figures.beforeFrom }
    public var beforeTo: Day { figures.beforeTo }
    /// Contacts in the plan's district and category.
    public var inCategory: CountChange { figures.inCategory }
    /// All contacts in the plan's district.
    public var inDistrict: CountChange { figures.inDistrict }
    public var tasksDone: Int { figures.tasksDone }
    public var tasksTotal: Int { figures.tasksTotal }
    /// The district's first recorded contact, when it comes after the period before begins:
    /// that period is then not fully covered by the contact log, and the comparison says so.
    public var recordsFrom: Day? { figures.recordsFrom }

    /// The plan's evidence as Beat shows it on `today`: recorded (or to the closing day) for a
    /// closed plan, computed as of `today` for an open one.
    public init(plan: SafetyPlan, model: Model, today: Day) {
        if plan.status == .closed, let e = plan.evaluation {
            if let recorded = e.evidence {
                self.init(plan: plan, figures: recorded, basis: .recorded)
            } else {
                self.init(plan: plan, figures: PlanEvidence.compute(plan, model: model, asOf: e.day), basis: .closingDay)
            }
        } else {
            self.init(plan: plan, figures: PlanEvidence.compute(plan, model: model, asOf: today), basis: .current)
        }
    }

    /// The plan's figures from today's data, whether or not it is closed (`--now`).
    public static func now(plan: SafetyPlan, model: Model, today: Day) -> PlanEvidence {
        PlanEvidence(plan: plan, figures: compute(plan, model: model, asOf: today),
                     basis: plan.status == .closed ? .today : .current)
    }

    public init(plan: SafetyPlan, figures: RecordedEvidence, basis: Basis) {
        self.plan = plan
        self.figures = figures
        self.basis = basis
    }

    /// The figures as they stand at the end of `day`: contacts from the plan's start to `day`
    /// (or its end, if earlier) against as many days before; tasks as they stood that day.
    public static func compute(_ plan: SafetyPlan, model: Model, asOf day: Day) -> RecordedEvidence {
        let from = plan.start
        let to = min(plan.end, max(day, plan.start.adding(days: -1)))
        let length = from.days(to: to) + 1
        let beforeTo = from.adding(days: -1)
        let beforeFrom = from.adding(days: -length)
        var cat = CountChange(now: 0, before: 0), all = CountChange(now: 0, before: 0)
        var first: Day?
        for c in model.contacts where c.district == plan.district {
            let d = c.time.day
            if first.map({ d < $0 }) ?? true { first = d }
            let isNow = d >= from && d <= to
            guard isNow || (d >= beforeFrom && d <= beforeTo) else { continue }
            if isNow { all.now += 1 } else { all.before += 1 }
            if c.category == plan.threat.category {
                if isNow { cat.now += 1 } else { cat.before += 1 }
            }
        }
        let progress = PlanProgress(tasks: model.tasks(ofPlan: plan.id), asOf: day)
        return RecordedEvidence(from: from, to: to, beforeFrom: beforeFrom, beforeTo: beforeTo, inCategory: cat, inDistrict: all,
                                tasksDone: progress.done, tasksTotal: progress.total,
                                recordsFrom: first.flatMap { $0 > beforeFrom && beforeFrom <= beforeTo ? $0 : nil },
                                police: PoliceEvidence.compute(district: plan.district, category: plan.threat.category, from: from, to: to,
                                                               register: model.register),
                                survey: SurveyEvidence.compute(district: plan.district, from: from, to: to, asOf: day, register: model.register))
    }

    /// Police figures beside the contacts (`police`, `policeDistrict`, `policeMonths`), when imported.
    public var police: PoliceEvidence? { figures.police }
    /// The district's survey rounds before and after, when there are any.
    public var survey: SurveyEvidence? { figures.survey }

    private var policeFields: [(key: String, label: String, value: String)] {
        guard let p = police else { return [] }
        return [("policeMonths", L10n.evidencePoliceMonths, L10n.evidencePoliceMonthsLine(p)),
                ("police", L10n.evidencePolice, L10n.evidencePoliceCounts(p.inCategory)),
                ("policeDistrict", L10n.evidencePoliceDistrict, L10n.evidencePoliceCounts(p.inDistrict))]
    }

    private var surveyFields: [(key: String, label: String, value: String)] {
        guard let s = survey else { return [] }
        return [("survey", L10n.evidenceSurvey, L10n.evidenceSurveyLine(s))]
            + (L10n.evidenceConcernsLine(s).map { [("concerns", L10n.evidenceConcerns, $0)] } ?? [])
    }

    /// The evidence in one sentence, in the current language: what a closing note starts from.
    public var summary: String {
        L10n.evidenceSummary(category: L10n.categoryName(plan.threat.category), inCategory, all: inDistrict,
                             from: from, to: to, beforeFrom: beforeFrom, beforeTo: beforeTo,
                             done: tasksDone, total: tasksTotal)
            + (recordsFrom.map { " " + L10n.evidenceRecordsFrom($0) } ?? "")
            + (police.map { " " + L10n.evidencePolice + " (" + L10n.evidencePoliceMonthsLine($0) + "): " + L10n.evidencePoliceCounts($0.inCategory) + "." } ?? "")
            + (survey.map { " " + L10n.evidenceSurvey + ": " + L10n.evidenceSurveyLine($0) + "." } ?? "")
    }

    /// The evidence as labelled lines, in the current language: for the command line, the
    /// screen and the printouts. The first line says where the figures come from.
    public var fields: [(label: String, value: String)] { keyedFields.map { ($0.label, $0.value) } }

    /// The same lines with a stable key each (`basis`, `period`, `before`, `inCategory`,
    /// `inDistrict`, `caution`, `policeMonths`, `police`, `policeDistrict`, `survey`, `concerns`,
    /// `tasks`, `goal`): the printouts' field keys.
    public var keyedFields: [(key: String, label: String, value: String)] {
        [("basis", L10n.evidenceBasisLabel, L10n.evidenceBasis(basis, day: plan.evaluation?.day)),
         ("period", L10n.evidencePeriod, L10n.reportPeriod(from, to)),
         ("before", L10n.evidenceBefore, L10n.reportPeriod(beforeFrom, beforeTo)),
         ("inCategory", L10n.evidenceCategory, L10n.evidenceCount(inCategory) + " — " + L10n.categoryName(plan.threat.category)),
         ("inDistrict", L10n.evidenceDistrict, L10n.evidenceCount(inDistrict)),
        ] + (recordsFrom.map { [("caution", L10n.evidenceCaution, L10n.evidenceRecordsFrom($0))] } ?? []) + [
        ] + policeFields + surveyFields + [
         ("tasks", L10n.evidenceTasks, ProgressBar.text(done: tasksDone, total: tasksTotal) + "  " + L10n.reportDoneOfLong(tasksDone, tasksTotal)),
         ("goal", L10n.evidenceGoal, L10n.goalKindName(plan.goal.kind) + ": " + plan.goal.description
            + (plan.goal.measure.isEmpty ? "" : " — " + plan.goal.measure))]
    }
}

extension PlanEvaluation {
    /// Closing `plan` with `outcome` and `note` on `day`, with the evidence computed to that
    /// day recorded in the change (and so in the journal and the plan).
    public init(plan: SafetyPlan, outcome: Evaluation.Outcome, note: String, day: Day, model: Model) {
        self.init(plan: plan.id, evaluation: Evaluation(outcome: outcome, note: note, day: day,
                                                        evidence: PlanEvidence.compute(plan, model: model, asOf: day)))
    }
}

extension MeetingDraft {
    /// The draft with the evidence of every plan it closes recorded, computed to the meeting's day.
    public func recordingEvidence(in model: Model) -> MeetingDraft {
        var d = self
        for i in d.decisions.indices where d.decisions[i].evidence == nil {
            guard let c = d.decisions[i].closes, let plan = model.plan(c.plan) else { continue }
            d.decisions[i].evidence = PlanEvidence.compute(plan, model: model, asOf: d.day)
        }
        return d
    }
}

extension Change {
    /// The change with the evidence of every plan it closes recorded where it is missing,
    /// computed from `model` (the model it is about to be applied to) to the closing day.
    public func recordingEvidence(in model: Model) -> Change {
        switch self {
        case .evaluatePlan(var e) where e.evaluation.evidence == nil:
            guard let plan = model.plan(e.plan) else { return self }
            e.evaluation.evidence = PlanEvidence.compute(plan, model: model, asOf: e.evaluation.day)
            return .evaluatePlan(e)
        case .addMeeting(let d):
            return .addMeeting(d.recordingEvidence(in: model))
        default:
            return self
        }
    }
}
