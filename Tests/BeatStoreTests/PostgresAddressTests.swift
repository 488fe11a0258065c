import BeatCore
import BeatPostgres
import Foundation
import Testing

/// Reading `postgresql://` addresses: no server needed.
@Suite("PostgreSQL addresses")
struct PostgresAddressTests {
    let env = ["USER": "dzielnicowy", "HOME": "/nonexistent"]

    @Test func fullAddress() throws {
        let a = try PostgresAddress("postgresql://beat:tajne%40haslo@db.kalisz.example:6543/komenda?schema=dobrzec&sslmode=verify-full", environment: env)
        #expect(a.endpoint == .tcp(host: "db.kalisz.example", port: 6543))
        #expect(a.user == "beat" && a.password == "tajne@haslo" && a.database == "komenda" && a.schema == "dobrzec")
        #expect(a.tls == .verifyFull)
        #expect(!a.display.contains("tajne") && !a.description.contains("tajne") && !String(reflecting: a).contains("tajne"))
        var dumped = ""
        dump(a, to: &dumped)
        #expect(!dumped.contains("tajne"))
        #expect(a.display == "postgresql://beat@db.kalisz.example:6543/komenda?schema=dobrzec&sslmode=verify-full")
        #expect(a.databaseDisplay == "postgresql://beat@db.kalisz.example:6543/komenda?sslmode=verify-full")
    }

    @Test func defaultsAndSocket() throws {
        let a = try PostgresAddress("postgres://", environment: env)
        #expect(a.endpoint == .socket(folder: "/var/run/postgresql", port: 5432))
        #expect(a.user == "dzielnicowy" && a.database == "dzielnicowy" && a.schema == "beat" && a.password == nil)
        let b = try PostgresAddress("postgresql:///beat?host=/tmp/pg%20sock&port=5433&schema=widok", environment: env)
        #expect(b.endpoint == .socket(folder: "/tmp/pg sock", port: 5433))
        #expect(b.database == "beat" && b.schema == "widok")
        #expect(b.display == "postgresql://dzielnicowy@/beat?host=/tmp/pg sock&port=5433&schema=widok")
        #expect(b.databaseDisplay == "postgresql://dzielnicowy@/beat?host=/tmp/pg sock&port=5433")
        let c = try PostgresAddress("postgresql://[::1]:5999/db", environment: env)
        #expect(c.endpoint == .tcp(host: "::1", port: 5999))
        let d = try PostgresAddress("postgresql:///db", environment: env.merging(["PGHOST": "127.0.0.1", "PGPORT": "6000", "PGUSER": "u",
                                                                              "PGPASSWORD": "z-env"]) { $1 })
        #expect(d.endpoint == .tcp(host: "127.0.0.1", port: 6000) && d.user == "u" && d.password == "z-env")
        #expect(!d.display.contains("z-env"))
    }

    @Test func schemes() {
        #expect(PostgresAddress.isAddress("postgresql://x/y"))
        #expect(PostgresAddress.isAddress("POSTGRES://x"))
        #expect(!PostgresAddress.isAddress("postgresql:"))
        #expect(!PostgresAddress.isAddress("/srv/beat"))
        #expect(!PostgresAddress.isAddress("postgresql-backup"))
    }

    @Test("bad addresses are usage errors that never echo the password",
          arguments: ["postgresql://u:sekret@h:99999/db", "postgresql://u:sekret@h/db?schema=Dobrzec", "postgresql://u:sekret@h/db?schema=pg_x",
                      "postgresql://u:sekret@h/db?sslmode=maybe", "postgresql://u:sekret@h/db?color=blue", "postgresql://u:sekret@h,g/db",
                      "postgresql://u:sekret@h/db?schema=a&schema=b", "postgresql://u:sekret@/db?host=/tmp&sslmode=require",
                      "postgresql://u:sekret@[::1/db", "postgresql://u:sekret@h/db?schema=" + String(repeating: "a", count: 59)])
    func badAddress(_ text: String) {
        do {
            _ = try PostgresAddress(text, environment: env)
            Issue.record("accepted \(text)")
        } catch let e as BeatError {
            #expect(e.exitCode == 64)
            #expect(!e.message.contains("sekret"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func passwordFile() throws {
        let dir = NSTemporaryDirectory() + "beat-pgpass-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/pgpass"
        try """
            # host:port:database:user:password
            other:5432:*:*:nie-to
            db.example:5432:komenda:beat:z\\:pliku
            localhost:5433:*:*:gniazdo
            """.write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        let e = env.merging(["PGPASSFILE": file]) { $1 }
        #expect(try PostgresAddress("postgresql://beat@db.example/komenda", environment: e).password == "z:pliku")
        #expect(try PostgresAddress("postgresql://beat@db.example/inna", environment: e).password == nil)
        #expect(try PostgresAddress("postgresql:///x?host=/tmp&port=5433", environment: e).password == "gniazdo")
        #expect(try PostgresAddress("postgresql://beat:z-adresu@db.example/komenda", environment: e).password == "z-adresu")
        // A file others can read is ignored, as libpq ignores it.
        chmod(file, 0o644)
        #expect(try PostgresAddress("postgresql://beat@db.example/komenda", environment: e).password == nil)
    }
}

/// What only a server store has: a server down or silent, a head row held, the journal's guard,
/// several stores in one database.
@Suite("PostgreSQL store", .enabled(if: Backend.server != nil, Comment(rawValue: Backend.skipNote)))
struct PostgresStoreTests {
    @Test("a server nobody answers at: exit 69 at once, the password never in the message")
    func refused() throws {
        let port = try ClosedPort.find()
        let address = try PostgresAddress("postgresql://beat:tajne-haslo@127.0.0.1:\(port)/beat?schema=x")
        let start = Date()
        do {
            _ = try PostgresStore.open(at: address, lockTimeout: 3)
            Issue.record("opened a store on a closed port")
        } catch let e as BeatError {
            #expect(e.exitCode == 69)
            #expect(!e.message.contains("tajne"))
            #expect(e.message.contains("127.0.0.1:\(port)"))
            #expect(!e.message.contains("\n"))
        }
        #expect(Date().timeIntervalSince(start) < 3)
    }

    @Test("a server that takes the connection and never answers: exit 69 within BEAT_LOCK_TIMEOUT")
    func silent() throws {
        let silent = try SilentServer()
        defer { silent.close() }
        let address = try PostgresAddress("postgresql://beat@127.0.0.1:\(silent.port)/beat")
        let start = Date()
        do {
            _ = try PostgresStore.open(at: address, lockTimeout: 1)
            Issue.record("opened a store on a silent server")
        } catch let e as BeatError {
            #expect(e.exitCode == 69)
        }
        let took = Date().timeIntervalSince(start)
        #expect(took >= 0.9 && took < 2.5)
    }

    @Test("a head row held past the time limit: busy (75)")
    func busy() throws {
        try withPlace(.postgres) { place in
            guard case .postgres(let address) = place else { return }
            let store = try place.create(lockTimeout: 1)
            let holder = try HeldRow(address)
            defer { holder.release() }
            let start = Date()
            do {
                try store.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
                Issue.record("appended past a held head row")
            } catch let e as BeatError {
                #expect(e.exitCode == 75)
            }
            #expect(Date().timeIntervalSince(start) < 2.5)
            holder.release()
            try store.append(Changes.contact(2), by: "wisniewski", at: Changes.at)
            #expect(try place.open().auditTrail().map(\.change) == [Changes.contact(2)])
        }
    }

    @Test("a live store whose connection dropped says so, reconnects at the next refresh and catches up")
    func reconnects() throws {
        try withPlace(.postgres) { place in
            _ = try place.create()
            guard let watcher = try place.open(live: true) as? PostgresStore else { Issue.record("not a server store"); return }
            let writer = try place.open()
            watcher.dropConnection()
            let start = Date()
            while !watcher.isDisconnected, Date().timeIntervalSince(start) < 1 { Thread.sleep(forTimeInterval: 0.01) }
            #expect(watcher.isDisconnected)
            try writer.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            #expect(try watcher.refresh())
            #expect(!watcher.isDisconnected)
            #expect(watcher.model == writer.model)
            // Listening again: the next commit is seen too.
            try writer.append(Changes.contact(2), by: "wisniewski", at: Changes.at)
            var seen = false
            while !seen, Date().timeIntervalSince(start) < 3 {
                seen = try watcher.refresh()
                if !seen { Thread.sleep(forTimeInterval: 0.02) }
            }
            #expect(seen && watcher.model == writer.model)
        }
    }

    @Test("the journal refuses changes and removals made past Beat")
    func appendOnly() throws {
        try withPlace(.postgres) { place in
            guard case .postgres(let address) = place else { return }
            let store = try place.create()
            try store.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
            #expect(throws: (any Error).self) { try Place.sql(address, "UPDATE \(address.schema).journal SET officer = 'x'") }
            #expect(throws: (any Error).self) { try Place.sql(address, "DELETE FROM \(address.schema).journal") }
            #expect(throws: (any Error).self) { try Place.sql(address, "TRUNCATE \(address.schema).journal") }
            #expect(try place.open().model == store.model)
        }
    }

    @Test("several stores in one database, each in its schema, apart")
    func severalStores() throws {
        try withPlace(.postgres) { one in
            try withPlace(.postgres) { two in
                let a = try one.create()
                let b = try two.create()
                #expect(a.id != b.id)
                try a.append(Changes.contact(1), by: "wisniewski", at: Changes.at)
                #expect(try !b.refresh())
                #expect(try two.open().model.seq == 0)
                guard case .postgres(let address) = one, case .postgres(let other) = two else { return }
                let listed = try PostgresStore.list(at: address)
                #expect(listed.contains { $0.schema == address.schema && $0.id == a.id && $0.seq == 1 })
                #expect(listed.contains { $0.schema == other.schema && $0.id == b.id && $0.seq == 0 })
            }
        }
    }
}
