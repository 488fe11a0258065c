import BeatCore
import Foundation

/// Kontakty: the contact log, follow-ups that are due on top, then newest first.
struct ContactsScreen: Screen, QueriedList {
    static let defaultQuery: ContactQuery = ContactQuery()
    var view = SearchableList()
    var query: ContactQuery = ContactsScreen.defaultQuery
    /// Rows are places in `model.contacts`, not copies: a city station has 300,000 contacts.
    private let cache = RowCache<CacheKey, Int32>()
    /// Every contact newest first, sorted once per change of the model, not per key press.
    private let newestFirst = RowCache<OrderKey, Int32>()
    /// What each column wants (its widest cell), measured once per change of the rows or width.
    private let measured = RowCache<MeasureKey, Int>()
    /// The contacts' text lowercased once, built when the search line first opens.
    private let index = ContactSearchIndex()

    struct CacheKey: Equatable {
        var seq: Int
        var query: ContactQuery
        var today: Day
        var count: Int
    }

    struct MeasureKey: Equatable {
        var rows: OrderKey
        var width: Int
    }

    struct OrderKey: Equatable {
        var seq: Int
        var count: Int
    }

    var isTyping: Bool { view.searching }

    /// The contacts shown: follow-ups due by today first (oldest promise first), then the rest newest first.
    func rows(_ ctx: ScreenContext) -> ContactRows {
        let all = ctx.model.contacts
        let q = currentQuery
        let key = CacheKey(seq: ctx.model.seq, query: q, today: ctx.today, count: all.count)
        let today = ctx.today
        func due(_ c: ResidentContact) -> Bool { c.followUpOpen && c.followUp! <= today }
        /// The order of the rows: due follow-ups first, the oldest promise first; then newest first.
        func shownBefore(_ a: ResidentContact, _ b: ResidentContact) -> Bool {
            if due(a) != due(b) { return due(a) }
            return due(a) ? (a.followUp!, a.id) < (b.followUp!, b.id) : ContactRows.newer(a, b)
        }
        let places = cache.rows(for: key) { previous in
            // After a save: the contacts it touched move, the rest stay where they were.
            if let previous, previous.key.query == q, previous.key.today == today,
               let changed = ctx.contactChanges.between(previous.key.seq, key.seq), previous.key.count + changed.added == all.count,
               let rows = ContactRows.updated(previous.rows, in: all, edited: changed.edited, oldCount: previous.key.count,
                                              keep: q.matches, before: shownBefore) {
                return rows
            }
            // Typing more of a word only narrows: search what was shown, in its order.
            if let previous, previous.key.seq == key.seq, previous.key.count == key.count, previous.key.today == key.today,
               q.narrows(previous.key.query) {
                return index.filter(previous.rows, of: all, version: key.seq, by: q)
            }
            let order = newestFirst.rows(for: OrderKey(seq: key.seq, count: key.count)) { previous in
                if let previous, let changed = ctx.contactChanges.between(previous.key.seq, key.seq),
                   previous.key.count + changed.added == all.count,
                   let order = ContactRows.updated(previous.rows, in: all, edited: changed.edited, oldCount: previous.key.count,
                                                   keep: { _ in true }, before: ContactRows.newer) {
                    return order
                }
                return ContactRows.newestFirst(all)
            }
            let shown = index.filter(order, of: all, version: key.seq, by: q)
            var dueFirst = shown.filter { due(all[Int($0)]) }
            dueFirst.sort { (all[Int($0)].followUp!, all[Int($0)].id) < (all[Int($1)].followUp!, all[Int($1)].id) }
            if dueFirst.isEmpty { return shown }
            return dueFirst + shown.filter { !due(all[Int($0)]) }
        }
        return ContactRows(contacts: all, places: places)
    }

    func selectedContact(_ ctx: ScreenContext) -> ResidentContact? {
        view.list.selectedItem(in: rows(ctx))
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        let view: [Action] = [.search, .filter, .mine]
        guard let c = selectedContact(ctx) else { return [.add] + view + [.print] }
        return [.open, .add, .edit] + (c.followUpOpen ? [.followUpDone] : []) + view + [.print]
    }

    func layout(_ body: Rect) -> SearchableList.Layout {
        view.layout(body, filtered: isFiltered, sideWidth: nil, bottomMinHeight: 16) { min(7, $0 / 3) }
    }

    /// The filter in force, part by part, as the filter line names it.
    func filterParts(_ ctx: ScreenContext) -> [String] {
        var parts: [String] = []
        if let o = query.officer { parts.append(o == ctx.me ? L10n.filterMine : L10n.filterContactOfficer(ctx.model.officer(o)?.surname ?? o)) }
        if let c = query.category { parts.append(L10n.filterCategory(L10n.categoryName(c))) }
        if let d = query.district { parts.append(L10n.filterDistrict(ctx.model.district(d)?.name ?? d)) }
        if let s = query.since { parts.append(L10n.filterSince(s)) }
        if let u = query.until { parts.append(L10n.filterUntil(u)) }
        return parts
    }

    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]? {
        let count = rows(ctx).count
        let height = layout(ctx.body).list.height
        if view.handleCommon(key, action: action, count: count, height: height) {
            // The search line just opened: index the text now, not on the first letter typed.
            if view.searching { index.prepare(ctx.model.contacts, version: ctx.model.seq) }
            view.list.clamp(count: rows(ctx).count, height: height)
            return []
        }
        guard let action else { return nil }
        let contact = selectedContact(ctx)
        switch action {
        case .filter: return [.openForm(ContactForms.filterForm(query, ctx: ctx))]
        case .mine:
            guard let me = ctx.me else { return [.error(L10n.whoAmIUnknown)] }
            return [.message(toggleMine(me) ? L10n.filterSet(filterParts(ctx)) : L10n.filterMineOffContacts)]
        case .back: return clearFilter()
        case .add: return [.openForm(ContactForms.contactForm(nil, ctx: ctx))]
        case .open:
            guard let contact else { return [] }
            return [.showText(TextView(title: L10n.contactNumber(contact.id), lines: ContactDetail.lines(contact, ctx: ctx)))]
        case .edit:
            guard let contact else { return [] }
            return [.openForm(ContactForms.contactForm(contact, ctx: ctx))]
        case .followUpDone:
            guard let contact, contact.followUpOpen else { return [] }
            return [.confirm(Confirmation(question: L10n.confirmFollowUp(contact.id, contact.followUp!.description), purpose: .followUpDone(contact: contact.id)))]
        default:
            return nil
        }
    }

    func draw(into canvas: inout Canvas, ctx: ScreenContext) {
        let l = layout(ctx.body)
        let contacts = rows(ctx)
        let wide = l.list.width >= 100
        let table = self.table(ctx, width: l.list.width, wide: wide)
        let headerText = table.header
        view.drawTop(into: &canvas, layout: l, body: ctx.body, filter: filterParts(ctx), heading: headerText)
        canvas.putRight(L10n.contactsShown(contacts.count), after: headerText, in: l.header)
        if contacts.isEmpty {
            canvas.put(L10n.noContactsMatch(filter: KeyMap.key(.filter), add: KeyMap.key(.add)), row: l.list.row, col: l.list.col + 1, style: .dim, clip: l.list)
        }
        let today = ctx.today
        view.list.draw(into: &canvas, rect: l.list, count: contacts.count) { i, _ in
            let c = contacts[i]
            let due = c.followUpOpen && c.followUp! <= today
            return (table.row(cells(c, ctx, wide: wide)), due ? .overdue : .normal)
        }
        if let d = l.detail, let c = selectedContact(ctx) {
            SearchableList.drawDetail(into: &canvas, rect: d, title: L10n.contactNumber(c.id), lines: ContactDetail.lines(c, ctx: ctx))
        }
    }

    // MARK: Columns

    /// The list's columns. The summary tells contacts apart and gets the room; the category
    /// and the place give way first, the officer leaves a narrow list (the detail pane shows all).
    static var columns: [TableColumn] {
        [TableColumn(""), TableColumn("Nr", alignRight: true), TableColumn(L10n.colTime),
         TableColumn(L10n.colOfficer, role: .text, minWidth: 6, leaves: 1), TableColumn(L10n.colCategory, role: .text, minWidth: 8),
         TableColumn(L10n.colPlace, role: .text, minWidth: 8), TableColumn(L10n.colSummary, role: .identity, minWidth: 12)]
    }

    /// An earlier year's day on a narrow list: `22.07.21`.
    static func dayOfEarlierYear(_ day: Day) -> String {
        let p = day.polish
        return String(p.prefix(6)) + String(p.suffix(2))
    }

    /// A category as the list names it: in full on a wide list, by its short name on a narrow
    /// one (the detail pane names it in full).
    static func category(_ c: ThreatCategory, wide: Bool) -> String {
        wide ? L10n.categoryName(c) : L10n.categoryShortName(c)
    }

    /// A contact's cells, in the order of `columns`: the mark (`!` follow-up due, `↻` promised),
    /// number, time (on a narrow list the day alone), officer, category, place, summary.
    func cells(_ c: ResidentContact, _ ctx: ScreenContext, wide: Bool) -> [String] {
        let due = c.followUpOpen && c.followUp! <= ctx.today
        // Narrow: the day alone (the detail pane has the time), this year's by day and month,
        // earlier ones with the year's two last digits ("22.07.21", as on a form), so a contact
        // of five years ago never reads as today's and the category keeps its short name whole.
        let time = wide ? c.time.day.description + " " + c.time.hourMinute
            : c.time.day.year == ctx.today.year ? String(c.time.day.polish.prefix(5)) : ContactsScreen.dayOfEarlierYear(c.time.day)
        return [due ? "!" : (c.followUpOpen ? "↻" : " "), String(c.id), time, ctx.model.officer(c.officer)?.surname ?? c.officer,
                ContactsScreen.category(c.category, wide: wide), c.place, c.summary]
    }

    /// The columns laid out for a list `width` wide. Measured over the whole contact log, once
    /// per change of it or of the width — the columns keep still while a search narrows the
    /// list at every key — without a string per contact, and a text measured only when its
    /// bytes say it could be the widest so far (a character is never wider than its bytes):
    /// a city station has 300,000 contacts.
    func table(_ ctx: ScreenContext, width: Int, wide: Bool) -> ListTable {
        let all = ctx.model.contacts
        let key = MeasureKey(rows: OrderKey(seq: ctx.model.seq, count: all.count), width: width)
        let ideal = measured.rows(for: key) { previous in
            // After saves that added contacts or marked follow-ups, only the new contacts are
            // measured: a save must not read the whole log (an edited text measures all again).
            var from = 0
            // The day: "22.07" while the log holds this year's contacts only, "22.07.21" once
            // it holds an earlier year's.
            var category = 0, place = 0, summary = 0, time = 5
            if let previous, previous.key.width == width,
               let changed = ctx.contactChanges.between(previous.key.rows.seq, key.rows.seq), !changed.text,
               previous.key.rows.count + changed.added == all.count {
                from = previous.key.rows.count
                (time, category, place, summary) = (previous.rows[2], previous.rows[4], previous.rows[5], previous.rows[6])
            }
            var categories = Set<ThreatCategory>()
            let year = ctx.today.year
            for i in all.indices.dropFirst(from) {
                if time < 8, all[i].time.day.year != year { time = 8 }
                if categories.count < ThreatCategory.allCases.count { categories.insert(all[i].category) }
                if place < width, all[i].place.utf8.count > place { place = max(place, DisplayWidth.of(all[i].place)) }
                if summary < width, all[i].summary.utf8.count > summary { summary = max(summary, DisplayWidth.of(all[i].summary)) }
            }
            let officer = ctx.model.officers.map { DisplayWidth.of($0.surname) }.max() ?? 0
            category = max(category, categories.map { DisplayWidth.of(ContactsScreen.category($0, wide: wide)) }.max() ?? 0)
            return [1, String(ctx.model.contacts.last?.id ?? 0).count, time, officer, category, min(place, width), min(summary, width)]
        }
        var wanted = ideal
        if wide { wanted[2] = 16 }
        return ListTable(ContactsScreen.columns, ideal: wanted, width: width)
    }

    /// New filters (the filter form's): the list from its top.
    func report(_ ctx: ScreenContext) -> ReportRequest? {
        ReportRequest(kind: .contacts, district: query.district, officer: query.officer)
    }
}

/// The text of a contact's details.
enum ContactDetail {
    static func lines(_ c: ResidentContact, ctx: ScreenContext) -> [TextView.Line] {
        let m = ctx.model
        var out: [TextView.Line] = [
            TextView.Line(c.summary, .title),
            TextView.Line(L10n.colTime + ": " + c.time.day.description + " " + c.time.hourMinute + " · " + L10n.channelName(c.channel)),
            TextView.Line(L10n.colCategory + ": " + L10n.categoryName(c.category)),
            TextView.Line(L10n.colPlace + ": " + (c.place.isEmpty ? "—" : c.place) + " · " + (m.district(c.district)?.name ?? c.district)),
            TextView.Line(L10n.colOfficer + ": " + (m.officer(c.officer)?.title ?? c.officer)),
        ]
        if let r = c.resident {
            let contact = [r.phone, r.email, r.address].compactMap { $0 }.joined(separator: ", ")
            out.append(TextView.Line(L10n.residentLabel + ": " + r.name + (contact.isEmpty ? "" : " — " + contact) + "  " + L10n.personalDataMark, .dim))
        }
        if let f = c.followUp {
            let state = c.followUpDone.map { L10n.followUpDoneOn($0.description) } ?? (f < ctx.today ? L10n.followUpLate : L10n.followUpPending)
            out.append(TextView.Line(L10n.followUpLabel + ": " + f.description + " — " + state, c.followUpOpen && f <= ctx.today ? .overdue : .normal))
        }
        if let t = c.task { out.append(TextView.Line(L10n.taskNumber(t) + ": " + (m.task(t)?.title ?? ""))) }
        if let w = c.with { out.append(TextView.Line(L10n.contactWith(m.name(of: w)))) }
        return out
    }
}
/// The contacts a screen shows: places in the model's array, read through as contacts.
struct ContactRows: RandomAccessCollection {
    let contacts: [ResidentContact]
    let places: [Int32]

    var startIndex: Int { 0 }
    var endIndex: Int { places.count }
    subscript(i: Int) -> ResidentContact { contacts[Int(places[i])] }

    /// All places, newest first (by time, then number).
    static func newestFirst(_ all: [ResidentContact]) -> [Int32] {
        let keys = all.map { $0.time.seconds }
        var order = (0..<Int32(all.count)).reversed().map { $0 }
        order.sort { a, b in
            let ka = keys[Int(a)], kb = keys[Int(b)]
            return ka != kb ? ka > kb : all[Int(a)].id > all[Int(b)].id
        }
        return order
    }

}
