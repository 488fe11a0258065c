#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The folder a new store goes into (`beat init`, `beat restore`): the store is built whole
/// in a hidden folder, then put in place.
///
/// - The place must be missing or an empty folder (a symlink to one is followed); anything
///   else is refused before anything is touched. Nothing Beat did not create is ever
///   removed or has its mode changed.
/// - A missing place: the store is built beside it (`.NAME.beat-new-XXXXXX`, held locked
///   while it is built) and renamed into place in one step. Two at once: the first rename
///   wins, the other finds the name taken and gives up (`.cannotCreate`).
/// - An existing empty folder is kept (its mode, owner, mount): the store is built inside it
///   (`.beat-new-XXXXXX`) and its files moved up one by one, the manifest last, while the
///   folder is held locked (`flock`): a second restore waits, then finds a store there.
/// - A failure undoes what was done; a crash leaves a half-built hidden folder (and, in an
///   existing folder, files without a manifest: no store), which the next `NewStoreFolder`
///   for the same place removes — by their names, which only Beat gives, and only when
///   nobody holds them.
struct NewStoreFolder {
    /// Where the store goes, symlinks resolved.
    let path: String
    /// The folder holding it.
    let parent: String
    /// The path as given, for messages.
    let given: String
    /// Whether the place is an existing (empty) folder.
    let exists: Bool
    /// Words the refusal of a folder that is not empty.
    let refuse: (String) -> String

    /// The hidden folder a store is built in, inside an existing place.
    static let innerPrefix = ".beat-new-"

    /// Checks the place: not inside a store, missing or an empty folder.
    init(_ given: String, refuse: @escaping (String) -> String) throws {
        guard !given.isEmpty else { throw BeatError.usage(L10n.emptyPath("--data")) }
        try OutputFile.checkPlace(given)
        self.given = given
        self.refuse = refuse
        // A symlink is followed only to a folder: a dangling one is not a place to create.
        if Disk.kind(given) == .symlink, !Disk.isDirectory(given) { throw BeatError.cannotCreate(L10n.notAnEmptyFolder(given)) }
        let resolved = Disk.resolved(given)
        path = resolved
        parent = Disk.parent(resolved)
        guard resolved != "/" else { throw BeatError.cannotCreate(refuse(given)) }
        switch Disk.kind(resolved) {
        case .missing: exists = false
        case .folder:
            exists = true
            try NewStoreFolder.checkEmpty(resolved, given: given, refuse: refuse, leftoversAllowed: true)
        case .file, .symlink, .other:
            throw BeatError.cannotCreate(L10n.notAnEmptyFolder(given))
        }
    }

    /// Refuses a folder holding anything — but what an interrupted build left, when
    /// `leftoversAllowed` (they are cleared under the folder's lock).
    private static func checkEmpty(_ folder: String, given: String, refuse: (String) -> String, leftoversAllowed: Bool) throws {
        if Store.exists(at: folder) { throw BeatError.cannotCreate(L10n.storeExists(given)) }
        let names = Disk.entries(folder).map(\.name)
        if names.isEmpty { return }
        if leftoversAllowed, names.contains(where: { $0.hasPrefix(innerPrefix) }), names.allSatisfy(isBuildName) { return }
        throw BeatError.cannotCreate(refuse(given))
    }

    /// The names a build puts into a place before its manifest: the hidden build folder, the
    /// store's own files and folders, their temporaries.
    private static func isBuildName(_ name: String) -> Bool {
        name.hasPrefix(innerPrefix) || ["journal.jsonl", "journal.torn", "lock"].contains(name) || Disk.isTemporaryName(name)
            || Store.isFolderName(name, prefix: "snapshot-") || name == "history" || Store.isFolderName(name, prefix: "history-")
    }

    /// Builds the store with `body` (given the folder to write into, which must end up
    /// holding a whole store, manifest included), then puts it in place. With `group` the
    /// store is shared by it (`Disk.share`): the folder built in — or, asked for it, the
    /// existing empty folder — is the group's, so all made in it is.
    func build(lockTimeout: Double = 10, group: String? = nil, _ body: (String) throws -> Void) throws {
        if exists {
            try buildInside(lockTimeout: lockTimeout, group: group, body)
        } else {
            try buildBeside(lockTimeout: lockTimeout, group: group, body)
        }
    }

    // MARK: A missing place: beside it, then one rename

    private func buildBeside(lockTimeout: Double, group: String?, _ body: (String) throws -> Void) throws {
        let madeParents = try Disk.makeFolder(parent)
        var building: (folder: String, fd: Int32)?
        do {
            building = try makeSibling(lockTimeout: lockTimeout)
            if let group { try Disk.share(building!.folder, group: group) }
            try body(building!.folder)
            try Disk.syncFolder(building!.folder)
            try FaultInjection.failIfChosen(.rename, path)
            // Over a missing name, or an empty folder made meanwhile; never over anything else.
            guard rename(building!.folder, path) == 0 else {
                let code = errno
                if code == ENOTEMPTY || code == EEXIST || code == ENOTDIR || code == EISDIR {
                    throw BeatError.cannotCreate(Store.exists(at: path) ? L10n.storeExists(given) : L10n.notAnEmptyFolder(given))
                }
                throw BeatError.cannotCreate(L10n.cannotWrite(given, Disk.errnoText(code)))
            }
        } catch {
            if let b = building {
                Disk.removeTree(b.folder)
                close(b.fd)
            }
            for folder in madeParents.reversed() { rmdir(folder) }  // only while empty
            throw error
        }
        close(building!.fd)
        NewStoreFolder.sync(parent)  // the rename was the commit; making it durable is all that is left
    }

    /// The sibling to build in, created and locked while the parent folder is held, after
    /// removing siblings of earlier runs nobody holds (a crash left them).
    private func makeSibling(lockTimeout: Double) throws -> (folder: String, fd: Int32) {
        let prefix = "." + Disk.name(path) + ".beat-new-"
        let parentFD = try NewStoreFolder.lock(parent, timeout: lockTimeout, place: given)
        defer { flock(parentFD, LOCK_UN); close(parentFD) }
        NewStoreFolder.removeDead(in: parent, prefix: prefix)
        return try NewStoreFolder.makeLocked(parent, prefix: prefix)
    }

    // MARK: An existing empty folder: inside it, then the files moved up

    private func buildInside(lockTimeout: Double, group: String?, _ body: (String) throws -> Void) throws {
        let placeFD = try NewStoreFolder.lock(path, timeout: lockTimeout, place: given)
        defer { flock(placeFD, LOCK_UN); close(placeFD) }
        // Under the lock: what an interrupted build left goes, then the folder must be empty.
        if !Store.exists(at: path), Disk.entries(path).contains(where: { $0.name.hasPrefix(NewStoreFolder.innerPrefix) }) {
            for e in Disk.entries(path) where NewStoreFolder.isBuildName(e.name) { Disk.removeTree(path + "/" + e.name) }
        }
        try NewStoreFolder.checkEmpty(path, given: given, refuse: refuse, leftoversAllowed: false)
        // Shared as asked (`--group`): the one change to a folder Beat did not make.
        if let group { try Disk.share(path, group: group) }
        var building: (folder: String, fd: Int32)?
        var moved: [String] = []
        do {
            building = try NewStoreFolder.makeLocked(path, prefix: NewStoreFolder.innerPrefix)
            let inner = building!.folder
            try body(inner)
            // The manifest last: until it is in place, the folder is not a store.
            let names = Disk.entries(inner).map(\.name).filter { $0 != "store.json" } + ["store.json"]
            for name in names {
                try Disk.rename(inner + "/" + name, to: path + "/" + name)
                moved.append(name)
            }
            try Disk.syncFolder(path)
        } catch {
            if let b = building {
                if moved.last != "store.json" { for name in moved { Disk.removeTree(path + "/" + name) } }
                Disk.removeTree(b.folder)
                close(b.fd)
                if moved.last == "store.json" { return }  // in place: only the folder's sync failed
            }
            throw error
        }
        rmdir(building!.folder)
        close(building!.fd)
        NewStoreFolder.sync(path)
    }

    // MARK: Helpers

    /// Removes folders named `prefix…` in `folder` that nobody holds locked.
    private static func removeDead(in folder: String, prefix: String) {
        for e in Disk.entries(folder) where e.name.hasPrefix(prefix) && e.kind == .folder {
            let old = folder + "/" + e.name
            let fd = open(old, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { Disk.removeTree(old) }
            close(fd)
        }
    }

    /// A new folder `prefixXXXXXX` in `folder`, `0700`, held locked (`flock`) until closed.
    private static func makeLocked(_ folder: String, prefix: String) throws -> (folder: String, fd: Int32) {
        try FaultInjection.failIfChosen(.makeFolder, folder + "/" + prefix)
        var template = Array((folder + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw BeatError.cannotCreate(L10n.cannotCreateFolder(folder, Disk.errnoText())) }
        let new = String(cString: made)
        let fd = open(new, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let why = Disk.errnoText()
            if fd >= 0 { close(fd) }
            Disk.removeTree(new)
            throw BeatError.cannotCreate(L10n.cannotCreateFolder(new, why))
        }
        return (new, fd)
    }

    /// Opens `folder` and takes its lock, waiting at most `timeout` seconds (then `.busy`).
    private static func lock(_ folder: String, timeout: Double, place: String) throws -> Int32 {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw BeatError.cannotCreate(L10n.cannotCreateFolder(folder, Disk.errnoText())) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return fd }  // a file system without locks: go on
            if Date() >= deadline {
                close(fd)
                throw BeatError.busy(L10n.placeBusy(place))
            }
            usleep(2_000)
        }
        return fd
    }

    private static func sync(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
