/// Where a plan stands on a day, as every screen and printout names it: a plan adopted
/// (`active`) whose period has not begun is `planned`, not under way.
public enum PlanPhase: String, Sendable, CaseIterable {
    case draft, planned, active, closed
}

extension SafetyPlan {
    /// The plan's phase on `day`.
    public func phase(on day: Day) -> PlanPhase {
        switch status {
        case .draft: return .draft
        case .closed: return .closed
        case .active: return start > day ? .planned : .active
        }
    }
}

extension NextPlanDraft {
    /// The day the next period's plan starts unless the officer says otherwise: the day after
    /// `plan` was closed (early or not), else the day after its period ends — and never before
    /// the day after it started.
    public static func defaultStart(after plan: SafetyPlan) -> Day {
        let after = plan.evaluation.map { $0.day.adding(days: 1) } ?? plan.end.adding(days: 1)
        return max(after, plan.start.adding(days: 1))
    }
}
