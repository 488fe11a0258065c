extension ReportKind {
    /// `progress`, for the commander and the team: per district and plan a progress bar,
    /// done of all, the overdue tasks with who holds them and how late, what was done in the
    /// period; per officer open, overdue and done. Period default: the last 30 days.
    public static let progress = ReportKind(id: "progress", accepts: [.district, .plan, .period, .theme],
                                            summary: { L10n.reportPurposeProgress }, build: ProgressReport.build)
}

enum ProgressReport {
    static func build(_ c: ReportContext) -> ReportDocument {
        let (from, to) = c.period(from: c.today.adding(days: -29), to: c.today)  // 30 days, today the last
        let districts = c.districts.filter { d in c.options.plan.map { c.model.plan($0)?.district == d.id } ?? true }
        var header = [ReportField("districts", districts.count == 1 ? L10n.reportDistrict : L10n.reportDistricts,
                                  .text(districts.isEmpty ? nil : districts.map(\.name).joined(separator: ", ")))]
        if let p = c.options.plan.flatMap(c.model.plan) {
            header.append(ReportField("plan", L10n.reportPlan, .text(L10n.reportPlanName(p.id, p.title))))
        }
        if let t = c.options.theme { header.append(ReportField("theme", L10n.reportTheme, .text(L10n.themeName(t)))) }
        header.append(ReportField("period", L10n.reportPeriodDone, .text(L10n.reportPeriod(from, to))))
        header.append(ReportField("asOf", L10n.reportAsOf, .day(c.today)))

        // Every group of tasks: each plan of each district, then the district's self-set tasks.
        struct Group {
            var district: District
            var plan: SafetyPlan?
            var tasks: [PlanTask]
        }
        var groups: [Group] = []
        for d in districts {
            let plans = (c.options.plan.flatMap(c.model.plan).map { [$0] } ?? c.plans(in: d.id, from: from, to: to))
                .filter { p in c.options.theme.map { p.theme == $0 } ?? true }
            for p in plans { groups.append(Group(district: d, plan: p, tasks: c.model.tasks(ofPlan: p.id))) }
            // Self-set tasks belong to no plan, so to no theme.
            if c.options.plan == nil && c.options.theme == nil {
                let own = c.model.tasks.filter { $0.plan == nil && $0.district == d.id }
                if !own.isEmpty { groups.append(Group(district: d, plan: nil, tasks: own)) }
            }
        }

        var summary = ReportTable(id: "plans", columns: [
            ReportColumn("district", L10n.colDistrict, minWidth: 7),
            ReportColumn("planLabel", L10n.reportColPlan),
            ReportColumn("plan", L10n.reportColPlanNumber, role: .data),
            ReportColumn("title", L10n.colTitle, role: .data),
            ReportColumn("progress", L10n.reportColProgress),
            ReportColumn("doneOfAll", L10n.reportColDone, alignRight: true),
            ReportColumn.number("done", L10n.reportColDoneCount, role: .data),
            ReportColumn.number("total", L10n.reportColTotal, role: .data),
            ReportColumn.number("overdue", L10n.reportColOverdue),
            ReportColumn.number("doneInPeriod", L10n.reportColDoneInPeriod, role: .data),
        ], emptyText: L10n.reportNoPlans)
        var sums = (done: 0, total: 0, overdue: 0, doneInPeriod: 0)
        for g in groups {
            let (done, total) = c.counted(g.tasks)
            let overdue = g.tasks.filter { $0.isOverdue(on: c.today) }.count
            let doneInPeriod = g.tasks.filter { c.doneBetween($0, from, to) }.count
            sums = (sums.done + done, sums.total + total, sums.overdue + overdue, sums.doneInPeriod + doneInPeriod)
            summary.rows.append([.text(g.district.name), .text(g.plan.map { L10n.reportPlanNumber($0.id) } ?? L10n.reportOwnShort),
                                 .int(g.plan?.id), .text(g.plan?.title ?? L10n.reportOwnTasks), .progress(done: done, total: total),
                                 .text(L10n.reportDoneOf(done, total)), .int(done), .int(total),
                                 .int(overdue), .int(doneInPeriod)])
        }
        if groups.count > 1 {
            summary.total = [.text(L10n.reportTotal), .none, .none, .none, .progress(done: sums.done, total: sums.total),
                             .text(L10n.reportDoneOf(sums.done, sums.total)), .int(sums.done), .int(sums.total), .int(sums.overdue),
                             .int(sums.doneInPeriod)]
        }
        var blocks: [ReportBlock] = [.heading(L10n.reportSummary, level: 1), .table(summary)]

        for (i, d) in districts.enumerated() {
            if i > 0 { blocks.append(.pageBreak) }
            blocks.append(.heading(d.name, level: 1))
            for g in groups where g.district.id == d.id {
                blocks += section(c, g.plan, g.tasks, from: from, to: to)
            }
            // The summary table already says so when there is nothing at all.
            if !groups.isEmpty && !groups.contains(where: { $0.district.id == d.id }) { blocks.append(.paragraph(L10n.reportNoPlans)) }
        }

        if !groups.isEmpty {
            blocks.append(.heading(L10n.reportOfficersOfListed, level: 1))
            blocks.append(.table(officers(c, tasks: groups.flatMap(\.tasks), from: from, to: to)))
        }

        return ReportDocument(kind: "progress", title: L10n.reportTitleProgress, header: header, blocks: blocks,
                              footer: c.footer(personalData: false), mainTable: "plans",
                              runningHead: L10n.reportTitleProgress + " · " + districts.map(\.name).joined(separator: ", "))
    }

    /// One plan (or the self-set tasks): progress, counts, overdue tasks, tasks done in the period.
    static func section(_ c: ReportContext, _ plan: SafetyPlan?, _ tasks: [PlanTask], from: Day, to: Day) -> [ReportBlock] {
        let (done, total) = c.counted(tasks)
        var blocks: [ReportBlock] = [.heading(plan.map { L10n.reportPlanName($0.id, $0.title) } ?? L10n.reportOwnTasks, level: 2)]
        var fields: [ReportField] = []
        if let plan {
            fields.append(ReportField("planPeriod", L10n.reportPlanPeriod,
                                      .text(L10n.reportPeriod(plan.start, plan.end) + " (" + L10n.planPhaseName(plan.phase(on: c.today)) + ")")))
            if let o = plan.officer { fields.append(ReportField("officer", L10n.reportResponsible, .text(c.officerTitle(o)))) }
        }
        let overdue = tasks.filter { $0.isOverdue(on: c.today) }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        let doneNow = tasks.filter { c.doneBetween($0, from, to) }.sorted { ($0.closedOn!, $0.id) < ($1.closedOn!, $1.id) }
        blocks.append(.fields(fields + [
            ReportField("progress", L10n.reportColProgress, .progress(done: done, total: total)),
            ReportField("done", L10n.reportColDone, .text(L10n.reportDoneOfLong(done, total))),
            ReportField("statuses", L10n.reportStatuses, .text(L10n.reportStatusCounts(tasks))),
            ReportField("overdue", L10n.reportColOverdue, .int(overdue.count)),
            ReportField("doneInPeriod", L10n.reportDoneInPeriod, .int(doneNow.count)),
        ]))

        blocks.append(.heading(L10n.reportOverdueTasks, level: 3))
        blocks.append(.table(.overdueTasks(overdue, holder: L10n.colAssignee, c)))

        blocks.append(.heading(L10n.reportDoneSince(from, to), level: 3))
        var finished = ReportTable(id: "done", columns: [
            ReportColumn.number("id", L10n.reportColNumber), ReportColumn("closed", L10n.reportColDoneOn),
            ReportColumn("assignee", L10n.colAssignee).movable, ReportColumn.text("title", L10n.reportColTask),
        ], emptyText: L10n.reportNoneDone)
        for t in doneNow {
            finished.rows.append([.int(t.id), .day(t.closedOn), .text(c.holder(t)), .text(t.title)])
        }
        blocks.append(.table(finished))
        return blocks
    }

    /// Per officer, over exactly the tasks the report lists (`tasks`: those of the plans and
    /// the self-set tasks above): open, overdue, done in the period, with their totals.
    static func officers(_ c: ReportContext, tasks inScope: [PlanTask], from: Day, to: Day) -> ReportTable {
        var table = ReportTable(id: "officers", columns: [
            ReportColumn("officerId", "ID", role: .data),
            ReportColumn.text("officer", L10n.colOfficer, minWidth: 14),
            ReportColumn("district", L10n.colDistrict),
            ReportColumn.number("open", L10n.reportColOpen),
            ReportColumn.number("overdue", L10n.reportColOverdue),
            ReportColumn.number("doneInPeriod", L10n.reportColDoneInPeriod),
        ], emptyText: L10n.reportNoTasks)
        let byAssignee = Dictionary(grouping: inScope, by: \.assignee)
        // An assignee no longer on the roll still gets a row, so the columns add up to the totals.
        let rows = byAssignee.keys.map { id in (id, c.model.officer(id)) }
            .sorted { a, b in
                PolishCollation.less([c.districtName(a.1?.district ?? ""), a.1?.surname ?? a.0, a.1?.name ?? a.0],
                                     [c.districtName(b.1?.district ?? ""), b.1?.surname ?? b.0, b.1?.name ?? b.0])
            }
        var sums = (open: 0, overdue: 0, done: 0)
        for (id, o) in rows {
            let mine = byAssignee[id] ?? []
            let open = mine.filter(\.isOpen).count, overdue = mine.filter { $0.isOverdue(on: c.today) }.count
            let done = mine.filter { c.doneBetween($0, from, to) }.count
            sums = (sums.open + open, sums.overdue + overdue, sums.done + done)
            table.rows.append([.text(id), .text(o?.title ?? id), .text(o.map { c.districtName($0.district) }),
                               .int(open), .int(overdue), .int(done)])
        }
        if rows.count > 1 {
            table.total = [.none, .text(L10n.reportTotal), .none, .int(sums.open), .int(sums.overdue), .int(sums.done)]
        }
        return table
    }
}

extension ReportTable {
    /// Overdue tasks with their days late and who holds them (the progress report and the
    /// meeting review print the same table; `holder` names its holder column).
    static func overdueTasks(_ tasks: [PlanTask], holder: String, _ c: ReportContext) -> ReportTable {
        var late = ReportTable(id: "overdue", columns: [
            ReportColumn.number("id", L10n.reportColNumber), ReportColumn("due", L10n.colDue),
            ReportColumn.number("daysLate", L10n.reportColDaysLate), ReportColumn("assignee", holder).movable,
            ReportColumn.text("title", L10n.reportColTask),
        ], emptyText: L10n.reportNoOverdue)
        for t in tasks {
            late.rows.append([.int(t.id), .day(t.due), .int(c.daysLate(t)), .text(c.holder(t)), .text(t.title)])
        }
        return late
    }
}
