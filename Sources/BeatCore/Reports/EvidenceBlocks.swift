extension PlanEvidence {
    /// The evidence in a printout: a heading saying where the figures come from, then its
    /// lines as fields (the goal left out: the plan's printouts show it already).
    var reportBlocks: [ReportBlock] {
        [.heading(L10n.evidenceHeading, level: 3),
         .fields(keyedFields.filter { $0.key != "goal" }.map { ReportField("evidence." + $0.key, $0.label, .text($0.value)) })]
    }
}
