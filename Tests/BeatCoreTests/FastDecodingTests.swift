@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// The fast path reads exactly what `JSONDecoder` reads, and gives up on anything else, so a
/// bad file is still explained by the ordinary path with the same `file:line:column`.
final class FastDecodingTests: XCTestCase {
    let today = Day("2026-11-22")!

    /// A model with every kind of record and field: the demo pilot plus synthetic data.
    lazy var model: Model = {
        var scale = Synthetic.Size.demo.scale
        scale.contacts = 600
        return Synthetic.model(scale, seed: 3, today: today, offsetMinutes: 60)
    }()

    func slow<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) throws -> T { try JSONDecoder().decode(T.self, from: Data(bytes)) }

    func assertSame<T: Codable & FastDecodable & Equatable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws {
        for pretty in [true, false] {
            let bytes = try JSONCoding.encode(value, pretty: pretty)
            let fast = FastJSON.decode(T.self, from: bytes)
            XCTAssertNotNil(fast, "the fast path gave up on \(T.self) as Beat writes it", file: file, line: line)
            XCTAssertEqual(fast, value, file: file, line: line)
            XCTAssertEqual(fast, try slow(T.self, bytes), file: file, line: line)
        }
    }

    func testEveryRecordAsBeatWritesItDecodesTheSameOnBothPaths() throws {
        for m in [model, DemoPilot.model(today: today, offsetMinutes: 60)] {
            let ref = Snapshot.Reference(seq: 7, counters: m.counters, districts: m.districts, beats: m.beats, officers: m.officers,
                                         teams: m.teams, plans: m.plans, tasks: m.tasks, meetings: m.meetings)
            try assertSame(ref)
            try assertSame(Snapshot.Segment(month: "2026-11", contacts: m.contacts))
            for c in m.contacts.prefix(50) { try assertSame(c) }
            for t in m.tasks.prefix(20) { try assertSame(t) }
            for p in m.plans { try assertSame(p) }
            for x in m.meetings { try assertSame(x) }
            for x in m.teams { try assertSame(x) }
        }
        // Every optional field both present and absent.
        var c = model.contacts.first { $0.resident != nil }!
        c.followUp = today
        c.followUpDone = today
        c.task = 1
        c.beat = nil
        try assertSame(c)
        c.resident = ResidentData(name: "Anna Nowak")
        try assertSame(c)
    }

    func testEscapesAndPolishTextDecodeTheSame() throws {
        var c = model.contacts[0]
        for text in ["Cytat: \"zażółć\" \\ gęślą / jaźń", "linia 1\nlinia 2\ttab\r", "👮‍♀️ policjantka 🚓 i 警察", "\u{1}\u{1F}\u{7F}",
                     "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ — „cudzysłów”", ""] {
            c.summary = text
            c.place = text
            try assertSame(c)
        }
        // Escapes JSONEncoder does not write but a person might: \u for Polish letters and a surrogate pair, \/.
        let handWritten = #"{"category":"other","channel":"phone","district":"d","id":1,"officer":"o","place":"\u0141\u00f3dzka \/ r\u00f3g","summary":"\ud83d\udc6e ok","time":"2026-11-22T08:15:00+01:00"}"#
        let fast = FastJSON.decode(ResidentContact.self, from: Array(handWritten.utf8))
        XCTAssertEqual(fast?.place, "Łódzka / róg")
        XCTAssertEqual(fast?.summary, "👮 ok")
        XCTAssertEqual(fast, try slow(ResidentContact.self, Array(handWritten.utf8)))
    }

    func testKeysInAnyOrderNullsAndUnknownKeysAreReadLikeJSONDecoder() throws {
        let text = #"""
        { "time": "2026-11-22T08:15:00Z", "summary": "Zgłoszenie", "place": "", "officer": "o", "id": 5,
          "future": {"nested": [1, 2.5e3, -0.5, true, false, null, "x\"y"]}, "district": "d",
          "channel": "beat", "category": "vandalism", "beat": null, "resident": null, "task": null }
        """#
        let fast = try XCTUnwrap(FastJSON.decode(ResidentContact.self, from: Array(text.utf8)))
        XCTAssertEqual(fast, try slow(ResidentContact.self, Array(text.utf8)))
        XCTAssertNil(fast.beat)
        XCTAssertEqual(fast.time.offsetMinutes, 0)
    }

    func testTheFastPathGivesUpOnAnythingUnusualAndTheMessageIsTheOrdinaryOne() throws {
        let good = String(decoding: try JSONCoding.encode(model.contacts[0], pretty: true), as: UTF8.self)
        XCTAssertNotNil(FastJSON.decode(ResidentContact.self, from: Array(good.utf8)))
        let idLine = good.components(separatedBy: "\n").first { $0.contains("\"id\"") }!
        let bad: [String] = [
            good.replacingOccurrences(of: idLine, with: idLine.replacingOccurrences(of: ",", with: ".0,")),   // 1.0
            good.replacingOccurrences(of: idLine, with: idLine + idLine),                                       // a repeated key
            good.replacingOccurrences(of: idLine, with: ""),                                                    // a missing key
            good.replacingOccurrences(of: "\"category\" : \"", with: "\"category\" : \"x"),                    // an unknown category
            good.replacingOccurrences(of: "\"summary\" : \"", with: "\"summary\" : \"\u{1}"),                  // a raw control character
            good.replacingOccurrences(of: "\"summary\" : \"", with: "\"summary\" : \"\\ud800"),                // a lone surrogate
            good.replacingOccurrences(of: "\"summary\" : \"", with: "\"summary\" : 7, \"x\" : \""),            // a wrong type
            good + "x",                                                                                         // text after the end
            String(good.dropLast(3)),                                                                           // cut short
        ]
        for (k, text) in bad.enumerated() {
            let bytes = Array(text.utf8)
            XCTAssertNil(FastJSON.decode(ResidentContact.self, from: bytes), "case \(k) should give up")
            let viaFast = message { _ = try JSONCoding.decodeFast(ResidentContact.self, from: bytes, file: "c.json") }
            let viaSlow = message { _ = try JSONCoding.decode(ResidentContact.self, from: bytes, file: "c.json") }
            XCTAssertEqual(viaFast, viaSlow, "case \(k)")
        }
        // Not UTF-8: a byte that starts no character.
        var bytes = Array(good.utf8)
        bytes.insert(0xFF, at: bytes.firstIndex(of: UInt8(ascii: "W")) ?? 200)
        XCTAssertNil(FastJSON.decode(ResidentContact.self, from: bytes))
    }

    /// The error a call throws, or "no error" (some of the unusual texts are valid JSON that JSONDecoder accepts).
    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "no error" } catch { return "\(error)" }
    }

    func testStringScanningFindsQuotesAndBackslashesAtEveryPosition() throws {
        // The scanner reads eight bytes at a time: put the special byte at every offset.
        for n in 0..<20 {
            for special in ["\"", "\\", "\n"] {
                let text = String(repeating: "ż", count: n % 3) + String(repeating: "a", count: n) + special + "b"
                var c = model.contacts[0]
                c.summary = text
                try assertSame(c)
            }
        }
    }

    /// Large task lists are read in two halves on two cores; the result is the same whatever
    /// the layout, including one where the place the halves meet is misleading.
    func testTheTaskListIsReadInHalvesAndTheSameInAnyLayout() throws {
        var scale = Synthetic.Size.komenda.scale
        scale.districts = 3
        scale.tasksPerPlan = 150
        scale.contacts = 100
        scale.meetingsPerTeam = 4
        let m = Synthetic.model(scale, seed: 2, today: today, offsetMinutes: 60)
        let ref = Snapshot.Reference(seq: 1, counters: m.counters, districts: m.districts, beats: m.beats, officers: m.officers,
                                     teams: m.teams, plans: m.plans, tasks: m.tasks, meetings: m.meetings)
        let bytes = try ReferenceLayout.encode(ref)
        XCTAssertGreaterThan(bytes.count, 2 << 20, "large enough to be split")
        XCTAssertEqual(FastJSON.decode(Snapshot.Reference.self, from: bytes), ref)
        // Past the middle, tasks' opening lines written otherwise and a nested object
        // re-indented like one: the halves would meet inside a task, so it is read in one go.
        let text = String(decoding: bytes, as: UTF8.self)
        let middle = text.index(text.startIndex, offsetBy: text.utf8.count / 3)
        var tail = String(text[middle...]).replacingOccurrences(of: "\n    {\n", with: "\n    {  \n")
        let nested = try XCTUnwrap(tail.range(of: "\n        {\n"))
        tail.replaceSubrange(nested, with: "\n    {\n")
        XCTAssertEqual(FastJSON.decode(Snapshot.Reference.self, from: Array((text[..<middle] + tail).utf8)), ref)
        XCTAssertEqual(FastJSON.decode(Snapshot.Reference.self, from: try JSONCoding.encode(ref, pretty: true)), ref)
    }

    func testSegmentsAreReadIntoTheModelInIDOrder() throws {
        let dir = NSTemporaryDirectory() + "beat-fast-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let clock = Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60))
        try Store.create(at: dir, model: model, clock: clock)
        XCTAssertGreaterThan(try Snapshot.segmentNames(dir + "/snapshot-000000").count, 3)
        XCTAssertEqual(try Store.open(at: dir).model, model)
    }
}

extension Snapshot.Reference: Equatable {
    public static func == (a: Self, b: Self) -> Bool {
        a.seq == b.seq && a.counters == b.counters && a.districts == b.districts && a.beats == b.beats && a.officers == b.officers
            && a.teams == b.teams && a.plans == b.plans && a.tasks == b.tasks && a.meetings == b.meetings
    }
}

extension Snapshot.Segment: Equatable {
    public static func == (a: Self, b: Self) -> Bool { a.month == b.month && a.contacts == b.contacts }
}

/// The station's own fields (gender, login, role, organisations, holders, support requests,
/// whom a contact was with) read the same on both paths, present and absent.
final class StationFieldDecodingTests: XCTestCase {
    func same<T: Codable & FastDecodable & Equatable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws {
        for pretty in [true, false] {
            let bytes = try JSONCoding.encode(value, pretty: pretty)
            let fast = try XCTUnwrap(FastJSON.decode(T.self, from: bytes), "the fast path gave up on \(T.self)", file: file, line: line)
            XCTAssertEqual(fast, value, file: file, line: line)
            XCTAssertEqual(try JSONDecoder().decode(T.self, from: Data(bytes)), value, file: file, line: line)
        }
    }

    func testNewFieldsPresentAndAbsent() throws {
        let m = Fixture.model()
        var o = m.officer("zielinska")!
        try same(o)
        o.login = "azielinska"
        o.role = .supervisor
        try same(o)
        var p = m.teams[0].members[0]
        p.gender = .female
        try same(p)
        try same(PartnerOrganisation(id: "sm", name: "SM „Dobrzec”", kind: .housingCooperative, district: "dobrzec", phone: "1", email: "a@b"))
        try same(PartnerOrganisation(id: "sm", name: "SM", kind: .other))
        var t = m.tasks[0]
        t.holder = .organisation("sm")
        t.support = [SupportReceived(unit: "sm", what: "radar", day: Fixture.today, open: true, asked: Fixture.today),
                     SupportReceived(unit: "WRD", what: "patrol", day: Fixture.today)]
        try same(t)
        t.holder = .member("prezes-sm")
        try same(t)
        var b = m.beats[0]
        b.number = 3
        try same(b)
        let c = ResidentContact(id: 1, time: Fixture.at("2026-11-02"), officer: "nowicki", district: "dobrzec", channel: .phone,
                                category: .drugs, summary: "s", with: .member("prezes-sm"))
        try same(c)
        let ref = Snapshot.Reference(seq: 1, counters: m.counters, districts: m.districts, beats: m.beats, officers: m.officers, teams: m.teams,
                                     plans: m.plans, tasks: m.tasks, meetings: m.meetings,
                                     organisations: [PartnerOrganisation(id: "sm", name: "SM", kind: .school)])
        try same(ref)
    }

    func testAnOfficerWrittenBeforeRolesIsAnOfficerOnBothPaths() throws {
        let old = #"{"active":true,"badge":"1","beat":null,"district":"d","email":"","id":"o","name":"N","phone":"","rank":"r"}"#
        let fast = try XCTUnwrap(FastJSON.decode(Officer.self, from: Array(old.utf8)))
        XCTAssertEqual(fast.role, .officer)
        XCTAssertNil(fast.gender)
        XCTAssertEqual(fast, try JSONDecoder().decode(Officer.self, from: Data(old.utf8)))
        // A holder with two keys is not a holder: both paths refuse it.
        let two = #"{"member":"a","organisation":"b"}"#
        XCTAssertNil(FastJSON.decode(PartnerRef.self, from: Array(two.utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode(PartnerRef.self, from: Data(two.utf8)))
    }
}
