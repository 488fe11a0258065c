@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// The store's loader against hostile and broken input, through its public surface
/// (`Store.open`, then the whole audit trail, as `beat check` does): every input either
/// loads, or is refused with `file:line:column: reason` — and no file is ever changed.
/// (A trap would end this process: reaching the summary line means no input crashed.)
final class LoaderCorpusTests: XCTestCase {
    struct Tally {
        var inputs = 0, accepted = 0, rejected = 0, filesChanged = 0
        mutating func add(_ o: Tally) {
            inputs += o.inputs; accepted += o.accepted; rejected += o.rejected; filesChanged += o.filesChanged
        }
        func line(_ what: String) -> String {
            "\(what): \(inputs) inputs, 0 crashes, \(filesChanged) files changed, \(accepted) loaded, \(rejected) refused with file:line:column"
        }
    }

    enum Outcome: Equatable {
        case loaded(seq: Int)
        case refused(String)
    }

    /// Loads as `beat check` does; a BeatError other than bad data fails the test.
    /// With `scope` other than `.all`: opens as a writer does (`task add` reads the head
    /// only), without the full history check.
    static func check(_ dir: String, scope: LoadScope = .all) -> Outcome? {
        do {
            let store = try Store.open(at: dir, lockTimeout: 1, scope: scope)
            if scope == .all { _ = try store.auditTrail() }
            return .loaded(seq: store.model.seq)
        } catch let e as BeatError {
            if case .badData(let m) = e { return .refused(m) }
            return nil
        } catch {
            return nil
        }
    }

    /// Checks `dir`, asserting the outcome is sound and nothing changed on disk.
    @discardableResult
    static func judge(_ dir: String, _ tally: inout Tally, file: String? = nil, expected: [String: [UInt8]]? = nil,
               label: @autoclosure () -> String, line: UInt = #line) -> Outcome? {
        let before = expected ?? TrustFixture.files(dir)
        let outcome = LoaderCorpusTests.check(dir)
        tally.inputs += 1
        if TrustFixture.files(dir) != before {
            tally.filesChanged += 1
            XCTFail("\(label()): the loader changed a file", line: line)
        }
        switch outcome {
        case nil:
            XCTFail("\(label()): an error other than bad data", line: line)
        case .loaded:
            tally.accepted += 1
        case .refused(let m):
            tally.rejected += 1
            if !TrustFixture.isLocated(m, in: dir, file: file) {
                XCTFail("\(label()): not located\(file.map { " in " + $0 } ?? ""): \(m)", line: line)
            }
        }
        return outcome
    }

    var dir = ""
    var pristine: [String: [UInt8]] = [:]

    override func setUpWithError() throws {
        dir = TrustFixture.folder(self)
        try TrustFixture.makeStore(at: dir)
        pristine = TrustFixture.files(dir).filter { $0.key != "lock" }
    }

    func restore(_ rel: String) { TrustFixture.write(pristine[rel]!, to: dir + "/" + rel) }

    // MARK: Every truncation

    func testEveryTruncationOfEveryFileLoadsOrIsRefusedWhereItIs() throws {
        var total = Tally()
        let fullSeq = try Store.open(at: dir).model.seq
        for (rel, bytes) in pristine.sorted(by: { $0.key < $1.key }) {
            var tally = Tally()
            var expected = TrustFixture.files(dir)
            for cut in 0..<bytes.count {
                expected[rel] = Array(bytes[..<cut])
                TrustFixture.write(expected[rel]!, to: dir + "/" + rel)
                let outcome = LoaderCorpusTests.judge(dir, &tally, file: rel == "journal.jsonl" ? nil : rel, expected: expected, label: "\(rel) cut at \(cut)")
                if rel == "journal.jsonl" {
                    // A short journal is a torn write: the complete lines load, the rest is skipped.
                    let whole = bytes[..<cut].filter { $0 == 10 }.count
                    XCTAssertEqual(outcome, .loaded(seq: fullSeq - 2 + whole), "\(rel) cut at \(cut)")
                } else if cut == bytes.count - 1, bytes.last == 10, !rel.hasPrefix("history") {
                    XCTAssertEqual(outcome, .loaded(seq: fullSeq), "only the final newline is gone")
                } else if case .loaded = outcome {
                    XCTFail("\(rel) cut at \(cut) of \(bytes.count) loaded")
                }
            }
            restore(rel)
            total.add(tally)
        }
        XCTAssertEqual(total.filesChanged, 0)
        print(total.line("loader corpus, every truncation"))
    }

    // MARK: Random damage

    func testRandomByteFlipsLoadOrAreRefusedWhereTheyAre() throws {
        var rng = SeededRandom(seed: 20261122)
        var total = Tally()
        for (rel, bytes) in pristine.sorted(by: { $0.key < $1.key }) where !bytes.isEmpty {
            var expected = TrustFixture.files(dir)
            for round in 0..<120 {
                var damaged = bytes
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let at = Int.random(in: 0..<damaged.count, using: &rng)
                    damaged[at] = round % 2 == 0 ? damaged[at] ^ (1 << UInt8.random(in: 0...7, using: &rng)) : UInt8.random(in: 0...255, using: &rng)
                }
                TrustFixture.write(damaged, to: dir + "/" + rel)
                expected[rel] = damaged
                LoaderCorpusTests.judge(dir, &total, expected: expected, label: "\(rel) round \(round)")
            }
            restore(rel)
        }
        XCTAssertEqual(total.filesChanged, 0)
        print(total.line("loader corpus, random byte flips (seed 20261122)"))
    }

    // MARK: Named hostile inputs

    /// Each case edits one file's text and names the file the refusal must point into.
    struct Case {
        var name: String
        var file: String
        var edit: (String) -> String
        /// A word the message must hold.
        var says: String
    }

    func snapshotName() throws -> String { try Store.readManifest(dir).snapshot }

    func testNamedHostileInputsAreRefusedWithFileLineColumn() throws {
        let snap = try snapshotName()
        let ref = snap + "/reference.json"
        let segment = snap + "/contacts/" + Disk.list(dir + "/" + snap + "/contacts").first!
        let history = "history/" + Disk.list(dir + "/history").first!
        func replace(_ a: String, _ b: String) -> (String) -> String { { $0.replacingOccurrences(of: a, with: b) } }
        func firstLine(_ f: @escaping (String) -> String) -> (String) -> String {
            { text in
                var lines = text.components(separatedBy: "\n")
                lines[0] = f(lines[0])
                return lines.joined(separator: "\n")
            }
        }
        let cases: [Case] = [
            Case(name: "wrong type: residents as text", file: ref, edit: replace("\"residents\" : 17000", "\"residents\" : \"dużo\""), says: "residents"),
            Case(name: "wrong type: a list where an object goes", file: ref, edit: replace("\"counters\" : {", "\"counters\" : [{"), says: ""),
            Case(name: "a number too large for 64 bits", file: ref, edit: replace("\"residents\" : 17000", "\"residents\" : 99999999999999999999"), says: ""),
            Case(name: "a counter at Int.max (would trap at the next addition)", file: ref,
                 edit: { $0.replacingOccurrences(of: #""task" : \d+"#, with: "\"task\" : 9223372036854775807", options: .regularExpression) }, says: "9223372036854775807"),
            Case(name: "a negative head count", file: ref, edit: replace("\"residents\" : 17000", "\"residents\" : -5"), says: "-5"),
            Case(name: "snapshot seq out of range", file: ref, edit: { $0.replacingOccurrences(of: #""seq" : \d+"#, with: "\"seq\" : -1", options: .regularExpression) }, says: ""),
            Case(name: "an impossible day", file: ref, edit: replace("\"due\" : \"2026-11-15\"", "\"due\" : \"2026-02-30\""), says: "2026-02-30"),
            Case(name: "a day in the year 0", file: ref, edit: replace("\"due\" : \"2026-11-15\"", "\"due\" : \"0000-01-01\""), says: "0000-01-01"),
            Case(name: "an impossible time", file: segment, edit: { $0.replacingOccurrences(of: #"T18:00:00"#, with: "T25:00:00") }, says: "25:00"),
            Case(name: "an unknown category", file: segment, edit: replace("\"public-drinking\"", "\"bank-robbery\""), says: "category"),
            Case(name: "a duplicate officer id", file: ref, edit: replace("\"id\" : \"zielinska\"", "\"id\" : \"nowicki\""), says: "nowicki"),
            Case(name: "a task of a missing officer", file: ref, edit: replace("\"assignee\" : \"zielinska\"", "\"assignee\" : \"kowalski\""), says: "kowalski"),
            Case(name: "a task of a missing plan", file: ref, edit: replace("\"plan\" : 1,", "\"plan\" : 77,"), says: "77"),
            Case(name: "a beat in a missing district", file: ref, edit: replace("\"district\" : \"dobrzec\",\n      \"id\" : \"dobrzec-1\"", "\"district\" : \"kalisz\",\n      \"id\" : \"dobrzec-1\""), says: "kalisz"),
            Case(name: "a contact of a missing district", file: segment, edit: replace("\"district\" : \"dobrzec\"", "\"district\" : \"widok-2\""), says: "widok-2"),
            Case(name: "a contact filed under the wrong month", file: segment, edit: { $0.replacingOccurrences(of: #""month" : "\d{4}-\d{2}""#, with: "\"month\" : \"1999-01\"", options: .regularExpression) }, says: "1999-01"),
            Case(name: "invalid UTF-8", file: ref, edit: replace("Nowicki", "Now\u{FFFD}icki"), says: "UTF-8"),
            Case(name: "a lone surrogate escape", file: ref, edit: replace("Łukasz", "\\ud800ukasz"), says: "surogat"),
            Case(name: "a NUL inside a text", file: ref, edit: replace("Łukasz", "Łu\u{0}kasz"), says: "sterujący"),
            Case(name: "a number with a leading zero", file: ref, edit: replace("\"residents\" : 17000", "\"residents\" : 017000"), says: ""),
            Case(name: "values nested 100,000 deep", file: ref,
                 edit: replace("\"streets\" : [", "\"streets\" : " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + ", \"x\": ["), says: "zagnieżdżone"),
            Case(name: "unknown format version", file: "store.json", edit: replace("\"version\" : 1", "\"version\" : 99"), says: "99"),
            Case(name: "not a store manifest", file: "store.json", edit: replace("beat-store", "other-store"), says: "beat-store"),
            Case(name: "a manifest pointing outside the store", file: "store.json",
                 edit: { $0.replacingOccurrences(of: #""snapshot" : "[^"]*""#, with: "\"snapshot\" : \"../../etc\"", options: .regularExpression) }, says: "../../etc"),
            Case(name: "a manifest naming a missing snapshot", file: "store.json",
                 edit: { $0.replacingOccurrences(of: #""snapshot" : "[^"]*""#, with: "\"snapshot\" : \"snapshot-999999\"", options: .regularExpression) }, says: "snapshot-999999"),
            Case(name: "manifest and snapshot disagree on seq", file: "store.json",
                 edit: { $0.replacingOccurrences(of: #""seq" : \d+"#, with: "\"seq\" : 3", options: .regularExpression) }, says: "3"),
            Case(name: "a journal line bad in the middle", file: "journal.jsonl", edit: firstLine { String($0.dropLast(5)) }, says: ""),
            Case(name: "a journal line out of order", file: "journal.jsonl", edit: firstLine { $0.replacingOccurrences(of: #""seq":\d+"#, with: "\"seq\":40", options: .regularExpression) }, says: "40"),
            Case(name: "a journal change that does not fit", file: "journal.jsonl", edit: replace("\"task\":2", "\"task\":222"), says: "222"),
            Case(name: "an unknown change", file: "journal.jsonl", edit: replace("setTaskStatus", "launchRocket"), says: "launchRocket"),
            Case(name: "a note index at Int.max (a message once added 1 to it)", file: "journal.jsonl",
                 edit: { $0 + #"{"seq":10,"at":"2026-11-22T09:00:00+01:00","by":"nowicki","change":{"removeNote":{"task":1,"index":9223372036854775807}}}"# + "\n" },
                 says: "9223372036854775807+1"),
            Case(name: "a history line damaged in the middle", file: history, edit: firstLine { $0.replacingOccurrences(of: "\"seq\":1", with: "\"seq\":\"one\"") }, says: "seq"),
            Case(name: "a history file missing its last line", file: history,
                 edit: { t in var l = t.components(separatedBy: "\n"); l.removeLast(2); return l.joined(separator: "\n") + "\n" }, says: ""),
        ]
        var tally = Tally()
        for c in cases {
            let original = String(decoding: pristine[c.file]!, as: UTF8.self)
            var edited = Array(c.edit(original).utf8)
            XCTAssertNotEqual(edited, pristine[c.file]!, "\(c.name): the edit did not apply")
            if c.name == "invalid UTF-8" { edited = edited.replacing([0xEF, 0xBF, 0xBD], with: [0xC0, 0xAF]) }
            TrustFixture.write(edited, to: dir + "/" + c.file)
            if case .refused(let m)? = LoaderCorpusTests.judge(dir, &tally, file: c.file, label: c.name), !c.says.isEmpty {
                XCTAssertTrue(m.contains(c.says), "\(c.name): \(m)")
            } else if case .loaded? = LoaderCorpusTests.check(dir) {
                XCTFail("\(c.name): loaded")
            }
            restore(c.file)
        }
        XCTAssertEqual(LoaderCorpusTests.check(dir), .loaded(seq: 9))
        print(tally.line("loader corpus, named hostile inputs"))
    }

    func testATornLastJournalLineLoadsWithAWarningButABadMiddleLineIsRefused() throws {
        let journal = String(decoding: pristine["journal.jsonl"]!, as: UTF8.self)
        let lines = journal.split(separator: "\n").map(String.init)
        // Torn at the end: the writer died mid-line.
        try (lines[0] + "\n" + lines[1].prefix(30)).write(toFile: dir + "/journal.jsonl", atomically: false, encoding: .utf8)
        let store = try Store.open(at: dir)
        XCTAssertEqual(store.model.seq, 8)
        XCTAssertTrue(store.warnings.contains { $0.contains("journal.jsonl:2") }, "\(store.warnings)")
        // The same damage with a good line after it is not a torn write: refused.
        try (String(lines[0].prefix(30)) + "\n" + lines[1] + "\n").write(toFile: dir + "/journal.jsonl", atomically: false, encoding: .utf8)
        guard case .refused(let m)? = LoaderCorpusTests.check(dir) else { return XCTFail("loaded") }
        XCTAssertTrue(TrustFixture.isLocated(m, in: dir, file: "journal.jsonl") && m.contains("journal.jsonl:1:"), m)
    }

    func testAHugeTextLoadsAndFieldLimitsAreEnforcedOnlyOnChanges() throws {
        // 20 MB in one note: loads (the snapshot is data, not a change), takes no shortcut.
        let ref = try snapshotName() + "/reference.json"
        let text = String(decoding: pristine[ref]!, as: UTF8.self)
        let huge = String(repeating: "ż", count: 10_000_000)
        try text.replacingOccurrences(of: "Rozmowa z mieszkańcami skweru", with: huge).write(toFile: dir + "/" + ref, atomically: false, encoding: .utf8)
        let store = try Store.open(at: dir)
        XCTAssertEqual(store.model.task(1)?.notes.first?.text.count, 10_000_000)
        XCTAssertThrowsError(try store.append(.addNote(NoteAddition(task: 1, text: huge)), by: "nowicki", at: TrustFixture.now)) { e in
            XCTAssertTrue("\(e)".contains("4000"), "\(e)")
        }
    }
}
