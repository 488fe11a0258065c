extension ReportKind {
    /// `invitation`, for the coordination team's partners: the invitation to the team's next
    /// meeting — its day and place as recorded at the last meeting — with the agenda: progress
    /// of the plans since the last meeting, what residents raised (counts by category), the
    /// decisions due (draft plans to adopt, plans to evaluate or carry on, the last meeting's
    /// tasks running late), and whom it goes to. No personal data, no journal footer.
    /// Needs `--team`; signed by `--officer` (or the officer acting), when there is one.
    public static let invitation = ReportKind(id: "invitation", accepts: [.officer], requires: [.team],
                                              summary: { L10n.reportPurposeInvitation }, build: InvitationReport.build)
}

enum InvitationReport {
    /// Categories named in the agenda; the rest are summed in one line.
    static let categoryLimit = 5

    static func build(_ c: ReportContext) throws -> ReportDocument {
        guard let teamID = c.options.team else { throw BeatError.usage(L10n.reportNeedsTeam("invitation")) }
        let r = try MeetingReview(model: c.model, team: teamID, today: c.today)
        let next = nextMeeting(c.model, team: teamID, today: c.today)
        let signer = c.options.officer.flatMap { c.model.officer($0) }
        let city = c.model.district(r.team.district)?.city ?? ""

        var header = [ReportField("to", L10n.letterTo, .text(L10n.invitationTo(r.team.name))),
                      ReportField("when", L10n.invitationWhen, .text(next.map { L10n.longDate($0.day) } ?? L10n.invitationToBeAgreed)),
                      ReportField("where", L10n.invitationWhere, .text(next.map { $0.place.isEmpty ? L10n.invitationToBeAgreed : $0.place }
                                                                          ?? L10n.invitationToBeAgreed))]
        if let signer { header.append(ReportField("from", L10n.letterFrom, .text(signer.title))) }
        header.append(ReportField("date", L10n.letterDate, .text((city.isEmpty ? "" : city + ", ") + L10n.longDate(c.today))))

        var blocks: [ReportBlock] = [
            .paragraph(L10n.letterGreeting),
            .paragraph(L10n.invitationIntro(r.team.name, next)),
        ]

        // 1. Progress of the plans since the last meeting.
        blocks.append(.heading(L10n.invitationProgress(r.reviewedMeeting.map { $0.day }), level: 2))
        if r.plans.isEmpty { blocks.append(.paragraph(L10n.reviewNoPlans)) } else {
            blocks.append(.list(r.plans.map { p in
                L10n.invitationPlanLine(p.plan.id, p.plan.title, done: p.now.done, total: p.now.total, overdue: p.now.overdue,
                                        planned: p.plan.phase(on: c.today) == .planned ? p.plan.start : nil)
            }))
        }

        // 2. What residents raised: counts by category, against the period before.
        blocks.append(.heading(L10n.agendaResidents, level: 2))
        let k = r.contacts
        blocks.append(.paragraph(L10n.invitationContacts(k.total, from: r.from, to: r.to)))
        if !k.byCategory.isEmpty {
            var items = k.byCategory.prefix(categoryLimit).map { L10n.invitationCategoryLine(L10n.categoryName($0.category), $0.count) }
            let rest = k.byCategory.dropFirst(categoryLimit).reduce(0) { $0 + $1.count.now }
            if rest > 0 { items.append(L10n.invitationOtherCategories(rest)) }
            blocks.append(.list(items))
        }

        // 3. Decisions due.
        blocks.append(.heading(L10n.invitationDecisionsDue, level: 2))
        var due: [String] = r.draftPlans.map { L10n.invitationAdopt($0.id, $0.title) }
        for p in r.plans where p.plan.status == .active {
            if p.pastEnd { due.append(L10n.invitationEvaluate(p.plan.id, p.plan.title, p.plan.end)) }
            else if let n = next?.day, p.plan.end <= n { due.append(L10n.invitationEnding(p.plan.id, p.plan.title, p.plan.end)) }
        }
        for d in r.decisions {
            let (state, late, _) = d.state(today: c.today, who: c.holder)
            if late { due.append(L10n.invitationLateDecision(d.decision.text, state)) }
        }
        blocks.append(due.isEmpty ? .paragraph(L10n.invitationNothingDue) : .list(due))

        // 4. Anything else.
        blocks.append(.heading(L10n.invitationOther, level: 2))
        blocks.append(.paragraph(L10n.invitationOtherText))

        blocks.append(.heading(L10n.invitationInvited, level: 2))
        if r.team.members.isEmpty { blocks.append(.paragraph(L10n.reviewNoMembers)) } else {
            blocks.append(.list(r.team.members.map { m in
                m.name + " — " + L10n.roleName(m.role, m.gender) + (m.organisation.isEmpty ? "" : ", " + c.model.organisationName(m.organisation))
            }))
        }
        // The same list as data, for a mail merge (CSV and JSON; the text shows the list above).
        var invited = ReportTable(id: "invited", columns: [
            ReportColumn("member", "ID", role: .data), ReportColumn("name", L10n.colName, role: .data),
            ReportColumn("role", L10n.reviewColRole, role: .data), ReportColumn("organisation", L10n.organisationLabel, role: .data),
        ], emptyText: "")
        for m in r.team.members { invited.rows.append([.text(m.id), .text(m.name), .text(L10n.roleName(m.role, m.gender)), .text(c.model.organisationName(m.organisation))]) }
        blocks.append(.table(invited))
        blocks.append(.paragraph(L10n.invitationClosing))
        blocks.append(.paragraph(L10n.letterRegards))
        if let signer { blocks.append(.lines([signer.title, L10n.post(of: signer)])) }

        return ReportDocument(kind: "invitation", title: L10n.reportTitleInvitation, header: header, blocks: blocks,
                              footer: c.footer(personalData: false), mainTable: "invited",
                              runningHead: L10n.reportTitleInvitation + " · " + r.team.name, isLetter: true)
    }

    /// The team's next meeting as agreed at its latest meeting, when that day is still to come.
    static func nextMeeting(_ m: Model, team: String, today: Day) -> NextMeeting? {
        let latest = m.meetings.filter { $0.team == team }.max { ($0.day, $0.id) < ($1.day, $1.id) }
        return latest?.next.flatMap { $0.day >= today ? $0 : nil }
    }
}
