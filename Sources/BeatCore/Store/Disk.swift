#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX file operations the store needs, with the durability the store promises:
/// files `0600`, folders `0700` (in a folder shared by a group, `0660` and `2770`: see
/// `modes(in:)`), every write fsynced, replacements atomic.
///
/// A store's own files are opened never following a symlink (`O_NOFOLLOW`) and never
/// blocking (`O_NONBLOCK`: a FIFO put in a file's place must not hang a command holding the
/// lock), and anything but a plain file is refused as bad data naming it.
enum Disk {
    static func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Whether anything is at `path` (a dangling symlink counts: it is not ours to replace).
    static func exists(_ path: String) -> Bool { kind(path) != .missing }

    /// What is at a path, the last component not followed.
    enum Kind: Equatable {
        case missing, file, folder, symlink, other
    }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .other }
        return kind(of: st.st_mode)
    }

    static func kind(of mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// Whether `path` is a folder, following a symlink (for paths the user gives).
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// The permission bits of what is at `path` (a symlink's own, not its target's).
    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o777
    }

    // MARK: Paths

    /// The folder holding `path` (`a` → `.`, `/a` → `/`, `a/b/` → `a`). NSString's version
    /// traps on a one-character path.
    static func parent(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/") else { return "." }
        var head = p[..<slash]
        while head.count > 1, head.hasSuffix("/") { head = head.dropLast() }
        return head.isEmpty ? "/" : String(head)
    }

    /// The last component of `path` (`a/b/` → `b`).
    static func name(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/"), p != "/" else { return String(p) }
        return String(p[p.index(after: slash)...])
    }

    /// `path` made absolute against the working folder, `.` and `..` taken out by name
    /// (symlinks are resolved by `Disk.resolved`).
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for c in full.split(separator: "/") {
            if c == "." { continue }
            if c == ".." { _ = parts.popLast(); continue }
            parts.append(c)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` with every symlink resolved: its longest existing part through `realpath`, the
    /// rest (not yet created) appended by name.
    static func resolved(_ path: String) -> String {
        var existing = absolute(path)
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            if existing == "/" { return absolute(path) }
            // A dangling symlink as the last part: where it points is where a write would go.
            if kind(existing) == .symlink, let target = symlinkTarget(existing) {
                let next = target.hasPrefix("/") ? target : parent(existing) + "/" + target
                if rest.count < 40 { return resolved(rest.isEmpty ? next : next + "/" + rest.reversed().joined(separator: "/")) }
            }
            rest.append(name(existing))
            existing = parent(existing)
        }
    }

    private static func symlinkTarget(_ path: String) -> String? {
        var buf = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buf, 4096)
        guard n > 0 else { return nil }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: Store files

    /// Opens a store file: never through a symlink, never blocking, a plain file only.
    /// Nil when it does not exist (and `flags` do not create it). A file it creates gets its
    /// folder's mode (`modes(in:)`).
    static func openStoreFile(_ path: String, _ flags: Int32) throws -> Int32? {
        let mode = fileMode(for: path)
        let fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        // Whatever the umask (harmless when another account made the file: then it already has its mode).
        if fd >= 0, flags & O_CREAT != 0 { _ = fchmod(fd, mode) }
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            switch kind(path) {
            case .symlink: throw BeatError.badData(L10n.symlinkInStore(path))
            case .folder: throw BeatError.badData(L10n.notAPlainFile(path, L10n.kindFolder))
            case .other: throw BeatError.badData(L10n.notAPlainFile(path, L10n.kindSpecial))
            case .file, .missing:
                if flags & (O_WRONLY | O_RDWR) != 0 { throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText(code))) }
                throw BeatError.other(L10n.cannotRead(path, errnoText(code)))
            }
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            close(fd)
            throw BeatError.other(L10n.cannotRead(path, errnoText(code)))
        }
        let k = kind(of: st.st_mode)
        guard k == .file else {
            close(fd)
            throw BeatError.badData(L10n.notAPlainFile(path, k == .folder ? L10n.kindFolder : L10n.kindSpecial))
        }
        return fd
    }

    /// The modes of what is made in `folder`. A folder shared by a group — set-group-ID, as
    /// `beat init --group` makes a store — gives its group read and write: files `0660`,
    /// folders `2770` (so what is made in them keeps the group too). Any other folder keeps
    /// residents' data to its owner: files `0600`, folders `0700`. Decided by the folder, so
    /// every write in a store keeps its modes, whoever makes it, whatever the umask.
    static func modes(in folder: String) -> (file: mode_t, folder: mode_t) {
        var st = stat()
        if stat(folder.isEmpty ? "." : folder, &st) == 0, st.st_mode & mode_t(S_ISGID) != 0 { return (0o660, 0o2770) }
        return (0o600, 0o700)
    }

    /// The mode of a file made at `path` (from its folder, see `modes(in:)`).
    static func fileMode(for path: String) -> mode_t { modes(in: parent(path)).file }

    /// The number of the group named `group`; a usage error when there is none.
    static func groupID(_ group: String) throws -> gid_t {
        guard let g = getgrnam(group) else { throw BeatError.usage(L10n.unknownGroup(group)) }
        return g.pointee.gr_gid
    }

    /// A group's name, or its number when it has none.
    static func groupName(_ gid: gid_t) -> String {
        guard let g = getgrgid(gid), let name = g.pointee.gr_name else { return String(gid) }
        return String(cString: name)
    }

    /// Makes `folder` (just created, empty) shared by `group`: its group set, set-group-ID,
    /// `2770` — everything made in it after is the group's (`modes(in:)`).
    static func share(_ folder: String, group: String) throws {
        let gid = try groupID(group)
        guard chown(folder, uid_t.max, gid) == 0, chmod(folder, 0o2770) == 0 else {
            throw BeatError.cannotCreate(L10n.cannotShare(folder, group, errnoText()))
        }
    }

    /// A folder of the store must be a real folder: not a symlink, not a file. Nil when missing.
    static func checkStoreFolder(_ path: String) throws -> Bool {
        switch kind(path) {
        case .folder: return true
        case .missing: return false
        case .symlink: throw BeatError.badData(L10n.symlinkInStore(path))
        case .file: throw BeatError.badData(L10n.notAFolder(path, L10n.kindFile))
        case .other: throw BeatError.badData(L10n.notAFolder(path, L10n.kindSpecial))
        }
    }

    /// Creates a folder `0700` (`2770` in a shared one; and its parents as needed); returns the folders it made,
    /// outermost first. An existing folder keeps its mode: it is not Beat's to change.
    /// On failure the folders it made are removed again.
    @discardableResult
    static func makeFolder(_ path: String) throws -> [String] {
        if isDirectory(path) { return [] }
        var made: [String] = []
        let up = parent(path)
        if up != path, !isDirectory(up) { made = try makeFolder(up) }
        do {
            try FaultInjection.failIfChosen(.makeFolder, path)
            let mode = modes(in: up).folder
            if mkdir(path, mode & 0o777) == 0 {
                chmod(path, mode)  // whatever the umask; mkdir drops set-group-ID
                made.append(path)
            } else if errno != EEXIST || !isDirectory(path) {
                throw BeatError.cannotCreate(L10n.cannotCreateFolder(path, errnoText()))
            }
        } catch {
            for folder in made.reversed() { rmdir(folder) }
            throw error
        }
        return made
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws -> [UInt8]? {
        guard let fd = try openStoreFile(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        return try readAll(fd, from: 0, path: path)
    }

    /// The file's bytes from `offset` to its end, or at most `limit` of them.
    static func readAll(_ fd: Int32, from offset: Int, limit: Int = .max, path: String) throws -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw BeatError.other(L10n.cannotRead(path, errnoText())) }
        let size = Int(st.st_size)
        guard size > offset else { return [] }
        // Not zeroed first: a store's segments are a hundred megabytes, read at every open.
        return try [UInt8](unsafeUninitializedCapacity: min(size - offset, limit)) { buf, n in
            n = 0
            n = try readFully(fd, into: UnsafeMutableRawBufferPointer(buf), at: offset, path: path)
        }
    }

    /// Fills `buffer` from `fd` at `offset` (fewer bytes only at the end of the file).
    static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int, path: String) throws -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw BeatError.other(L10n.cannotRead(path, errnoText()))
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Writes all bytes to `fd`, retrying short writes.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { try writeAll(fd, $0, path: path) }
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        if let (e, after) = FaultInjection.check(.write, path) {
            // A full disk takes part of a write before it refuses the rest.
            try rawWriteAll(fd, UnsafeRawBufferPointer(rebasing: bytes.prefix(after)), path: path)
            throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText(e)))
        }
        try rawWriteAll(fd, bytes, path: path)
    }

    private static func rawWriteAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText()))
            }
            done += n
        }
    }

    /// `close(2)`, for types that have a `close` of their own.
    static func closeFile(_ fd: Int32) { _ = close(fd) }

    static func fsyncOrThrow(_ fd: Int32, path: String) throws {
        try FaultInjection.failIfChosen(.sync, path)
        guard fsync(fd) == 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText())) }
    }

    /// Makes a rename or a new file in `folder` durable.
    static func syncFolder(_ folder: String) throws {
        try FaultInjection.failIfChosen(.sync, folder)
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(folder, errnoText())) }
        defer { close(fd) }
        _ = fsync(fd)
    }

    /// The temporary name a file is written under before it is renamed into place. Recovery
    /// removes such names from a store: under its exclusive lock, none can be in use.
    static func temporaryName(_ path: String) -> String { path + ".tmp-\(getpid())" }

    /// Whether `name` is a temporary name (`temporaryName`) of Beat's.
    static func isTemporaryName(_ name: String) -> Bool {
        guard let r = name.range(of: ".tmp-", options: .backwards) else { return false }
        let pid = name[r.upperBound...]
        return !pid.isEmpty && pid.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Removes temporary files of `path` (`temporaryName`) left by processes that no longer
    /// run — a backup killed midway — and never one a live process may still be writing.
    static func removeStaleTemporaries(of path: String) {
        let folder = parent(path), prefix = name(path) + ".tmp-"
        for e in entries(folder) where e.kind == .file && e.name.hasPrefix(prefix) && isTemporaryName(e.name) {
            guard let pid = Int32(e.name.dropFirst(prefix.count)) else { continue }
            if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) { unlink(folder + "/" + e.name) }
        }
    }

    /// Replaces `path` atomically: a temporary file, fsynced, renamed over it, folder fsynced.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let tmp = temporaryName(path)
        removeStaleTemporaries(of: path)
        do {
            try writeNewFile(tmp, bytes)
        } catch {
            unlink(tmp)
            throw error
        }
        do {
            try rename(tmp, to: path)
        } catch {
            unlink(tmp)
            throw error
        }
        try syncFolder(parent(path))
    }

    /// `rename(2)`, through the fault seam.
    static func rename(_ from: String, to: String) throws {
        try FaultInjection.failIfChosen(.rename, to)
        guard posixRename(from, to) == 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(to, errnoText())) }
    }

    /// Gives the file `from` the name `to` only if nothing has that name yet (a hard link, then
    /// the old name removed): never replaces a file another process made meanwhile. Throws
    /// `.cannotCreate(exists(to))` when the name is taken.
    static func renameNoReplace(_ from: String, to: String, exists: (String) -> String) throws {
        try FaultInjection.failIfChosen(.link, to)
        if link(from, to) == 0 {
            unlink(from)
            return
        }
        let code = errno
        if code == EEXIST { throw BeatError.cannotCreate(exists(to)) }
        // A file system without hard links: check, then rename (a race remains there only).
        guard code == EPERM || code == EXDEV || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS else {
            throw BeatError.cannotCreate(L10n.cannotWrite(to, errnoText(code)))
        }
        if Disk.exists(to) { throw BeatError.cannotCreate(exists(to)) }
        try rename(from, to: to)
    }

    /// Creates the file `path` (which must not exist) `0600` (`0660` in a shared folder), writes it whole and fsyncs it
    /// (not atomic: for files inside a folder that is itself renamed into place, or not yet
    /// referred to).
    static func writeNewFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = try createFile(path)
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
        try fsyncOrThrow(fd, path: path)
    }

    /// Creates the file `path`, which must not exist (never through a symlink), `0600` —
    /// `0660` in a shared folder (`modes(in:)`).
    static func createFile(_ path: String) throws -> Int32 {
        try FaultInjection.failIfChosen(.create, path)
        let mode = fileMode(for: path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText())) }
        fchmod(fd, mode)
        return fd
    }

    /// A second name for a file (`link(2)`); a copy where the file system has no hard links.
    /// Only for files nobody writes again (a rotated journal).
    static func linkOrCopy(_ from: String, to: String) throws {
        try FaultInjection.failIfChosen(.link, to)
        if link(from, to) == 0 { return }
        guard errno == EPERM || errno == EXDEV || errno == ENOTSUP || errno == EOPNOTSUPP || errno == EMLINK else {
            throw BeatError.cannotCreate(L10n.cannotWrite(to, errnoText()))
        }
        try writeNewFile(to, try read(from) ?? [])
    }

    /// Removes one file; a missing file is not an error.
    static func removeFile(_ path: String) throws {
        try FaultInjection.failIfChosen(.remove, path)
        guard unlink(path) == 0 || errno == ENOENT else { throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText())) }
    }

    /// The names in a folder, sorted; empty when it does not exist.
    static func list(_ folder: String) -> [String] {
        entries(folder).map(\.name)
    }

    /// One name in a folder: what it is (not following a symlink) and its inode.
    struct Entry: Equatable {
        var name: String
        var kind: Kind
        var inode: UInt64
    }

    /// The entries of a folder, sorted by name, `.` and `..` left out; empty when it does
    /// not exist or cannot be read.
    static func entries(_ folder: String) -> [Entry] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var out: [Entry] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var k: Kind
            switch Int32(e.pointee.d_type) {
            case Int32(DT_REG): k = .file
            case Int32(DT_DIR): k = .folder
            case Int32(DT_LNK): k = .symlink
            case Int32(DT_UNKNOWN): k = kind(folder + "/" + name)
            default: k = .other
            }
            out.append(Entry(name: name, kind: k, inode: UInt64(e.pointee.d_ino)))
        }
        return out.sorted { $0.name < $1.name }
    }

    /// Removes a file or folder with everything in it, as far as it can (clean-up only). A
    /// symlink is removed, never followed.
    static func removeTree(_ path: String) {
        if FaultInjection.check(.remove, path) != nil { return }
        func remove(_ p: String) {
            if kind(p) == .folder {
                for e in entries(p) { remove(p + "/" + e.name) }
                rmdir(p)
            } else {
                unlink(p)
            }
        }
        remove(path)
    }
}

#if canImport(Glibc)
private let posixRename = Glibc.rename
#elseif canImport(Darwin)
private let posixRename = Darwin.rename
#endif

/// Which file a path names and how it stood: device, inode, size and both times. Two equal
/// stamps of one path are the same bytes, unless the file was rewritten in place within the
/// same nanosecond at the same size (Beat never rewrites its files in place).
struct FileStamp: Equatable {
    let dev: UInt64, ino: UInt64, size: Int64
    let mtime: Int, mtimeNanos: Int, ctime: Int, ctimeNanos: Int

    /// Nil when the path cannot be examined.
    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        dev = UInt64(st.st_dev)
        ino = UInt64(st.st_ino)
        size = Int64(st.st_size)
        #if canImport(Darwin)
        (mtime, mtimeNanos) = (Int(st.st_mtimespec.tv_sec), Int(st.st_mtimespec.tv_nsec))
        (ctime, ctimeNanos) = (Int(st.st_ctimespec.tv_sec), Int(st.st_ctimespec.tv_nsec))
        #else
        (mtime, mtimeNanos) = (Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec))
        (ctime, ctimeNanos) = (Int(st.st_ctim.tv_sec), Int(st.st_ctim.tv_nsec))
        #endif
    }
}
