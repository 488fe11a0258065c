import BeatCore
import BeatDemo
import BeatPostgres
import Foundation
import PostgresNIO

/// Where the conformance suite puts stores: a folder of its own, or a schema of its own on
/// the server `BEAT_TEST_POSTGRES` names. Every test runs on each backend there is.
enum Backend: String, Sendable, CaseIterable, CustomStringConvertible {
    case folder, postgres

    var description: String { rawValue }

    /// The server for PostgreSQL tests; nil means they are skipped.
    static let server: PostgresAddress? = {
        guard let url = ProcessInfo.processInfo.environment["BEAT_TEST_POSTGRES"], !url.isEmpty else { return nil }
        return try? PostgresAddress(url)
    }()

    static let skipNote = "PostgreSQL tests skipped: no server given (set BEAT_TEST_POSTGRES=postgresql://…; .ci/run does)"

    /// The backends this run can test.
    static var available: [Backend] { server == nil ? [.folder] : [.folder, .postgres] }

    /// A new, empty place for one store.
    func freshPlace() throws -> Place {
        switch self {
        case .folder:
            let dir = NSTemporaryDirectory() + "beat-conformance-" + UUID().uuidString
            return .folder(dir + "/store")
        case .postgres:
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
            return .postgres(Backend.server!.with(schema: String(schema)))
        }
    }
}

/// One store's place in a test.
enum Place: Sendable {
    case folder(String)
    case postgres(PostgresAddress)

    var location: StoreLocation {
        switch self {
        case .folder(let path): return .folder(path)
        case .postgres(let address): return .postgres(address)
        }
    }

    static let clock = Clock(today: Day("2026-11-22")!, now: Timestamp(day: Day("2026-11-22")!, hour: 9, offsetMinutes: 60))

    func create(_ model: Model = DemoPilot.model(today: Place.clock.today, offsetMinutes: 60), lockTimeout: Double = 5) throws -> any BeatStore {
        switch self {
        case .folder(let path): return try Store.create(at: path, model: model, clock: Place.clock, lockTimeout: lockTimeout)
        case .postgres(let address): return try PostgresStore.create(at: address, model: model, clock: Place.clock, lockTimeout: lockTimeout)
        }
    }

    /// A new store with history: contacts 1…`compacted` by wisniewski, a snapshot, then one more
    /// contact by `lastBy` in the journal after it.
    func createWithHistory(compacted: Int, lastBy: String = "wisniewski") throws -> any BeatStore {
        let store = try create()
        for k in 1...compacted { try store.append(Changes.contact(k), by: "wisniewski", at: Changes.at) }
        try store.compact(by: "wisniewski")
        try store.append(Changes.contact(compacted + 1), by: lastBy, at: Changes.at)
        return store
    }

    func open(scope: LoadScope = .all, tasks: Set<Int> = [], live: Bool = false, lockTimeout: Double = 5) throws -> any BeatStore {
        switch self {
        case .folder(let path): return try Store.open(at: path, lockTimeout: lockTimeout, scope: scope, tasks: tasks)
        case .postgres(let address):
            return try PostgresStore.open(at: address, lockTimeout: lockTimeout, scope: scope, tasks: tasks, live: live)
        }
    }

    /// Removes what the test made.
    func remove() {
        switch self {
        case .folder(let path): try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        case .postgres(let address): _ = try? Place.sql(address, "DROP SCHEMA IF EXISTS \(address.schema) CASCADE")
        }
    }

    /// Holds a snapshot of the database from another session for `seconds` (a reader in the
    /// middle of its transaction), then ends it; returns once the snapshot is taken.
    static func holdSnapshot(_ address: PostgresAddress, seconds: Double) throws {
        guard case .tcp(let host, let port) = address.endpoint else { fatalError("tests use a TCP address") }
        let config = PostgresConnection.Configuration(host: host, port: port, username: address.user, password: address.password,
                                                      database: address.database, tls: .disable)
        let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: config, id: 8,
                                                        logger: Logger(label: "beat-tests")).wait()
        let logger = Logger(label: "beat-tests")
        _ = try connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ", logger: logger).wait()
        _ = try connection.query("SELECT count(*) FROM pg_class", logger: logger).wait()
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            _ = try? connection.query("COMMIT", logger: logger).wait()
            let closing: EventLoopFuture<Void> = connection.close()
            _ = try? closing.wait()
        }
    }

    /// Runs SQL on the test server as the test's own client (corrupting rows on purpose …)
    /// and returns the first column of each row as text.
    @discardableResult
    static func sql(_ address: PostgresAddress, _ text: String) throws -> [String?] {
        guard case .tcp(let host, let port) = address.endpoint else { fatalError("tests use a TCP address") }
        let config = PostgresConnection.Configuration(host: host, port: port, username: address.user, password: address.password,
                                                      database: address.database, tls: .disable)
        let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: config, id: 9,
                                                        logger: Logger(label: "beat-tests")).wait()
        defer { let closing: EventLoopFuture<Void> = connection.close(); _ = try? closing.wait() }
        return try connection.query(PostgresQuery(unsafeSQL: text), logger: Logger(label: "beat-tests")).wait().rows.map { row in
            try row.decode(String?.self)
        }
    }
}

/// Changes the tests make: a resident contact, numbered by `n` so each is told apart.
enum Changes {
    static func contact(_ n: Int, by officer: String = "wisniewski") -> Change {
        .addContact(ContactDraft(time: Timestamp(day: Day("2026-11-20")!, hour: 8 + n % 10, offsetMinutes: 60), officer: officer,
                                 district: "dobrzec", place: "ul. Łódzka \(n)", channel: .onBeat, category: .publicDrinking,
                                 summary: "Rozmowa nr \(n) z mieszkańcem", resident: ResidentData(name: "Jan Kowalski \(n)", phone: "600 100 \(n)")))
    }

    /// A threat on the register (from contact `contact` when given).
    static func threat(contact: Int? = nil) -> Change {
        .addThreat(ThreatDraft(category: .publicDrinking, place: "ul. Łódzka 4", district: "dobrzec", description: "Spożywanie alkoholu",
                               when: "wieczorami", source: contact == nil ? .map : .contact, anonymous: false, contact: contact,
                               reported: Day("2026-11-21")!))
    }

    static let at = Timestamp(day: Day("2026-11-22")!, hour: 10, offsetMinutes: 60)
}

/// Runs `body` with a fresh store place of `backend`, removed afterwards.
func withPlace<T>(_ backend: Backend, _ body: (Place) throws -> T) throws -> T {
    let place = try backend.freshPlace()
    defer { place.remove() }
    return try body(place)
}

/// A port on 127.0.0.1 that nothing listens on (bound, then let go).
enum ClosedPort {
    static func find() throws -> Int {
        let (fd, port) = try LoopbackSocket.bound()
        close(fd)
        return port
    }
}

/// A server that takes connections and never says a word (a hung or stopped server).
final class SilentServer {
    let port: Int
    private let fd: Int32

    init() throws {
        (fd, port) = try LoopbackSocket.bound()
        guard listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    }

    func close() { _ = Glibc.close(fd) }
}

enum LoopbackSocket {
    /// A TCP socket bound to a free port on 127.0.0.1.
    static func bound() throws -> (Int32, Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard ok else { throw POSIXError(.EADDRINUSE) }
        return (fd, Int(UInt16(bigEndian: addr.sin_port)))
    }
}

/// Another client holding a store's head row in an open transaction, as a writer stuck
/// between its lock and its commit would.
final class HeldRow {
    private let connection: PostgresConnection
    private var released = false

    init(_ address: PostgresAddress) throws {
        guard case .tcp(let host, let port) = address.endpoint else { fatalError("tests use a TCP address") }
        let config = PostgresConnection.Configuration(host: host, port: port, username: address.user, password: address.password,
                                                      database: address.database, tls: .disable)
        connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: config, id: 8,
                                                    logger: Logger(label: "beat-tests")).wait()
        _ = try connection.query("BEGIN", logger: Logger(label: "beat-tests")).wait()
        _ = try connection.query(PostgresQuery(unsafeSQL: "SELECT seq FROM \(address.schema).store FOR UPDATE"), logger: Logger(label: "beat-tests")).wait()
    }

    func release() {
        guard !released else { return }
        released = true
        _ = try? connection.query("ROLLBACK", logger: Logger(label: "beat-tests")).wait()
        let closing: EventLoopFuture<Void> = connection.close()
        _ = try? closing.wait()
    }

    deinit { release() }
}
