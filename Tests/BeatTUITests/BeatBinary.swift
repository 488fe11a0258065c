@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// Runs the built `beat` executable, as a user or a script would.
struct BeatBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Ended by a signal (a trap, or killed for taking too long), not an exit.
        var signaled = false
    }

    /// `.build/<config>/beat`, next to the test bundle.
    static var path: String {
        var dir = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("beat").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("beat").path
        return bundle
    }

    var data: String
    var env: [String: String] = [:]

    init(data: String, env: [String: String] = [:]) {
        self.data = data
        self.env = ["BEAT_TODAY": "2026-11-22", "BEAT_LANG": "pl", "HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": data + "-config",
                    "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"].merging(env) { $1 }
    }

    /// Runs `beat ARGS --data DATA` and waits for it. `cwd`: the working folder (then no
    /// `--data` is added: the arguments say where); `launcher`: a program that runs `beat`
    /// (`prlimit --as=N`); `timeout`: seconds after which it is killed.
    @discardableResult
    func run(_ args: [String], cwd: String? = nil, launcher: [String] = [], timeout: Double? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: launcher.first ?? BeatBinary.path)
        p.arguments = launcher.dropFirst() + (launcher.isEmpty ? [] : [BeatBinary.path]) + args + (cwd == nil ? ["--data", data] : [])
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        return try BeatBinary.capture(p, timeout: timeout)
    }

    /// Runs what `p` describes (program, arguments, environment, folder) and returns its
    /// status and both outputs; `timeout`: seconds after which it is killed. `p` itself is never
    /// run: `ChildProcess` spawns it (Foundation's `Process.run` can crash the test process).
    static func capture(_ p: Process, timeout: Double? = nil) throws -> Result {
        let r = try ChildProcess.run(p.executableURL!.path, p.arguments ?? [], environment: p.environment,
                                     cwd: p.currentDirectoryURL?.path, timeout: timeout)
        return Result(status: r.status, stdout: String(decoding: r.stdout, as: UTF8.self), stderr: String(decoding: r.stderr, as: UTF8.self),
                      signaled: r.signaled)
    }

    /// Runs and expects success; returns stdout.
    @discardableResult
    func ok(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try run(args)
        XCTAssertEqual(r.status, 0, "beat \(args.joined(separator: " ")): \(r.stderr)", file: file, line: line)
        return r.stdout
    }

    func json(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        let out = try ok(args + ["--json"], file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]] ?? []
    }
}

/// Every file of a store folder (relative path → bytes), the lock file aside (it names the last writer).
func storeFiles(_ dir: String) -> [String: Data] {
    var out: [String: Data] = [:]
    let e = FileManager.default.enumerator(atPath: dir)
    while let f = e?.nextObject() as? String {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir + "/" + f, isDirectory: &isDir), !isDir.boolValue, f != "lock" else { continue }
        out[f] = FileManager.default.contents(atPath: dir + "/" + f) ?? Data()
    }
    return out
}

/// A fresh temporary folder, removed at the end of the test.
extension XCTestCase {
    /// `beat init --demo` in a fresh temporary folder, removed when the test ends.
    func demo() throws -> BeatBinary {
        let beat = BeatBinary(data: temporaryFolder(self))
        try beat.ok(["init", "--demo"])
        return beat
    }
}

func temporaryFolder(_ test: XCTestCase) -> String {
    let dir = NSTemporaryDirectory() + "beat-test-\(UUID().uuidString)"
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: dir); try? FileManager.default.removeItem(atPath: dir + "-config") }
    return dir
}

/// Damages the last contact segment of the store in `dir` without changing its size (a
/// contact number's first digit becomes a letter): the damage only a whole read finds.
/// Returns the segment's name.
func damageContactSegmentKeepingItsSize(_ dir: String) throws -> String {
    let folder = dir + "/snapshot-000000/contacts"
    let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder).sorted().last)
    var bytes = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/" + name))
    bytes[try XCTUnwrap(bytes.range(of: Data("\"id\" : ".utf8))).upperBound] = UInt8(ascii: "x")
    try bytes.write(to: URL(fileURLWithPath: folder + "/" + name))
    return name
}

extension BeatBinary {
    /// The demo station as `beat init --demo` makes it on the binary's day, its evidence register
    /// (threats, police figures, surveys, the programme) left empty: for tests whose figures
    /// are their own.
    func initDemoWithoutRegister() throws {
        let today = Day(env["BEAT_TODAY"] ?? "2026-11-22")!
        var model = DemoPilot.model(today: today, offsetMinutes: 60)
        model.register = Register()
        for i in model.plans.indices { model.plans[i].threat.threats = [] }
        _ = try Store.create(at: data, model: model, clock: Clock(today: today, now: Timestamp(day: today, hour: 9, minute: 0, offsetMinutes: 60)))
    }
}
