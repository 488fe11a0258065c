import Foundation

/// A store's whole snapshot read on another thread, while the store answers from a narrower
/// scope: the interface draws its first frame from the reference data and takes the contact
/// log in when it has arrived.
///
/// The thread reads under a shared lock of its own (a compaction cannot remove the snapshot
/// meanwhile) and touches nothing of the store; the store takes the result on its own thread.
final class BackgroundRead: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Read, Error>?

    /// A snapshot read whole, with the manifest that named it.
    struct Read: Sendable {
        var manifest: Manifest
        var model: Model
    }

    init(path: String, lockTimeout: Double) {
        // A thread inherits no task-local values: a damaged file is explained in the language of the one that started it.
        let language = Language.current
        Thread.detachNewThread { [self] in
            let read = language.bind { Result { try BackgroundRead.read(path, lockTimeout: lockTimeout) } }
            condition.lock()
            result = read
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The read as `Store.open` with `.all` reads a snapshot, checked the same way.
    private static func read(_ path: String, lockTimeout: Double) throws -> Read {
        let lock = try FileLock(path: path + "/lock")
        return try lock.with(exclusive: false, timeout: lockTimeout, who: "") {
            let manifest = try Store.readManifest(path)
            var model = try Snapshot.read(folder: path + "/" + manifest.snapshot, display: Store.display(path, manifest.snapshot),
                                          scope: .all, digest: manifest.reference, segmentDigests: manifest.contactDigests)
            try Store.checkSnapshotSeq(path, manifest, model)
            try Store.checkSegmentsPresent(path, manifest)
            // The interface reads the whole log (its lists, its search): decoded here, not
            // on the thread that draws.
            model.decodeContacts()
            return Read(manifest: manifest, model: model)
        }
    }

    /// The result once the read has finished (with `wait`, waiting for it); nil before.
    func result(wait: Bool) -> Result<Read, Error>? {
        condition.lock()
        defer { condition.unlock() }
        while wait && result == nil { condition.wait() }
        return result
    }
}

extension Store {
    /// Starts reading the whole store on another thread, for a store opened in a narrower
    /// scope (the interface opens `.reference`, to draw at once). Nothing changes until
    /// `completeBackgroundLoad` takes the read in; a change that needs the whole store waits
    /// for it first.
    public func loadRestInBackground() {
        guard scope != .all, background == nil else { return }
        background = BackgroundRead(path: path, lockTimeout: lockTimeout)
    }

    /// Whether a read started by `loadRestInBackground` has not been taken in yet.
    public var isLoadingInBackground: Bool { background != nil }

    /// Takes in the read started by `loadRestInBackground` once it has finished (with `wait`,
    /// waiting for it): `model` is then the whole store, with every journal line since —
    /// this process's changes made meanwhile included. Returns whether it was taken in.
    /// A read that failed throws what `open` would have said (a damaged file: `file:line:column`).
    @discardableResult
    public func completeBackgroundLoad(wait: Bool) throws -> Bool {
        guard let pending = background, let result = pending.result(wait: wait) else { return false }
        background = nil
        let read = try result.get()
        guard scope != .all else { return true } // widened meanwhile (a compaction)
        try lock.with(exclusive: false, timeout: lockTimeout, who: "") {
            try widen(to: .all, snapshot: read.model, snapshotOf: read.manifest)
        }
        return true
    }
}
