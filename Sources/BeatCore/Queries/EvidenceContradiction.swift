extension PlanEvidence {
    /// Why `outcome` contradicts the evidence, when it does: the plan's concern rose in its
    /// period, yet the threat is called eliminated or reduced. The interface asks before
    /// saving such an evaluation; nil when the evidence does not speak against it.
    public func contradiction(_ outcome: Evaluation.Outcome) -> String? {
        guard outcome != .notAchieved, inCategory.change > 0 else { return nil }
        return L10n.outcomeAgainstEvidence(outcome, category: L10n.categoryName(plan.threat.category), inCategory)
    }
}
