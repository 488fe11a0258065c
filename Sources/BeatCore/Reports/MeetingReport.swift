extension ReportKind {
    /// `meeting`, for the coordination team: the review of the meeting's agenda — each plan's
    /// progress since the last meeting (then and now, completed, moved on, overdue with who
    /// holds them, support received), what residents raised by category and street against
    /// the period before, open follow-ups, the last meeting's decisions and where they stand,
    /// and an attendance list. No personal data: follow-ups by category and street, their
    /// summaries and exact places only with `withPersonalData`. Needs `--team`; `--since`
    /// defaults to the team's last meeting.
    public static let meeting = ReportKind(id: "meeting", accepts: [.since, .personalData], requires: [.team],
                                           summary: { L10n.reportPurposeMeeting }, build: MeetingReport.build)
}

enum MeetingReport {
    /// Streets listed by name; the rest are summed in one row.
    static let streetLimit = 10

    static func build(_ c: ReportContext) throws -> ReportDocument {
        guard let teamID = c.options.team else { throw BeatError.usage(L10n.reportNeedsTeam("meeting")) }
        let r = try MeetingReview(model: c.model, team: teamID, since: c.options.since, today: c.today)
        let district = c.districtName(r.team.district)

        var header = [ReportField("team", L10n.reportTeam, .text(r.team.name)),
                      ReportField("district", L10n.reportDistrict, .text(district))]
        header.append(ReportField("since", L10n.reviewSinceLabel, .text(L10n.reviewSince(r.since, meeting: r.reviewedMeeting))))
        header.append(ReportField("period", L10n.reportPeriodLabel, .text(L10n.reportPeriod(r.from, r.to))))
        header.append(ReportField("comparedWith", L10n.reviewComparedWith, .text(L10n.reportPeriod(r.beforeFrom, r.beforeTo))))
        header.append(ReportField("asOf", L10n.reportAsOf, .day(c.today)))

        var blocks: [ReportBlock] = [.heading(L10n.agendaProgress, level: 1)]
        blocks.append(.table(summary(r)))
        for p in r.plans { blocks += plan(c, p, r) }

        blocks.append(.heading(L10n.agendaResidents, level: 1))
        blocks += residents(r)
        blocks += threats(c, r)

        blocks.append(.heading(L10n.agendaFollowUps, level: 1))
        blocks += followUps(c, r)

        blocks.append(.heading(L10n.agendaDecisions, level: 1))
        blocks += decisions(c, r)

        blocks.append(.heading(L10n.agendaAttendance, level: 1))
        var attendance = ReportTable(id: "attendance", columns: [
            ReportColumn("present", L10n.reviewColPresent), ReportColumn("member", "ID", role: .data),
            ReportColumn("name", L10n.colName), ReportColumn.text("role", L10n.reviewColRole),
        ], emptyText: L10n.reviewNoMembers)
        for m in r.team.members {
            attendance.rows.append([.text("[ ]"), .text(m.id), .text(m.name),
                                    .text(L10n.memberRole(m, in: c.model))])
        }
        blocks.append(.table(attendance))
        blocks.append(.paragraph(L10n.reviewAttendanceOthers))

        return ReportDocument(kind: "meeting", title: L10n.reportTitleMeeting, header: header, blocks: blocks,
                              footer: c.footer(personalData: c.options.withPersonalData), mainTable: "plans",
                              runningHead: L10n.reportTitleMeeting + " · " + r.team.name)
    }

    /// One row per plan: progress then and now and what happened since (the CSV form).
    static func summary(_ r: MeetingReview) -> ReportTable {
        var t = ReportTable(id: "plans", columns: [
            ReportColumn("planLabel", L10n.reportColPlan),
            ReportColumn.number("plan", L10n.reportColPlanNumber, role: .data),
            ReportColumn("title", L10n.colTitle, role: .data),
            ReportColumn("then", L10n.reviewColThen(r.since)),
            ReportColumn.number("doneThen", L10n.reviewColDoneThen, role: .data),
            ReportColumn.number("totalThen", L10n.reviewColTotalThen, role: .data),
            ReportColumn("now", L10n.reviewColNow),
            ReportColumn.number("done", L10n.reportColDoneCount, role: .data),
            ReportColumn.number("total", L10n.reportColTotal, role: .data),
            ReportColumn.number("completed", L10n.reviewColCompleted),
            ReportColumn.number("movedOn", L10n.reviewColMovedOn),
            ReportColumn.number("overdue", L10n.reportColOverdue),
            ReportColumn.number("support", L10n.reviewColSupport, role: .data),
        ], emptyText: L10n.reviewNoPlans)
        for p in r.plans {
            t.rows.append([.text(L10n.reportPlanNumber(p.plan.id) + (p.pastEnd ? " ⚠" : "")), .int(p.plan.id), .text(p.plan.title),
                           .progress(done: p.then.done, total: p.then.total), .int(p.then.done), .int(p.then.total),
                           .progress(done: p.now.done, total: p.now.total), .int(p.now.done), .int(p.now.total),
                           .int(p.completed.count), .int(p.movedOn.count), .int(p.overdue.count), .int(p.support.count)])
        }
        return t
    }

    static func plan(_ c: ReportContext, _ p: PlanReview, _ r: MeetingReview) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(L10n.reportPlanName(p.plan.id, p.plan.title), level: 2)]
        var period = L10n.reportPeriod(p.plan.start, p.plan.end) + " (" + L10n.planPhaseName(p.plan.phase(on: c.today)) + ")"
        if let e = p.plan.evaluation { period += " — " + L10n.outcomeName(e.outcome) + ", " + e.day.description }
        if p.pastEnd { period += " ⚠ " + L10n.planPastEnd(p.plan.end.description) }
        blocks.append(.fields([
            ReportField("planPeriod", L10n.reportPlanPeriod, .text(period)),
            ReportField("then", L10n.reviewThenLabel(r.since), .progress(done: p.then.done, total: p.then.total)),
            ReportField("now", L10n.reviewNowLabel, .progress(done: p.now.done, total: p.now.total)),
            ReportField("done", L10n.reportColDone, .text(L10n.reportDoneOf(p.then.done, p.then.total) + " → "
                                                          + L10n.reportDoneOf(p.now.done, p.now.total))),
        ]))
        if p.plan.evaluation != nil { blocks += PlanEvidence(plan: p.plan, model: c.model, today: c.today).reportBlocks }

        blocks.append(.heading(L10n.reviewCompletedHeading, level: 3))
        var done = ReportTable(id: "completed", columns: [
            ReportColumn.number("id", L10n.reportColNumber), ReportColumn("closed", L10n.reportColDoneOn),
            ReportColumn("assignee", L10n.colAssignee).movable, ReportColumn.text("title", L10n.reportColTask),
        ], emptyText: L10n.reviewNoneCompleted)
        for t in p.completed { done.rows.append([.int(t.id), .day(t.closedOn), .text(c.holder(t)), .text(t.title)]) }
        blocks.append(.table(done))

        blocks.append(.heading(L10n.reviewMovedOnHeading, level: 3))
        var moved = ReportTable(id: "movedOn", columns: [
            ReportColumn.number("id", L10n.reportColNumber), ReportColumn("then", L10n.reviewColStatusThen),
            ReportColumn("now", L10n.reviewColStatusNow), ReportColumn("assignee", L10n.colAssignee).movable,
            ReportColumn.text("title", L10n.reportColTask), ReportColumn("note", L10n.reportLastNote, role: .detail),
        ], emptyText: L10n.reviewNoneMoved)
        for m in p.movedOn {
            let note = m.notes.max { $0.at < $1.at }.map { "\($0.at.day): \($0.text)" }
            moved.rows.append([.int(m.task.id), .text(m.then.map(L10n.statusName) ?? L10n.reviewNew), .text(m.nowText),
                               .text(c.holder(m.task)), .text(m.task.title), .text(note)])
        }
        blocks.append(.table(moved))
        if !p.notesOnClosed.isEmpty {
            blocks.append(.heading(L10n.reviewNotesOnClosedHeading(r.since), level: 3))
            blocks.append(.list(p.notesOnClosed.flatMap { m in
                m.notes.map { L10n.no(m.task.id) + " (" + L10n.statusName(m.task.status) + "), \($0.at.day), " + c.surname($0.author) + ": " + $0.text }
            }))
        }

        blocks.append(.heading(L10n.reportOverdueTasks, level: 3))
        blocks.append(.table(.overdueTasks(p.overdue, holder: L10n.reviewColHolder, c)))

        blocks.append(.heading(L10n.reportSupport, level: 3))
        var support = ReportTable(id: "support", columns: [
            ReportColumn("day", L10n.reviewColDay), ReportColumn.number("task", L10n.reportColNumber),
            ReportColumn.text("unit", L10n.reviewColUnit, minWidth: 14), ReportColumn("what", L10n.reviewColWhat, role: .detail),
        ], emptyText: L10n.reviewNoSupport)
        for s in p.support {
            support.rows.append([.day(s.support.day), .int(s.task), .text(c.model.organisationName(s.support.unit)),
                                 .text(s.support.isOpen ? L10n.supportAwaited(s.support.what) : s.support.what)])
        }
        blocks.append(.table(support))
        return blocks
    }

    /// The district's threats to read or verify, and those reported since: `!` past the deadline.
    static func threats(_ c: ReportContext, _ r: MeetingReview) -> [ReportBlock] {
        guard !r.threats.isEmpty else { return [] }
        var table = ReportTable(id: "threats", columns: [
            ReportColumn("overdue", ""), ReportColumn.number("id", L10n.reportColNumber), ReportColumn("reported", L10n.threatColReported),
            ReportColumn("status", L10n.colStatus), ReportColumn("statusId", "ID", role: .data), ReportColumn("due", L10n.threatColDue),
            ReportColumn.text("category", L10n.colCategory, minWidth: 14), ReportColumn("categoryId", "ID", role: .data),
            ReportColumn.text("place", L10n.colPlace, minWidth: 12).movable,
        ], emptyText: L10n.reportNoThreats)
        for t in r.threats {
            table.rows.append([.text(t.isOverdue(on: c.today) ? "!" : ""), .int(t.id), .day(t.reported), .text(L10n.threatStatusName(t.status)),
                               .text(t.status.rawValue), .day(t.due), .text(L10n.categoryName(t.category)), .text(t.category.rawValue), .text(t.place)])
        }
        return [.heading(L10n.reviewThreatsHeading, level: 3), .table(table)]
    }

    static func residents(_ r: MeetingReview) -> [ReportBlock] {
        let k = r.contacts
        var blocks: [ReportBlock] = [.fields([
            ReportField("contacts", L10n.reportContactsTotal, .text(L10n.reviewCountLine(k.total))),
        ])]
        func columns(_ first: ReportColumn, _ id: ReportColumn?) -> [ReportColumn] {
            [first] + (id.map { [$0] } ?? []) + [
                ReportColumn.number("now", L10n.reviewColNow), ReportColumn.number("before", L10n.reviewColBefore),
                ReportColumn.number("change", L10n.reviewColChange), ReportColumn.number("percent", L10n.reviewColPercent),
            ]
        }
        func counts(_ n: CountChange) -> [ReportValue] {
            [.int(n.now), .int(n.before), .text(L10n.signed(n.change)), .text(n.percent.map { L10n.signed($0) + "%" })]
        }
        blocks.append(.heading(L10n.reviewByCategory, level: 3))
        var cats = ReportTable(id: "categories", columns: [ReportColumn("plan", L10n.reportColPlan)]
                                + columns(ReportColumn.text("category", L10n.colCategory, minWidth: 16), ReportColumn("categoryId", "ID", role: .data)),
                               emptyText: L10n.reportNoContacts)
        for (cat, n) in k.byCategory {
            cats.rows.append([.text(k.planCategories.contains(cat) ? "*" : ""), .text(L10n.categoryName(cat)), .text(cat.rawValue)] + counts(n))
        }
        if !k.byCategory.isEmpty { cats.total = [.text(""), .text(L10n.reportTotal), .none] + counts(k.total) }
        blocks.append(.table(cats))
        if !k.planCategories.isEmpty && !k.byCategory.isEmpty { blocks.append(.paragraph(L10n.reviewPlanCategoryLegend)) }
        if let p = r.police {
            blocks.append(.heading(L10n.reportPoliceHeading(p.months, before: p.before), level: 3))
            var police = ReportTable(id: "police", columns: [ReportColumn("plan", L10n.reportColPlan)]
                                     + columns(ReportColumn.text("category", L10n.colCategory, minWidth: 16), ReportColumn("categoryId", "ID", role: .data))
                                     .flatMap { $0.key == "categoryId" ? [$0, ReportColumn.text("kind", L10n.reportColKind, minWidth: 10),
                                                                         ReportColumn("kindId", "ID", role: .data)] : [$0] },
                                     emptyText: L10n.reportNoPolice)
            for row in p.rows {
                police.rows.append([.text(k.planCategories.contains(row.category) ? "*" : ""), .text(L10n.categoryName(row.category)),
                                    .text(row.category.rawValue), .text(L10n.figureKindName(row.kind)), .text(row.kind.rawValue)] + counts(row.count))
            }
            blocks.append(.table(police))
            if !p.missing.isEmpty { blocks.append(.paragraph(L10n.reportPoliceMissing(p.missing))) }
        }
        // No contacts in either period: the table above said so; the streets would say it again.
        guard !k.byCategory.isEmpty else { return blocks }

        blocks.append(.heading(L10n.reviewByStreet, level: 3))
        var streets = ReportTable(id: "streets", columns: columns(ReportColumn.text("street", L10n.reviewColStreet, minWidth: 16), nil),
                                  emptyText: L10n.reportNoContacts)
        for (street, n) in k.byStreet.prefix(streetLimit) {
            streets.rows.append([.text(street.isEmpty ? L10n.reviewNoPlace : street)] + counts(n))
        }
        let rest = k.byStreet.dropFirst(streetLimit)
        if !rest.isEmpty {
            let sum = rest.reduce(CountChange(now: 0, before: 0)) { CountChange(now: $0.now + $1.count.now, before: $0.before + $1.count.before) }
            streets.rows.append([.text(L10n.reviewOtherStreets(rest.count))] + counts(sum))
        }
        blocks.append(.table(streets))
        return blocks
    }

    static func followUps(_ c: ReportContext, _ r: MeetingReview) -> [ReportBlock] {
        let late = r.followUps.filter { $0.followUp! < c.today }.count
        var blocks: [ReportBlock] = [.fields([
            ReportField("open", L10n.reviewFollowUpsOpen, .text(L10n.reviewFollowUpsLine(r.followUps.count, late: late))),
            ReportField("kept", L10n.reviewFollowUpsKept, .int(r.followUpsKept)),
        ])]
        // On the wall and on paper for the partners: the street, not the house, and no summary
        // (which can name or point at a resident) unless asked for.
        let personal = c.options.withPersonalData
        var columns = [
            ReportColumn.number("contact", L10n.reportColNumber), ReportColumn("due", L10n.colDue),
            ReportColumn.number("daysLate", L10n.reportColDaysLate), ReportColumn("officer", L10n.colOfficer).movable,
            personal ? ReportColumn.text("place", L10n.reviewColPlace) : ReportColumn.text("street", L10n.reviewColStreet, minWidth: 12),
            personal ? ReportColumn("category", L10n.colCategory, role: .detail) : ReportColumn.text("category", L10n.colCategory, minWidth: 14),
        ]
        if personal { columns.append(ReportColumn("summary", L10n.reportColMatter, role: .detail)) }
        var t = ReportTable(id: "followUps", columns: columns, emptyText: L10n.reportNoFollowUps)
        for k in r.followUps {
            let due = k.followUp!
            let street = ContactsReview.street(of: k.place)
            var row: [ReportValue] = [.int(k.id), .day(due), .int(due < c.today ? due.days(to: c.today) : nil), .text(c.surname(k.officer)),
                                      .text(personal ? k.place : (street.isEmpty ? L10n.reviewNoPlace : street)),
                                      .text(L10n.categoryName(k.category))]
            if personal { row.append(.text(k.summary)) }
            t.rows.append(row)
        }
        blocks.append(.table(t))
        return blocks
    }

    static func decisions(_ c: ReportContext, _ r: MeetingReview) -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        if let m = r.reviewedMeeting {
            blocks.append(.heading(L10n.reviewDecisionsOf(m.id, m.day), level: 3))
            var t = ReportTable(id: "decisions", columns: [
                ReportColumn.number("n", L10n.reviewColOrdinal), ReportColumn.text("decision", L10n.reviewColDecision),
                ReportColumn.number("task", L10n.reviewColTaskNumber), ReportColumn("state", L10n.reviewColState).movable,
            ], emptyText: L10n.reviewNoDecisions)
            for (i, d) in r.decisions.enumerated() {
                t.rows.append([.int(i + 1), .text(d.decision.text), .int(d.task?.id ?? d.decision.task), .text(state(c, d))])
            }
            blocks.append(.table(t))
        } else {
            blocks.append(.paragraph(L10n.reviewNoEarlierMeeting))
        }
        let active = r.plans.filter { $0.plan.status == .active }
        blocks.append(.heading(L10n.reviewGoalsHeading, level: 3))
        if active.isEmpty {
            blocks.append(.paragraph(L10n.reviewNoGoals))
        } else {
            blocks.append(.list(active.map { p in
                L10n.reviewGoalLine(p.plan.id, L10n.goalKindName(p.plan.goal.kind), p.plan.goal.description, p.plan.goal.measure)
            }))
        }
        return blocks
    }

    /// Where a decision stands: its task's status (late?) and holder — carried on, where to —
    /// or the plan it closed or adopted.
    static func state(_ c: ReportContext, _ d: DecisionReview) -> String {
        let s = d.state(today: c.today, who: c.holder).text
        return s.isEmpty ? "—" : s
    }
}
