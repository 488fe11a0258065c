import BeatCore

/// Zadania: every task the filters allow, overdue marked with `!`, and the selected task's
/// details (description, progress notes, support received).
struct TasksScreen: Screen, QueriedList {
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
    var query: TaskQuery = TasksScreen.defaultQuery
    var sort = Sort.due
    private let cache = RowCache<CacheKey, PlanTask>()
    /// How many of the rows are overdue, counted once per change of the rows, not per frame.
    private let overdue = RowCache<CacheKey, Int>()
    /// What each column wants (its widest cell), measured once per change of the rows.
    private let measured = RowCache<MeasureKey, Int>()

    struct CacheKey: Equatable {
        var seq: Int
        var query: TaskQuery
        var sort: Sort
        var today: Day
        var count: Int
    }

    var isTyping: Bool { view.searching }

    /// What the list shows until the officer filters it: the unfinished tasks.
    static let defaultQuery: TaskQuery = TaskQuery(statuses: [.open, .inProgress])

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

    func selectedTask(_ ctx: ScreenContext) -> PlanTask? {
        view.list.selectedItem(in: rows(ctx))
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        let view: [Action] = [.search, .filter, .sort, .mine, .overdueOnly]
        guard let t = selectedTask(ctx) else { return [.add] + view + [.print] }
        return [.open, .add, .status, .note] + (t.isOpen ? [.edit, .reassign] : []) + [.support] + view + [.print]
    }

    // MARK: Layout

    func layout(_ body: Rect) -> SearchableList.Layout {
        view.layout(body, filtered: isFiltered, sideWidth: 110, bottomMinHeight: 16) { min(9, $0 / 2) }
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
        case .mine:
            guard let me = ctx.me else { return [.error(L10n.whoAmIUnknown)] }
            return [.message(toggleMine(me) ? L10n.filterSet(filterParts(ctx)) : L10n.filterMineOff)]
        case .overdueOnly:
            var q = query
            q.overdueOnly.toggle()
            filter(q)
            return [.message(q.overdueOnly ? L10n.filterSet(filterParts(ctx)) : L10n.filterOverdueOff)]
        case .back: return clearFilter()
        case .add: return [.openForm(TaskForms.taskForm(nil, plan: nil, ctx: ctx))]
        case .open:
            guard let task else { return [] }
            return [.showText(TaskDetail.window(task, ctx: ctx))]
        case .edit, .status, .note, .reassign, .support:
            guard let task else { return [] }
            return TasksScreen.act(action, on: task, ctx: ctx)
        default:
            return nil
        }
    }

    /// What `s`, `n`, `r`, `e` and `w` do to a task, in the list and in its window alike; nil for
    /// another action.
    static func act(_ action: Action, on task: PlanTask, ctx: ScreenContext) -> [Effect]? {
        switch action {
        case .edit:
            guard task.isOpen else { return [.error(L10n.taskClosedForEdit(task.id))] }
            return [.openForm(TaskForms.taskForm(task, plan: task.plan, ctx: ctx))]
        case .status:
            return [.openPicker(TaskForms.statusPicker(task), .taskStatus(task: task.id))]
        case .note:
            return [.openForm(TaskForms.noteForm(task: task.id))]
        case .support:
            return [TaskForms.support(task, ctx: ctx)]
        case .reassign:
            guard task.isOpen else { return [.error(L10n.taskClosedForEdit(task.id))] }
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
        let table = self.table(ctx, width: l.list.width)
        let headerText = table.header
        view.drawTop(into: &canvas, layout: l, body: ctx.body, filter: filterParts(ctx), heading: headerText)
        if tasks.isEmpty {
            canvas.put(L10n.noTasksMatch(filter: KeyMap.key(.filter)), row: l.list.row, col: l.list.col + 1, style: .dim, clip: l.list)
        }
        let today = ctx.today
        view.list.draw(into: &canvas, rect: l.list, count: tasks.count) { i, _ in
            let t = tasks[i]
            let overdue = t.isOverdue(on: today)
            return (table.row(cells(t, ctx)), overdue ? .overdue : (t.isOpen ? .normal : .dim))
        }
        if let d = l.detail, let task = selectedTask(ctx) {
            SearchableList.drawDetail(into: &canvas, rect: d, title: L10n.taskNumber(task.id), lines: TaskDetail.lines(task, ctx: ctx))
        }
        let overdue = overdueCount(ctx)
        canvas.putRight([L10n.tasksSummary(shown: tasks.count, overdue: overdue),
                         L10n.tasksSummaryShort(shown: tasks.count, overdue: overdue)], after: headerText, in: l.header)
    }

    // MARK: Columns

    /// The list's columns. The title tells tasks apart and gets the room; on a narrow list the
    /// district, then the plan, then the assignee leave it (the detail pane shows them).
    static var columns: [TableColumn] {
        [TableColumn(""), TableColumn("Nr", alignRight: true), TableColumn(L10n.colStatus), TableColumn(L10n.colDue),
         TableColumn(L10n.colDistrict, role: .text, minWidth: 6, leaves: 1),
         TableColumn(L10n.colAssignee, role: .text, minWidth: 6, leaves: 3), TableColumn(L10n.colPlan, leaves: 2),
         TableColumn(L10n.colTitle, role: .identity, minWidth: 12)]
    }

    /// A task's cells, in the order of `columns`: the mark (`!` overdue, `✓` closed), number,
    /// status, due day, district, assignee, plan, title.
    func cells(_ t: PlanTask, _ ctx: ScreenContext) -> [String] {
        let m = ctx.model
        return [t.isOverdue(on: ctx.today) ? "!" : (t.isOpen ? " " : "✓"), String(t.id), L10n.statusName(t.status),
                t.due?.description ?? "—", m.district(t.district)?.name ?? t.district, TasksScreen.holder(t, m),
                t.plan.map { "P\($0)" } ?? "—", t.title]
    }

    /// Who holds the task: the officer, or the officer and the partner holding it.
    static func holder(_ t: PlanTask, _ m: Model) -> String {
        L10n.holderCell(t.holder.map(m.name), m.officer(t.assignee)?.surname ?? t.assignee)
    }

    /// The columns laid out for a list `width` wide, measured once per change of the rows or
    /// the width — by what the rows hold (statuses, districts, assignees, plans), not a string
    /// per cell, and a title measured only when its bytes say it could be the widest (a
    /// character is never wider than its bytes): a search measures again at every key.
    func table(_ ctx: ScreenContext, width: Int) -> ListTable {
        let ideal = measured.rows(for: MeasureKey(rows: cacheKey(ctx), width: width)) {
            let m = ctx.model
            var statuses = Set<TaskStatus>(), districts = Set<String>(), assignees = Set<String>(), held = 0
            var maxID = 0, maxPlan = 0, due = 0, noPlan = false, title = 0
            for t in rows(ctx) {
                statuses.insert(t.status)
                districts.insert(t.district)
                if t.holder == nil { assignees.insert(t.assignee) } else { held = max(held, DisplayWidth.of(TasksScreen.holder(t, m))) }
                maxID = max(maxID, t.id)
                if let p = t.plan { maxPlan = max(maxPlan, p) } else { noPlan = true }
                due = max(due, t.due == nil ? 1 : 10)  // "—", or YYYY-MM-DD
                if title < width, t.title.utf8.count > title { title = max(title, DisplayWidth.of(t.title)) }
            }
            func widest(_ names: [String]) -> Int { names.map(DisplayWidth.of).max() ?? 0 }
            let plan = max(noPlan ? 1 : 0, maxPlan > 0 ? 1 + String(maxPlan).count : 0)
            return [1, String(maxID).count, widest(statuses.map(L10n.statusName)), due,
                    widest(districts.map { m.district($0)?.name ?? $0 }), max(held, widest(assignees.map { m.officer($0)?.surname ?? $0 })),
                    plan, min(title, width)]
        }
        return ListTable(TasksScreen.columns, ideal: ideal, width: width)
    }

    struct MeasureKey: Equatable {
        var rows: CacheKey
        var width: Int
    }

    /// The filter in force, part by part, as the filter line names it (nothing for the default).
    func filterParts(_ ctx: ScreenContext) -> [String] {
        guard isFiltered else { return [] }
        var parts: [String] = []
        if query.statuses.isEmpty { parts.append(L10n.filterAllStatuses) }
        else if query.statuses != TasksScreen.defaultQuery.statuses {
            parts.append(TaskStatus.allCases.filter(query.statuses.contains).map(L10n.statusName).joined(separator: ", "))
        }
        if let o = query.officer { parts.append(o == ctx.me ? L10n.filterMine : L10n.filterOfficer(ctx.model.officer(o)?.surname ?? o)) }
        if let d = query.district { parts.append(L10n.filterDistrict(ctx.model.district(d)?.name ?? d)) }
        if let p = query.plan { parts.append(L10n.filterPlan(p)) }
        if query.overdueOnly { parts.append(L10n.filterOverdue) }
        return parts
    }

    func report(_ ctx: ScreenContext) -> ReportRequest? {
        ReportRequest(kind: .progress, district: query.district, officer: query.officer, plan: query.plan)
    }
}

/// The text of a task's details, for the detail pane and the full view.
enum TaskDetail {
    /// The task's window (`Enter`): its details, where `s`, `n`, `r` and `e` act on it.
    static func window(_ t: PlanTask, ctx: ScreenContext) -> TextView {
        var v = TextView(title: L10n.taskNumber(t.id), lines: lines(t, ctx: ctx))
        v.task = t.id
        return v
    }

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
        if let h = t.holder { out.append(TextView.Line(L10n.heldBy(m.name(of: h)))) }
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
            for s in t.support { out.append(TextView.Line(L10n.supportLine(s, in: m))) }
        }
        return out
    }
}
