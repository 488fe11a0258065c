import BeatPostgres
import Foundation
import XCTest

/// The command line on a PostgreSQL store, driven as a user would (`--data postgresql://…`).
/// Tests needing a server run when `BEAT_TEST_POSTGRES` names one (`.ci/run` starts one).
final class PostgresCommandTests: XCTestCase {
    /// The test server with a schema of this test's own, dropped afterwards.
    func server() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["BEAT_TEST_POSTGRES"], !url.isEmpty else {
            throw XCTSkip("PostgreSQL tests skipped: no server given (set BEAT_TEST_POSTGRES=postgresql://…; .ci/run does)")
        }
        let schema = "c_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let address = url + (url.contains("?") ? "&" : "?") + "schema=" + schema
        addTeardownBlock { try? PostgresStore.drop(at: PostgresAddress(address), lockTimeout: 10) }
        return address
    }

    /// A port on 127.0.0.1 that nothing listens on.
    func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    func testAnAddressNeverBecomesAFolder() throws {
        let cwd = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: true)
        let port = closedPort()
        for (args, url, code) in [(["init", "--demo"], "postgresql://beat:tajne@127.0.0.1:\(port)/beat?schema=dobrzec", Int32(69)),
                                  (["task", "list"], "postgres://beat:tajne@127.0.0.1:\(port)/beat", 69),
                                  (["init"], "postgresql://beat:tajne@127.0.0.1:\(port)/beat?schema=Zła-Nazwa", 64),
                                  (["restore", "/nonexistent.tar"], "postgresql://beat:tajne@127.0.0.1:\(port)/beat?sslmode=sometimes", 64)] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: BeatBinary.path)
            p.arguments = args + ["--data", url]
            p.currentDirectoryURL = URL(fileURLWithPath: cwd)
            p.environment = ["BEAT_TODAY": "2026-11-22", "BEAT_LANG": "en", "HOME": cwd, "BEAT_LOCK_TIMEOUT": "2"]
            let r = try BeatBinary.capture(p)
            let text = r.stderr
            XCTAssertEqual(r.status, code, text)
            XCTAssertFalse(text.contains("tajne"), text)
            XCTAssertEqual(text.split(separator: "\n").count, 1, text)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cwd), [], "beat \(args) made something in the current folder")
        }
    }

    func testServerDownIsOneLineAndExit69WithinTheTimeLimit() throws {
        let start = Date()
        let r = try BeatBinary(data: "postgresql://beat:tajne@127.0.0.1:\(closedPort())/beat", env: ["BEAT_LOCK_TIMEOUT": "2"]).run(["check"])
        XCTAssertEqual(r.status, 69)
        XCTAssertTrue(r.stderr.contains("niedostępny"), r.stderr)
        XCTAssertFalse(r.stderr.contains("tajne"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
    }

    func testEveryDayCommandsOnTheServer() throws {
        let beat = BeatBinary(data: try server())
        try beat.ok(["init", "--demo"])
        XCTAssertEqual(try beat.run(["init", "--demo"]).status, 73)
        let before = try beat.json(["contact", "list"]).count
        try beat.ok(["contact", "add", "--summary", "Hałas przy Łódzkiej", "--category", "inne", "--as", "wisniewski"])
        try beat.ok(["task", "status", "3", "in-progress", "--as", "wisniewski"])
        try beat.ok(["task", "note", "3", "Rozmowa z administratorem", "--as", "wisniewski"])
        XCTAssertEqual(try beat.json(["contact", "list"]).count, before + 1)
        XCTAssertTrue(try beat.ok(["check"]).contains("dziennik do nr 3"))
        XCTAssertEqual(try beat.json(["log"]).count, 3)
        XCTAssertTrue(try beat.ok(["report", "progress"]).contains("schema="))
        try beat.ok(["compact"])
        // A change the rules reject: exit 65, nothing written.
        XCTAssertEqual(try beat.run(["task", "add", "--title", "X", "--assignee", "nikt", "--as", "wisniewski"]).status, 65)
        XCTAssertTrue(try beat.ok(["check"]).contains("dziennik do nr 3"))
    }

    func testACopyGoesBothWaysAndExportsTheSame() throws {
        let url = try server()
        let folder = temporaryFolder(self) + "/store"
        let back = temporaryFolder(self) + "/back"
        let local = BeatBinary(data: folder)
        try local.ok(["init", "--demo"])
        try local.ok(["contact", "add", "--summary", "Przed kopią", "--resident", "Anna Nowak", "--as", "wisniewski"])
        try local.ok(["compact"])
        try local.ok(["task", "note", "2", "Po kompaktowaniu", "--as", "wisniewski"])
        let copy = BeatBinary(data: url)
        XCTAssertTrue(try local.ok(["copy", folder, url]).contains("schema="))
        XCTAssertEqual(try copy.ok(["export", "json"]), try local.ok(["export", "json"]))
        XCTAssertEqual(try copy.run(["copy", folder, url]).status, 73) // never over a store
        // The interface and the reports show the same on either.
        for keys in ["3", "2", "6"] {
            XCTAssertEqual(try copy.ok(["--headless", "--size", "100x30", "--keys", keys, "--as", "wisniewski"]),
                           try local.ok(["--headless", "--size", "100x30", "--keys", keys, "--as", "wisniewski"]))
        }
        for kind in ["progress", "contacts", "districts"] {
            let server = try copy.ok(["report", kind]).replacingOccurrences(of: url, with: "STORE")
            let folderReport = try local.ok(["report", kind]).replacingOccurrences(of: folder, with: "STORE")
            XCTAssertEqual(server.split(separator: "\n").dropLast(4), folderReport.split(separator: "\n").dropLast(4))
        }
        try copy.ok(["copy", url, back])
        XCTAssertEqual(try BeatBinary(data: back).ok(["export", "json"]), try local.ok(["export", "json"]))
        XCTAssertEqual(try BeatBinary(data: back).ok(["log"]), try local.ok(["log"]))
        // A backup from the server restores into a folder, and the other way.
        let tar = temporaryFolder(self) + ".tar"
        addTeardownBlock { unlink(tar) }
        try copy.ok(["backup", tar])
        let restored = temporaryFolder(self) + "/restored"
        try BeatBinary(data: restored).ok(["restore", tar])
        XCTAssertEqual(try BeatBinary(data: restored).ok(["export", "json"]), try local.ok(["export", "json"]))
    }

    func testAClientKilledMidChangeLeavesNothingAndBlocksNoOne() throws {
        let beat = BeatBinary(data: try server())
        try beat.ok(["init", "--demo"])
        let count = try beat.json(["contact", "list"]).count
        for step in ["locked", "appended"] {
            let killed = try BeatBinary(data: beat.data, env: ["BEAT_FAULT": "kill@" + step])
                .run(["contact", "add", "--summary", "Nigdy niezapisany", "--as", "wisniewski"])
            XCTAssertEqual(killed.status, 9, "killed at \(step): \(killed.stderr)")  // SIGKILL
            XCTAssertEqual(try beat.json(["contact", "list"]).count, count)
            try beat.ok(["check"])
        }
        let start = Date()
        try BeatBinary(data: beat.data, env: ["BEAT_LOCK_TIMEOUT": "2"]).ok(["contact", "add", "--summary", "Po awarii", "--as", "wisniewski"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        XCTAssertEqual(try beat.json(["contact", "list"]).count, count + 1)
    }

    func testAWriterHeldTooLongIsBusyAndThePasswordNeverShowsInPs() throws {
        var url = try server()
        // The test server trusts loopback: a password given is not checked, but must be hidden.
        url = url.replacingOccurrences(of: "://postgres@", with: "://postgres:tajne-haslo@")
        let beat = BeatBinary(data: url)
        try beat.ok(["init", "--demo"])
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: BeatBinary.path)
        holder.arguments = ["debug", "hold-lock", "--seconds", "4", "--data", url]
        holder.environment = beat.env
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        _ = out.fileHandleForReading.availableData // "locked"
        let cmdline = try String(contentsOfFile: "/proc/\(holder.processIdentifier)/cmdline", encoding: .utf8)
        XCTAssertTrue(cmdline.contains("postgres:"), cmdline)
        XCTAssertFalse(cmdline.contains("tajne-haslo"), cmdline)
        let start = Date()
        let r = try BeatBinary(data: url, env: ["BEAT_LOCK_TIMEOUT": "1"]).run(["contact", "add", "--summary", "X", "--as", "wisniewski"])
        XCTAssertEqual(r.status, 75, r.stderr)
        XCTAssertFalse(r.stderr.contains("tajne-haslo"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.5)
    }

    func testPurgeSaysItVacuumed() throws {
        let beat = BeatBinary(data: try server())
        try beat.ok(["init", "--demo"])
        try beat.ok(["contact", "add", "--summary", "Zgłoszenie", "--resident", "Zenobiusz Pstrokoński", "--time", "2020-01-10T10:00:00+01:00",
                     "--as", "wisniewski"])
        XCTAssertTrue(try beat.ok(["privacy", "find", "Pstrokoński"]).contains("journal 1"))
        let out = try beat.ok(["privacy", "purge", "--older-than", "24m", "--as", "wisniewski"])
        XCTAssertTrue(out.contains("VACUUM FULL"), out)
        XCTAssertTrue(try beat.ok(["privacy", "find", "Pstrokoński"]).contains("Nie znaleziono"))
    }

    func testStoreList() throws {
        let url = try server()
        try BeatBinary(data: url).ok(["init"])
        let base = String(url[..<url.range(of: "schema=")!.lowerBound].dropLast())
        let listed = try BeatBinary(data: url).ok(["store", "list", base])
        let schema = String(url[url.range(of: "schema=")!.upperBound...])
        XCTAssertTrue(listed.contains(schema), listed)
        // The heading names the database, not a store in it (no "?schema=beat" the user never gave).
        XCTAssertFalse(listed.split(separator: "\n")[0].contains("schema="), listed)
    }
}
