@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// A folder store opened whole keeps its contact log as the segments' verified bytes and
/// decodes them when first read (`ContactLog`): it must read, change, save and check exactly
/// as a log decoded at once does — and fall back to decoding at once whenever the bytes are
/// not those Beat recorded.
final class SealedContactLogTests: XCTestCase {
    var dir = ""
    let today = Day("2026-11-22")!
    lazy var clock = Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60))
    var model = Model()

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "beat-sealed-\(UUID().uuidString)"
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 1_500
        model = Synthetic.model(scale, seed: 4, today: today, offsetMinutes: 60)
        try Store.create(at: dir, model: model, clock: clock)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    var snapshot: String { dir + "/snapshot-000000" }
    var segments: [String] { (try? FileManager.default.contentsOfDirectory(atPath: snapshot + "/contacts"))?.sorted() ?? [] }
    var officer: Officer { model.officers.first { $0.beat != nil }! }

    func manifest() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/store.json"))) as! [String: Any]
    }

    func writeManifest(_ m: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: m, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: dir + "/store.json"))
    }

    func draft(_ k: Int) -> ContactDraft {
        ContactDraft(time: clock.now, officer: officer.id, district: officer.district, channel: .phone, category: .other, summary: "nowy \(k)")
    }

    func testOpenedWholeTheLogIsSealedAndReadsAsTheStoreHoldsIt() throws {
        XCTAssertGreaterThan(segments.count, 3, "the fixture spans several months")
        XCTAssertEqual(try manifest()["contactDigests"].map { ($0 as! [String: String]).keys.sorted() }, segments)
        let store = try Store.open(at: dir)
        XCTAssertTrue(store.model.contactLog.isSealed)
        XCTAssertEqual(store.model.contacts, model.contacts)
        XCTAssertEqual(store.model, model.asNewStore)
        // Reading decodes once; the model still compares equal to one decoded at once.
        XCTAssertEqual(store.model.contacts.count, 1_500)
        XCTAssertEqual(store.model.contact(model.contacts[700].id), model.contacts[700])
    }

    func testAnOlderManifestWithoutDigestsDecodesAtOnce() throws {
        var m = try manifest()
        m["contactDigests"] = nil
        try writeManifest(m)
        let store = try Store.open(at: dir)
        XCTAssertFalse(store.model.contactLog.isSealed)
        XCTAssertEqual(store.model.contacts, model.contacts)
        // The next compaction records them.
        try store.append(.addContact(draft(0)), by: officer.id, at: clock.now)
        XCTAssertTrue(try store.compact(by: officer.id))
        XCTAssertNotNil(try manifest()["contactDigests"])
        XCTAssertTrue(try Store.open(at: dir).model.contactLog.isSealed)
    }

    func testNewContactsKeepTheLogSealedAndEverythingElseDecodesIt() throws {
        let store = try Store.open(at: dir)
        for k in 0..<3 { try store.append(.addContact(draft(k)), by: officer.id, at: clock.now) }
        XCTAssertTrue(store.model.contactLog.isSealed, "a new contact decodes nothing")
        XCTAssertEqual(store.model.contacts.count, 1_503)
        XCTAssertEqual(store.model.contacts.suffix(3).map(\.summary), ["nowy 0", "nowy 1", "nowy 2"])
        // A change to an old contact reads it: the log is decoded, and changed in place.
        let old = model.contacts[10]
        try store.append(.markFollowUp(FollowUpMark(contact: old.id, done: today)), by: officer.id, at: clock.now)
        XCTAssertFalse(store.model.contactLog.isSealed)
        XCTAssertEqual(store.model.contact(old.id)?.followUpDone, today)
        // Undo of the newest addition, then a reopen and a compaction: all as written.
        let newest = store.model.contacts.last!.id
        try store.append(.removeContact(Removal(id: newest)), by: officer.id, at: clock.now)
        XCTAssertEqual(store.model.contacts.count, 1_502)
        let reopened = try Store.open(at: dir)
        XCTAssertEqual(reopened.model, store.model)
        XCTAssertTrue(try reopened.compact(by: officer.id))
        let compacted = try Store.open(at: dir)
        XCTAssertTrue(compacted.model.contactLog.isSealed)
        XCTAssertEqual(compacted.model, store.model)
    }

    func testACopyOfTheModelIsAValue() throws {
        let store = try Store.open(at: dir)
        var a = store.model, b = store.model
        try a.apply(.addContact(draft(1)), context: ChangeContext(by: officer.id, at: clock.now))
        try b.apply(.addContact(draft(2)), context: ChangeContext(by: officer.id, at: clock.now))
        XCTAssertTrue(a.contactLog.isSealed && b.contactLog.isSealed)
        XCTAssertEqual(a.contacts.last?.summary, "nowy 1")
        XCTAssertEqual(b.contacts.last?.summary, "nowy 2")
        XCTAssertEqual(store.model.contacts.count, 1_500)
        XCTAssertEqual(Array(a.contacts.dropLast()), store.model.contacts)
        XCTAssertNotEqual(a, b)
    }

    func testThreadsReadingAtOnceDecodeOnceAndAgree() throws {
        let store = try Store.open(at: dir)
        let shared = store.model
        let counts = Counts()
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            counts.add(k, shared.contacts.reduce(0) { $0 &+ $1.id })
        }
        XCTAssertEqual(Set(counts.values).count, 1)
        XCTAssertEqual(counts.values.first, model.contacts.reduce(0) { $0 &+ $1.id })
    }

    func testASegmentChangedOutsideBeatIsDecodedAndCheckedAtOnce() throws {
        let file = snapshot + "/contacts/" + segments[1]
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: file)))
        // Still valid JSON, same size: one letter of a summary changed by hand.
        let key = Array("\"summary\" : \"".utf8)
        let at = (0..<bytes.count - key.count).first { Array(bytes[$0..<$0 + key.count]) == key }! + key.count
        bytes[at] = bytes[at] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let store = try Store.open(at: dir)
        XCTAssertFalse(store.model.contactLog.isSealed)
        XCTAssertTrue(store.model.contacts.contains { $0.summary.hasPrefix("X") || $0.summary.hasPrefix("Y") })
        // Broken, it is refused where it is broken, as before.
        bytes[at - 2] = UInt8(ascii: "#")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        XCTAssertThrowsError(try Store.open(at: dir)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 65)
            XCTAssertTrue("\(e)".contains(self.segments[1]), "\(e)")
        }
    }

    func testAMissingSegmentIsRefusedNotReadAsAMonthWithoutContacts() throws {
        for keepDigests in [true, false] {
            let gone = segments[0]
            let saved = try Data(contentsOf: URL(fileURLWithPath: snapshot + "/contacts/" + gone))
            var m = try manifest()
            if !keepDigests { m["contactDigests"] = nil; try writeManifest(m) }
            try FileManager.default.removeItem(atPath: snapshot + "/contacts/" + gone)
            for scope in [LoadScope.all, .reference, .taskList, .head] {
                XCTAssertThrowsError(try Store.open(at: dir, scope: scope), "\(scope)") { e in
                    XCTAssertEqual((e as? BeatError)?.exitCode, 65)
                    XCTAssertTrue("\(e)".contains(gone), "\(e)")
                }
            }
            try saved.write(to: URL(fileURLWithPath: snapshot + "/contacts/" + gone))
            XCTAssertEqual(try Store.open(at: dir).model.contacts, model.contacts)
        }
    }

    /// Bytes that match their digests are trusted at open; `beat check` still reads them and
    /// checks every contact, and says where a bad one is.
    func testCheckReadsASealedLogWhole() throws {
        let file = snapshot + "/contacts/" + segments[2]
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let bad = text.replacingOccurrences(of: "\"officer\" : \"\(officer.id)\"", with: "\"officer\" : \"nikt\"")
        XCTAssertNotEqual(bad, text, "the segment names the officer")
        try bad.write(toFile: file, atomically: true, encoding: .utf8)
        // As if Beat had written it: its digest recorded.
        var m = try manifest()
        var digests = m["contactDigests"] as! [String: String]
        digests[segments[2]] = Digest.of(Array(bad.utf8))
        m["contactDigests"] = digests
        var sizes = m["segments"] as! [String: Int]
        sizes[segments[2]] = bad.utf8.count
        m["segments"] = sizes
        try writeManifest(m)
        let store = try Store.open(at: dir)
        XCTAssertTrue(store.model.contactLog.isSealed)
        XCTAssertThrowsError(try store.checkEverything()) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 65)
            XCTAssertTrue("\(e)".contains(self.segments[2]) && "\(e)".contains("nikt"), "\(e)")
        }
    }
}

private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var byThread: [Int: Int] = [:]
    func add(_ k: Int, _ v: Int) { lock.lock(); byThread[k] = v; lock.unlock() }
    var values: [Int] { lock.lock(); defer { lock.unlock() }; return Array(byThread.values) }
}
