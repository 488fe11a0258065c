/// What a report builder works from: the model, the options (already checked), the clock
/// and the store, with the lookups every builder needs.
public struct ReportContext: Sendable {
    public let model: Model
    public let options: ReportOptions
    public let clock: Clock
    public let source: ReportSource

    public var today: Day { clock.today }

    /// `--from`/`--to`, or the kind's defaults.
    public func period(from defaultFrom: Day, to defaultTo: Day) -> (from: Day, to: Day) {
        (options.from ?? defaultFrom, options.to ?? defaultTo)
    }

    /// The footer: when (the day only when today is pinned), which store, personal data or not.
    public func footer(personalData: Bool) -> ReportFooter {
        ReportFooter(generated: clock.isPinned ? nil : clock.now, day: today, source: source, personalData: personalData)
    }

    /// The districts the report covers (`--district`, else all), in Polish order.
    public var districts: [District] {
        model.districts.filter { options.district == nil || $0.id == options.district }
            .sorted { PolishCollation.less($0.name, $1.name) }
    }

    /// `st. asp. Łukasz Wiśniewski`, or the id of an officer the model does not know.
    public func officerTitle(_ id: String) -> String { model.officer(id)?.title ?? id }
    /// The surname, for narrow columns.
    public func surname(_ id: String) -> String { model.officer(id)?.surname ?? id }
    /// Who holds a task, for narrow columns: the officer's surname, or the officer following it
    /// up and the partner holding it, "Dąbrowski / Straż Miejska Kalisza".
    public func holder(_ t: PlanTask) -> String { L10n.holderCell(t.holder.map(model.name), surname(t.assignee)) }
    /// A task's title, with the partner holding it if one does: "… (prowadzi: Straż Miejska Kalisza)".
    public func titleWithHolder(_ t: PlanTask) -> String {
        t.holder.map { t.title + " (" + L10n.heldBy(model.name(of: $0)) + ")" } ?? t.title
    }
    public func districtName(_ id: String) -> String { model.district(id)?.name ?? id }
    public func beatName(_ id: String?) -> String? { id.map { model.beat($0)?.name ?? $0 } }

    /// Days a task is late on `today` (nil when it is not overdue).
    public func daysLate(_ t: PlanTask) -> Int? {
        guard t.isOverdue(on: today), let due = t.due else { return nil }
        return due.days(to: today)
    }

    /// Whether the task was done (not merely closed) between `from` and `to`.
    public func doneBetween(_ t: PlanTask, _ from: Day, _ to: Day) -> Bool {
        guard t.status == .done, let day = t.closedOn else { return false }
        return day >= from && day <= to
    }

    /// Done and total for progress (`PlanProgress`: cancelled tasks do not count).
    public func counted(_ tasks: [PlanTask]) -> (done: Int, total: Int) {
        let p = PlanProgress(tasks: tasks, today: today)
        return (p.done, p.total)
    }

    /// The newest progress note of a task, as `2026-11-03, Wiśniewski: text`.
    public func lastNote(_ t: PlanTask) -> String? {
        guard let n = t.notes.max(by: { $0.at < $1.at }) else { return nil }
        return "\(n.at.day), \(surname(n.author)): \(n.text)"
    }

    /// The plans in a district whose period meets `from…to`, by number.
    public func plans(in district: String, from: Day, to: Day) -> [SafetyPlan] {
        // A plan adopted for a period still to come is listed too: its tasks are already counted.
        model.plans.filter { $0.district == district && ($0.start <= to && $0.end >= from || $0.phase(on: today) == .planned) }
    }
}
