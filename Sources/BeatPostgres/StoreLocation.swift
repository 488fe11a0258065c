import BeatCore
import Foundation

/// Where a store is: a folder, or a schema on a PostgreSQL server. The one way the command
/// line turns `--data`/`BEAT_DATA` into a store: a `postgresql://` or `postgres://`
/// argument is an address and never becomes a folder of that name.
public enum StoreLocation: Sendable, Equatable {
    case folder(String)
    case postgres(PostgresAddress)

    /// Reads `--data`'s argument: an address when it starts with a PostgreSQL scheme (and
    /// then must read as one: `.usage` otherwise), else a folder.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        if PostgresAddress.isAddress(text) {
            self = .postgres(try PostgresAddress(text, environment: environment))
        } else {
            self = .folder(text)
        }
    }

    /// For messages and listings: the folder, or the address without its password.
    public var display: String {
        switch self {
        case .folder(let path): return path
        case .postgres(let address): return address.display
        }
    }

    public func exists(lockTimeout: Double = 10) throws -> Bool {
        switch self {
        case .folder(let path): return Store.exists(at: path)
        case .postgres(let address): return try PostgresStore.exists(at: address, lockTimeout: lockTimeout)
        }
    }

    /// Opens the store (see `Store.open` and `PostgresStore.open`); `live` listens for other
    /// writers on a server (a folder is read again on each refresh).
    public func open(lockTimeout: Double = 10, readOnly: Bool = false, scope: LoadScope = .all, tasks: Set<Int> = [],
                     live: Bool = false) throws -> any BeatStore {
        switch self {
        case .folder(let path): return try Store.open(at: path, lockTimeout: lockTimeout, readOnly: readOnly, scope: scope, tasks: tasks)
        case .postgres(let address):
            return try PostgresStore.open(at: address, lockTimeout: lockTimeout, readOnly: readOnly, scope: scope, tasks: tasks, live: live)
        }
    }

    /// Creates a new store holding `model`; refuses an existing one (`.cannotCreate`).
    @discardableResult
    /// `faults`: a folder's disk steps made to fail (Beat's own tests, `BEAT_FAULT`). `group`: a
    /// folder store shared by that Unix group (not for a server, whose roles do that).
    public func create(model: Model, clock: Clock, lockTimeout: Double = 10, faults: FaultInjection? = nil,
                       group: String? = nil) throws -> any BeatStore {
        switch self {
        case .folder(let path):
            return try Store.create(at: path, model: model, clock: clock, lockTimeout: lockTimeout, faults: faults, group: group)
        case .postgres(let address):
            if group != nil { throw BeatError.usage(L10n.groupIsForFolders) }
            return try PostgresStore.create(at: address, model: model, clock: clock, lockTimeout: lockTimeout)
        }
    }

    /// Creates a store from another's parts, checked against them; all or nothing.
    @discardableResult
    public func create(parts: StoreParts, lockTimeout: Double = 10) throws -> any BeatStore {
        switch self {
        case .folder(let path): return try Store.create(at: path, parts: parts, lockTimeout: lockTimeout)
        case .postgres(let address): return try PostgresStore.create(at: address, parts: parts, lockTimeout: lockTimeout)
        }
    }

    /// Restores a backup (of either kind of store) here; checked, all or nothing.
    @discardableResult
    public func restore(from file: String, lockTimeout: Double = 10) throws -> any BeatStore {
        switch self {
        case .folder(let path): return try Store.restore(from: file, into: path, lockTimeout: lockTimeout)
        case .postgres(let address): return try PostgresStore.restore(from: file, into: address, lockTimeout: lockTimeout)
        }
    }

    /// Copies the store at `source` here — folder or server, either way: its id, snapshot and
    /// whole journal, read as of one moment, written all or nothing and checked against the
    /// original's model; a store already here is refused.
    @discardableResult
    public func copy(from source: StoreLocation, lockTimeout: Double = 10) throws -> any BeatStore {
        if try exists(lockTimeout: lockTimeout) {
            switch self {
            case .folder(let path): throw BeatError.cannotCreate(L10n.storeExists(path))
            case .postgres(let address): throw BeatError.cannotCreate(L10n.pgStoreExists(address.display))
            }
        }
        let parts = try source.open(lockTimeout: lockTimeout, readOnly: true).parts()
        return try create(parts: parts, lockTimeout: lockTimeout)
    }
}
