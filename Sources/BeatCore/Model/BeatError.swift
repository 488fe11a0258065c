/// Every error Beat reports to a person: one plain sentence (a rejection is rendered by the
/// catalogue when shown), and the exit code the command line uses for it (see README, "Exit codes").
public enum BeatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Wrong use of a command or option (exit 64).
    case usage(String)
    /// A file that does not parse or validate: `file:line:column: reason` (exit 65).
    case badData(String)
    /// A change the domain rules reject, e.g. an unknown officer (exit 65).
    case rejected(Rejection)
    /// No store where one was expected (exit 66).
    case noStore(String)
    /// A store or file that cannot be created or written (exit 73).
    case cannotCreate(String)
    /// The store is locked by another writer for longer than we wait (exit 75).
    case busy(String)
    /// The person acting may not do this: another officer's name without a supervisor's
    /// account, reference data without a supervisor's role (exit 77). The sentence says who may.
    case notPermitted(String)
    /// A file given to read that has bad lines: each `FILE:LINE: reason` (exit 65).
    case badInput([String])
    /// A file given to read that is not there or cannot be read (exit 66).
    case noInput(String)
    /// A store server that is down, unreachable or refuses (exit 69, service unavailable).
    case unavailable(String)
    /// Anything else (exit 1).
    case other(String)

    public var message: String {
        switch self {
        case .usage(let m), .badData(let m), .noStore(let m), .cannotCreate(let m), .busy(let m), .unavailable(let m), .other(let m),
             .notPermitted(let m), .noInput(let m): return m
        case .badInput(let lines): return lines.joined(separator: "\n")
        case .rejected(let r): return L10n.rejection(r)
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .badData, .rejected, .badInput: return 65
        case .noStore, .noInput: return 66
        case .cannotCreate: return 73
        case .busy: return 75
        case .unavailable: return 69
        case .notPermitted: return 77
        case .other: return 1
        }
    }

    public var description: String { message }
}
