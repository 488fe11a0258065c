/// How far a plan has got: its tasks by state. Cancelled tasks do not count towards the
/// total; closed-not-done ones do (they were planned and not achieved).
public struct PlanProgress: Equatable, Sendable {
    public var total = 0
    public var done = 0
    public var notDone = 0
    public var cancelled = 0
    public var open = 0
    public var overdue = 0

    /// Counts the tasks of `plan` in `model` as they stand on `today`.
    public init(plan: Int, model: Model, today: Day) {
        self.init(tasks: model.tasks(ofPlan: plan), today: today)
    }

    /// Counts the given tasks.
    public init<S: Sequence>(tasks: S, today: Day) where S.Element == PlanTask {
        for t in tasks {
            switch t.status {
            case .done: done += 1
            case .notDone: notDone += 1
            case .cancelled: cancelled += 1; continue
            case .open, .inProgress:
                open += 1
                if t.isOverdue(on: today) { overdue += 1 }
            }
            total += 1
        }
    }

    /// Done as a share of the total, 0…1 (0 when there are no tasks).
    public var fraction: Double { total == 0 ? 0 : Double(done) / Double(total) }

    /// Whole percent, rounded down so 99.9% never shows as 100%.
    public var percent: Int { total == 0 ? 0 : done * 100 / total }
}

/// `[######----]  60%`: an ASCII progress bar that prints on any printer.
public enum ProgressBar {
    /// A bar of `width` cells between brackets, then the percentage right-aligned in 4 columns.
    public static func text(fraction: Double, width: Int = 10) -> String {
        let f = max(0, min(1, fraction.isFinite ? fraction : 0))
        // A hair above the exact value, so that 0.29 × 100 = 28.999… still shows 29%.
        let filled = Int((f * Double(width) + 1e-9).rounded(.down))
        let percent = Int((f * 100 + 1e-9).rounded(.down))
        let p = String(percent) + "%"
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + String(repeating: " ", count: max(0, 4 - p.count)) + p
    }

    /// The bar for `done` of `total`, in whole numbers (no rounding surprises); with nothing
    /// to do, an empty bar and `—`.
    public static func text(done: Int, total: Int, width: Int = 10) -> String {
        guard total > 0 else { return "[" + String(repeating: "-", count: width) + "]    —" }
        let d = max(0, min(done, total))
        let p = String(d * 100 / total) + "%"
        return "[" + String(repeating: "#", count: d * width / total) + String(repeating: "-", count: width - d * width / total) + "] "
            + String(repeating: " ", count: max(0, 4 - p.count)) + p
    }
}
