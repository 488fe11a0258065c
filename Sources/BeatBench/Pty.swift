import Foundation

/// The `beat` interface on a pseudo-terminal, as an officer starts it in a terminal window:
/// curses, the real terminal code, nothing headless. Timed from spawn until the screen
/// holds the first frame.
struct PtyRun {
    /// Seconds from spawn until `marker` appeared in what the program wrote.
    let firstFrame: Double
    /// Seconds from spawn until the program exited (after `q`).
    let exit: Double
    let status: Int32
}

enum Pty {
    /// Runs `path args` on a new pseudo-terminal of `cols`×`rows`; waits for `marker` in its
    /// output (the key bar's last word is written last in a frame), then types `quit` and
    /// waits for the exit.
    static func run(_ path: String, _ args: [String], environment: [String: String], rows: Int = 24, cols: Int = 80,
                    marker: String, quit: String = "q", timeout: Double = 30) throws -> PtyRun {
        // posix_openpt and friends are hidden from Swift's Glibc: their Linux form, by hand.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))") }
        defer { close(master) }
        // TIOCSPTLCK and TIOCGPTN (Linux's _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned)): unlock, and the number.
        var unlock: Int32 = 0, number: UInt32 = 0
        guard ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw BenchError("cannot set up a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slave = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // A new session whose controlling terminal is the pseudo-terminal, as a login shell's.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80)) // POSIX_SPAWN_SETSID
        let (pid, start) = try Spawn.spawn(path, args, environment: environment, actions: &actions, attributes: &attributes)

        let want = Array(marker.utf8)
        var seen: [UInt8] = []
        var firstFrame = Double.nan
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var status: Int32 = 0
        var exited = false
        // Read everything the program writes (a full pseudo-terminal would stop it), until it exits.
        while !exited {
            if now() - start > timeout {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw BenchError("\(path) \(args.joined(separator: " ")): no first frame within \(Int(timeout)) s")
            }
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fds, 1, 5) > 0 {
                let n = read(master, &buffer, buffer.count)
                if n > 0, firstFrame.isNaN {
                    seen += buffer[0..<n]
                    if contains(seen, want) {
                        firstFrame = now() - start
                        _ = Array(quit.utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
                    }
                }
            }
            if waitpid(pid, &status, WNOHANG) == pid { exited = true }
        }
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard !firstFrame.isNaN else { throw BenchError("\(path) exited with \(exitCode) before its first frame") }
        return PtyRun(firstFrame: firstFrame, exit: now() - start, status: exitCode)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
