import BeatCore

/// Zadania: every task the filters allow, overdue marked with `!`, and the selected task's
/// details (description, progress notes, support received).
struct TasksScreen: Screen {
    enum Sort: Int, CaseIterable, Sendable {
        case due, id, status, assignee

        var label: String {
            switch self {
            case .due: return L10n.sortByDue
            case .id: return L10n.sortByNumber
            case .status: return L10n.sortByStatus
            case .assignee: return L10n.sortByAssignee
            }
        }
    }

    var view = SearchableList()
    var query = TaskQuery(statuses: [.open, .inProgress])
    var sort = Sort.due
    private let cache = RowCache<CacheKey, PlanTask>()
    /// How many of the rows are overdue, counted once per change of the rows, not per frame.
    private let overdue = RowCache<CacheKey, Int>()

    struct CacheKey: Equatable {
        var seq: Int
        var query: TaskQuery
        var sort: Sort
        var today: Day
        var count: Int
    }

    var isTyping: Bool { view.searching }

    /// The tasks shown, in order.
    func rows(_ ctx: ScreenContext) -> [PlanTask] {
        cache.rows(for: cacheKey(ctx)) {
            let today = ctx.today
            let found = currentQuery.run(ctx.model, today: today)
            let m = ctx.model
            switch sort {
            case .id: return found
            case .due:
                return found.sorted { a, b in
                    if a.isOpen != b.isOpen { return a.isOpen }
                    switch (a.due, b.due) {
                    case let (x?, y?) where x != y: return x < y
                    case (nil, _?): return false
                    case (_?, nil): return true
                    default: return a.id < b.id
                    }
                }
            case .status:
                return found.sorted { (TaskStatus.allCases.firstIndex(of: $0.status)!, $0.id) < (TaskStatus.allCases.firstIndex(of: $1.status)!, $1.id) }
            case .assignee:
                return found.sorted { (m.officer($0.assignee)?.surname ?? $0.assignee, $0.id) < (m.officer($1.assignee)?.surname ?? $1.assignee, $1.id) }
            }
        }
    }

    private func cacheKey(_ ctx: ScreenContext) -> CacheKey {
        CacheKey(seq: ctx.model.seq, query: currentQuery, sort: sort, today: ctx.today, count: ctx.model.tasks.count)
    }

    /// How many of the rows are overdue.
    func overdueCount(_ ctx: ScreenContext) -> Int {
        overdue.rows(for: cacheKey(ctx)) {
            let today = ctx.today
            return [rows(ctx).reduce(0) { $1.isOverdue(on: today) ? $0 + 1 : $0 }]
        }[0]
    }

    /// The filters with the search text.
    var currentQuery: TaskQuery {
        var q = query
        q.text = view.text
        return q
    }

    func selectedTask(_ ctx: ScreenContext) -> PlanTask? {
        let r = rows(ctx)
        return r.isEmpty ? nil : r[min(view.list.selected, r.count - 1)]
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        var c: [Action] = [.add, .search, .filter, .sort]
        if let t = selectedTask(ctx) {
            c = [.open, .add, .status, .note] + (t.isOpen ? [.edit, .reassign] : []) + [.search, .filter, .sort]
        }
        return c + [.print]
    }

    // MARK: Layout

    func layout(_ body: Rect) -> SearchableList.Layout {
        view.layout(body, sideWidth: 110, bottomMinHeight: 16) { min(9, $0 / 2) }
    }

    // MARK: Keys

    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]? {
        let count = rows(ctx).count
        let height = layout(ctx.body).list.height
        if view.handleCommon(key, action: action, count: count, height: height) {
            view.list.clamp(count: rows(ctx).count, height: height)
            return []
        }
        guard let action else { return nil }
        let task = selectedTask(ctx)
        switch action {
        case .filter: return [.openForm(TaskForms.filterForm(query, ctx: ctx))]
        case .sort:
            sort = Sort(rawValue: (sort.rawValue + 1) % Sort.allCases.count)!
            return [.message(L10n.sortedBy(sort.label))]
        case .add: return [.openForm(TaskForms.taskForm(nil, plan: nil, ctx: ctx))]
        case .open:
            guard let task else { return [] }
            return [.showText(TextView(title: L10n.taskNumber(task.id), lines: TaskDetail.lines(task, ctx: ctx)))]
        case .edit:
            guard let task else { return [] }
            return [.openForm(TaskForms.taskForm(task, plan: task.plan, ctx: ctx))]
        case .status:
            guard let task else { return [] }
            return [.openPicker(TaskForms.statusPicker(task), .taskStatus(task: task.id))]
        case .note:
            guard let task else { return [] }
            return [.openForm(TaskForms.noteForm(task: task.id))]
        case .reassign:
            guard let task else { return [] }
            let officers = ctx.model.officers.filter(\.active).map { Choice($0.id, $0.title) }
            return [.openPicker(Picker(title: L10n.reassignTitle(task.id), options: officers, selected: task.assignee), .reassign(task: task.id))]
        default:
            return nil
        }
    }

    // MARK: Drawing

    func draw(into canvas: inout Canvas, ctx: ScreenContext) {
        let l = layout(ctx.body)
        let tasks = rows(ctx)
        view.drawSearch(into: &canvas, layout: l, body: ctx.body)
        let widths = columnWidths(l.list.width)
        let headerText = SearchableList.row(Array(widths.dropLast()) + [visibleWidth(L10n.colTitle)],
                             ["", "Nr", L10n.colStatus, L10n.colDue, L10n.colDistrict, L10n.colAssignee, L10n.colPlan, L10n.colTitle])
        canvas.line(headerText, row: l.header.row, in: l.header, style: .heading)
        if tasks.isEmpty {
            canvas.put(L10n.noTasksMatch, row: l.list.row, col: l.list.col + 1, style: .dim, clip: l.list)
        }
        let today = ctx.today
        let m = ctx.model
        view.list.draw(into: &canvas, rect: l.list, count: tasks.count) { i, _ in
            let t = tasks[i]
            let overdue = t.isOverdue(on: today)
            let text = SearchableList.row(widths, [overdue ? "!" : (t.isOpen ? " " : "✓"), String(t.id), L10n.statusName(t.status),
                                    t.due?.description ?? "—", m.district(t.district)?.name ?? t.district,
                                    m.officer(t.assignee)?.surname ?? t.assignee, t.plan.map { "P\($0)" } ?? "—", t.title])
            return (text, overdue ? .overdue : (t.isOpen ? .normal : .dim))
        }
        if let d = l.detail, let task = selectedTask(ctx) {
            SearchableList.drawDetail(into: &canvas, rect: d, title: L10n.taskNumber(task.id), lines: TaskDetail.lines(task, ctx: ctx))
        }
        let overdue = overdueCount(ctx)
        canvas.putRight([L10n.tasksSummary(shown: tasks.count, overdue: overdue, filter: describe(ctx)),
                         L10n.tasksSummaryShort(shown: tasks.count, overdue: overdue)], after: headerText, in: l.header)
    }

    private func describe(_ ctx: ScreenContext) -> String {
        var parts: [String] = []
        if query.statuses == [.open, .inProgress] { parts.append(L10n.filterOpenOnly) }
        else if !query.statuses.isEmpty { parts.append(query.statuses.map(L10n.statusName).sorted().joined(separator: "/")) }
        if let o = query.officer { parts.append(ctx.model.officer(o)?.surname ?? o) }
        if let d = query.district { parts.append(ctx.model.district(d)?.name ?? d) }
        if query.overdueOnly { parts.append(L10n.filterOverdue) }
        return parts.joined(separator: ", ")
    }

    private func columnWidths(_ width: Int) -> [Int] {
        // mark, number, status, due, district, assignee, plan; the title takes the rest.
        let fixed = [1, 4, 11, 10, 9, 12, 4]
        let used = fixed.reduce(0, +) + fixed.count
        return fixed + [max(0, width - used)]
    }

    func report(_ ctx: ScreenContext) -> ReportRequest? {
        ReportRequest(kind: .progress, district: query.district, officer: query.officer, plan: query.plan)
    }
}

/// The text of a task's details, for the detail pane and the full view.
enum TaskDetail {
    static func lines(_ t: PlanTask, ctx: ScreenContext) -> [TextView.Line] {
        let m = ctx.model
        var out: [TextView.Line] = [TextView.Line(t.title, .title)]
        var status = L10n.statusName(t.status)
        if let r = t.reason { status += " — " + r }
        out.append(TextView.Line(L10n.colStatus + ": " + status, t.isOverdue(on: ctx.today) ? .overdue : .normal))
        if let due = t.due {
            let late = t.isOverdue(on: ctx.today) ? " (" + L10n.daysLate(due.days(to: ctx.today)) + ")" : ""
            out.append(TextView.Line(L10n.colDue + ": " + due.description + late, t.isOverdue(on: ctx.today) ? .overdue : .normal))
        }
        out.append(TextView.Line(L10n.colAssignee + ": " + (m.officer(t.assignee)?.title ?? t.assignee)))
        if let p = t.plan { out.append(TextView.Line(L10n.colPlan + ": P\(p) " + (m.plan(p)?.title ?? ""))) }
        else { out.append(TextView.Line(L10n.selfSetTask)) }
        out.append(TextView.Line(L10n.colDistrict + ": " + (m.district(t.district)?.name ?? t.district) + " · " + L10n.priorityLabel + ": " + L10n.priorityName(t.priority)))
        if !t.partners.isEmpty {
            out.append(TextView.Line(L10n.partnersLabel + ": " + t.partners.map { m.partner($0)?.name ?? $0 }.joined(separator: ", ")))
        }
        if let meeting = t.meeting, let mt = m.meeting(meeting) {
            out.append(TextView.Line(L10n.fromMeeting(mt.day.description), .dim))
        }
        // The plan cycle: where this task came from, and where it went on.
        if let from = t.carriedFrom {
            out.append(TextView.Line(L10n.continuesTask(from, m.task(from)?.plan), .dim))
        }
        // Read in place: copying 12,000 tasks on every frame shows.
        for i in m.tasks.indices where m.tasks[i].carriedFrom == t.id {
            out.append(TextView.Line(L10n.continuedAs(m.tasks[i].id, m.tasks[i].plan), .dim))
        }
        if !t.description.isEmpty {
            out.append(TextView.Line(""))
            out.append(TextView.Line(t.description))
        }
        if !t.notes.isEmpty {
            out.append(TextView.Line(""))
            out.append(TextView.Line(L10n.progressNotes, .heading))
            for n in t.notes.reversed() {
                out.append(TextView.Line(n.at.day.description + " " + (m.officer(n.author)?.surname ?? n.author) + ": " + n.text))
            }
        }
        if !t.support.isEmpty {
            out.append(TextView.Line(""))
            out.append(TextView.Line(L10n.supportReceived, .heading))
            for s in t.support { out.append(TextView.Line(s.day.description + " " + s.unit + ": " + s.what)) }
        }
        return out
    }
}
