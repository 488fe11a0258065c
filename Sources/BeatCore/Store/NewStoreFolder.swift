#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The folder a new store goes into (`beat init`, `beat restore`): built whole in a hidden
/// folder beside it, then moved into place in one rename.
///
/// - The place must be missing or an empty folder (a symlink to one is followed); anything
///   else is refused before anything is touched, and nothing Beat did not create is ever
///   removed or has its mode changed.
/// - A failure or a crash at any step leaves the place as it was: the half-built folder is
///   beside it, named `.NAME.beat-new-XXXXXX`, held locked while it is built; the next
///   `NewStoreFolder` for the same place removes those nobody holds any more.
/// - Two at once into the same place: the first rename wins; the other finds the place
///   taken (a non-empty folder cannot be renamed over) and gives up with `.cannotCreate`.
struct NewStoreFolder {
    /// Where the store goes, symlinks resolved.
    let path: String
    /// The folder holding it.
    let parent: String
    /// The path as given, for messages.
    let given: String

    /// Checks the place: not inside a store, missing or an empty folder. `refuse` words
    /// the refusal of a folder that is not empty.
    init(_ given: String, refuse: (String) -> String) throws {
        guard !given.isEmpty else { throw BeatError.usage(L10n.emptyPath("--data")) }
        try OutputFile.checkPlace(given)
        self.given = given
        let resolved = Disk.resolved(given)
        path = resolved
        parent = Disk.parent(resolved)
        guard resolved != "/" else { throw BeatError.cannotCreate(refuse(given)) }
        switch Disk.kind(resolved) {
        case .missing: break
        case .folder:
            if Store.exists(at: resolved) { throw BeatError.cannotCreate(L10n.storeExists(given)) }
            if !Disk.entries(resolved).isEmpty { throw BeatError.cannotCreate(refuse(given)) }
        case .file, .symlink, .other:
            throw BeatError.cannotCreate(L10n.notAnEmptyFolder(given))
        }
    }

    /// Builds the store with `body` (given the folder to write into), then moves it into
    /// place. On any failure the half-built folder is removed, and so are the parent
    /// folders this made.
    func build(lockTimeout: Double = 10, _ body: (String) throws -> Void) throws {
        let madeParents = try Disk.makeFolder(parent)
        var building: (folder: String, fd: Int32)?
        do {
            building = try makeSibling(lockTimeout: lockTimeout)
            try body(building!.folder)
            try Disk.syncFolder(building!.folder)
            try moveIntoPlace(building!.folder)
        } catch {
            if let b = building {
                Disk.removeTree(b.folder)
                close(b.fd)
            }
            for folder in madeParents.reversed() { rmdir(folder) }  // only while empty
            throw error
        }
        close(building!.fd)
        // The rename was the commit; making it durable is all that is left.
        let fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// The sibling to build in, created and locked while the parent folder is held, after
    /// removing siblings of earlier runs nobody holds (a crash left them).
    private func makeSibling(lockTimeout: Double) throws -> (folder: String, fd: Int32) {
        let prefix = "." + Disk.name(path) + ".beat-new-"
        let parentFD = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard parentFD >= 0 else { throw BeatError.cannotCreate(L10n.cannotCreateFolder(parent, Disk.errnoText())) }
        defer { close(parentFD) }
        try NewStoreFolder.lock(parentFD, timeout: lockTimeout, place: given)
        defer { flock(parentFD, LOCK_UN) }
        for e in Disk.entries(parent) where e.name.hasPrefix(prefix) && e.kind == .folder {
            let old = parent + "/" + e.name
            let fd = open(old, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { Disk.removeTree(old) }
            close(fd)
        }
        try FaultInjection.failIfChosen(.makeFolder, parent + "/" + prefix)
        var template = Array((parent + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw BeatError.cannotCreate(L10n.cannotCreateFolder(parent, Disk.errnoText())) }
        let folder = String(cString: made)
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let why = Disk.errnoText()
            if fd >= 0 { close(fd) }
            Disk.removeTree(folder)
            throw BeatError.cannotCreate(L10n.cannotCreateFolder(folder, why))
        }
        return (folder, fd)
    }

    /// The rename that puts the store in place: over a missing name or an empty folder, never
    /// over anything else (`rename(2)` refuses a folder that is not empty).
    private func moveIntoPlace(_ folder: String) throws {
        try FaultInjection.failIfChosen(.rename, path)
        guard rename(folder, path) != 0 else { return }
        let code = errno
        if code == ENOTEMPTY || code == EEXIST || code == ENOTDIR || code == EISDIR {
            throw BeatError.cannotCreate(Store.exists(at: path) ? L10n.storeExists(given) : L10n.notAnEmptyFolder(given))
        }
        throw BeatError.cannotCreate(L10n.cannotWrite(given, Disk.errnoText(code)))
    }

    /// Takes `fd`'s lock, waiting at most `timeout` seconds.
    private static func lock(_ fd: Int32, timeout: Double, place: String) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return }  // a file system without locks: go on
            if Date() >= deadline { throw BeatError.busy(L10n.busy(place, "?")) }
            usleep(2_000)
        }
    }
}
