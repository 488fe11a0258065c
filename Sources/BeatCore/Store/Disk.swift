#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX file operations the store needs, with the durability the store promises:
/// files `0600`, folders `0700`, every write fsynced, replacements atomic.
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

    /// Creates a folder `0700` (and its parents as needed).
    static func makeFolder(_ path: String) throws {
        if isDirectory(path) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, !isDirectory(parent) { try makeFolder(parent) }
        try FaultInjection.failIfChosen(.makeFolder, path)
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw BeatError.cannotCreate(L10n.cannotCreateFolder(path, errnoText()))
        }
        chmod(path, 0o700)
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
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText())) }
        do {
            fchmod(fd, 0o600)
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

    /// Writes a new file `0600` whole and fsyncs it (not atomic: for files inside a folder
    /// that is itself renamed into place, or not yet referred to).
    static func writeNewFile(_ path: String, _ bytes: [UInt8]) throws {
        try FaultInjection.failIfChosen(.create, path)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(path, errnoText())) }
        defer { close(fd) }
        fchmod(fd, 0o600)
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
