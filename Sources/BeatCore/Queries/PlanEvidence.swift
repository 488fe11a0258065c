/// The figures Beat proposes when a plan is closed, so the team decides on evidence, not
/// memory: resident contacts in the plan's district and threat category during the plan's
/// period, against the same number of days just before it; all the district's contacts the
/// same way (did only this concern fall, or everything?); and the plan's tasks.
///
/// The period is the plan's start through its end, or through `today` when the plan is
/// closed early (so both periods are equally long).
public struct PlanEvidence: Sendable, Equatable {
    public var plan: SafetyPlan
    public var from: Day
    public var to: Day
    public var beforeFrom: Day
    public var beforeTo: Day
    /// Contacts in the plan's district and category.
    public var inCategory: CountChange
    /// All contacts in the plan's district.
    public var inDistrict: CountChange
    public var progress: PlanProgress
    /// The district's first recorded contact, when it comes after the period before begins:
    /// that period is then not fully covered by the contact log, and the comparison says so.
    public var recordsFrom: Day?

    public init(plan: SafetyPlan, model: Model, today: Day) {
        self.plan = plan
        from = plan.start
        to = min(plan.end, max(today, plan.start.adding(days: -1)))
        let length = from.days(to: to) + 1
        beforeTo = from.adding(days: -1)
        beforeFrom = from.adding(days: -length)
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
        inCategory = cat
        inDistrict = all
        progress = PlanProgress(plan: plan.id, model: model, today: today)
        let (bf, bt) = (beforeFrom, beforeTo)
        recordsFrom = first.flatMap { $0 > bf && bf <= bt ? $0 : nil }
    }

    /// The evidence in one sentence, in the current language: what a closing note starts from.
    public var summary: String {
        L10n.evidenceSummary(category: L10n.categoryName(plan.threat.category), inCategory, all: inDistrict,
                             from: from, to: to, beforeFrom: beforeFrom, beforeTo: beforeTo,
                             done: progress.done, total: progress.total)
            + (recordsFrom.map { " " + L10n.evidenceRecordsFrom($0) } ?? "")
    }

    /// The evidence as labelled lines, in the current language: for the command line and the screen.
    public var fields: [(label: String, value: String)] {
        [(L10n.evidencePeriod, L10n.reportPeriod(from, to)),
         (L10n.evidenceBefore, L10n.reportPeriod(beforeFrom, beforeTo)),
         (L10n.evidenceCategory, L10n.evidenceCount(inCategory) + " — " + L10n.categoryName(plan.threat.category)),
         (L10n.evidenceDistrict, L10n.evidenceCount(inDistrict)),
        ] + (recordsFrom.map { [(L10n.evidenceCaution, L10n.evidenceRecordsFrom($0))] } ?? []) + [
         (L10n.evidenceTasks, ProgressBar.text(done: progress.done, total: progress.total) + "  " + L10n.reportDoneOfLong(progress.done, progress.total)),
         (L10n.evidenceGoal, L10n.goalKindName(plan.goal.kind) + ": " + plan.goal.description
            + (plan.goal.measure.isEmpty ? "" : " — " + plan.goal.measure))]
    }
}
