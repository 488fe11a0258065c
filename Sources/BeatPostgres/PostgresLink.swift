import BeatCore
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One connection to the server, used synchronously (the store protocol is): each call
/// waits on the connection's event loop for at most `timeout` seconds, so a server that
/// is down, unreachable or stopped mid-answer ends in `.unavailable` (exit 69), never a hang.
/// After a time-out the connection is closed: the server rolls back whatever was open.
///
/// Not for use from an event loop thread, nor from two threads at once (a store owns one).
final class PostgresLink {
    let address: PostgresAddress
    let timeout: Double
    private let connection: PostgresConnection
    /// Set from the event loop: a notification came, or the connection closed.
    let signals: Signals

    /// What the event loop tells the owner's thread.
    final class Signals: @unchecked Sendable {
        private let lock = NSLock()
        private var _notified = false
        private var _lost = false
        private var _heard = 0

        /// Whether a notification came since the last call (and forgets it).
        func takeNotified() -> Bool { lock.withLock { defer { _notified = false }; return _notified } }
        var lost: Bool { lock.withLock { _lost } }
        /// The highest journal entry a notification announced (writers send theirs).
        var heard: Int { lock.withLock { _heard } }
        func notify(seq: Int? = nil) { lock.withLock { _notified = true; _heard = max(_heard, seq ?? 0) } }
        func lose() { lock.withLock { _lost = true; _notified = true } }
        /// False the first time only (then marks it lost): who came first.
        func takeFirst() -> Bool { lock.withLock { defer { _lost = true }; return _lost } }
    }

    private static let logger: Logger = {
        // Nothing of postgres-nio's logging reaches the terminal (or a password a log line).
        Logger(label: "beat.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    }()

    /// Connects and logs in; `listen` names a channel whose notifications set `signals`.
    init(_ address: PostgresAddress, timeout: Double, listen channel: String? = nil) throws {
        self.address = address
        self.timeout = timeout
        var config: PostgresConnection.Configuration
        switch address.endpoint {
        case .socket(let folder, let port):
            config = .init(unixSocketPath: folder + "/.s.PGSQL.\(port)", username: address.user, password: address.password,
                           database: address.database)
        case .tcp(let host, let port):
            config = .init(host: host, port: port, username: address.user, password: address.password, database: address.database,
                           tls: try PostgresLink.tls(address))
        }
        config.options.connectTimeout = .milliseconds(Int64(max(timeout, 0.1) * 1000))
        // Server-side limits a little inside ours, so the server's own answer (busy) comes first;
        // sent with the login, not as a statement of its own (one round trip less).
        let ms = max(Int(timeout * 1000) - 200, 100)
        config.options.additionalStartupParameters = [("application_name", "beat"), ("lock_timeout", String(ms))]
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let future = PostgresConnection.connect(on: loop, configuration: config, id: 1, logger: PostgresLink.logger)
        let signals = Signals()
        self.signals = signals
        do {
            connection = try PostgresLink.wait(future, timeout: timeout, onTimeout: { future.whenSuccess { PostgresLink.drop($0) } })
        } catch {
            throw PostgresLink.beatError(error, address: address, timeout: timeout)
        }
        connection.closeFuture.whenComplete { _ in signals.lose() }
        if let channel {
            connection.addListener(channel: channel) { _, note in signals.notify(seq: Int(note.payload)) }
            // LISTEN goes out before this query: once it returns, no notification is missed.
            try run("SELECT 1")
        }
    }

    deinit { close() }

    func close() {
        if !connection.isClosed { PostgresLink.drop(connection) }
    }

    /// Closes a connection without waiting (the server rolls back what it had open).
    private static func drop(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        // The connection lives until it is closed (it must not go away open).
        closing.whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    var isLost: Bool { signals.lost || connection.isClosed }

    /// Runs a statement and returns its rows.
    @discardableResult
    func rows(_ query: PostgresQuery, timeout: Double? = nil) throws -> [PostgresRow] {
        try send(query, timeout: timeout).rows()
    }

    /// A statement sent, its rows not waited for yet: the server works on it while the caller
    /// does something else (statements run one after another, in the order sent).
    struct Pending {
        fileprivate let link: PostgresLink
        fileprivate let future: EventLoopFuture<PostgresQueryResult>?
        fileprivate let timeout: Double

        /// Its rows (waiting at most the timeout, counted from now).
        func rows() throws -> [PostgresRow] {
            guard let future else { throw BeatError.unavailable(L10n.pgUnavailable(link.address.display, L10n.pgConnectionLost)) }
            let connection = link.connection
            do {
                return try PostgresLink.wait(future, timeout: timeout, onTimeout: { PostgresLink.drop(connection) }).rows
            } catch {
                throw PostgresLink.beatError(error, address: link.address, timeout: timeout)
            }
        }
    }

    /// Sends a statement (see `Pending`).
    func send(_ query: PostgresQuery, timeout: Double? = nil) -> Pending {
        Pending(link: self, future: isLost ? nil : connection.query(query, logger: PostgresLink.logger), timeout: timeout ?? self.timeout)
    }

    /// Runs a statement whose rows do not matter.
    func run(_ query: PostgresQuery, timeout: Double? = nil) throws { try rows(query, timeout: timeout) }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// A connection lost on the way leaves nothing half done: the server rolls back.
    func transaction<T>(_ begin: PostgresQuery = "BEGIN", _ body: () throws -> T) throws -> T {
        try run(begin)
        let value: T
        do {
            value = try body()
        } catch {
            if !isLost { try? run("ROLLBACK") }
            throw error
        }
        try run("COMMIT")
        return value
    }

    // MARK: Waiting

    private struct TimedOut: Error {}

    /// The future's value, or `TimedOut` after `timeout` seconds (then `onTimeout` runs).
    private static func wait<T: Sendable>(_ future: EventLoopFuture<T>, timeout: Double, onTimeout: @escaping @Sendable () -> Void) throws -> T {
        let loop = future.eventLoop
        let promise = loop.makePromise(of: T.self)
        // Whichever comes first settles the promise; both run on the loop.
        let settled = Signals()
        future.whenComplete { result in
            guard !settled.takeFirst() else { return }
            promise.completeWith(result)
        }
        let timer = loop.scheduleTask(in: .milliseconds(Int64(max(timeout, 0.05) * 1000))) {
            guard !settled.takeFirst() else { return }
            onTimeout()
            promise.fail(TimedOut())
        }
        defer { timer.cancel() }
        return try promise.futureResult.wait()
    }

    // MARK: TLS

    private static func tls(_ address: PostgresAddress) throws -> PostgresConnection.Configuration.TLS {
        switch address.tls {
        case .disable: return .disable
        case .prefer, .require:
            var c = TLSConfiguration.makeClientConfiguration()
            // libpq's require: encrypted, the server's certificate not checked — so no trust
            // roots either (loading the system's costs every process milliseconds).
            c.certificateVerification = .none
            c.trustRoots = .certificates([])
            let context = try tlsContext(c, address)
            return address.tls == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            var c = TLSConfiguration.makeClientConfiguration()
            c.certificateVerification = .fullVerification
            if let root = address.rootCertificate { c.trustRoots = .file(root) }
            return .require(try tlsContext(c, address))
        }
    }

    private static func tlsContext(_ c: TLSConfiguration, _ address: PostgresAddress) throws -> NIOSSLContext {
        do { return try NIOSSLContext(configuration: c) } catch {
            throw BeatError.unavailable(L10n.pgUnavailable(address.display, L10n.pgTLSFailed))
        }
    }

    // MARK: Errors

    /// The SQLSTATE of a server's error, if it was one.
    static func sqlState(_ error: Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// A sentence for the person at the terminal: never the password, never a raw error dump.
    static func beatError(_ error: Error, address: PostgresAddress, timeout: Double) -> BeatError {
        if let e = error as? BeatError { return e }
        let where_ = address.display
        if error is TimedOut { return .unavailable(L10n.pgUnavailable(where_, L10n.pgNoAnswer(timeout))) }
        guard let e = error as? PSQLError else {
            if error is NIOSSLError { return .unavailable(L10n.pgUnavailable(where_, L10n.pgTLSFailed)) }
            return .unavailable(L10n.pgUnavailable(where_, L10n.pgRefused))
        }
        switch e.code {
        case .server:
            let state = e.serverInfo?[.sqlState] ?? ""
            switch state {
            case "28P01", "28000": return .unavailable(L10n.pgUnavailable(where_, L10n.pgAuthFailed))
            case "3D000": return .noStore(L10n.pgNoDatabase(where_, address.database))
            case "55P03": return .busy(L10n.pgBusy(where_, L10n.pgUnknownHolder))
            case "42501": return .unavailable(L10n.pgNoPermission(where_))
            case "3F000": return .noStore(L10n.noStore(where_))
            default:
                if state.hasPrefix("08") || state.hasPrefix("57") || state.hasPrefix("53") {
                    return .unavailable(L10n.pgUnavailable(where_, L10n.pgServerSaid(state)))
                }
                return .other(L10n.pgServerError(where_, state, e.serverInfo?[.message] ?? ""))
            }
        case .authMechanismRequiresPassword, .saslError, .unsupportedAuthMechanism:
            return .unavailable(L10n.pgUnavailable(where_, L10n.pgNeedsPassword))
        case .sslUnsupported:
            return .unavailable(L10n.pgUnavailable(where_, L10n.pgTLSUnsupported))
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .unavailable(L10n.pgUnavailable(where_, L10n.pgTLSFailed))
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return .unavailable(L10n.pgUnavailable(where_, L10n.pgConnectionLost))
        default:
            if e.underlying is NIOSSLError { return .unavailable(L10n.pgUnavailable(where_, L10n.pgTLSFailed)) }
            return .unavailable(L10n.pgUnavailable(where_, L10n.pgRefused))
        }
    }
}
