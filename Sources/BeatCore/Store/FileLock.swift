#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The store's `lock` file: `flock(2)`, shared for reading, exclusive for writing. The
/// writer records its pid and officer in the file so a busy store can say who holds it.
final class FileLock {
    let path: String
    private let fd: Int32
    let writable: Bool

    init(path: String) throws {
        self.path = path
        // Never through a symlink (a dangling one must not make a file, a live one must not
        // have its target truncated), never blocking on a FIFO.
        let flags = O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
        let mode = Disk.fileMode(for: path)
        var fd = open(path, O_RDWR | O_CREAT | flags, mode)
        // The umask may have taken the group's bits from a new lock file; a shared store needs them.
        if fd >= 0 { _ = fchmod(fd, mode) }
        var writable = true
        if fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM) {
            fd = open(path, O_RDONLY | flags)
            writable = false
        }
        if fd < 0 && errno == ENOENT {
            // A read-only folder without a lock file: nobody can write, so nothing to lock against.
            writable = false
        } else if fd < 0 {
            let code = errno
            switch Disk.kind(path) {
            case .symlink: throw BeatError.badData(L10n.symlinkInStore(path))
            case .folder: throw BeatError.badData(L10n.notAPlainFile(path, L10n.kindFolder))
            case .other: throw BeatError.badData(L10n.notAPlainFile(path, L10n.kindSpecial))
            case .file, .missing: throw BeatError.cannotCreate(L10n.cannotWrite(path, Disk.errnoText(code)))
            }
        } else {
            var st = stat()
            if fstat(fd, &st) != 0 || Disk.kind(of: st.st_mode) != .file {
                let folder = Disk.kind(of: st.st_mode) == .folder
                close(fd)
                throw BeatError.badData(L10n.notAPlainFile(path, folder ? L10n.kindFolder : L10n.kindSpecial))
            }
        }
        self.fd = fd
        self.writable = writable
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Runs `body` holding the lock; waits at most `timeout` seconds, then throws `.busy`.
    func with<T>(exclusive: Bool, timeout: Double, who: String, _ body: () throws -> T) throws -> T {
        guard fd >= 0 else { return try body() }
        let op = exclusive ? LOCK_EX : LOCK_SH
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 1_000
        while flock(fd, op | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw BeatError.other(L10n.cannotWrite(path, Disk.errnoText()))
            }
            if Date() >= deadline {
                let folder = Disk.parent(path)
                throw BeatError.busy(L10n.busy(folder, holder()))
            }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
        defer { flock(fd, LOCK_UN) }
        if exclusive && writable {
            let note = Array("pid \(getpid()), \(who)\n".utf8)
            _ = ftruncate(fd, 0)
            _ = note.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
        return try body()
    }

    /// Who last took the lock for writing, as recorded in the file.
    func holder() -> String {
        guard let bytes = try? Disk.readAll(fd, from: 0, path: path), !bytes.isEmpty else { return "?" }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
