extension ReportKind {
    /// `contacts`, for the evaluators: contacts with residents by month and category, by
    /// channel and by district (per 1,000 residents), with follow-ups kept. Counts only —
    /// never personal data. Period default: the current month and the five before it.
    public static let contacts = ReportKind(id: "contacts", accepts: [.district, .officer, .period],
                                            summary: { L10n.reportPurposeContacts }, build: ContactsReport.build)
}

enum ContactsReport {
    /// The first day of the month five months before `to`'s: six calendar months.
    static func defaultFrom(_ to: Day) -> Day {
        let first = Day(year: to.year, month: to.month, day: 1)!
        return first.adding(months: -5)
    }

    static func build(_ c: ReportContext) -> ReportDocument {
        let to = c.options.to ?? c.today
        let from = c.options.from ?? defaultFrom(to)
        let districts = c.districts
        let query = ContactQuery(officer: c.options.officer, district: c.options.district, since: from, until: to)
        let contacts = c.model.contacts.filter(query.matches)

        var header = [ReportField("districts", districts.count == 1 ? L10n.reportDistrict : L10n.reportDistricts,
                                  .text(districts.isEmpty ? nil : districts.map(\.name).joined(separator: ", ")))]
        if let o = c.options.officer { header.append(ReportField("officer", L10n.colOfficer, .text(c.officerTitle(o)))) }
        header.append(ReportField("period", L10n.reportPeriodLabel, .text(L10n.reportPeriod(from, to))))
        header.append(ReportField("asOf", L10n.reportAsOf, .day(c.today)))

        let promised = contacts.filter { $0.followUp != nil }
        let kept = promised.filter { $0.followUpDone != nil }
        let late = promised.filter { $0.followUpDone == nil && $0.followUp! < c.today }
        var blocks: [ReportBlock] = [.fields([
            ReportField("contacts", L10n.reportContactsTotal, .int(contacts.count)),
            ReportField("followUps", L10n.reportFollowUpsPromised, .text(L10n.reportFollowUpsLine(promised.count, kept: kept.count, late: late.count))),
            ReportField("withTask", L10n.reportContactsWithTask, .int(contacts.filter { $0.task != nil }.count)),
        ])]

        // Months × categories.
        // By month index, not by adding a month until past `to`: arithmetic stops at the
        // last day Beat keeps, and a loop waiting to pass it would never end.
        let first = Day(year: from.year, month: from.month, day: 1)!
        let months = from > to ? [] : (0...(to.year * 12 + to.month - from.year * 12 - from.month)).map { first.adding(months: $0) }
        // Counted by month index (months since year 0), not by formatted month key: a city's
        // contact log has hundreds of thousands of entries.
        func index(_ d: Day) -> Int { d.year * 12 + d.month - 1 }
        var counts: [ThreatCategory: [Int: Int]] = [:]
        var perMonthCount: [Int: Int] = [:]
        for k in contacts {
            let i = index(k.time.day)
            counts[k.category, default: [:]][i, default: 0] += 1
            perMonthCount[i, default: 0] += 1
        }
        let categories = Ranking.categories(counts.mapValues { $0.values.reduce(0, +) }).map(\.0)
        var byMonth = ReportTable(id: "months", columns:
            [ReportColumn.text("category", L10n.colCategory, minWidth: 14), ReportColumn("categoryId", "ID", role: .data)]
            + months.map { ReportColumn.number($0.monthKey, $0.monthKey) } + [ReportColumn.number("total", L10n.reportTotal)],
            emptyText: L10n.reportNoContacts)
        for cat in categories {
            let row = months.map { counts[cat]![index($0)] ?? 0 }
            byMonth.rows.append([.text(L10n.categoryName(cat)), .text(cat.rawValue)] + row.map { .int($0) } + [.int(row.reduce(0, +))])
        }
        if !categories.isEmpty {
            let perMonth = months.map { perMonthCount[index($0)] ?? 0 }
            byMonth.total = [.text(L10n.reportTotal), .none] + perMonth.map { .int($0) } + [.int(contacts.count)]
        }
        blocks += [.heading(L10n.reportByMonthAndCategory, level: 1), .table(byMonth)]

        var byChannel = ReportTable(id: "channels", columns: [
            ReportColumn.text("channel", L10n.colChannel, minWidth: 12), ReportColumn("channelId", "ID", role: .data),
            ReportColumn.number("contacts", L10n.reportColContacts), ReportColumn.number("share", L10n.reportColShare),
        ], emptyText: L10n.reportNoContacts)
        let channels = ContactChannel.allCases.enumerated().map { i, ch in (i, ch, contacts.filter { $0.channel == ch }.count) }
            .filter { $0.2 > 0 }.sorted { ($1.2, $0.0) < ($0.2, $1.0) }
        for (_, ch, n) in channels {
            byChannel.rows.append([.text(L10n.channelName(ch)), .text(ch.rawValue), .int(n), .int(share(n, contacts.count))])
        }
        // With no contacts the table by month has said so; the channels would say it again.
        if !contacts.isEmpty { blocks += [.heading(L10n.reportByChannel, level: 1), .table(byChannel)] }

        var byDistrict = ReportTable(id: "districts", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data),
            ReportColumn.number("residents", L10n.reportColResidents), ReportColumn.number("contacts", L10n.reportColContacts),
            ReportColumn.number("per1000", L10n.reportColPer1000),
        ], emptyText: L10n.reportNoContacts)
        for d in districts {
            let n = contacts.filter { $0.district == d.id }.count
            byDistrict.rows.append([.text(d.name), .text(d.id), .int(d.residents), .int(n), per1000(n, d.residents)])
        }
        let residents = districts.reduce(0) { $0 + $1.residents }
        if districts.count > 1 {
            byDistrict.total = [.text(L10n.reportTotal), .none, .int(residents), .int(contacts.count), per1000(contacts.count, residents)]
        }
        blocks += [.heading(L10n.reportByDistrict, level: 1), .table(byDistrict)]
        blocks += RegisterBlocks.police(c, districts: districts, from: from, to: to)

        return ReportDocument(kind: "contacts", title: L10n.reportTitleContacts, header: header, blocks: blocks,
                              footer: c.footer(personalData: false), mainTable: "months",
                              runningHead: L10n.reportTitleContacts + " · " + L10n.reportPeriod(from, to))
    }

    /// Whole percent, rounded.
    static func share(_ n: Int, _ total: Int) -> Int { total > 0 ? (n * 100 + total / 2) / total : 0 }

    /// Contacts per 1,000 residents, one decimal; nothing when the residents are not known.
    static func per1000(_ n: Int, _ residents: Int) -> ReportValue {
        residents > 0 ? .decimal((Double(n) * 1000 / Double(residents) * 10).rounded() / 10, places: 1) : .none
    }
}
