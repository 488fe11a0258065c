import BeatCore

/// Plany: the safety plans per district with their progress; a plan opens in full
/// (diagnosis, goal, period, partners, tasks). Beside them (←/→) the threat register the
/// diagnoses start from (`ThreatRegisterSection`) and the residents' surveys (`SurveySection`).
struct PlansScreen: Screen {
    var list = ListView(selected: 1)
    private let cache = RowCache<CacheKey, Row>()
    var section: Section = .plans
    var register = ThreatRegisterSection()
    var surveys = SurveySection()

    enum Section: Int, CaseIterable, Sendable {
        case plans, threats, surveys

        var title: String {
            switch self {
            case .plans: return L10n.sectionPlans
            case .threats: return L10n.sectionThreats
            case .surveys: return L10n.sectionSurveys
            }
        }
    }

    struct CacheKey: Equatable {
        var seq: Int
        var today: Day
        var plans: Int
        var tasks: Int
    }

    struct Row {
        var text: String
        var style: Style
        var plan: Int?
        /// A plan's row: number, title, bar, done/total, overdue, status (`columns`).
        var cells: [String] = []
    }

    /// A plan's columns. The title tells plans apart and gets the room; on a narrow list the
    /// bar leaves it (done of all and the detail pane say the same).
    static let columns: [TableColumn] = [TableColumn(""), TableColumn("", role: .identity, minWidth: 12), TableColumn("", leaves: 1),
                                         TableColumn("", alignRight: true), TableColumn(""), TableColumn("", role: .text, minWidth: 8)]

    func rows(_ ctx: ScreenContext) -> [Row] {
        cache.rows(for: CacheKey(seq: ctx.model.seq, today: ctx.today, plans: ctx.model.plans.count, tasks: ctx.model.tasks.count)) {
            computeRows(ctx)
        }
    }

    private func computeRows(_ ctx: ScreenContext) -> [Row] {
        let m = ctx.model
        var out: [Row] = []
        let order: [PlanPhase: Int] = [.active: 0, .planned: 1, .draft: 2, .closed: 3]
        func rank(_ p: SafetyPlan) -> Int { order[p.phase(on: ctx.today)]! }
        for d in m.districts {
            let plans = m.plans.filter { $0.district == d.id }.sorted { (rank($0), -$0.start.ordinal) < (rank($1), -$1.start.ordinal) }
            out.append(Row(text: d.name + " (" + d.city + ")", style: .heading))
            if plans.isEmpty { out.append(Row(text: "  " + L10n.noPlans(add: KeyMap.key(.add)), style: .dim)) }
            for p in plans {
                let pr = PlanProgress(plan: p.id, model: m, today: ctx.today)
                let late = p.status != .closed && p.end < ctx.today
                // The phase, as on the command line; a closed plan's outcome is in the detail pane.
                let status = L10n.planPhaseName(p.phase(on: ctx.today))
                out.append(Row(text: "", style: late ? .warning : (p.status == .closed ? .dim : .normal), plan: p.id,
                               cells: ["P\(p.id)", p.title, ProgressBar.text(fraction: pr.fraction), L10n.doneOfTotal(pr.done, pr.total),
                                       pr.overdue > 0 ? "!\(pr.overdue)" : "", status + (late ? " ⚠" : "")]))
            }
        }
        return out
    }

    func selectedPlan(_ ctx: ScreenContext) -> SafetyPlan? {
        let r = rows(ctx)
        guard !r.isEmpty, let id = r[min(list.selected, r.count - 1)].plan else { return nil }
        return ctx.model.plan(id)
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        if section == .threats { return register.commands(ctx) + [.print, .previousSection, .nextSection] }
        if section == .surveys { return surveys.commands(ctx) + [.previousSection, .nextSection] }
        guard let p = selectedPlan(ctx) else { return [.add, .print, .previousSection, .nextSection] }
        return [.open, .add, .edit] + (p.status != .closed ? [.addTask, .evaluate] : []) + [.nextPlan, .print, .previousSection, .nextSection]
    }

    /// Below the line naming the sections.
    private func sectionBody(_ body: Rect) -> Rect {
        Rect(row: body.row + 1, col: body.col, height: max(0, body.height - 1), width: body.width)
    }

    func layout(_ body: Rect) -> (list: Rect, detail: Rect?) {
        if body.width >= 110 {
            let (l, r) = body.splitColumns(left: body.width / 2)
            return (l, r)
        }
        if body.height >= 18 {
            let h = body.height / 2
            return (body.droppingBottom(h), Rect(row: body.bottom - h, col: body.col, height: h, width: body.width))
        }
        return (body, nil)
    }

    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]? {
        guard let action else { return nil }
        if action == .nextSection || action == .previousSection {
            let n = Section.allCases.count
            section = Section(rawValue: (section.rawValue + (action == .nextSection ? 1 : n - 1)) % n)!
            return []
        }
        if section == .threats { return register.handle(action, ctx: ctx, height: sectionBody(ctx.body).height - 1) }
        if section == .surveys { return surveys.handle(action, ctx: ctx, height: sectionBody(ctx.body).height - 1) }
        let count = rows(ctx).count
        let height = layout(sectionBody(ctx.body)).list.height
        if list.move(action, count: count, page: height) {
            list.skipToSelectable(rows(ctx).map { $0.plan != nil }, forward: action != .up && action != .pageUp && action != .top)
            list.clamp(count: count, height: height)
            return []
        }
        let plan = selectedPlan(ctx)
        switch action {
        case .add: return [.openForm(PlanForms.planForm(nil, ctx: ctx))]
        case .open:
            guard let plan else { return [] }
            return [.showText(TextView(title: "P\(plan.id) " + plan.title, lines: PlanDetail.lines(plan, ctx: ctx)))]
        case .edit:
            guard let plan else { return [] }
            return [.openForm(PlanForms.planForm(plan, ctx: ctx))]
        case .addTask:
            guard let plan else { return [] }
            return [.openForm(TaskForms.taskForm(nil, plan: plan.id, ctx: ctx))]
        case .evaluate:
            guard let plan, plan.status != .closed else { return [] }
            return [.openForm(PlanForms.evaluationForm(plan, ctx: ctx))]
        case .nextPlan:
            guard let plan else { return [] }
            return [.openForm(PlanForms.nextPlanForm(plan, ctx: ctx))]
        default: return nil
        }
    }

    func draw(into canvas: inout Canvas, ctx: ScreenContext) {
        guard ctx.body.height >= 2 else { return }
        var tabs = ""
        for s in Section.allCases { tabs += (s == section ? "[" + s.title + "]" : " " + s.title + " ") + " " }
        canvas.line(tabs + " " + KeyMap.key(.previousSection) + "/" + KeyMap.key(.nextSection), row: ctx.body.row, in: ctx.body, style: .heading)
        if section == .threats { return register.draw(into: &canvas, rect: sectionBody(ctx.body), ctx: ctx) }
        if section == .surveys { return surveys.draw(into: &canvas, rect: sectionBody(ctx.body), ctx: ctx) }
        let (listRect, detail) = layout(sectionBody(ctx.body))
        let rs = rows(ctx)
        // Plan rows are indented under their district.
        let plans = rs.filter { !$0.cells.isEmpty }
        let table = ListTable(PlansScreen.columns, ideal: ListTable.measure(plans, columns: PlansScreen.columns.count) { $0.cells },
                              width: listRect.width - 2)
        list.draw(into: &canvas, rect: listRect, count: rs.count) { i, _ in
            (rs[i].cells.isEmpty ? rs[i].text : "  " + table.row(rs[i].cells), rs[i].style)
        }
        if let d = detail, let p = selectedPlan(ctx) {
            SearchableList.drawDetail(into: &canvas, rect: d, title: "P\(p.id)", lines: PlanDetail.lines(p, ctx: ctx))
        }
    }

    func report(_ ctx: ScreenContext) -> ReportRequest? {
        switch section {
        // The register as filtered with `f`, so the paper lists what the officer sees.
        case .threats: return ReportRequest(kind: .threats, district: register.query.district, threats: register.query)
        // No printout lists the survey rounds as this section does; `p` says so and where they
        // are, rather than print the districts' counts instead.
        case .surveys: return nil
        case .plans:
            if let p = selectedPlan(ctx) { return ReportRequest(kind: .plan, district: p.district, plan: p.id) }
            return ReportRequest(kind: .progress)
        }
    }

    func whyNoPrintout(_ ctx: ScreenContext) -> String {
        L10n.surveysHaveNoPrintout
    }
}

/// A plan in full, as the partners read it.
enum PlanDetail {
    static func lines(_ p: SafetyPlan, ctx: ScreenContext) -> [TextView.Line] {
        let m = ctx.model
        let pr = PlanProgress(plan: p.id, model: m, today: ctx.today)
        var out: [TextView.Line] = [
            TextView.Line(p.title, .title),
            TextView.Line(L10n.colDistrict + ": " + (m.district(p.district)?.name ?? p.district)
                          + (p.officer.map { " · " + (m.officer($0)?.title ?? $0) } ?? "")),
            TextView.Line(L10n.periodLabel + ": " + p.start.description + " – " + p.end.description + " · " + L10n.planPhaseName(p.phase(on: ctx.today))
                          + (p.evaluation.map { ": " + L10n.outcomeName($0.outcome) } ?? "")),
            TextView.Line(L10n.progressLabel + ": " + ProgressBar.text(fraction: pr.fraction) + "  " + L10n.tasksDoneOf(pr.done, pr.total)
                          + (pr.overdue > 0 ? " · " + L10n.overdueCount(pr.overdue) : ""), pr.overdue > 0 ? .overdue : .normal),
            TextView.Line(""),
            TextView.Line(L10n.diagnosisLabel, .heading),
            TextView.Line("  " + L10n.threatWhat + ": " + p.threat.what),
            TextView.Line("  " + L10n.threatWhere + ": " + p.threat.place),
            TextView.Line("  " + L10n.threatWhen + ": " + p.threat.when),
            TextView.Line("  " + L10n.threatWho + ": " + p.threat.who),
            TextView.Line("  " + L10n.colCategory + ": " + L10n.categoryName(p.threat.category)),
            TextView.Line("  " + L10n.sourcesLabel + ": " + p.threat.sources.map(L10n.sourceName).joined(separator: ", ")),
            TextView.Line(L10n.goalLabel, .heading),
            TextView.Line("  " + L10n.goalKindName(p.goal.kind) + ": " + p.goal.description),
            TextView.Line("  " + L10n.measureLabel + ": " + p.goal.measure),
        ]
        if !p.partners.isEmpty { out.append(TextView.Line(L10n.partnerBodiesLabel + ": " + p.partners.joined(separator: ", "))) }
        if let adopted = m.adoption(of: p.id) { out.append(TextView.Line(L10n.planAdoptedAt(adopted.id, adopted.day))) }
        if let e = p.evaluation {
            out.append(TextView.Line(L10n.evaluationLabel + " (" + e.day.description + "): " + L10n.outcomeName(e.outcome) + " — " + e.note, .heading))
        }
        out.append(TextView.Line(""))
        out.append(TextView.Line(L10n.screenTasks, .heading))
        for t in m.tasks(ofPlan: p.id) {
            let late = t.isOverdue(on: ctx.today)
            out.append(TextView.Line((late ? "! " : "  ") + L10n.no(t.id) + " " + L10n.statusName(t.status) + " · " + (t.due?.description ?? "—")
                                     + " · " + (m.officer(t.assignee)?.surname ?? t.assignee) + " · " + t.title
                                     + (t.carriedFrom.map { " " + L10n.carriedFromMark($0) } ?? ""), late ? .overdue : (t.isOpen ? .normal : .dim)))
        }
        // The figures for the plan's evaluation, under its tasks.
        let evidence = PlanEvidence(plan: p, model: m, today: ctx.today)
        out.append(TextView.Line(""))
        out.append(TextView.Line(L10n.evidenceHeading, .heading))
        for f in evidence.fields.dropLast() { out.append(TextView.Line("  " + f.label + ": " + f.value)) }
        return out
    }
}
