import BeatCore

/// Pulpit: what needs doing first — my overdue tasks, what is due this week, follow-ups
/// promised to residents, support asked of other units and not yet given, each active plan's
/// progress, and what residents raised lately.
struct DashboardScreen: Screen {
    var list = ListView()
    private let cache = RowCache<CacheKey, Line>()

    struct CacheKey: Equatable {
        var seq: Int
        var today: Day
        var me: String?
        var contacts: Int
        var tasks: Int
        var contactLogLoading: Bool
    }

    struct Line {
        var text: String
        var style: Style
        var task: Int?
        var contact: Int?
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        var c: [Action] = []
        if let line = selected(ctx), line.task != nil || line.contact != nil { c.append(.open) }
        return c + [.print]
    }

    func selected(_ ctx: ScreenContext) -> Line? {
        let ls = lines(ctx)
        return ls.isEmpty ? nil : ls[min(list.selected, ls.count - 1)]
    }

    /// All lines of the dashboard, top to bottom (computed again only when the data changes).
    func lines(_ ctx: ScreenContext) -> [Line] {
        cache.rows(for: CacheKey(seq: ctx.model.seq, today: ctx.today, me: ctx.me, contacts: ctx.model.contacts.count,
                                 tasks: ctx.model.tasks.count, contactLogLoading: ctx.contactLogLoading)) { computeLines(ctx) }
    }

    private func computeLines(_ ctx: ScreenContext) -> [Line] {
        let m = ctx.model
        let today = ctx.today
        let me = ctx.myOfficer
        var out: [Line] = []
        func heading(_ s: String) {
            if !out.isEmpty { out.append(Line(text: "", style: .normal)) }
            out.append(Line(text: s, style: .heading))
        }
        let mine = me.map { o in m.tasks.filter { $0.assignee == o.id } } ?? m.tasks
        let scope = mine.isEmpty ? m.tasks : mine
        let scopeLabel = mine.isEmpty || me == nil ? L10n.scopeAll : L10n.scopeMine

        let overdue = scope.filter { $0.isOverdue(on: today) }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        heading(L10n.dashOverdue(scopeLabel, overdue.count))
        for t in overdue {
            out.append(Line(text: "! " + taskLine(t, ctx) + "  (" + L10n.daysLate(t.due!.days(to: today)) + ")", style: .overdue, task: t.id))
        }
        if overdue.isEmpty { out.append(Line(text: "  " + L10n.noneNow, style: .dim)) }

        let week = today.adding(days: 6)
        let soon = scope.filter { $0.isOpen && $0.due.map { $0 >= today && $0 <= week } == true }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        heading(L10n.dashDueThisWeek(soon.count))
        for t in soon { out.append(Line(text: "  " + taskLine(t, ctx), style: .normal, task: t.id)) }
        if soon.isEmpty { out.append(Line(text: "  " + L10n.noneNow, style: .dim)) }

        // Sections of the contact log say it is loading rather than count what is not there yet.
        let loading = ctx.contactLogLoading
        let followUps = loading ? [] : m.contacts.filter { c in
            c.followUpOpen && c.followUp! <= week && (me == nil || c.officer == me!.id || (me!.beat == nil && c.district == me!.district))
        }.sorted { ($0.followUp!, $0.id) < ($1.followUp!, $1.id) }
        heading(L10n.dashFollowUps(loading ? nil : followUps.count))
        for c in followUps {
            let late = c.followUp! < today
            out.append(Line(text: (late ? "! " : "  ") + c.followUp!.description + "  " + c.place + " — " + c.summary,
                            style: late ? .overdue : .normal, contact: c.id))
        }
        if followUps.isEmpty { out.append(Line(text: "  " + (loading ? L10n.contactLogLoading : L10n.noneNow), style: .dim)) }

        // Support asked of other units and not yet given: someone may need chasing.
        let asked = scope.flatMap { t in t.support.filter(\.isOpen).map { (task: t, support: $0) } }
            .sorted { ($0.support.day, $0.task.id) < ($1.support.day, $1.task.id) }
        heading(L10n.dashSupportRequests(asked.count))
        for a in asked {
            // The day asked first, as the other sections' days; the heading says they are requests.
            out.append(Line(text: "  " + a.support.day.description + "  " + L10n.no(a.task.id) + "  " + m.organisationName(a.support.unit)
                            + ": " + a.support.what, style: .normal, task: a.task.id))
        }
        if asked.isEmpty { out.append(Line(text: "  " + L10n.noneNow, style: .dim)) }

        let active = m.plans.filter { $0.status == .active }
        heading(L10n.dashPlans(active.count))
        for p in active {
            let pr = PlanProgress(plan: p.id, model: m, today: today)
            // The flag before the title, so a narrow screen does not cut it off.
            let ended = p.end < today ? "  (" + L10n.planPastEnd(p.end.description) + ")" : ""
            out.append(Line(text: "  " + ProgressBar.text(fraction: pr.fraction) + "  " + L10n.doneOfTotal(pr.done, pr.total)
                            + (p.end < today ? "  ⚠ " : "  ") + "P\(p.id) " + (m.district(p.district)?.name ?? p.district) + ": " + p.title + ended,
                            style: p.end < today ? .warning : .normal))
        }

        let from = today.adding(days: -30)
        var byCategory: [ThreatCategory: Int] = [:]
        var total = 0
        for c in m.contacts where !loading && c.time.day >= from && c.time.day <= today
            && (me == nil || me!.beat == nil || c.district == me!.district) {
            byCategory[c.category, default: 0] += 1
            total += 1
        }
        heading(L10n.dashContacts30(loading ? nil : total))
        if loading { out.append(Line(text: "  " + L10n.contactLogLoading, style: .dim)) }
        let top = byCategory.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        let most = top.first?.value ?? 1
        for (cat, n) in top {
            let bar = String(repeating: "█", count: max(1, n * 20 / max(1, most)))
            out.append(Line(text: "  " + DisplayWidth.pad(String(n), to: 4, alignRight: true) + " " + DisplayWidth.pad(bar, to: 20)
                            + " " + L10n.categoryName(cat), style: .normal))
        }
        return out
    }

    private func taskLine(_ t: PlanTask, _ ctx: ScreenContext) -> String {
        let who = L10n.holderCell(t.holder.map(ctx.model.name), ctx.model.officer(t.assignee)?.surname ?? t.assignee)
        return (t.due?.description ?? "—") + "  " + L10n.no(t.id) + "  " + t.title + "  · " + who
    }

    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]? {
        let ls = lines(ctx)
        guard let action else { return nil }
        if list.move(action, count: ls.count, page: ctx.body.height) {
            list.clamp(count: ls.count, height: ctx.body.height)
            return []
        }
        guard action == .open, let line = selected(ctx) else { return nil }
        if let id = line.task, let t = ctx.model.task(id) {
            return [.showText(TextView(title: L10n.taskNumber(id), lines: TaskDetail.lines(t, ctx: ctx)))]
        }
        if let id = line.contact, let c = ctx.model.contact(id) {
            return [.showText(TextView(title: L10n.contactNumber(id), lines: ContactDetail.lines(c, ctx: ctx)))]
        }
        return []
    }

    func draw(into canvas: inout Canvas, ctx: ScreenContext) {
        let ls = lines(ctx)
        list.draw(into: &canvas, rect: ctx.body, count: ls.count) { i, _ in (ls[i].text, ls[i].style) }
    }

    func report(_ ctx: ScreenContext) -> ReportRequest? {
        if let me = ctx.myOfficer, me.beat != nil { return ReportRequest(kind: .officer, officer: me.id) }
        return ReportRequest(kind: .progress)
    }
}
