import BeatCore

/// What the station commands share.
enum Station {
    /// `add`: record `id` of `kind` must not exist yet (`exists` asks the model); `change`
    /// makes what is written, from the model at the journal's head.
    static func add(_ session: Session, _ kind: L10n.RecordKind, _ id: String, exists: (Model) -> Bool,
                    _ change: (Model) throws -> Change) throws {
        let store = try session.openStore(.head)
        guard !exists(store.model) else { throw BeatError.usage(L10n.alreadyExists(kind, id)) }
        try session.write(store, try change(store.model))
        Output.line(L10n.recordAdded(kind, id))
    }

    /// `edit`: the record `find` gives (else `unknown` refuses), changed by `edit`; `put` is
    /// written only when the record changed (else "nothing to change").
    static func edit<Record: Equatable>(_ session: Session, _ kind: L10n.RecordKind, _ id: String,
                                        find: (Model) -> Record?, unknown: @autoclosure () -> String, put: (Record) -> Change,
                                        _ edit: (inout Record, Model) throws -> Void) throws {
        let store = try session.openStore(.head)
        guard var record = find(store.model) else { throw BeatError.usage(unknown()) }
        let old = record
        try edit(&record, store.model)
        try save(session, store, old == record ? nil : put(record), kind, id)
    }

    /// Writes `change`, or says there is nothing to change (no journal line).
    static func save(_ session: Session, _ store: any BeatStore, _ change: Change?, _ kind: L10n.RecordKind, _ id: String) throws {
        guard let change else { return Output.line(L10n.nothingToChange) }
        try session.write(store, change)
        Output.line(L10n.recordSaved(kind, id))
    }

    /// An option given as "" clears an optional field; not given, the field stays.
    static func optional(_ given: String?, _ current: String?) -> String? {
        guard let given else { return current }
        return given.isEmpty ? nil : given
    }
}
