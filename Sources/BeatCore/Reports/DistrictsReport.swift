extension ReportKind {
    /// `districts`, for the city and the evaluators: the districts side by side — residents,
    /// contacts and contacts per 1,000 residents, the top concerns, tasks done and overdue,
    /// plans closed by outcome. Period default: as `contacts` (six calendar months).
    public static let districts = ReportKind(id: "districts", accepts: [.district, .period],
                                             summary: { L10n.reportPurposeDistricts }, build: DistrictsReport.build)
}

enum DistrictsReport {
    /// How many concerns per district the report names.
    static let topConcerns = 3

    static func build(_ c: ReportContext) -> ReportDocument {
        let to = c.options.to ?? c.today
        let from = c.options.from ?? ContactsReport.defaultFrom(to)
        let districts = c.districts
        let contacts = c.model.contacts.filter { k in
            let d = k.time.day
            return d >= from && d <= to
        }
        let header = [
            ReportField("districts", districts.count == 1 ? L10n.reportDistrict : L10n.reportDistricts,
                        .text(districts.isEmpty ? nil : districts.map(\.name).joined(separator: ", "))),
            ReportField("period", L10n.reportPeriodLabel, .text(L10n.reportPeriod(from, to))),
            ReportField("asOf", L10n.reportAsOf, .day(c.today)),
        ]

        var table = ReportTable(id: "districts", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data),
            ReportColumn.number("residents", L10n.reportColResidents), ReportColumn.number("contacts", L10n.reportColContacts),
            ReportColumn.number("per1000", L10n.reportColPer1000Short),
            ReportColumn.number("tasksDone", L10n.reportColTasksDone), ReportColumn.number("tasksOverdue", L10n.reportColOverdue),
            ReportColumn.number("tasksOpen", L10n.reportColOpen, role: .data),
            ReportColumn.number("plansClosed", L10n.reportColPlansClosed),
            ReportColumn.number("plansEliminated", L10n.outcomeName(.eliminated), role: .data),
            ReportColumn.number("plansReduced", L10n.outcomeName(.reduced), role: .data),
            ReportColumn.number("plansNotAchieved", L10n.outcomeName(.notAchieved), role: .data),
            ReportColumn("topConcerns", L10n.reportTopConcerns, role: .data),
        ], emptyText: L10n.reportNoDistricts)
        var concerns = ReportTable(id: "concerns", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn.number("rank", L10n.reportColNumber),
            ReportColumn.text("category", L10n.colCategory, minWidth: 14), ReportColumn("categoryId", "ID", role: .data),
            ReportColumn.number("contacts", L10n.reportColContacts), ReportColumn.number("share", L10n.reportColShare),
        ], emptyText: L10n.reportNoContacts)
        var outcomes = ReportTable(id: "closedPlans", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn.number("plan", L10n.reportColNumber),
            ReportColumn.text("title", L10n.reportColPlan, minWidth: 14), ReportColumn("outcome", L10n.reportOutcome),
            ReportColumn("outcomeId", "ID", role: .data), ReportColumn("evaluated", L10n.reportEvaluationDay).movable,
        ], emptyText: L10n.reportNoClosedPlans)

        var sums = (residents: 0, contacts: 0, done: 0, overdue: 0, open: 0, closed: 0, outcome: [0, 0, 0])
        for d in districts {
            let mine = contacts.filter { $0.district == d.id }
            let tasks = c.model.tasks.filter { $0.district == d.id }
            let done = tasks.filter { c.doneBetween($0, from, to) }.count
            let overdue = tasks.filter { $0.isOverdue(on: c.today) }.count
            let open = tasks.filter(\.isOpen).count
            let closed = c.model.plans.filter { $0.district == d.id && $0.evaluation != nil }
            let byOutcome = Evaluation.Outcome.allCases.map { o in closed.filter { $0.evaluation?.outcome == o }.count }
            let top = top(mine)
            table.rows.append([.text(d.name), .text(d.id), .int(d.residents), .int(mine.count),
                               ContactsReport.per1000(mine.count, d.residents), .int(done), .int(overdue), .int(open),
                               .int(closed.count)] + byOutcome.map { .int($0) }
                              + [.text(top.map { "\(L10n.categoryName($0.0)) (\($0.1))" }.joined(separator: "; "))])
            for (i, (cat, n)) in top.enumerated() {
                concerns.rows.append([.text(d.name), .int(i + 1), .text(L10n.categoryName(cat)), .text(cat.rawValue), .int(n),
                                      .int(ContactsReport.share(n, mine.count))])
            }
            for p in closed {
                outcomes.rows.append([.text(d.name), .int(p.id), .text(p.title), .text(L10n.outcomeName(p.evaluation!.outcome)),
                                      .text(p.evaluation!.outcome.rawValue), .day(p.evaluation!.day)])
            }
            sums.residents += d.residents
            sums.contacts += mine.count
            sums.done += done
            sums.overdue += overdue
            sums.open += open
            sums.closed += closed.count
            for i in 0..<3 { sums.outcome[i] += byOutcome[i] }
        }
        if districts.count > 1 {
            table.total = [.text(L10n.reportTotal), .none, .int(sums.residents), .int(sums.contacts),
                           ContactsReport.per1000(sums.contacts, sums.residents), .int(sums.done), .int(sums.overdue), .int(sums.open),
                           .int(sums.closed)] + sums.outcome.map { .int($0) } + [.none]
        }

        let blocks: [ReportBlock] = [
            .table(table),
            .paragraph(L10n.reportDistrictsNote(from, to, c.today)),
            .heading(L10n.reportTopConcernsHeading(topConcerns), level: 1), .table(concerns),
            .heading(L10n.reportClosedPlansHeading, level: 1), .table(outcomes),
        ] + RegisterBlocks.threats(c, districts: districts, from: from, to: to)
            + RegisterBlocks.police(c, districts: districts, from: from, to: to) + RegisterBlocks.latestSurveys(c, districts: districts, to: to)
        return ReportDocument(kind: "districts", title: L10n.reportTitleDistricts, header: header, blocks: blocks,
                              footer: c.footer(personalData: false), mainTable: "districts",
                              runningHead: L10n.reportTitleDistricts + " · " + L10n.reportPeriod(from, to))
    }

    /// The most frequent categories, most first (`Ranking`: ties in Polish order of the Polish names).
    static func top(_ contacts: [ResidentContact]) -> [(ThreatCategory, Int)] {
        var counts: [ThreatCategory: Int] = [:]
        for k in contacts { counts[k.category, default: 0] += 1 }
        return Array(Ranking.categories(counts).prefix(topConcerns))
    }
}
