extension ReportKind {
    /// `progress`, for the commander and the team: per district and plan a progress bar,
    /// done of all, the overdue tasks with who holds them and how late, what was done in the
    /// period; per officer open, overdue and done. Period default: the last 30 days.
    public static let progress = ReportKind(id: "progress", accepts: [.district, .plan, .period],
                                            summary: { L10n.reportPurposeProgress }, build: ProgressReport.build)
}

enum ProgressReport {
    static func build(_ c: ReportContext) -> ReportDocument {
        let (from, to) = c.period(from: c.today.adding(days: -30), to: c.today)
        let districts = c.districts.filter { d in c.options.plan.map { c.model.plan($0)?.district == d.id } ?? true }
        var header = [ReportField("districts", districts.count == 1 ? L10n.reportDistrict : L10n.reportDistricts,
                                  .text(districts.isEmpty ? nil : districts.map(\.name).joined(separator: ", ")))]
        if let p = c.options.plan.flatMap(c.model.plan) {
            header.append(ReportField("plan", L10n.reportPlan, .text(L10n.reportPlanName(p.id, p.title))))
        }
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
            let plans = c.options.plan.flatMap(c.model.plan).map { [$0] } ?? c.plans(in: d.id, from: from, to: to)
            for p in plans { groups.append(Group(district: d, plan: p, tasks: c.model.tasks(ofPlan: p.id))) }
            if c.options.plan == nil {
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
        for g in groups {
            let (done, total) = c.counted(g.tasks)
            summary.rows.append([.text(g.district.name), .text(g.plan.map { L10n.reportPlanNumber($0.id) } ?? L10n.reportOwnShort),
                                 .int(g.plan?.id), .text(g.plan?.title ?? L10n.reportOwnTasks), .progress(done: done, total: total),
                                 .text(L10n.reportDoneOf(done, total)), .int(done), .int(total),
                                 .int(g.tasks.filter { $0.isOverdue(on: c.today) }.count),
                                 .int(g.tasks.filter { c.doneBetween($0, from, to) }.count)])
        }
        var blocks: [ReportBlock] = [.heading(L10n.reportSummary, level: 1), .table(summary)]

        for (i, d) in districts.enumerated() {
            if i > 0 { blocks.append(.pageBreak) }
            blocks.append(.heading(d.name, level: 1))
            for g in groups where g.district.id == d.id {
                blocks += section(c, g.plan, g.tasks, from: from, to: to)
            }
            if !groups.contains(where: { $0.district.id == d.id }) { blocks.append(.paragraph(L10n.reportNoPlans)) }
        }

        blocks.append(.heading(L10n.reportOfficers, level: 1))
        blocks.append(.table(officers(c, districts: districts, from: from, to: to)))

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

    /// Per officer of the districts: open, overdue, done in the period.
    static func officers(_ c: ReportContext, districts: [District], from: Day, to: Day) -> ReportTable {
        let ids = Set(districts.map(\.id))
        let inScope = c.model.tasks.filter { ids.contains($0.district) && (c.options.plan == nil || $0.plan == c.options.plan) }
        var table = ReportTable(id: "officers", columns: [
            ReportColumn("officerId", "ID", role: .data),
            ReportColumn.text("officer", L10n.colOfficer, minWidth: 14),
            ReportColumn("district", L10n.colDistrict),
            ReportColumn.number("open", L10n.reportColOpen),
            ReportColumn.number("overdue", L10n.reportColOverdue),
            ReportColumn.number("doneInPeriod", L10n.reportColDoneInPeriod),
        ], emptyText: L10n.reportNoTasks)
        let officers = c.model.officers.filter { o in inScope.contains { $0.assignee == o.id } }
            .sorted { PolishCollation.less([c.districtName($0.district), $0.surname, $0.name], [c.districtName($1.district), $1.surname, $1.name]) }
        for o in officers {
            let mine = inScope.filter { $0.assignee == o.id }
            table.rows.append([.text(o.id), .text(o.title), .text(c.districtName(o.district)),
                               .int(mine.filter(\.isOpen).count), .int(mine.filter { $0.isOverdue(on: c.today) }.count),
                               .int(mine.filter { c.doneBetween($0, from, to) }.count)])
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
