import BeatCore

/// Plany, the section „Zagrożenia (KMZB)”: the threat register as `beat threat list` shows it
/// — newest report first, `!` past the deadline (read within 2 days, verified within 5) — with
/// the same filters (status, district, category, overdue); a threat opens in full, `a`
/// registers one and `s` moves the selected one on, through the same changes as the command line;
/// `p` prints it as filtered (`beat report threats`, `PlansScreen.report`).
struct ThreatRegisterSection {
    var list = ListView()
    var query = ThreatQuery()

    /// `!`, number, reported, status, due, district, category — place: what the threat is gets
    /// the room; a status and a district are words read whole, so the place takes the cut.
    static let columns: [TableColumn] = [TableColumn(""), TableColumn("", alignRight: true), TableColumn(""), TableColumn(""),
                                         TableColumn(""), TableColumn(""), TableColumn("", role: .identity, minWidth: 16)]

    func threats(_ ctx: ScreenContext) -> [Threat] { query.run(ctx.model, today: ctx.today) }

    func selected(_ ctx: ScreenContext) -> Threat? {
        list.selectedItem(in: threats(ctx))
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        // `s` on a threat past its last status says so rather than nothing.
        selected(ctx) == nil ? [.add, .filter] : [.open, .add, .status, .filter]
    }

    /// New filters: the list from its top.
    mutating func filter(_ q: ThreatQuery) {
        query = q
        list = ListView()
    }

    mutating func handle(_ action: Action, ctx: ScreenContext, height: Int) -> [Effect]? {
        let count = threats(ctx).count
        if list.scroll(action, count: count, height: height) { return [] }
        switch action {
        case .add: return [.openForm(ThreatForms.addForm(ctx: ctx))]
        case .filter: return [.openForm(ThreatForms.filterForm(query, ctx: ctx))]
        case .open:
            guard let t = selected(ctx) else { return [] }
            return [.showText(TextView(title: L10n.threatTitle(t.id), lines: ThreatDetail.lines(t, model: ctx.model, today: ctx.today).map { TextView.Line($0) }))]
        case .status:
            guard let t = selected(ctx) else { return [] }
            guard !t.status.next.isEmpty else { return [.error(L10n.threatNoNextStatus(t.id, t.status))] }
            return [.openForm(ThreatForms.statusForm(t))]
        default: return nil
        }
    }

    func draw(into canvas: inout Canvas, rect: Rect, ctx: ScreenContext) {
        let m = ctx.model
        let ts = threats(ctx)
        guard rect.height >= 2 else { return }
        let overdue = ts.filter { $0.isOverdue(on: ctx.today) }.count
        canvas.line(L10n.threatCount(ts.count, overdue: overdue) + describe(ctx), row: rect.row, in: rect, style: .dim)
        let listRect = Rect(row: rect.row + 1, col: rect.col, height: rect.height - 1, width: rect.width)
        if ts.isEmpty {
            canvas.put(L10n.noThreatsMatch(filter: KeyMap.key(.filter), add: KeyMap.key(.add)), row: listRect.row, col: listRect.col + 1,
                       style: .dim, clip: listRect)
            return
        }
        let cells = ts.map { t in
            [t.isOverdue(on: ctx.today) ? "!" : "", L10n.no(t.id), t.reported.description, L10n.threatStatusName(t.status), t.due?.description ?? "—",
             m.district(t.district)?.name ?? t.district, L10n.categoryShortName(t.category) + " — " + t.place]
        }
        let table = ListTable(ThreatRegisterSection.columns, ideal: ListTable.measure(cells, columns: ThreatRegisterSection.columns.count) { $0 },
                              width: listRect.width - 2)
        list.draw(into: &canvas, rect: listRect, count: ts.count) { i, _ in
            (table.row(cells[i]), ts[i].isOverdue(on: ctx.today) ? .overdue : (ts[i].due == nil ? .dim : .normal))
        }
    }

    /// The filters in words, after the count.
    private func describe(_ ctx: ScreenContext) -> String {
        var parts: [String] = []
        if query.statuses == [.new, .verifying] { parts.append(L10n.threatFilterPending) }
        else if !query.statuses.isEmpty { parts += query.statuses.map(L10n.threatStatusName).sorted() }
        if let d = query.district { parts.append(ctx.model.district(d)?.name ?? d) }
        if let c = query.category { parts.append(L10n.categoryName(c)) }
        if query.overdueOnly { parts.append(L10n.filterOverdue) }
        return parts.isEmpty ? "" : " · " + L10n.filterLabel + ": " + parts.joined(separator: ", ")
    }
}
