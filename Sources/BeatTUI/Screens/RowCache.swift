import BeatCore

/// Remembers a screen's filtered and sorted rows until the model or the view changes, so
/// a key press that only moves the selection does not filter 300,000 contacts again.
final class RowCache<Key: Equatable, Row> {
    private var key: Key?
    private var rows: [Row] = []

    func rows(for key: Key, compute: () -> [Row]) -> [Row] {
        rows(for: key) { _ in compute() }
    }

    /// Like `rows(for:compute:)`, handing `compute` the rows it replaces and their key, so
    /// that a filter that only narrows can search the previous rows instead of everything.
    func rows(for key: Key, compute: ((key: Key, rows: [Row])?) -> [Row]) -> [Row] {
        if let k = self.key, k == key { return rows }
        rows = compute(self.key.map { ($0, rows) })
        self.key = key
        return rows
    }
}
