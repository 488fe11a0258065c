extension ReportKind {
    /// `programme`, for the city and the commander at the pilot's end: the programme record
    /// (agreement, pilot period, decision), then across districts the plans by outcome and by
    /// theme, their tasks done, the threats registered by status, contacts and police figures
    /// per 1,000 residents against the same length of time before, and the change in the
    /// residents' sense of safety. Period default: the pilot period (to today at the latest).
    public static let programme = ReportKind(id: "programme", accepts: [.district, .period, .theme],
                                             summary: { L10n.reportPurposeProgramme }, build: ProgrammeReport.build)
}

enum ProgrammeReport {
    /// The report's period: `--from`/`--to`, else the pilot's (ending today at the latest), else
    /// from the first plan's start to today.
    static func period(_ c: ReportContext) -> (from: Day, to: Day) {
        let p = c.model.register.programme
        let to = c.options.to ?? min(p?.pilotTo ?? c.today, c.today)
        let first = c.model.plans.map(\.start).min()
        let from = c.options.from ?? p?.pilotFrom ?? first.map { min($0, to) } ?? to.adding(days: -29)
        return (from, to)
    }

    static func build(_ c: ReportContext) throws -> ReportDocument {
        let (from, to) = period(c)
        guard from <= to else { throw BeatError.usage(L10n.reportPeriodInverted(from, to)) }
        let districts = c.districts
        let ids = Set(districts.map(\.id))
        let programme = c.model.register.programme
        let plans = c.model.plans.filter { p in
            ids.contains(p.district) && p.start <= to && p.end >= from && (c.options.theme.map { p.theme == $0 } ?? true)
        }
        var header = [ReportField("programme", L10n.reportProgramme, .text(programme?.name ?? L10n.reportNoProgramme)),
                      ReportField("districts", districts.count == 1 ? L10n.reportDistrict : L10n.reportDistricts,
                                  .text(districts.isEmpty ? nil : districts.map(\.name).joined(separator: ", ")))]
        if let t = c.options.theme { header.append(ReportField("theme", L10n.reportTheme, .text(L10n.themeName(t)))) }
        header += [ReportField("period", L10n.reportPeriodLabel, .text(L10n.reportPeriod(from, to))),
                   ReportField("asOf", L10n.reportAsOf, .day(c.today))]

        var blocks: [ReportBlock] = []
        if let p = programme {
            var fields = [ReportField("agreed", L10n.reportAgreement, .day(p.agreed)),
                          ReportField("signatories", L10n.reportSignatories, .text(p.signatories.isEmpty ? nil : p.signatories.joined(separator: "; "))),
                          ReportField("pilot", L10n.reportPilot, .text(p.pilotFrom.flatMap { f in p.pilotTo.map { L10n.reportPeriod(f, $0) } }))]
            fields.append(ReportField("decision", L10n.reportDecision, .text(p.decision.map(L10n.programmeDecision) ?? L10n.reportNoDecision)))
            blocks.append(.fields(fields))
        }

        // Plans by outcome, district by district.
        let outcomes = Evaluation.Outcome.allCases
        func outcomeColumns() -> [ReportColumn] {
            [ReportColumn.number("plans", L10n.reportColPlans), ReportColumn.number("open", L10n.reportColPlansOpen)]
                + outcomes.map { ReportColumn.number($0.rawValue, L10n.outcomeName($0)) }
        }
        func outcomeRow(_ ps: [SafetyPlan]) -> [ReportValue] {
            [.int(ps.count), .int(ps.filter { $0.evaluation == nil }.count)] + outcomes.map { o in .int(ps.filter { $0.evaluation?.outcome == o }.count) }
        }
        var byDistrict = ReportTable(id: "plans", columns: [ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data)]
                                     + outcomeColumns(), emptyText: L10n.reportNoPlans)
        for d in districts { byDistrict.rows.append([.text(d.name), .text(d.id)] + outcomeRow(plans.filter { $0.district == d.id })) }
        if districts.count > 1 { byDistrict.total = [.text(L10n.reportTotal), .none] + outcomeRow(plans) }
        blocks += [.heading(L10n.reportPlansByOutcome, level: 1), .table(byDistrict)]

        var byTheme = ReportTable(id: "themes", columns: [ReportColumn.text("theme", L10n.reportTheme, minWidth: 14), ReportColumn("themeId", "ID", role: .data)]
                                  + outcomeColumns(), emptyText: L10n.reportNoPlans)
        for t in PlanTheme.allCases.map(Optional.some) + [nil] {
            let ps = plans.filter { $0.theme == t }
            guard !ps.isEmpty else { continue }
            byTheme.rows.append([.text(t.map(L10n.themeName) ?? L10n.reportNoTheme), .text(t?.rawValue)] + outcomeRow(ps))
        }
        if !plans.isEmpty { blocks += [.heading(L10n.reportPlansByTheme, level: 1), .table(byTheme)] }

        // Their tasks.
        var tasks = ReportTable(id: "tasks", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data),
            ReportColumn("progress", L10n.reportColProgress), ReportColumn("doneOfAll", L10n.reportColDone, alignRight: true),
            ReportColumn.number("done", L10n.reportColDoneCount, role: .data), ReportColumn.number("total", L10n.reportColTotal, role: .data),
            ReportColumn.number("overdue", L10n.reportColOverdue),
        ], emptyText: L10n.reportNoPlans)
        var sums = (done: 0, total: 0, overdue: 0)
        for d in districts {
            let ts = plans.filter { $0.district == d.id }.flatMap { c.model.tasks(ofPlan: $0.id) }
            let p = PlanProgress(tasks: ts, today: c.today)
            tasks.rows.append([.text(d.name), .text(d.id), .progress(done: p.done, total: p.total), .text(L10n.reportDoneOf(p.done, p.total)),
                               .int(p.done), .int(p.total), .int(p.overdue)])
            sums = (sums.done + p.done, sums.total + p.total, sums.overdue + p.overdue)
        }
        if districts.count > 1 {
            tasks.total = [.text(L10n.reportTotal), .none, .progress(done: sums.done, total: sums.total), .text(L10n.reportDoneOf(sums.done, sums.total)),
                           .int(sums.done), .int(sums.total), .int(sums.overdue)]
        }
        if !plans.isEmpty { blocks += [.heading(L10n.reportPlanTasks, level: 1), .table(tasks)] }

        blocks += RegisterBlocks.threats(c, districts: districts, from: from, to: to)

        // Contacts per 1,000 residents against as many days before.
        let length = from.days(to: to) + 1
        let beforeTo = from.adding(days: -1), beforeFrom = from.adding(days: -length)
        var contacts = ReportTable(id: "contacts", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data),
            ReportColumn.number("residents", L10n.reportColResidents), ReportColumn.number("contacts", L10n.reportColContacts),
            ReportColumn.number("per1000", L10n.reportColPer1000Short), ReportColumn.number("before", L10n.reportColBefore),
            ReportColumn.number("beforePer1000", L10n.reportColPer1000Before), ReportColumn.number("change", L10n.reportColChange),
        ], emptyText: L10n.reportNoDistricts)
        var all = (residents: 0, now: 0, before: 0)
        for d in districts {
            var n = CountChange(now: 0, before: 0)
            for k in c.model.contacts where k.district == d.id {
                let day = k.time.day
                if day >= from && day <= to { n.now += 1 } else if day >= beforeFrom && day <= beforeTo { n.before += 1 }
            }
            contacts.rows.append([.text(d.name), .text(d.id), .int(d.residents), .int(n.now), ContactsReport.per1000(n.now, d.residents),
                                  .int(n.before), ContactsReport.per1000(n.before, d.residents), RegisterBlocks.change(n)])
            all = (all.residents + d.residents, all.now + n.now, all.before + n.before)
        }
        if districts.count > 1 {
            contacts.total = [.text(L10n.reportTotal), .none, .int(all.residents), .int(all.now), ContactsReport.per1000(all.now, all.residents),
                              .int(all.before), ContactsReport.per1000(all.before, all.residents),
                              RegisterBlocks.change(CountChange(now: all.now, before: all.before))]
        }
        blocks += [.heading(L10n.reportContactsPer1000(beforeFrom, beforeTo), level: 1), .table(contacts)]
        blocks += RegisterBlocks.police(c, districts: districts, from: from, to: to, before: true)

        // The sense of safety: the last round before the period against the first after it (or the latest).
        var surveys = ReportTable(id: "surveys", columns: [
            ReportColumn("district", L10n.colDistrict), ReportColumn("districtId", "ID", role: .data),
            ReportColumn("beforeDay", L10n.reportColSurveyBefore), ReportColumn.number("beforeShare", L10n.reportColFeelSafeBefore),
            ReportColumn("afterDay", L10n.reportColSurveyAfter), ReportColumn.number("afterShare", L10n.reportColFeelSafeAfter),
            ReportColumn.number("change", L10n.reportColChangePoints),
            ReportColumn.text("concernsBefore", L10n.reportColConcernsBefore, minWidth: 14).movable,
            ReportColumn.text("concernsAfter", L10n.reportColConcernsAfter, minWidth: 14).movable,
        ], emptyText: L10n.reportNoSurveys)
        for d in districts {
            guard let e = SurveyEvidence.compute(district: d.id, from: from, to: to, asOf: to, register: c.model.register) else { continue }
            surveys.rows.append([.text(d.name), .text(d.id), .day(e.before?.day), e.before?.feelSafeShare.map { .text("\($0)%") } ?? .none,
                                 .day(e.after?.day), e.after?.feelSafeShare.map { .text("\($0)%") } ?? .none,
                                 e.feelSafeChange.map { .text(L10n.signed($0)) } ?? .none,
                                 .text(RegisterBlocks.concerns(e.before, limit: 3)), .text(RegisterBlocks.concerns(e.after, limit: 3))])
        }
        blocks += [.heading(L10n.reportSurveyChange, level: 1), .table(surveys)]
        if !surveys.rows.isEmpty { blocks.append(.paragraph(L10n.reportSurveyChangeNote)) }

        return ReportDocument(kind: "programme", title: L10n.reportTitleProgramme, header: header, blocks: blocks,
                              footer: c.footer(personalData: false), mainTable: "plans",
                              runningHead: L10n.reportTitleProgramme + " · " + L10n.reportPeriod(from, to))
    }
}
