import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and captures its output with posix_spawn(3), not Foundation's `Process`:
/// on this toolchain `Process.run()` now and then crashes the whole test process (a 256-byte
/// over-read of `/proc/self/fd` entries, swift-corelibs-foundation #5472), and
/// `readDataToEndOfFile` traps when a signal interrupts a read. One failure there would end
/// every test after it.
enum ChildProcess {
    struct Outcome {
        var status: Int32
        var stdout: Data
        var stderr: Data
        /// Ended by a signal, not an exit (then `status` is the signal's number).
        var signaled: Bool
    }

    enum Failure: Error { case spawn(String, Int32), pipe(Int32) }

    /// Runs `executable` with `arguments` (not counting argv[0]) in `cwd`, with `environment`
    /// (nil: this process's), standard input from /dev/null; kills it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]?, cwd: String?,
                    timeout: Double? = nil) throws -> Outcome {
        let out = try pipe(), err = try pipe()
        defer { [out.read, err.read].forEach { close($0) } }
        let pid: pid_t
        do {
            defer { [out.write, err.write].forEach { close($0) } }
            pid = try spawn(executable, arguments, environment: environment, cwd: cwd, stdout: out.write, stderr: err.write)
        }
        let timer = DispatchWorkItem { kill(pid, SIGKILL) }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer) }
        // Both pipes read to their end before waiting, so a large output cannot block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errBox.data = readAll(err.read); group.leave() }
        let stdout = readAll(out.read)
        group.wait()
        let ended = wait(pid)
        timer.cancel()
        return Outcome(status: ended.status, stdout: stdout, stderr: errBox.data, signaled: ended.signaled)
    }

    /// Starts `executable` (standard input from /dev/null; output to the descriptors given, else
    /// to /dev/null) and returns its process id, for `wait`.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String]?, cwd: String? = nil,
                      stdout: Int32? = nil, stderr: Int32? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        for (fd, target) in [(stdout, Int32(1)), (stderr, Int32(2))] {
            if let fd { posix_spawn_file_actions_adddup2(&actions, fd, target) } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
            }
        }
        // Another folder: through sh's cd (posix_spawn's addchdir is not in Swift's Glibc).
        let program = cwd == nil ? executable : "/bin/sh"
        let words = cwd.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] } ?? [executable]
        let argv: [UnsafeMutablePointer<CChar>?] = (words + arguments).map { strdup($0) } + [nil]
        let variables: [String: String] = environment ?? ProcessInfo.processInfo.environment
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure.spawn(executable, spawned) }
        return pid
    }

    /// Waits for `pid` to end: its exit status, or the number of the signal that ended it.
    static func wait(_ pid: pid_t) -> (status: Int32, signaled: Bool) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, which Swift does not import as macros.
        let signal = status & 0x7F
        let signaled = signal != 0 && signal != 0x7F
        return (signaled ? signal : (status >> 8) & 0xFF, signaled)
    }

    /// A pipe whose ends the children do not inherit (the spawn's dup2 gives them theirs).
    static func pipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { throw Failure.pipe(errno) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Everything up to the end of `fd`, retrying a read a signal interrupted.
    static func readAll(_ fd: Int32) -> Data {
        var data = Data(), buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { data.append(contentsOf: buffer[..<n]) } else if n == 0 || errno != EINTR { return data }
        }
    }
}
