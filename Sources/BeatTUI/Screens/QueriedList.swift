import BeatCore

/// What the Zadania and Kontakty lists share: the query the filter form sets, the search
/// line's text on top of it, and `m` (mine) and Esc (clear) working the same on both.
protocol QueriedList {
    associatedtype Query: ListQuery
    /// What the list shows until the officer filters it (Esc goes back to it).
    static var defaultQuery: Query { get }
    var query: Query { get set }
    var view: SearchableList { get set }
}

/// A list's filters, as far as `QueriedList` needs them: whose rows, and the words searched for.
protocol ListQuery: Equatable {
    var officer: String? { get set }
    var text: String { get set }
}

extension TaskQuery: ListQuery {}
extension ContactQuery: ListQuery {}

extension QueriedList {
    /// The filters with the search text.
    var currentQuery: Query {
        var q = query
        q.text = view.text
        return q
    }

    /// Whether a filter other than the default is in force (the filter line shows it, Esc clears it).
    var isFiltered: Bool { query != Self.defaultQuery }

    /// New filters: the list from its top.
    mutating func filter(_ q: Query) {
        query = q
        view.list = ListView()
    }

    /// `m`: only `me`'s rows, or everyone's again. True when the list is now `me`'s.
    mutating func toggleMine(_ me: String) -> Bool {
        var q = query
        q.officer = q.officer == me ? nil : me
        filter(q)
        return q.officer != nil
    }

    /// Esc: back to the default query; nil (Esc goes on) when no filter is in force.
    mutating func clearFilter() -> [Effect]? {
        guard isFiltered else { return nil }
        filter(Self.defaultQuery)
        return [.message(L10n.filterCleared)]
    }
}
