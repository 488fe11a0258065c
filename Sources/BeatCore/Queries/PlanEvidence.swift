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

    public init(plan: SafetyPlan, model: Model, today: Day) {
        self.plan = plan
        from = plan.start
        to = min(plan.end, max(today, plan.start.adding(days: -1)))
        let length = from.days(to: to) + 1
        beforeTo = from.adding(days: -1)
        beforeFrom = from.adding(days: -length)
        var cat = CountChange(now: 0, before: 0), all = CountChange(now: 0, before: 0)
        for c in model.contacts where c.district == plan.district {
            let d = c.time.day
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
    }

    /// The evidence in one sentence, in the current language: what a closing note starts from.
    public var summary: String {
        L10n.evidenceSummary(category: L10n.categoryName(plan.threat.category), inCategory, all: inDistrict,
                             from: from, to: to, beforeFrom: beforeFrom, beforeTo: beforeTo,
                             done: progress.done, total: progress.total)
    }
}
