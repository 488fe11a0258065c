#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX file operations the store needs, with the durability the store promises:
/// files `0600`, folders `0700` (in a folder shared by a group, `0660` and `2770`: see
/// `modes(in:)`), every write fsynced, replacements atomic.
enum Disk {
    static func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o777
    }

    /// The modes of what is made in `folder`. A folder shared by a group — set-group-ID, as
    /// `beat init --group` makes a store — gives its group read and write: files `0660`,
    /// folders `2770` (so what is made in them keeps the group too). Any other folder keeps
    /// residents' data to its owner: files `0600`, folders `0700`. Decided by the folder, so
    /// every write in a store keeps its modes, whoever makes it.
    static func modes(in folder: String) -> (file: mode_t, folder: mode_t) {
        var st = stat()
        if stat(folder.isEmpty ? "." : folder, &st) == 0, st.st_mode & mode_t(S_ISGID) != 0 { return (0o660, 0o2770) }
        return (0o600, 0o700)
    }

    /// The modes of a file made at `path` (from its folder, see `modes(in:)`).
    static func fileMode(for path: String) -> mode_t { modes(in: (path as NSString).deletingLastPathComponent).file }

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

    /// Creates a folder `0700` — `2770` inside a shared one (and its parents as needed).
    static func makeFolder(_ path: String) throws {
        if isDirectory(path) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, !isDirectory(parent) { try makeFolder(parent) }
        try FaultInjection.failIfChosen(.makeFolder, path)
        let mode = modes(in: parent).folder
        guard mkdir(path, mode & 0o777) == 0 || errno == EEXIST else {
            throw BeatError.cannotCreate(L10n.cannotCreateFolder(path, errnoText()))
        }
        // The umask took bits away, and mkdir drops set-group-ID: set them as meant.
        chmod(path, mode)
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw BeatError.other(L10n.cannotRead(path, errnoText()))
        }
        defer { close(fd) }
        return try readAll(fd, from: 0, path: path)
    }

    /// The file's bytes from `offset` to its end, or at most `limit` of them.
    static func readAll(_ fd: Int32, from offset: Int, limit: Int = .max, path: String) throws -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw BeatError.other(L10n.cannotRead(path, errnoText())) }
        let size = Int(st.st_size)
        guard size > offset else { return [] }
        var out = [UInt8](repeating: 0, count: min(size - offset, limit))
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { buf in
                pread(fd, buf.baseAddress! + done, buf.count - done, off_t(offset + done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw BeatError.other(L10n.cannotRead(path, errnoText()))
            }
            if n == 0 { break }
            done += n
        }
        if done < out.count { out.removeLast(out.count - done) }
        return out
    }

    /// Writes all bytes to `fd`, retrying short writes.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        if let (e, after) = FaultInjection.check(.write, path) {
            // A full disk takes part of a write before it refuses the rest.
            try rawWriteAll(fd, Array(bytes.prefix(after)), path: path)
            throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText(e)))
        }
        try rawWriteAll(fd, bytes, path: path)
    }

    private static func rawWriteAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buf in write(fd, buf.baseAddress! + done, buf.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText()))
            }
            done += n
        }
    }

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

    /// Replaces `path` atomically: a temporary file, fsynced, renamed over it, folder fsynced.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let tmp = path + ".tmp-\(getpid())"
        try FaultInjection.failIfChosen(.create, tmp)
        let mode = fileMode(for: path)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText())) }
        do {
            fchmod(fd, mode)
            try writeAll(fd, bytes, path: tmp)
            try fsyncOrThrow(fd, path: tmp)
            close(fd)
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        do {
            try rename(tmp, to: path)
        } catch {
            unlink(tmp)
            throw error
        }
        try syncFolder(folder.isEmpty ? "." : folder)
    }

    /// `rename(2)`, through the fault seam.
    static func rename(_ from: String, to: String) throws {
        try FaultInjection.failIfChosen(.rename, to)
        guard Glibc.rename(from, to) == 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(to, errnoText())) }
    }

    /// Writes a new file `0600` (`0660` in a shared folder) whole and fsyncs it (not atomic: for files inside a folder
    /// that is itself renamed into place, or not yet referred to).
    static func writeNewFile(_ path: String, _ bytes: [UInt8]) throws {
        try FaultInjection.failIfChosen(.create, path)
        let mode = fileMode(for: path)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText())) }
        defer { close(fd) }
        fchmod(fd, mode)
        try writeAll(fd, bytes, path: path)
        try fsyncOrThrow(fd, path: path)
    }

    /// A second name for a file (`link(2)`); a copy where the file system has no hard links.
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
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// Removes a file or folder with everything in it, as far as it can (clean-up only).
    static func removeTree(_ path: String) {
        if FaultInjection.check(.remove, path) != nil { return }
        try? FileManager.default.removeItem(atPath: path)
    }
}
