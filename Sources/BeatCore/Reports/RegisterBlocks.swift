/// Police figures and survey rounds in the printouts that compare districts (`districts`,
/// `contacts`, `programme`): one table each, built once here.
enum RegisterBlocks {
    /// The police figures of `districts` in the months the period `from…to` mostly covers, by
    /// district and kind, with figures per 1,000 residents; against as many months before when
    /// `before` is set. Nothing when no month of the period is imported.
    static func police(_ c: ReportContext, districts: [District], from: Day, to: Day, before: Bool = false) -> [ReportBlock] {
        let register = c.model.register
        guard let months = MonthRange.covered(from: from, to: to) else { return [] }
        let imported = Set(register.policeMonths)
        guard months.months.contains(where: imported.contains) else { return [] }
        var columns = [ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data),
                       ReportColumn.text("kind", L10n.reportColKind, minWidth: 10), ReportColumn("kindId", "ID", role: .data),
                       ReportColumn.number("count", L10n.reportColCount), ReportColumn.number("per1000", L10n.reportColPer1000Short)]
        if before {
            columns += [ReportColumn.number("before", L10n.reportColBefore), ReportColumn.number("beforePer1000", L10n.reportColPer1000Before),
                        ReportColumn.number("change", L10n.reportColChange)]
        }
        var table = ReportTable(id: "police", columns: columns, emptyText: L10n.reportNoPolice)
        var sums: [PoliceFigureKind: (now: Int, before: Int)] = [:]
        for d in districts {
            let now = register.policeTotals(districts: [d.id], months: months).byKind
            let was = register.policeTotals(districts: [d.id], months: months.before).byKind
            for k in PoliceFigureKind.allCases where now[k] != nil || (before && was[k] != nil) {
                let n = now[k] ?? 0, b = was[k] ?? 0
                var row: [ReportValue] = [.text(d.name), .text(d.id), .text(L10n.figureKindName(k)), .text(k.rawValue), .int(n),
                                          ContactsReport.per1000(n, d.residents)]
                if before { row += [.int(b), ContactsReport.per1000(b, d.residents), change(CountChange(now: n, before: b))] }
                table.rows.append(row)
                sums[k, default: (0, 0)].now += n
                sums[k, default: (0, 0)].before += b
            }
        }
        let missing = months.months.filter { !imported.contains($0) } + (before ? months.before.months.filter { !imported.contains($0) } : [])
        var blocks: [ReportBlock] = [.heading(L10n.reportPoliceHeading(months, before: before ? months.before : nil), level: 1), .table(table)]
        if !missing.isEmpty { blocks.append(.paragraph(L10n.reportPoliceMissing(missing.sorted()))) }
        return blocks
    }

    /// `+3 (+20%)`, or the plain difference when there was nothing before.
    static func change(_ n: CountChange) -> ReportValue {
        .text(L10n.signed(n.change) + (n.percent.map { " (" + L10n.signed($0) + "%)" } ?? ""))
    }

    /// The latest survey round of each district up to `to`: day, respondents, the share feeling
    /// safe and the top concerns. Nothing when no district has a round.
    static func latestSurveys(_ c: ReportContext, districts: [District], to: Day) -> [ReportBlock] {
        var table = ReportTable(id: "surveys", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data),
            ReportColumn("day", L10n.reportColSurveyDay), ReportColumn.number("round", L10n.reportColNumber, role: .data),
            ReportColumn.number("respondents", L10n.reportColRespondents), ReportColumn.number("feelSafe", L10n.reportColFeelSafe),
            ReportColumn.text("concerns", L10n.reportTopConcerns, minWidth: 14).movable,
        ], emptyText: L10n.reportNoSurveys)
        for d in districts {
            guard let r = c.model.register.surveys.filter({ $0.district == d.id && $0.day <= to }).max(by: { ($0.day, $0.id) < ($1.day, $1.id) })
            else { continue }
            let s = SurveySummary(r)
            table.rows.append([.text(d.name), .text(d.id), .day(s.day), .int(s.round), .int(s.respondents),
                               s.feelSafeShare.map { .text("\($0)%") } ?? .none, .text(concerns(s, limit: DistrictsReport.topConcerns))])
        }
        guard !table.rows.isEmpty else { return [] }
        return [.heading(L10n.reportLatestSurveysHeading, level: 1), .table(table)]
    }

    /// `spożywanie alkoholu … (40); akty wandalizmu (22)`.
    static func concerns(_ s: SurveySummary?, limit: Int) -> String {
        (s?.concerns ?? []).prefix(limit).map { "\(L10n.categoryName($0.category)) (\($0.count))" }.joined(separator: "; ")
    }

    /// The threats registered in `from…to` in `districts`, by district and status, with those
    /// past their deadline today (`!` in lists).
    static func threats(_ c: ReportContext, districts: [District], from: Day, to: Day) -> [ReportBlock] {
        var table = ReportTable(id: "threats", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data),
            ReportColumn.text("status", L10n.colStatus, minWidth: 12), ReportColumn("statusId", "ID", role: .data),
            ReportColumn.number("threats", L10n.reportColThreats), ReportColumn.number("overdue", L10n.reportColOverdue),
        ], emptyText: L10n.reportNoThreats)
        let ids = Set(districts.map(\.id))
        let registered = c.model.threats.filter { ids.contains($0.district) && $0.reported >= from && $0.reported <= to }
        for d in districts {
            for s in ThreatStatus.allCases {
                let ts = registered.filter { $0.district == d.id && $0.status == s }
                guard !ts.isEmpty else { continue }
                table.rows.append([.text(d.name), .text(d.id), .text(L10n.threatStatusName(s)), .text(s.rawValue), .int(ts.count),
                                   .int(ts.filter { $0.isOverdue(on: c.today) }.count)])
            }
        }
        if !registered.isEmpty {
            table.total = [.text(L10n.reportTotal), .none, .none, .none, .int(registered.count), .int(registered.filter { $0.isOverdue(on: c.today) }.count)]
        }
        return [.heading(L10n.reportThreatsByStatus, level: 1), .table(table)]
    }
}
