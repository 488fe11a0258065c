import BeatCore

/// Pulpit: what needs doing first — my overdue tasks, what is due this week, follow-ups
/// promised to residents, threats to read or verify (KMZB), support asked of other units and
/// not yet given, each active plan's progress, and what residents raised lately.
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
        /// What `Enter` opens on this line.
        var opens: Target?
    }

    /// What a dashboard line opens: an item's window, or the list its heading sums up.
    enum Target {
        case task(Int), contact(Int), plan(Int), threat(Int)
        case tasks(TaskQuery), contacts(ContactQuery), plans, threats(ThreatQuery)
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        var c: [Action] = []
        if selected(ctx)?.opens != nil { c.append(.open) }
        return c + [.print]
    }

    func selected(_ ctx: ScreenContext) -> Line? {
        list.selectedItem(in: lines(ctx))
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
        func heading(_ s: String, opens: Target? = nil) {
            if !out.isEmpty { out.append(Line(text: "", style: .normal)) }
            out.append(Line(text: s, style: .heading, opens: opens))
        }
        let mine = me.map { o in m.tasks.filter { $0.assignee == o.id } } ?? m.tasks
        let scope = mine.isEmpty ? m.tasks : mine
        let scopeLabel = mine.isEmpty || me == nil ? L10n.scopeAll : L10n.scopeMine

        let mineOnly = !(mine.isEmpty || me == nil)
        var openTasks = TasksScreen.defaultQuery
        openTasks.officer = mineOnly ? me?.id : nil
        var overdueTasks = openTasks
        overdueTasks.overdueOnly = true
        let overdue = scope.filter { $0.isOverdue(on: today) }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        heading(L10n.dashOverdue(scopeLabel, overdue.count), opens: .tasks(overdueTasks))
        for t in overdue {
            out.append(Line(text: "! " + taskLine(t, ctx) + "  (" + L10n.daysLate(t.due!.days(to: today)) + ")", style: .overdue, opens: .task(t.id)))
        }
        if overdue.isEmpty { out.append(Line(text: "  " + L10n.noneNow, style: .dim)) }

        let week = today.adding(days: 6)
        let soon = scope.filter { $0.isOpen && $0.due.map { $0 >= today && $0 <= week } == true }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        heading(L10n.dashDueThisWeek(soon.count), opens: .tasks(openTasks))
        for t in soon { out.append(Line(text: "  " + taskLine(t, ctx), style: .normal, opens: .task(t.id))) }
        if soon.isEmpty { out.append(Line(text: "  " + L10n.noneNow, style: .dim)) }

        // Sections of the contact log say it is loading rather than count what is not there yet.
        let loading = ctx.contactLogLoading
        let followUps = loading ? [] : m.contacts.filter { c in
            c.followUpOpen && c.followUp! <= week && (me == nil || c.officer == me!.id || (me!.beat == nil && c.district == me!.district))
        }.sorted { ($0.followUp!, $0.id) < ($1.followUp!, $1.id) }
        heading(L10n.dashFollowUps(loading ? nil : followUps.count), opens: .contacts(ContactQuery(officer: me?.beat == nil ? nil : me?.id,
                                                                                                   district: me?.beat == nil ? me?.district : nil)))
        for c in followUps {
            let late = c.followUp! < today
            out.append(Line(text: (late ? "! " : "  ") + c.followUp!.description + "  " + c.place + " — " + c.summary,
                            style: late ? .overdue : .normal, opens: .contact(c.id)))
        }
        if followUps.isEmpty { out.append(Line(text: "  " + (loading ? L10n.contactLogLoading : L10n.noneNow), style: .dim)) }

        // Threats to read (2 days) or verify (5 days): the officer's district, else every one.
        let threats = m.threats.filter { t in t.due != nil && (me == nil || me!.beat == nil || t.district == me!.district) }
            .sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        heading(L10n.dashThreats(threats.count, overdue: threats.filter { $0.isOverdue(on: today) }.count),
                opens: .threats(ThreatQuery(statuses: [.new, .verifying], district: me?.beat == nil ? nil : me?.district)))
        for t in threats {
            let late = t.isOverdue(on: today)
            out.append(Line(text: (late ? "! " : "  ") + t.due!.description + "  " + L10n.no(t.id) + "  " + L10n.threatStatusName(t.status)
                            + "  " + L10n.categoryShortName(t.category) + " — " + t.place, style: late ? .overdue : .normal, opens: .threat(t.id)))
        }
        if threats.isEmpty { out.append(Line(text: "  " + L10n.noneNow, style: .dim)) }

        // Support asked of other units and not yet given: someone may need chasing.
        let asked = scope.flatMap { t in t.support.filter(\.isOpen).map { (task: t, support: $0) } }
            .sorted { ($0.support.day, $0.task.id) < ($1.support.day, $1.task.id) }
        heading(L10n.dashSupportRequests(asked.count))
        for a in asked {
            // The day asked first, as the other sections' days; the heading says they are requests.
            out.append(Line(text: "  " + a.support.day.description + "  " + L10n.no(a.task.id) + "  " + m.organisationName(a.support.unit)
                            + ": " + a.support.what, style: .normal, opens: .task(a.task.id)))
        }
        if asked.isEmpty { out.append(Line(text: "  " + L10n.noneNow, style: .dim)) }

        let active = m.plans.filter { $0.phase(on: today) == .active }
        heading(L10n.dashPlans(active.count), opens: .plans)
        for p in active {
            let pr = PlanProgress(plan: p.id, model: m, today: today)
            // The flag before the title, so a narrow screen does not cut it off.
            let ended = p.end < today ? "  (" + L10n.planPastEnd(p.end.description) + ")" : ""
            out.append(Line(text: "  " + ProgressBar.text(fraction: pr.fraction) + "  " + L10n.doneOfTotal(pr.done, pr.total)
                            + (p.end < today ? "  ⚠ " : "  ") + "P\(p.id) " + (m.district(p.district)?.name ?? p.district) + ": " + p.title + ended,
                            style: p.end < today ? .warning : .normal, opens: .plan(p.id)))
        }
        // Adopted, not begun: said so, not counted as under way.
        for p in m.plans where p.phase(on: today) == .planned {
            out.append(Line(text: "  " + L10n.plannedFrom(p.start) + "  P\(p.id) " + (m.district(p.district)?.name ?? p.district) + ": " + p.title,
                            style: .dim, opens: .plan(p.id)))
        }

        let from = today.adding(days: -29)   // the last 30 days, today the last, as in the printouts
        var byCategory: [ThreatCategory: Int] = [:]
        var total = 0
        for c in m.contacts where !loading && c.time.day >= from && c.time.day <= today
            && (me == nil || me!.beat == nil || c.district == me!.district) {
            byCategory[c.category, default: 0] += 1
            total += 1
        }
        let recent = ContactQuery(district: me?.beat == nil ? nil : me?.district, since: from)
        heading(L10n.dashContacts30(loading ? nil : total), opens: .contacts(recent))
        if loading { out.append(Line(text: "  " + L10n.contactLogLoading, style: .dim)) }
        let top = Ranking.categories(byCategory)
        let most = top.first?.1 ?? 1
        for (cat, n) in top {
            let bar = String(repeating: "█", count: max(1, n * 20 / max(1, most)))
            var q = recent
            q.category = cat
            out.append(Line(text: "  " + DisplayWidth.pad(String(n), to: 4, alignRight: true) + " " + DisplayWidth.pad(bar, to: 20)
                            + " " + L10n.categoryName(cat), style: .normal, opens: .contacts(q)))
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
        if list.scroll(action, count: ls.count, height: ctx.body.height) { return [] }
        guard action == .open, let target = selected(ctx)?.opens else { return nil }
        let m = ctx.model
        switch target {
        case .task(let id): return m.task(id).map { [.showText(TaskDetail.window($0, ctx: ctx))] } ?? []
        case .contact(let id):
            return m.contact(id).map { [.showText(TextView(title: L10n.contactNumber(id), lines: ContactDetail.lines($0, ctx: ctx)))] } ?? []
        case .plan(let id):
            return m.plan(id).map { [.showText(TextView(title: "P\(id) " + $0.title, lines: PlanDetail.lines($0, ctx: ctx)))] } ?? []
        case .tasks(let q): return [.event(.taskFilter(q)), .goTo(.tasks)]
        case .contacts(let q): return [.event(.contactFilter(q)), .goTo(.contacts)]
        case .plans: return [.goTo(.plans)]
        case .threat(let id):
            return m.threat(id).map { t in
                [.showText(TextView(title: L10n.threatTitle(id), lines: ThreatDetail.lines(t, model: m, today: ctx.today).enumerated().map {
                    TextView.Line($0.element, $0.offset == 0 ? .title : .normal)
                }))]
            } ?? []
        case .threats(let q): return [.event(.threatFilter(q)), .goTo(.plans)]
        }
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
