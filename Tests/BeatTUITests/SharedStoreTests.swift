import Foundation
import XCTest

/// A store shared by two real Unix accounts of one group (`beat init --group`): folders 2770,
/// files 0660 of the group, kept by every write whoever makes it; who may act decided by the
/// account (logins) and the role. Needs root to make the accounts (useradd); skipped otherwise.
final class SharedStoreTests: XCTestCase {
    struct Account { let name: String }

    var group = "", first = Account(name: ""), second = Account(name: ""), base = "", store = ""
    /// The beat binary, copied where the test's accounts may run it (the build folder may sit
    /// in a folder only root can enter, as a fresh clone in a mktemp folder does).
    var beatPath = ""

    override func setUpWithError() throws {
        guard geteuid() == 0 else {
            throw XCTSkip("needs root: makes two Unix accounts and a group with useradd/groupadd (run the suite as root to test a shared store)")
        }
        for tool in ["/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/runuser", "/usr/sbin/userdel", "/usr/sbin/groupdel"] {
            guard FileManager.default.isExecutableFile(atPath: tool) else { throw XCTSkip("\(tool) is not on this system") }
        }
        let tag = String(UInt32.random(in: 0x100000...0xFFFFFF), radix: 16)
        group = "btg" + tag
        first = Account(name: "bta" + tag)
        second = Account(name: "btb" + tag)
        try sh("/usr/sbin/groupadd", [group])
        addTeardownBlock { [group] in _ = try? Self.run("/usr/sbin/groupdel", [group]) }
        for a in [first, second] {
            try sh("/usr/sbin/useradd", ["-M", "-N", "-g", "users", "-G", group, "-s", "/bin/sh", a.name])
            addTeardownBlock { _ = try? Self.run("/usr/sbin/userdel", [a.name]) }
        }
        base = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try sh("/bin/chown", [first.name, base])
        chmod(base, 0o755)
        store = base + "/komenda"
        let bin = base + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        beatPath = bin + "/beat"
        try FileManager.default.copyItem(atPath: BeatBinary.path, toPath: beatPath)
        chmod(bin, 0o755)
        chmod(beatPath, 0o755)
        let probe = try Self.run("/usr/sbin/runuser", ["-u", first.name, "--", beatPath, "--help"])
        guard probe.status == 0 else {
            throw XCTSkip("another account cannot run beat here (\(probe.stderr.prefix(200))): the toolchain's libraries are not readable to it")
        }
    }

    @discardableResult
    static func run(_ tool: String, _ args: [String], env: [String: String]? = nil) throws -> BeatBinary.Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        if let env { p.environment = env }
        return try BeatBinary.capture(p)
    }

    func sh(_ tool: String, _ args: [String]) throws {
        let r = try Self.run(tool, args)
        XCTAssertEqual(r.status, 0, "\(tool) \(args): \(r.stderr)")
    }

    /// `beat ARGS --data STORE` as `account`, under `umask` (the second account's is strict:
    /// Beat sets the modes itself).
    @discardableResult
    func beat(_ a: Account, _ args: [String], umask: String = "022", file: StaticString = #filePath, line: UInt = #line) throws -> BeatBinary.Result {
        let env = ["HOME=" + base, "PATH=/usr/bin:/bin", "BEAT_TODAY=2026-11-22", "BEAT_LANG=pl", "LANG=C.UTF-8",
                   "XDG_CONFIG_HOME=" + base + "/config-" + a.name]
        return try Self.run("/usr/sbin/runuser", ["-u", a.name, "--", "/usr/bin/env", "-i"] + env
                            + ["/bin/sh", "-c", "umask \(umask) && exec \"$0\" \"$@\"", beatPath] + args + ["--data", store])
    }

    @discardableResult
    func ok(_ a: Account, _ args: [String], umask: String = "022", file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try beat(a, args, umask: umask)
        XCTAssertEqual(r.status, 0, "\(a.name): beat \(args.joined(separator: " ")): \(r.stderr)", file: file, line: line)
        return r.stdout
    }

    /// Every folder of the store 2770 and every file 0660, all of the group.
    func assertShared(_ when: String, file: StaticString = #filePath, line: UInt = #line) {
        let gid = getgrnam(group)!.pointee.gr_gid
        var paths = [store]
        let walker = FileManager.default.enumerator(atPath: store)!
        while let p = walker.nextObject() as? String { paths.append(store + "/" + p) }
        XCTAssertGreaterThan(paths.count, 6)
        for p in paths {
            var st = stat()
            XCTAssertEqual(lstat(p, &st), 0, p)
            let folder = st.st_mode & S_IFMT == S_IFDIR
            XCTAssertEqual(st.st_mode & 0o7777, folder ? 0o2770 : 0o660, "\(when): \(p) is \(String(st.st_mode & 0o7777, radix: 8))",
                           file: file, line: line)
            XCTAssertEqual(st.st_gid, gid, "\(when): \(p) is not the group's", file: file, line: line)
        }
    }

    func testTwoAccountsShareOneStoreAndEachActsAsThemselves() throws {
        try ok(first, ["init", "--group", group])
        assertShared("created")

        // The first account sets the station up and gives both officers their logins.
        try ok(first, ["district", "add", "dobrzec", "--name", "Dobrzec"])
        try ok(first, ["rejon", "add", "dobrzec-1", "--district", "dobrzec", "--name", "Dobrzec Północ", "--street", "Łódzka"])
        try ok(first, ["officer", "add", "szymanski", "--name", "Tomasz Szymański", "--rank", "podkom.", "--badge", "1",
                       "--district", "dobrzec", "--role", "supervisor", "--login", first.name, "--gender", "m"])
        try ok(first, ["officer", "add", "kaczmarek", "--name", "Małgorzata Kaczmarek", "--rank", "mł. asp.", "--badge", "2",
                       "--district", "dobrzec", "--beat", "dobrzec-1", "--login", second.name, "--gender", "f"])

        // The second account is Kaczmarek: she writes as herself, not as her supervisor.
        try ok(second, ["task", "add", "--title", "Patrol przy Łódzkiej", "--assignee", "kaczmarek"], umask: "077")
        let asOther = try beat(second, ["task", "note", "1", "Notatka", "--as", "szymanski"], umask: "077")
        XCTAssertEqual(asOther.status, 77, asOther.stderr)
        XCTAssertTrue(asOther.stderr.contains("Konto „\(second.name)” należy do „kaczmarek”"), asOther.stderr)
        let refData = try beat(second, ["district", "add", "widok", "--name", "Widok"], umask: "077")
        XCTAssertEqual(refData.status, 77)
        XCTAssertTrue(refData.stderr.contains("zmienia tylko kierownik: podkom. Tomasz Szymański"), refData.stderr)
        // The supervisor's account may act for her.
        try ok(first, ["task", "note", "1", "Uzgodniono z kierownikiem", "--as", "kaczmarek"])
        assertShared("after writes by both accounts")

        // A compaction by the second account: a new snapshot and history, still the group's.
        try ok(second, ["compact"], umask: "077")
        assertShared("after the second account's compaction")
        try ok(first, ["contact", "add", "--summary", "Hałas", "--place", "ul. Łódzka 3", "--as", "kaczmarek"])
        try ok(second, ["task", "status", "1", "done"], umask: "077")
        assertShared("after more writes")

        let log = try ok(first, ["log"])
        XCTAssertTrue(log.contains("(kaczmarek): dodała zadanie „Patrol przy Łódzkiej”"), log)
        XCTAssertTrue(log.contains("(kaczmarek): dodała notatkę do zadania nr 1"), log)
        XCTAssertTrue(try ok(second, ["task", "list", "--json"]).contains("\"createdBy\" : \"kaczmarek\"")
                      || (try ok(second, ["task", "list", "--json"])).contains("\"createdBy\": \"kaczmarek\""))

        // beat check is quiet on a well-kept shared store, and warns about anything others may read.
        let quiet = try beat(second, ["check"])
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertFalse(quiet.stderr.contains("uwaga"), quiet.stderr)
        chmod(store + "/journal.jsonl", 0o664)
        let loud = try beat(second, ["check"])
        XCTAssertEqual(loud.status, 0, loud.stderr)
        XCTAssertTrue(loud.stderr.contains("journal.jsonl: uprawnienia 664 pozwalają czytać osobom spoza grupy"), loud.stderr)
    }

    func testAnAccountOutsideTheGroupCannotOpenIt() throws {
        try ok(first, ["init", "--group", group])
        try sh("/usr/bin/gpasswd", ["-d", second.name, group])
        let r = try beat(second, ["task", "list"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertFalse(r.stderr.isEmpty)
    }
}

/// `--group` refused clearly where it cannot work, without root.
final class GroupOptionTests: XCTestCase {
    func testAnUnknownGroupIsAUsageError() throws {
        let beat = BeatBinary(data: temporaryFolder(self))
        let r = try beat.run(["init", "--group", "nie-ma-takiej-grupy"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("Nie ma grupy „nie-ma-takiej-grupy”"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: beat.data), "nothing made")
    }
}
