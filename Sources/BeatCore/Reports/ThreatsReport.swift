extension ReportKind {
    /// `threats`, for the commander's folder and the coordination team: the threat register
    /// (KMZB) on paper — every threat with its number, day and source, category, place,
    /// district and beat, status, deadline (days late when past it) and verification, newest
    /// report first as the interface lists them; the counts by status above. Filters as the
    /// register's (`--district`, `--status`, `--category`, `--overdue`) and the days reported
    /// (`--from`/`--to`; none: the whole register); the heading states every one.
    public static let threats = ReportKind(id: "threats", accepts: [.district, .period, .threatFilter],
                                           summary: { L10n.reportPurposeThreats }, build: ThreatsReport.build)
}

enum ThreatsReport {
    static func build(_ c: ReportContext) -> ReportDocument {
        let o = c.options
        let query = ThreatQuery(statuses: o.threatStatuses, district: o.district, category: o.category, overdueOnly: o.overdueOnly,
                                reportedFrom: o.from, reportedTo: o.to)
        let threats = query.run(c.model, today: c.today)
        let overdue = Set(threats.filter { $0.isOverdue(on: c.today) }.map(\.id))
        let period = reportedText(from: o.from, to: o.to)
        // Statuses in the register's order, whatever order they were given in.
        let statuses = ThreatStatus.allCases.filter(o.threatStatuses.contains)
        let header = [
            ReportField("district", L10n.reportDistrict, .text(o.district.map(c.districtName) ?? L10n.reportAllDistricts)),
            ReportField("reported", L10n.reportThreatsReported, .text(period)),
            ReportField("status", L10n.colStatus, .text(statuses.isEmpty ? L10n.reportAllStatuses
                                                         : statuses.map(L10n.threatStatusName).joined(separator: ", "))),
            ReportField("category", L10n.colCategory, .text(o.category.map(L10n.categoryName) ?? L10n.reportAllCategories)),
            ReportField("deadline", L10n.reportThreatsWhich, .text(o.overdueOnly ? L10n.reportOnlyOverdueThreats : L10n.reportAnyDeadline)),
            ReportField("asOf", L10n.reportAsOf, .day(c.today)),
        ]

        // What tells threats apart stays in the row; where (district and beat), how it came in,
        // the days late (only past the deadline) and what the verification found go under it.
        var list = ReportTable(id: "threats", columns: [
            ReportColumn.number("id", L10n.reportColNumber), ReportColumn("reported", L10n.threatColReported),
            ReportColumn.text("category", L10n.colCategory, minWidth: 14), ReportColumn("categoryId", "ID", role: .data),
            ReportColumn.text("place", L10n.colPlace, minWidth: 12),
            ReportColumn.text("status", L10n.colStatus, minWidth: 15), ReportColumn("statusId", "ID", role: .data),
            ReportColumn("due", L10n.threatColDue).movable, ReportColumn("daysLate", L10n.reportColDaysLate, alignRight: true, role: .detail),
            ReportColumn("where", L10n.reportThreatWhereLabel, role: .detail),
            ReportColumn("district", L10n.colDistrict, role: .data), ReportColumn("districtId", "ID", role: .data),
            ReportColumn("beat", L10n.colBeat, role: .data), ReportColumn("beatId", "ID", role: .data),
            ReportColumn("source", L10n.threatColSource, role: .detail), ReportColumn("sourceId", "ID", role: .data),
            ReportColumn("verification", L10n.reportThreatVerification, role: .detail),
            ReportColumn("verifiedOn", L10n.reportThreatVerifiedOn, role: .data), ReportColumn("verifiedAs", "ID", role: .data),
        ], emptyText: L10n.reportNoThreatsMatch)
        for t in threats {
            let verified = t.history.first { $0.from == .verifying }
            let late = overdue.contains(t.id) ? t.due.map { $0.days(to: c.today) } : nil
            let district = c.districtName(t.district), beat = c.beatName(t.beat)
            list.rows.append([
                .int(t.id), .day(t.reported), .text(L10n.categoryName(t.category)), .text(t.category.rawValue), .text(t.place),
                .text(L10n.threatStatusName(t.status)), .text(t.status.rawValue), .day(t.due), .int(late),
                .text(L10n.reportThreatWhereValue(district, beat: beat)),
                .text(district), .text(t.district), .text(beat), .text(t.beat),
                .text(L10n.threatSourceName(t.source) + (t.anonymous ? ", " + L10n.threatAnonymous : "")), .text(t.source.rawValue),
                .text(verified.map { L10n.reportThreatVerified($0.to, on: $0.at.day) }), .day(verified?.at.day), .text(verified?.to.rawValue),
            ])
        }

        var blocks: [ReportBlock] = []
        if !threats.isEmpty {
            var byStatus = ReportTable(id: "byStatus", columns: [
                ReportColumn.text("status", L10n.colStatus, minWidth: 12), ReportColumn("statusId", "ID", role: .data),
                ReportColumn.number("threats", L10n.reportColThreats), ReportColumn.number("overdue", L10n.reportColOverdue),
            ], emptyText: L10n.reportNoThreatsMatch)
            for s in ThreatStatus.allCases {
                let ts = threats.filter { $0.status == s }
                guard !ts.isEmpty else { continue }
                byStatus.rows.append([.text(L10n.threatStatusName(s)), .text(s.rawValue), .int(ts.count), .int(ts.filter { overdue.contains($0.id) }.count)])
            }
            byStatus.total = [.text(L10n.reportTotal), .none, .int(threats.count), .int(overdue.count)]
            blocks += [.heading(L10n.reportThreatsByStatusHeading, level: 1), .table(byStatus)]
        }
        blocks += [.heading(L10n.reportThreatsListHeading, level: 1), .table(list)]
        if !threats.isEmpty { blocks.append(.paragraph(L10n.reportThreatsDeadlineNote(read: Threat.daysToRead, verify: Threat.daysToVerify))) }

        let scope = o.district.map(c.districtName) ?? L10n.reportAllDistricts
        return ReportDocument(kind: "threats", title: L10n.reportTitleThreats, header: header, blocks: blocks,
                              footer: c.footer(personalData: false), mainTable: "threats",
                              runningHead: L10n.reportTitleThreats + " · " + scope + " · " + L10n.reportAsOf.lowercased() + " " + c.today.description)
    }

    /// The days reported the printout covers, in words.
    static func reportedText(from: Day?, to: Day?) -> String {
        switch (from, to) {
        case let (f?, t?): return L10n.reportPeriod(f, t)
        case let (f?, nil): return L10n.reportThreatsSince(f)
        case let (nil, t?): return L10n.reportThreatsUntil(t)
        case (nil, nil): return L10n.reportWholeRegister
        }
    }
}
