import Foundation

/// Running the `beat` binary as a user would, timed from spawn to exit, with its peak memory.
struct Child {
    let status: Int32
    let seconds: Double
    /// Peak resident memory of the child, in bytes (getrusage ru_maxrss).
    let maxRSS: Int
    let output: String
}

enum Spawn {
    /// Runs `path args` with stdout captured to a file (or discarded) and waits for it.
    /// `peakMemory`: started through a small process of its own (see `trampoline`), so that
    /// `maxRSS` is the child's alone; otherwise it is at least this process's own peak.
    static func run(_ path: String, _ args: [String], environment: [String: String], captureOutput: Bool = false,
                    peakMemory: Bool = false) throws -> Child {
        guard peakMemory else { return try started(path, args, environment: environment, captureOutput: captureOutput) }
        let report = NSTemporaryDirectory() + "beat-bench-rss-\(getpid())"
        defer { unlink(report) }
        var c = try started(selfPath, [trampolineFlag, report, path] + args, environment: environment, captureOutput: captureOutput)
        guard let text = try? String(contentsOfFile: report, encoding: .utf8), let rss = Int(text) else {
            throw BenchError("the trampoline did not report the peak memory of \(path)")
        }
        c = Child(status: c.status, seconds: c.seconds, maxRSS: rss, output: c.output)
        return c
    }

    private static func started(_ path: String, _ args: [String], environment: [String: String], captureOutput: Bool) throws -> Child {
        let outPath = NSTemporaryDirectory() + "beat-bench-out-\(getpid())"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, captureOutput ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let (pid, start) = try spawn(path, args, environment: environment, actions: &actions)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4: \(String(cString: strerror(errno)))") }
        }
        let seconds = now() - start
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        var output = ""
        if captureOutput {
            output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
            unlink(outPath)
        }
        return Child(status: exit, seconds: seconds, maxRSS: usage.ru_maxrss * 1024, output: output)
    }
}

extension Spawn {
    static let trampolineFlag = "--trampoline"

    /// This executable, to start as the trampoline.
    static var selfPath: String {
        var buf = [UInt8](repeating: 0, count: 4096)
        let n = buf.withUnsafeMutableBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { readlink("/proc/self/exe", $0, b.count - 1) }
        }
        return n > 0 ? String(decoding: buf[..<n], as: UTF8.self) : CommandLine.arguments[0]
    }

    /// Runs `args` (a path and its arguments) with this process's files and environment,
    /// writes the child's peak memory in bytes to `report` and exits as the child did.
    ///
    /// Why: `posix_spawn` starts a child in its parent's memory until it runs the program,
    /// and Linux counts the parent's peak into the child's `ru_maxrss`. beat-bench reads
    /// whole stores in-process, so its children would all seem to need its peak. A fresh,
    /// small process in between makes the figure the child's own.
    static func trampoline(report: String, _ args: [String]) -> Never {
        let argv = args.map { strdup($0) } + [nil]
        var pid: pid_t = 0
        guard posix_spawn(&pid, args[0], nil, nil, argv, environ) == 0 else { exit(127) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { exit(126) }
        }
        _ = FileManager.default.createFile(atPath: report, contents: Data(String(usage.ru_maxrss * 1024).utf8))
        exit((status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
    }

    /// Starts `path args` with `environment`, its files set up by `actions`; returns the pid and when it started.
    static func spawn(_ path: String, _ args: [String], environment: [String: String], actions: inout posix_spawn_file_actions_t,
                      attributes: UnsafePointer<posix_spawnattr_t>? = nil) throws -> (pid_t, Double) {
        let argv = ([path] + args).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = now()
        let rc = posix_spawn(&pid, path, &actions, attributes, argv, envp)
        guard rc == 0 else { throw BenchError("cannot run \(path): \(String(cString: strerror(rc)))") }
        return (pid, start)
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
