import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// The real binary in a real terminal: tmux on a private socket, keys sent, the screen read.
final class EndToEndTests: XCTestCase {
    struct Tmux {
        let socket: String
        let session = "beat"

        /// A tmux server of its own: `-L PREFIX-PID-RANDOM`, never a user's.
        init(prefix: String = "beat-e2e") {
            socket = "\(prefix)-\(getpid())-\(UUID().uuidString.prefix(8))"
        }

        /// Runs a tmux command with posix_spawn and waitpid. (Foundation's Process never sees
        /// `tmux new-session -d` exit here: its client is left a zombie while the server it
        /// forked lives on, and waitUntilExit hangs.)
        @discardableResult
        func run(_ args: [String], capture: Bool = false) throws -> String {
            let argv = ["tmux", "-L", socket] + args
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw POSIXError(.EIO) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            if capture {
                posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            } else {
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            }
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
            var cargs = argv.map { strdup($0) } + [nil]
            defer { for a in cargs { free(a) } }
            var pid: pid_t = 0
            let rc = posix_spawnp(&pid, "tmux", &actions, nil, &cargs, environ)
            close(fds[1])
            guard rc == 0 else { close(fds[0]); throw POSIXError(.ENOENT) }
            var out = [UInt8]()
            if capture {
                // The client exits once it has printed; the server never holds this pipe.
                var buf = [UInt8](repeating: 0, count: 65536)
                while true {
                    let n = read(fds[0], &buf, buf.count)
                    if n <= 0 { break }
                    out += buf[0..<n]
                }
            }
            close(fds[0])
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return String(decoding: out, as: UTF8.self)
        }

        func keys(_ k: String...) throws { try run(["send-keys", "-t", session] + k) }
        func literal(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }
        func screen() throws -> String { try run(["capture-pane", "-t", session, "-p"], capture: true) }

        /// Polls the screen until `text` shows (or the deadline passes).
        func waitFor(_ text: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if last.contains(text) { return last }
                usleep(20_000)
            }
            XCTFail("\"\(text)\" never showed; the screen:\n\(last)", file: file, line: line)
            return last
        }

        func kill() { _ = try? run(["kill-server"]) }
    }

    static var haveTmux: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func start(_ beat: BeatBinary, env: [String: String] = [:], size: (Int, Int) = (80, 24), socket: String = "beat-e2e") throws -> Tmux {
        guard Self.haveTmux else {
            XCTFail("tmux is needed for the end-to-end tests (apt-get install -y tmux; .ci/run installs it)")
            throw XCTSkip("no tmux")
        }
        let t = Tmux(prefix: socket)
        addTeardownBlock { t.kill() }
        var vars = beat.env.merging(["TERM": "screen-256color", "LANG": "C.UTF-8", "BEAT_OFFICER": "wisniewski"]) { $1 }
        vars.merge(env) { $1 }
        let assignments = vars.map { "\($0.key)=\($0.value)" }.sorted()
        let command = ["env"] + assignments + [BeatBinary.path, "--data", beat.data]
        let shell = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try t.run(["new-session", "-d", "-s", t.session, "-x", String(size.0), "-y", String(size.1),
                   shell + "; echo BEAT-EXIT=$?; sleep 60"])
        return t
    }

    func testAnOfficersMorningInTheRealTerminal() throws {
        let beat = try demo()
        let t = try start(beat)
        _ = try t.waitFor("1 Pulpit")
        _ = try t.waitFor("Moje zadania po terminie")

        // Log a contact with Polish text through the form.
        try t.keys("3")
        _ = try t.waitFor("kontaktów")
        try t.keys("a")
        _ = try t.waitFor("Nowy kontakt z mieszkańcem")
        let summary = "Zażółć gęślą jaźń — hałas przy Łódzkiej 12"
        try t.literal(summary)
        _ = try t.waitFor("Zażółć gęślą jaźń")
        try t.keys("C-s")
        _ = try t.waitFor("Zapisano kontakt.")

        // Mark a task done: find it, change its status.
        let open = try beat.json(["task", "list", "--officer", "wisniewski", "--status", "open", "--status", "in-progress"])
        let task = try XCTUnwrap(open.first)
        let id = task["id"] as! Int
        let title = task["title"] as! String
        try t.keys("2")
        _ = try t.waitFor("Wykonawca")
        try t.keys("/")
        try t.literal(String(title.prefix(18)))
        try t.keys("Enter")
        try t.keys("s")
        _ = try t.waitFor("Status zadania nr \(id)")
        try t.literal("wyk")
        try t.keys("Enter")
        _ = try t.waitFor("Zadanie nr \(id): wykonane.")

        // Resize down and back.
        try t.run(["resize-window", "-t", t.session, "-x", "30", "-y", "10"])
        _ = try t.waitFor("Beat  1 Pulpit")
        try t.run(["resize-window", "-t", t.session, "-x", "12", "-y", "4"])
        _ = try t.waitFor("Za mały")
        try t.run(["resize-window", "-t", t.session, "-x", "80", "-y", "24"])
        let back = try t.waitFor("6 Posiedzenie")
        XCTAssertFalse(back.contains("Za mały"), back)

        try t.keys("q")
        let end = try t.waitFor("BEAT-EXIT=")
        XCTAssertTrue(end.contains("BEAT-EXIT=0"), end)

        let contacts = try beat.json(["contact", "list", "--officer", "wisniewski"])
        XCTAssertEqual(contacts.first?["summary"] as? String, summary)
        XCTAssertEqual(contacts.first?["category"] as? String, "other")
        let done = try beat.json(["task", "list", "--status", "done"])
        XCTAssertTrue(done.contains { $0["id"] as? Int == id })
    }

    func testATeamMeetingInTheRealTerminal() throws {
        let beat = try demo()
        // An editor that writes the minutes and returns: the interface steps aside for it and comes back.
        let tools = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: tools, withIntermediateDirectories: true)
        let editor = tools + "/editor.sh"
        try "#!/bin/sh\nprintf 'Protokół z edytora: zażółć gęślą jaźń\\n' >> \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let t = try start(beat, env: ["EDITOR": editor, "BEAT_PRINT_DIR": tools])
        _ = try t.waitFor("1 Pulpit")
        try t.keys("6")
        _ = try t.waitFor("1. POSTĘP OD OSTATNIEGO POSIEDZENIA")
        _ = try t.waitFor("od posiedzenia nr 3, 2026-10-20")
        try t.keys("]")
        _ = try t.waitFor("2. CO ZGŁASZALI MIESZKAŃCY")
        try t.keys("p")
        _ = try t.waitFor("Wydruk zapisano")
        try t.keys("]", "]")
        _ = try t.waitFor("4. DECYZJE")
        try t.keys("t")
        _ = try t.waitFor("Decyzja: nowe zadanie")
        try t.literal("Patrole przy garażach ul. Harcerskiej")
        try t.keys("Tab", "Tab", "Tab")
        try t.literal("2026-12-15")
        try t.keys("C-s")
        _ = try t.waitFor("1. Patrole przy garażach ul. Harcerskiej")
        try t.keys("]")
        _ = try t.waitFor("5. ZAPIS POSIEDZENIA")
        try t.keys("Down", "Space")
        _ = try t.waitFor("Obecni: 2")
        try t.keys("e")
        _ = try t.waitFor("Protokół z edytora: zażółć gęślą jaźń")
        try t.keys("C-s")
        _ = try t.waitFor("Zapisać posiedzenie z 2026-11-22? Obecni: 2, decyzje: 1, nowe zadania: 1.")
        try t.keys("t")
        _ = try t.waitFor("Zapisano posiedzenie z 2026-11-22")
        try t.keys("q")
        XCTAssertTrue(try t.waitFor("BEAT-EXIT=").contains("BEAT-EXIT=0"))

        let meeting = try XCTUnwrap(try beat.json(["meeting", "list", "--team", "zespol-dobrzec"]).last)
        XCTAssertEqual(meeting["day"] as? String, "2026-11-22")
        XCTAssertEqual(meeting["minutes"] as? String, "Protokół z edytora: zażółć gęślą jaźń")
        XCTAssertEqual(meeting["attendees"] as? [String], ["dob-prezes"])
        let decision = try XCTUnwrap((meeting["decisions"] as? [[String: Any]])?.first)
        let taskID = try XCTUnwrap(decision["task"] as? Int)
        let task = try XCTUnwrap(try beat.json(["task", "list", "--plan", "2"]).first { $0["id"] as? Int == taskID })
        XCTAssertEqual(task["meeting"] as? Int, meeting["id"] as? Int)
        XCTAssertEqual(task["due"] as? String, "2026-12-15")
        let printed = try FileManager.default.contentsOfDirectory(atPath: tools).filter { $0.hasPrefix("beat-meeting-2026-11-22") }
        XCTAssertEqual(printed.count, 1)
        let text = try String(contentsOfFile: tools + "/" + printed[0], encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("PRZEGLĄD NA POSIEDZENIE ZESPOŁU KOORDYNACYJNEGO"), text)
    }

    func testWithoutColourOnAVT100AndUnderANonUTF8Locale() throws {
        let beat = try demo()
        for env in [["NO_COLOR": "1"], ["TERM": "vt100"], ["LANG": "C", "LC_ALL": "C"]] {
            let t = try start(beat, env: env)
            _ = try t.waitFor("5 Zespoły")  // Polish letters show even under a non-UTF-8 locale
            try t.keys("2")
            let s = try t.waitFor("Wykonawca")
            XCTAssertTrue(s.contains("!"), "overdue is marked by a symbol, not only by colour")
            try t.keys("q")
            XCTAssertTrue(try t.waitFor("BEAT-EXIT=").contains("BEAT-EXIT=0"))
            t.kill()
        }
    }

    func testSIGTERMAndCtrlCRestoreTheTerminal() throws {
        let beat = try demo()
        let t = try start(beat)
        _ = try t.waitFor("1 Pulpit")
        try t.keys("C-c")
        XCTAssertTrue(try t.waitFor("BEAT-EXIT=").contains("BEAT-EXIT=0"))
        t.kill()
        let t2 = try start(beat)
        _ = try t2.waitFor("1 Pulpit")
        try t2.run(["run-shell", "-t", t2.session, "pkill -TERM -f -- '--data \(beat.data)' || true"])
        let s = try t2.waitFor("BEAT-EXIT=")
        XCTAssertTrue(s.contains("BEAT-EXIT=143"), "128 + SIGTERM, as a shell expects of a process stopped by it: \(s)")
        XCTAssertFalse(s.contains("1 Pulpit"), "the interface is gone and the shell's screen is back:\n\(s)")
    }

    func testAMeetingDraftSurvivesAKilledInterface() throws {
        let beat = try demo()
        let state = ["XDG_STATE_HOME": beat.data + "-state"]
        let t = try start(beat, env: state)
        _ = try t.waitFor("1 Pulpit")
        try t.keys("6", "]", "]", "]", "a")
        _ = try t.waitFor("Decyzja")
        try t.literal("Monitoring placu zabaw do marca")
        try t.keys("Enter")
        _ = try t.waitFor("1. Monitoring placu zabaw do marca")
        try t.run(["run-shell", "-t", t.session, "pkill -KILL -f -- '--data \(beat.data)' || true"])
        _ = try t.waitFor("BEAT-EXIT=")
        t.kill()

        let t2 = try start(beat, env: state)
        _ = try t2.waitFor("Przywrócono niezapisany szkic posiedzenia (1 decyzja)")
        try t2.keys("6", "]", "]", "]")
        _ = try t2.waitFor("1. Monitoring placu zabaw do marca")
    }

    /// Keys a real terminal sends that Beat has no use for — Ctrl-Home arrives as
    /// `ESC [ 1 ; 5 H` — never become text; each says it does nothing; the keys Beat uses work.
    func testKeysTheTerminalSendsNeverBecomeText() throws {
        let beat = try demo()
        let t = try start(beat, socket: "beat-keys")
        _ = try t.waitFor("1 Pulpit")
        try t.keys("3", "a")
        _ = try t.waitFor("Nowy kontakt z mieszkańcem")
        try t.literal("Hałas przy Łódzkiej")
        _ = try t.waitFor("Hałas przy Łódzkiej")
        let unused = [("C-Home", "Ctrl-Home"), ("C-End", "Ctrl-End"), ("M-a", "Alt-a"), ("M-Left", "Alt-←"), ("S-Home", "Shift-Home"),
                      ("C-Up", "Ctrl-↑"), ("S-F3", "Shift-F3"), ("C-F5", "Ctrl-F5"), ("F5", "F5"), ("F12", "F12"), ("IC", "Insert"),
                      ("C-Left", "Ctrl-←"), ("M-x", "Alt-x"), ("C-x", "Ctrl-X"), ("C-PageUp", "Ctrl-PgUp")]
        for (key, name) in unused {
            try t.keys(key)
            _ = try t.waitFor("Klawisz \(name) nic tu nie robi")
        }
        try t.keys("Home")
        try t.literal("Głośno: ")
        try t.keys("End")
        try t.literal(" — co noc")
        let form = try t.waitFor("Głośno: Hałas przy Łódzkiej — co noc")
        XCTAssertFalse(form.contains("1;5"), form)
        try t.keys("C-s")
        _ = try t.waitFor("Zapisano kontakt.")
        try t.keys("q")
        XCTAssertTrue(try t.waitFor("BEAT-EXIT=").contains("BEAT-EXIT=0"))
        let contacts = try beat.json(["contact", "list", "--officer", "wisniewski"])
        XCTAssertEqual(contacts.first?["summary"] as? String, "Głośno: Hałas przy Łódzkiej — co noc")
    }

    func testDumbTerminalIsRefusedClearly() throws {
        let beat = try demo()
        let t = try start(beat, env: ["TERM": "dumb"])
        let s = try t.waitFor("BEAT-EXIT=")
        XCTAssertTrue(s.contains("TERM=dumb"), s)
        XCTAssertTrue(s.contains("BEAT-EXIT=64"), s)
    }
}
