extension ReportKind {
    /// `plan`: one safety plan in full, for the partners — the diagnosed threat, the goal
    /// and its measure, the partners, progress, every task with its status and last note,
    /// support from other units, and the evaluation.
    public static let plan = ReportKind(id: "plan", accepts: [], requires: [.plan],
                                        summary: { L10n.reportPurposePlan }, build: PlanReport.build)
}

enum PlanReport {
    static func build(_ c: ReportContext) throws -> ReportDocument {
        guard let n = c.options.plan, let plan = c.model.plan(n) else { throw BeatError.usage(L10n.reportNeedsPlan("plan")) }
        let tasks = c.model.tasks(ofPlan: plan.id)
        let team = c.model.team(forDistrict: plan.district)

        var header = [ReportField("title", L10n.reportPlanTitle, .text(plan.title)),
                      ReportField("district", L10n.reportDistrict, .text(c.districtName(plan.district)
                                                                        + (c.beatName(plan.beat).map { ", " + $0 } ?? "")))]
        header.append(ReportField("period", L10n.reportPlanPeriod, .text(L10n.reportPeriod(plan.start, plan.end))))
        header.append(ReportField("status", L10n.colStatus, .text(L10n.planPhaseName(plan.phase(on: c.today)))))
        if let adopted = c.model.adoption(of: plan.id) {
            header.append(ReportField("adopted", L10n.reportAdopted, .text(L10n.planAdoptedAt(adopted.id, adopted.day))))
        }
        if let o = plan.officer { header.append(ReportField("officer", L10n.reportResponsible, .text(c.officerTitle(o)))) }
        if let team { header.append(ReportField("team", L10n.reportTeam, .text(team.name))) }
        header.append(ReportField("asOf", L10n.reportAsOf, .day(c.today)))

        let t = plan.threat
        var blocks: [ReportBlock] = [
            .heading(L10n.reportThreat, level: 1),
            .fields([
                ReportField("category", L10n.colCategory, .text(L10n.categoryName(t.category))),
                ReportField("what", L10n.reportThreatWhat, .text(t.what)),
                ReportField("place", L10n.reportThreatWhere, .text(t.place)),
                ReportField("when", L10n.reportThreatWhen, .text(t.when)),
                ReportField("who", L10n.reportThreatWho, .text(t.who)),
                ReportField("sources", L10n.reportSources, .text(t.sources.map(L10n.sourceName).joined(separator: ", "))),
            ]),
            .heading(L10n.reportGoal, level: 1),
            .fields([
                ReportField("kind", L10n.reportGoalKind, .text(L10n.goalKindName(plan.goal.kind))),
                ReportField("goal", L10n.reportGoal, .text(plan.goal.description)),
                ReportField("measure", L10n.reportMeasure, .text(plan.goal.measure)),
            ]),
            .heading(L10n.reportPartners, level: 1),
        ]
        blocks.append(plan.partners.isEmpty ? .paragraph(L10n.reportNoPartners) : .list(plan.partners))
        if let team, !team.members.isEmpty {
            blocks.append(.heading(L10n.reportTeamMembers(team.name), level: 3))
            blocks.append(.list(team.members.map { m in
                m.name + " — " + L10n.memberRole(m, in: c.model)
            }))
        }

        let (done, total) = c.counted(tasks)
        blocks.append(.heading(L10n.reportColProgress, level: 1))
        blocks.append(.fields([
            ReportField("progress", L10n.reportColProgress, .progress(done: done, total: total)),
            ReportField("done", L10n.reportColDone, .text(L10n.reportDoneOfLong(done, total))),
            ReportField("statuses", L10n.reportStatuses, .text(L10n.reportStatusCounts(tasks))),
            ReportField("overdue", L10n.reportColOverdue, .int(tasks.filter { $0.isOverdue(on: c.today) }.count)),
        ]))

        blocks.append(.heading(L10n.reportTasks, level: 1))
        var table = ReportTable(id: "tasks", columns: [
            ReportColumn.number("id", L10n.reportColNumber), ReportColumn("status", L10n.colStatus),
            ReportColumn("due", L10n.colDue), ReportColumn.number("daysLate", L10n.reportColDaysLate),
            ReportColumn("assignee", L10n.colAssignee).movable, ReportColumn.text("title", L10n.reportColTask),
            ReportColumn("assigneeId", L10n.colAssignee + " (ID)", role: .data),
            ReportColumn("priority", L10n.reportColPriority, role: .data),
            ReportColumn("closed", L10n.reportColClosed, role: .data),
            ReportColumn("partners", L10n.reportPartners, role: .detail),
            ReportColumn("reason", L10n.reportReason, role: .detail),
            ReportColumn("lastNote", L10n.reportLastNote, role: .detail),
        ], emptyText: L10n.reportNoTasks)
        for task in tasks {
            let partners = task.partners.map { c.model.partner($0)?.name ?? $0 }.joined(separator: ", ")
            table.rows.append([.int(task.id), .text(L10n.statusName(task.status)), .day(task.due), .int(c.daysLate(task)),
                               .text(c.holder(task)), .text(task.title), .text(task.assignee),
                               .text(L10n.priorityName(task.priority)), .day(task.closedOn),
                               .text(partners.isEmpty ? nil : partners), .text(task.reason), .text(c.lastNote(task))])
        }
        blocks.append(.table(table))

        let support = tasks.flatMap { task in task.support.map { (task.id, $0) } }.sorted { ($0.1.day, $0.0) < ($1.1.day, $1.0) }
        if !support.isEmpty {
            blocks.append(.heading(L10n.reportSupport, level: 1))
            blocks.append(.list(support.map { L10n.reportSupportLine(L10n.supportLine($0.1, in: c.model), task: $0.0) }))
        }

        blocks.append(.heading(L10n.reportEvaluation, level: 1))
        if let e = plan.evaluation {
            blocks.append(.fields([
                ReportField("outcome", L10n.reportOutcome, .text(L10n.outcomeName(e.outcome))),
                ReportField("day", L10n.reportEvaluationDay, .day(e.day)),
                ReportField("note", L10n.reportEvaluationNote, .text(e.note)),
            ]))
            blocks += PlanEvidence(plan: plan, model: c.model, today: c.today).reportBlocks
        } else {
            blocks.append(.paragraph(L10n.reportNotEvaluated(plan.end)))
        }

        return ReportDocument(kind: "plan", title: L10n.reportTitlePlan(plan.id), header: header, blocks: blocks,
                              footer: c.footer(personalData: false), mainTable: "tasks",
                              runningHead: L10n.reportPlanName(plan.id, plan.title))
    }
}
