extension ReportKind {
    /// `officer`: one dzielnicowy's worklist, a sheet to carry on the beat — overdue tasks,
    /// tasks due in the next 14 days, promised follow-ups with residents, every open task by
    /// plan. Period (default: the last 30 days) counts the tasks done. Residents' names and
    /// phones appear only with `withPersonalData`.
    public static let officer = ReportKind(id: "officer", accepts: [.period, .personalData], requires: [.officer],
                                           summary: { L10n.reportPurposeOfficer }, build: OfficerReport.build)
}

enum OfficerReport {
    /// How far ahead "due soon" looks.
    static let soonDays = 14

    static func build(_ c: ReportContext) throws -> ReportDocument {
        guard let id = c.options.officer, let o = c.model.officer(id) else {
            throw BeatError.usage(L10n.reportNeedsOfficer("officer"))
        }
        let (from, to) = c.period(from: c.today.adding(days: -29), to: c.today)  // 30 days, today the last
        let soon = c.today.adding(days: soonDays)
        let mine = c.model.tasks.filter { $0.assignee == id }
        let open = mine.filter(\.isOpen)
        let overdue = open.filter { $0.isOverdue(on: c.today) }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        let dueSoon = open.filter { t in t.due.map { $0 >= c.today && $0 <= soon } ?? false }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        let followUps = c.model.contacts.filter { $0.officer == id && $0.followUpOpen }
            .sorted { ($0.followUp!, $0.id) < ($1.followUp!, $1.id) }
        let personal = c.options.withPersonalData

        var header = [ReportField("officer", L10n.colOfficer, .text(o.title + ", " + L10n.post(of: o) + " (" + L10n.reportBadge(o.badge) + ")"))]
        if let b = o.beat.flatMap(c.model.beat) {
            header.append(ReportField("beat", L10n.colBeat, .text(L10n.beatShort(b) + ", " + c.districtName(b.district))))
            header.append(ReportField("streets", L10n.reportStreets, .text(b.streets.joined(separator: ", "))))
        } else {
            header.append(ReportField("district", L10n.reportDistrict, .text(c.districtName(o.district))))
        }
        header.append(ReportField("asOf", L10n.reportAsOf, .day(c.today)))

        var blocks: [ReportBlock] = [.fields([
            ReportField("open", L10n.reportOpenTasks, .int(open.count)),
            ReportField("overdue", L10n.reportColOverdue, .int(overdue.count)),
            ReportField("dueSoon", L10n.reportDueWithin(soonDays), .int(dueSoon.count)),
            ReportField("followUps", L10n.reportFollowUps, .int(followUps.count)),
            ReportField("doneInPeriod", L10n.reportDoneIn(from, to), .int(mine.filter { c.doneBetween($0, from, to) }.count)),
        ])]

        blocks.append(.heading(L10n.reportOverdueHeading, level: 1))
        var late = ReportTable(id: "overdue", columns: [
            ReportColumn.number("id", L10n.reportColNumber), ReportColumn("due", L10n.colDue),
            ReportColumn.number("daysLate", L10n.reportColDaysLate), ReportColumn("plan", L10n.reportColPlan).movable,
            ReportColumn.text("title", L10n.reportColTask), ReportColumn("lastNote", L10n.reportLastNote, role: .detail),
        ], emptyText: L10n.reportNoOverdue)
        for t in overdue {
            late.rows.append([.int(t.id), .day(t.due), .int(c.daysLate(t)), .text(planLabel(t)), .text(c.titleWithHolder(t)), .text(c.lastNote(t))])
        }
        blocks.append(.table(late))

        blocks.append(.heading(L10n.reportDueSoonHeading(soonDays), level: 1))
        var next = ReportTable(id: "dueSoon", columns: [
            ReportColumn.number("id", L10n.reportColNumber), ReportColumn("due", L10n.colDue),
            ReportColumn.number("daysLeft", L10n.reportColDaysLeft), ReportColumn("plan", L10n.reportColPlan).movable,
            ReportColumn.text("title", L10n.reportColTask),
        ], emptyText: L10n.reportNothingDueSoon)
        for t in dueSoon {
            next.rows.append([.int(t.id), .day(t.due), .int(c.today.days(to: t.due!)), .text(planLabel(t)), .text(c.titleWithHolder(t))])
        }
        blocks.append(.table(next))

        blocks.append(.heading(L10n.reportFollowUpsHeading, level: 1))
        // A follow-up past its day: `!` and how many days late, as an overdue task.
        var columns = [
            ReportColumn("late", ""), ReportColumn.number("contact", L10n.reportColNumber), ReportColumn("followUp", L10n.colDue),
            ReportColumn.number("daysLate", L10n.reportColDaysLate),
            ReportColumn.text("category", L10n.colCategory, minWidth: 12), ReportColumn.text("place", L10n.colPlace, minWidth: 10).movable,
        ]
        if personal { columns += PersonalField.allCases.map(Self.column) }
        columns.append(ReportColumn("summary", L10n.reportColMatter, role: .detail))
        var calls = ReportTable(id: "followUps", columns: columns, emptyText: L10n.reportNoFollowUps)
        for k in followUps {
            let late = k.followUp! < c.today ? k.followUp!.days(to: c.today) : nil
            var row: [ReportValue] = [.text(late == nil ? "" : "!"), .int(k.id), .day(k.followUp), .int(late),
                                      .text(L10n.categoryName(k.category)), .text(k.place.isEmpty ? nil : k.place)]
            if personal { row += PersonalField.allCases.map { f in .text(k.resident.flatMap(f.value)) } }
            row.append(.text(k.summary))
            calls.rows.append(row)
        }
        blocks.append(.table(calls))

        blocks.append(.pageBreak)
        blocks.append(.heading(L10n.reportAllOpenHeading, level: 1))
        let planIDs = Array(Set(open.compactMap(\.plan))).sorted()
        var groups: [(String, [PlanTask])] = planIDs.map { p in
            (c.model.plan(p).map { L10n.reportPlanName($0.id, $0.title) } ?? L10n.reportPlanNumber(p), open.filter { $0.plan == p })
        }
        let own = open.filter { $0.plan == nil }
        if !own.isEmpty { groups.append((L10n.reportOwnTasks, own)) }
        if groups.isEmpty { blocks.append(.paragraph(L10n.reportNoOpenTasks)) }
        for (title, tasks) in groups {
            blocks.append(.heading(title, level: 2))
            var table = ReportTable(id: "tasks", columns: [
                ReportColumn.number("id", L10n.reportColNumber), ReportColumn("plan", L10n.reportColPlanNumber, role: .data),
                ReportColumn("status", L10n.colStatus), ReportColumn("due", L10n.colDue),
                ReportColumn.number("daysLate", L10n.reportColDaysLate), ReportColumn("priority", L10n.reportColPriority, role: .data),
                ReportColumn.text("title", L10n.reportColTask), ReportColumn("lastNote", L10n.reportLastNote, role: .detail),
            ], emptyText: L10n.reportNoOpenTasks)
            for t in tasks.sorted(by: byDue) {
                table.rows.append([.int(t.id), .int(t.plan), .text(L10n.statusName(t.status)), .day(t.due), .int(c.daysLate(t)),
                                   .text(L10n.priorityName(t.priority)), .text(c.titleWithHolder(t)), .text(c.lastNote(t))])
            }
            blocks.append(.table(table))
        }

        return ReportDocument(kind: "officer", title: L10n.reportTitleOfficer(o), header: header, blocks: blocks,
                              footer: c.footer(personalData: personal), mainTable: "tasks",
                              runningHead: L10n.reportTitleOfficer(o) + " · " + o.title)
    }

    /// `nr 2`, or `własne` for a self-set task.
    static func planLabel(_ t: PlanTask) -> String { t.plan.map(L10n.reportPlanNumber) ?? L10n.reportOwnShort }

    /// Due day first (no due day last), then number.
    static func byDue(_ a: PlanTask, _ b: PlanTask) -> Bool {
        switch (a.due, b.due) {
        case let (x?, y?): return (x, a.id) < (y, b.id)
        case (.some, .none): return true
        case (.none, .some): return false
        case (.none, .none): return a.id < b.id
        }
    }
}

extension OfficerReport {
    /// The column of one personal field, when asked for: every field of `PersonalField`, so a
    /// field added there must be placed here (the switch says so) and is never left out silently.
    static func column(_ f: PersonalField) -> ReportColumn {
        switch f {
        // A name to call is not broken over lines while the category and place can give way.
        case .name: return ReportColumn.text("resident", L10n.reportColResident, minWidth: 20).movable
        case .phone: return ReportColumn("phone", L10n.colPhone).movable
        case .email: return ReportColumn("email", L10n.reportColEmail, role: .detail)
        case .address: return ReportColumn("address", L10n.reportColAddress, role: .detail)
        }
    }
}
