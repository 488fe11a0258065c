#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A seam for tests: makes one of the store's disk steps fail the way a full disk
/// (`ENOSPC`), a denied permission (`EACCES`) or a failing disk (`EIO`) would — or stops
/// the process dead there, as a power cut would.
///
/// Every step that changes the disk (create, write, fsync, rename, link, remove, truncate,
/// make a folder) is counted while a `Store` operation runs with `Store.faults` set; the
/// step numbered `failAt` (from 0, counting only steps whose path contains `matching`)
/// fails. A test raises `failAt` from 0 until the operation succeeds to try every step.
public final class FaultInjection: @unchecked Sendable {
    /// A kind of disk step.
    public enum Step: String, Sendable {
        case create, write, sync, rename, link, remove, truncate, makeFolder
    }

    /// What happens at the chosen step.
    public enum Effect: Sendable, Equatable {
        /// The step fails with this `errno`; a write first writes `afterBytes` bytes.
        case fail(errno: Int32, afterBytes: Int)
        /// The process exits at once with status 86, running no clean-up (a crash).
        case crash
    }

    public let failAt: Int
    public let effect: Effect
    public let matching: String?
    private let lock = NSLock()
    private var count = 0
    private var log: [String] = []
    private var didFire = false
    private var firedStep: String?

    public init(failAt: Int, effect: Effect, matching: String? = nil) {
        self.failAt = failAt
        self.effect = effect
        self.matching = matching
    }

    /// Fails step `failAt` with `errno`.
    public convenience init(failAt: Int, errno: Int32, afterBytes: Int = 0, matching: String? = nil) {
        self.init(failAt: failAt, effect: .fail(errno: errno, afterBytes: afterBytes), matching: matching)
    }

    /// Parses `ENOSPC@3`, `EIO@0:journal.jsonl`, `crash@5` (the hidden `BEAT_FAULT` variable
    /// the command-line tests use); nil for anything else.
    public convenience init?(spec: String) {
        let parts = spec.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let rest = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
        guard let n = Int(rest[0]), n >= 0 else { return nil }
        let matching = rest.count > 1 ? rest[1] : nil
        let effect: Effect
        switch parts[0].uppercased() {
        case "ENOSPC": effect = .fail(errno: ENOSPC, afterBytes: 0)
        case "EACCES": effect = .fail(errno: EACCES, afterBytes: 0)
        case "EIO": effect = .fail(errno: EIO, afterBytes: 0)
        case "EROFS": effect = .fail(errno: EROFS, afterBytes: 0)
        case "CRASH": effect = .crash
        default: return nil
        }
        self.init(failAt: n, effect: effect, matching: matching)
    }

    /// Whether the chosen step was reached.
    public var fired: Bool { lock.lock(); defer { lock.unlock() }; return didFire }

    /// The step that was made to fail, e.g. `write …/journal.jsonl`.
    public var failedStep: String? { lock.lock(); defer { lock.unlock() }; return firedStep }

    /// The steps counted so far, e.g. `rename …/store.json.tmp-1 → …/store.json`.
    public var steps: [String] { lock.lock(); defer { lock.unlock() }; return log }

    /// The fault active for the running store operation.
    @TaskLocal static var current: FaultInjection?

    /// Counts a step; returns the fault to act on when this is the chosen one.
    /// A crash never returns.
    static func check(_ step: Step, _ path: String) -> (errno: Int32, afterBytes: Int)? {
        guard let f = current else { return nil }
        if let m = f.matching, !path.contains(m) { return nil }
        f.lock.lock()
        let n = f.count
        f.count += 1
        f.log.append("\(step.rawValue) \(path)")
        let hit = n == f.failAt
        if hit {
            f.didFire = true
            f.firedStep = "\(step.rawValue) \(path)"
        }
        f.lock.unlock()
        guard hit else { return nil }
        switch f.effect {
        case .crash:
            _exit(86)
        case .fail(let e, let after):
            return (e, after)
        }
    }

    /// Throws the injected failure for a step that is not a write.
    static func failIfChosen(_ step: Step, _ path: String) throws {
        if let (e, _) = check(step, path) {
            throw BeatError.cannotCreate(L10n.cannotWrite(path, Disk.errnoText(e)))
        }
    }
}
