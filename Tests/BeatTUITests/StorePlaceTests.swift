import BeatCore
import Foundation
import XCTest

/// Where Beat writes, and what it finds where its files should be: outputs never inside a
/// store, new stores only in a missing or empty folder, never two restores into one,
/// one-character paths, store files that are folders, FIFOs or symlinks.
final class StorePlaceTests: XCTestCase {
    func compactedDemo() throws -> BeatBinary {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_OFFICER": "kaczmarek"])
        try beat.ok(["init", "--demo"])
        try beat.ok(["task", "note", "1", "przed kompaktowaniem"])
        try beat.ok(["compact"])
        try beat.ok(["task", "note", "1", "po kompaktowaniu"])
        return beat
    }

    /// Every file under `dir` (lock aside) with its bytes and mode.
    func snapshot(_ dir: String) -> [String: String] {
        var out: [String: String] = [:]
        let e = FileManager.default.enumerator(atPath: dir)
        while let f = e?.nextObject() as? String {
            var st = stat()
            guard lstat(dir + "/" + f, &st) == 0, f != "lock" else { continue }
            let bytes = FileManager.default.contents(atPath: dir + "/" + f).map { $0.base64EncodedString() } ?? "-"
            out[f] = "\(st.st_mode) \(bytes)"
        }
        return out
    }

    func firstSegment(_ beat: BeatBinary) throws -> String {
        let snap = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: beat.data).first { $0.hasPrefix("snapshot-") })
        let seg = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: beat.data + "/" + snap + "/contacts").sorted().first)
        return beat.data + "/" + snap + "/contacts/" + seg
    }

    // MARK: 2. Outputs and stores written where they must not be

    func testNoOutputAndNoNewStoreInsideAStoreAtAnyDepthThroughSymlinksToo() throws {
        let beat = try compactedDemo()
        let segment = try firstSegment(beat)
        let snapshotFolder = (segment as NSString).deletingLastPathComponent
        let link = beat.data + "-skrot"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: snapshotFolder)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: link) }
        let backup = beat.data + "-kopia.tar"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: backup) }
        try beat.ok(["backup", backup])
        let before = snapshot(beat.data)
        let targets = [segment, beat.data + "/history/nowy.txt", beat.data + "/store.json", link + "/" + (segment as NSString).lastPathComponent,
                       link + "/nowy.txt"]
        var runs = 0
        for target in targets {
            for command in [["report", "progress", "-o", target], ["export", "json", "-o", target], ["export", "csv", "--what", "tasks", "-o", target],
                            ["export", "ics", "-o", target], ["backup", target]] {
                let r = try beat.run(command)
                runs += 1
                XCTAssertEqual(r.status, 73, "\(command): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains(beat.data), "names the store: \(r.stderr)")
            }
        }
        for place in [beat.data + "/nowy", snapshotFolder + "/nowy", link + "/nowy", beat.data + "/history"] {
            let elsewhere = BeatBinary(data: place, env: beat.env)
            for command in [["init"], ["init", "--demo"], ["restore", backup]] {
                let r = try elsewhere.run(command)
                runs += 1
                XCTAssertEqual(r.status, 73, "\(command) --data \(place): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains(beat.data), "names the store: \(r.stderr)")
            }
        }
        XCTAssertEqual(snapshot(beat.data), before, "the store is as it was")
        try beat.ok(["check"])
        print("outputs and new stores aimed inside a store: \(runs) commands, every one refused (73), no file changed")
    }

    func testInitAndRestoreTouchNothingButAMissingOrEmptyFolder() throws {
        let root = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let beat = try compactedDemo()
        let backup = root + "/kopia.tar"
        try beat.ok(["backup", backup])
        // A file, a folder with something in it, a dangling symlink: refused before anything is touched.
        let file = root + "/plik.txt", full = root + "/pelny", dangling = root + "/wiszacy"
        try Data("moje notatki".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o644)
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: full + "/a.txt"))
        chmod(full, 0o755)
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: root + "/nigdzie")
        let before = snapshot(root)
        for place in [file, full, dangling] {
            for command in [["init"], ["init", "--demo"], ["restore", backup]] {
                let r = try BeatBinary(data: place).run(command)
                XCTAssertEqual(r.status, 73, "\(command) --data \(place): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains(place), r.stderr)
            }
        }
        XCTAssertEqual(snapshot(root), before, "nothing Beat did not create was removed or changed")
        XCTAssertEqual(modeOf(file), 0o644)
        XCTAssertEqual(modeOf(full), 0o755)
        // An existing empty folder keeps its mode and identity; the store goes inside.
        for command in [["init", "--demo"], ["restore", backup]] {
            let empty = root + "/pusty-\(command[0])"
            try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
            chmod(empty, 0o750)
            var st = stat()
            stat(empty, &st)
            let inode = st.st_ino
            try BeatBinary(data: empty).ok(command)
            stat(empty, &st)
            XCTAssertEqual(st.st_ino, inode, "the same folder")
            XCTAssertEqual(st.st_mode & 0o777, 0o750, "its mode kept")
            let check = try BeatBinary(data: empty).run(["check"])
            XCTAssertEqual(check.status, 0)
            XCTAssertTrue(check.stderr.contains("chmod go-rwx"), "check says the folder is looser than it should be: \(check.stderr)")
        }
    }

    func testTwoRestoresIntoOneFolderAtOnceOneWinsTheOtherIsRefused() throws {
        let beat = try compactedDemo()
        let backup = beat.data + "-kopia.tar"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: backup) }
        try beat.ok(["backup", backup])
        let other = try compactedDemo()
        try other.ok(["task", "note", "2", "inny magazyn"])
        let backup2 = other.data + "-kopia.tar"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: backup2) }
        try other.ok(["backup", backup2])
        let root = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        var outcomes: [String: Int] = [:]
        for round in 0..<8 {
            let target = root + "/cel-\(round)"
            if round % 2 == 1 { try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true) }
            final class Results: @unchecked Sendable { var codes: [Int32] = [0, 0]; var winner = -1 }
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                let r = try? BeatBinary(data: target).run(["restore", k == 0 ? backup : backup2])
                results.codes[k] = r?.status ?? -1
            }
            let codes = results.codes
            XCTAssertEqual(codes.filter { $0 == 0 }.count, 1, "round \(round): exactly one wins: \(codes)")
            XCTAssertTrue(codes.allSatisfy { [0, 73, 75].contains($0) }, "round \(round): \(codes)")
            outcomes[codes.map(String.init).sorted().joined(separator: "/"), default: 0] += 1
            // The store there is one of the two, whole.
            try BeatBinary(data: target).ok(["check"])
            let notes = try Store.open(at: target, readOnly: true).model.task(2)?.notes.map(\.text) ?? []
            let winner = codes[0] == 0 ? 0 : 1
            XCTAssertEqual(notes.contains("inny magazyn"), winner == 1, "round \(round): the winner's store, not a mix")
            XCTAssertEqual(CrashRecoveryTests.strays(target), [])
        }
        print("two restores at once into one folder, 8 rounds (missing and empty): \(outcomes)")
    }

    func testInitOnAFullDiskLeavesNothingBehind() throws {
        let root = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // Step n fails; a clean-up step that is chosen fails silently, so the run goes on to
        // the end: stop after a few runs in a row that end well.
        var n = 0, failures = 0, inARow = 0
        while inARow < 5 && n < 300 {
            let nested = root + "/a/b/c"
            let r = try BeatBinary(data: nested, env: ["BEAT_FAULT": "ENOSPC@\(n)"]).run(["init"])
            if r.status == 0 {
                inARow += 1
                try FileManager.default.removeItem(atPath: root + "/a")
            } else {
                inARow = 0
                failures += 1
                XCTAssertEqual(r.status, 73, "step \(n): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("No space left on device"), r.stderr)
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), [], "step \(n): init left something behind")
            }
            let empty = root + "/pusty"
            try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
            let e = try BeatBinary(data: empty, env: ["BEAT_FAULT": "ENOSPC@\(n)"]).run(["init"])
            if e.status != 0 {
                XCTAssertEqual(e.status, 73, "step \(n): \(e.stderr)")
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: empty), [], "step \(n): the empty folder is empty again")
            }
            try FileManager.default.removeItem(atPath: empty)
            n += 1
        }
        XCTAssertGreaterThan(failures, 8)
        print("init with a full disk at each of \(n - 5) steps (\(failures) failed): exit 73, nothing left behind")
    }

    // MARK: 3. One-character paths

    func testOneAndTwoCharacterRelativePathsWork() throws {
        let cwd = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: true)
        func run(_ args: [String]) throws -> BeatBinary.Result { try BeatBinary(data: cwd).run(args, cwd: cwd) }
        for (store, file, restored) in [("a", "q", "r"), ("ab", "qq", "rr")] {
            for args in [["init", "--demo", "--data", store], ["backup", file, "--data", store], ["restore", file, "--data", restored],
                         ["check", "--data", restored], ["report", "progress", "-o", "o" + file, "--data", store],
                         ["export", "json", "-o", "j" + file, "--data", store], ["compact", "--data", store, "--as", "kaczmarek"]] {
                let r = try run(args)
                XCTAssertEqual(r.status, 0, "beat \(args.joined(separator: " ")): \(r.stderr)")
            }
            XCTAssertTrue(FileManager.default.fileExists(atPath: cwd + "/" + file))
            XCTAssertTrue(FileManager.default.fileExists(atPath: cwd + "/" + restored + "/store.json"))
        }
    }

    // MARK: 4. Store files that are not plain files

    func testAStoreFileThatIsAFolderAFIFOOrASymlinkIsRefusedNamingItAndNothingHangs() throws {
        let beat = try compactedDemo()
        let segment = try firstSegment(beat)
        let snap = ((segment as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        let history = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: beat.data + "/history").first)
        let files = [beat.data + "/store.json", beat.data + "/journal.jsonl", snap + "/reference.json", segment,
                     beat.data + "/history/" + history, beat.data + "/lock"]
        let pristine = beat.data + "-czysty"
        try FileManager.default.copyItem(atPath: beat.data, toPath: pristine)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: pristine) }
        let outside = beat.data + "-poza"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: outside) }
        let commands = [["check"], ["task", "list"], ["contact", "list"], ["task", "note", "1", "x"], ["contact", "add", "--summary", "x"],
                        ["compact"], ["backup", beat.data + "-k.tar"]]
        var runs = 0
        for file in files {
            for kind in ["folder", "fifo", "symlink"] {
                try? FileManager.default.removeItem(atPath: beat.data)
                try FileManager.default.copyItem(atPath: pristine, toPath: beat.data)
                try? FileManager.default.removeItem(atPath: outside)
                try FileManager.default.copyItem(atPath: file, toPath: outside)
                let target = try Data(contentsOf: URL(fileURLWithPath: outside))
                try FileManager.default.removeItem(atPath: file)
                switch kind {
                case "folder": try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
                case "fifo": XCTAssertEqual(mkfifo(file, 0o600), 0)
                default: try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: outside)
                }
                for command in commands {
                    let start = Date()
                    let r = try BeatBinary(data: beat.data, env: ["BEAT_OFFICER": "kaczmarek", "BEAT_LOCK_TIMEOUT": "2"]).run(command, timeout: 20)
                    runs += 1
                    XCTAssertLessThan(Date().timeIntervalSince(start), 10, "\(kind) \(file): \(command) hung")
                    XCTAssertEqual(r.status, 65, "\(kind) in place of \(file): \(command): \(r.stderr)")
                    XCTAssertTrue(r.stderr.contains(file), "\(kind) \(file): \(command): names it: \(r.stderr)")
                    try? FileManager.default.removeItem(atPath: beat.data + "-k.tar")
                }
                XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: outside)), target, "\(kind) \(file): the symlink's target was written")
            }
        }
        // A dangling lock symlink makes no file; the store folder itself may be a symlink.
        try? FileManager.default.removeItem(atPath: beat.data)
        try FileManager.default.copyItem(atPath: pristine, toPath: beat.data)
        try FileManager.default.removeItem(atPath: beat.data + "/lock")
        try FileManager.default.createSymbolicLink(atPath: beat.data + "/lock", withDestinationPath: outside + "-nowy")
        XCTAssertEqual(try beat.run(["task", "list"]).status, 65)
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside + "-nowy"), "a dangling lock symlink made a file")
        try FileManager.default.removeItem(atPath: beat.data + "/lock")
        let linked = beat.data + "-link"
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: beat.data)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: linked) }
        let viaLink = BeatBinary(data: linked, env: ["BEAT_OFFICER": "kaczmarek"])
        try viaLink.ok(["task", "note", "1", "przez dowiązanie"])
        try viaLink.ok(["compact"])
        try viaLink.ok(["check"])
        print("store files as folders, FIFOs and symlinks: \(files.count) files × 3 kinds × \(commands.count) commands = \(runs) runs, each 65 naming the file, none hung")
    }

    // MARK: 5. Paths on the terminal, UTF-8, filters, the reference digest

    func testTypedPathsNeverPutEscapeBytesOnTheTerminal() throws {
        let root = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let store = root + "/sklep\u{1B}[31m\u{1B}]0;x\u{07}"
        let beat = BeatBinary(data: store, env: ["BEAT_OFFICER": "kaczmarek"])
        var outputs: [BeatBinary.Result] = []
        outputs.append(try beat.run(["init", "--demo"]))
        outputs.append(try beat.run(["check"]))
        outputs.append(try beat.run(["backup", root + "/kopia\u{1B}[2J.tar"]))
        outputs.append(try beat.run(["report", "progress", "-o", root + "/raport\u{1B}[2J.txt"]))
        outputs.append(try BeatBinary(data: root + "/odtw\u{1B}[1m").run(["restore", root + "/kopia\u{1B}[2J.tar"]))
        outputs.append(try beat.run(["report", "progress", "--width", "\u{1B}[2J"]))
        outputs.append(try beat.run(["task", "list", "--officer", "\u{1B}[2J"]))
        outputs.append(try beat.run(["report", "progress"]))
        for (k, r) in outputs.enumerated() {
            XCTAssertFalse(r.stdout.contains("\u{1B}") || r.stderr.contains("\u{1B}"), "output \(k) holds ESC: \(r.stdout.prefix(200)) \(r.stderr)")
        }
        XCTAssertEqual(outputs.prefix(5).map(\.status), [0, 0, 0, 0, 0])
        XCTAssertTrue(outputs[0].stdout.contains("␛[31m"), outputs[0].stdout)
    }

    func testArgumentsThatAreNotUTF8AreRefusedNamingTheOption() throws {
        let beat = try compactedDemo()
        let before = try Store.open(at: beat.data, readOnly: true).model
        let bad = [UInt8]("Hałas".utf8).prefix(2) + [0xFF, 0x61]
        func run(_ args: [[UInt8]]) -> (Int32, String) {
            let argv = ([[UInt8](BeatBinary.path.utf8)] + args + [[UInt8]("--data".utf8), [UInt8](beat.data.utf8)]).map { bytes -> UnsafeMutablePointer<CChar>? in
                let p = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
                for (i, b) in bytes.enumerated() { p[i] = CChar(bitPattern: b) }
                p[bytes.count] = 0
                return p
            } + [nil]
            defer { for p in argv { p?.deallocate() } }
            var pipe: [Int32] = [0, 0]
            Glibc.pipe(&pipe)
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
            posix_spawn_file_actions_addclose(&actions, pipe[0])
            let env = beat.env.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { for e in env { free(e) } }
            var pid: pid_t = 0
            posix_spawn(&pid, BeatBinary.path, &actions, nil, argv, env)
            close(pipe[1])
            var out: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(pipe[0], &buf, 4096)
                if n <= 0 { break }
                out += buf[0..<n]
            }
            close(pipe[0])
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return ((status >> 8) & 0xFF, String(decoding: out, as: UTF8.self))
        }
        let cases: [([[UInt8]], String)] = [
            ([Array("task".utf8), Array("add".utf8), Array("--title".utf8), Array(bad), Array("--assignee".utf8), Array("kaczmarek".utf8)], "--title"),
            ([Array("contact".utf8), Array("add".utf8), Array("--summary=".utf8) + bad, Array("--as".utf8), Array("kaczmarek".utf8)], "--summary"),
            ([Array("task".utf8), Array("note".utf8), Array("1".utf8), Array(bad), Array("--as".utf8), Array("kaczmarek".utf8)], "4"),
        ]
        for (args, named) in cases {
            let (status, stderr) = run(args)
            XCTAssertEqual(status, 64, stderr)
            XCTAssertTrue(stderr.contains(named) && stderr.contains("UTF-8"), stderr)
        }
        XCTAssertEqual(try Store.open(at: beat.data, readOnly: true).model, before, "nothing stored")
    }

    func testAnUnknownIDInAnyListFilterIsAUsageError() throws {
        let beat = try compactedDemo()
        let filters: [[String]] = [
            ["task", "list", "--officer", "NIKT"], ["task", "list", "--district", "NIGDZIE"], ["task", "list", "--plan", "999"],
            ["task", "list", "--json", "--officer", "NIKT"], ["contact", "list", "--officer", "NIKT"], ["contact", "list", "--district", "NIGDZIE"],
            ["contact", "list", "--category", "NIC"], ["plan", "list", "--district", "NIGDZIE"], ["meeting", "list", "--team", "NIKT"],
            ["log", "--officer", "NIKT"], ["export", "ics", "--officer", "NIKT"],
        ]
        for f in filters {
            let r = try beat.run(f)
            XCTAssertEqual(r.status, 64, "\(f): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(f.last!), "\(f): names it: \(r.stderr)")
        }
        for f in [["task", "list", "--officer", "kaczmarek"], ["contact", "list", "--district", "dobrzec"], ["log", "--officer", "kaczmarek"]] {
            try beat.ok(f)
        }
    }

    func testCheckSaysAReferenceFileChangedOutsideBeatAndCompactTakesIt() throws {
        let beat = try compactedDemo()
        let snap = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: beat.data).first { $0.hasPrefix("snapshot-") })
        let ref = beat.data + "/" + snap + "/reference.json"
        let text = try String(contentsOfFile: ref, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"residents\" : 17000", with: "\"residents\" : 17001")
        XCTAssertEqual(edited.utf8.count, text.utf8.count, "a valid edit of the same size")
        XCTAssertNotEqual(edited, text)
        try edited.write(toFile: ref, atomically: false, encoding: .utf8)
        let check = try beat.run(["check"])
        XCTAssertEqual(check.status, 65, check.stderr)
        XCTAssertTrue(check.stderr.contains(ref + ":1:1:") && check.stderr.contains("poza Beat"), check.stderr)
        try beat.ok(["compact"])
        try beat.ok(["check"])
        XCTAssertEqual(try Store.open(at: beat.data, readOnly: true).model.district("dobrzec")?.residents, 17001)
    }
}

/// A path's permission bits.
private func modeOf(_ path: String) -> mode_t? {
    var st = stat()
    return stat(path, &st) == 0 ? st.st_mode & 0o777 : nil
}
