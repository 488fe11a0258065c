import BeatCore
import Foundation
import XCTest

/// `beat threat`, as a user or a script drives it (issue 15).
final class ThreatCommandTests: XCTestCase {
    func testRegisterVerifyListAndShow() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_OFFICER": "wisniewski"])
        try beat.initDemoWithoutRegister()
        XCTAssertTrue(try beat.ok(["threat", "add", "--category", "public-drinking", "--place", "ul. Łódzka 5", "--anonymous",
                                   "--reported", "2026-11-18", "--when", "piątki wieczorem"]).contains("nr 1"))
        let added = try JSONSerialization.jsonObject(with: Data(try beat.ok(["threat", "add", "--category", "speeding", "--place", "ul. Widok 3",
                                                                             "--district", "widok", "--source", "patrol", "--json"]).utf8)) as! [String: Any]
        XCTAssertEqual(Set(added.keys), ["id", "category", "place", "district", "beat", "status", "source", "anonymous", "reported", "due",
                                         "overdue", "contact", "plan", "history", "description", "when"])
        XCTAssertEqual(added["status"] as? String, "new")
        XCTAssertEqual(added["due"] as? String, "2026-11-24")

        // An impossible step: 65, naming the allowed one; nothing changes.
        let refused = try beat.run(["threat", "status", "1", "confirmed"])
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(refused.stderr.contains("dozwolone: „weryfikacja” (verifying)"), refused.stderr)
        XCTAssertEqual(try beat.run(["threat", "status", "1", "maybe"]).status, 64)

        // Threat 1 was reported on 11-18: not read by 11-20, so overdue on 11-22.
        let overdue = try beat.json(["threat", "list", "--overdue"])
        XCTAssertEqual(overdue.map { $0["id"] as? Int }, [1])
        XCTAssertTrue(try beat.ok(["threat", "list"]).contains("!"))
        try beat.ok(["threat", "status", "1", "weryfikacja", "--note", "Obchód w piątek"])
        try beat.ok(["threat", "status", "1", "confirmed", "--note", "Potwierdzone na miejscu"])
        let shown = try beat.ok(["threat", "show", "1"])
        XCTAssertTrue(shown.contains("nowe → weryfikacja — Obchód w piątek"), shown)
        XCTAssertTrue(shown.contains("weryfikacja → potwierdzone — Potwierdzone na miejscu"), shown)
        let one = try beat.json(["threat", "list", "--status", "confirmed", "--district", "dobrzec"])
        XCTAssertEqual(one.count, 1)
        XCTAssertEqual((one[0]["history"] as? [[String: Any]])?.map { $0["by"] as? String }, ["wisniewski", "wisniewski"])
        XCTAssertEqual(one[0]["overdue"] as? Bool, false)
        XCTAssertEqual(one[0]["anonymous"] as? Bool, true)
        XCTAssertEqual(try beat.json(["threat", "list", "--category", "speeding"]).count, 1)
        XCTAssertEqual(try beat.run(["threat", "show", "9"]).status, 64)
        XCTAssertEqual(try beat.run(["check"]).status, 0)
    }

    func testThePlaceFindsTheDistrictAndBeatAndAMapReportOffersItsThreat() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_OFFICER": "wisniewski"])
        try beat.initDemoWithoutRegister()
        // Wiśniewski works in Dobrzec; the street puts this one in Widok, on its beat.
        let t = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try beat.ok(["threat", "add", "--category", "vandalism",
                                                                                       "--place", "ul. Kresowa 14/2", "--json"]).utf8)) as? [String: Any])
        XCTAssertEqual(t["district"] as? String, "widok")
        XCTAssertNotNil(t["beat"] as? String)
        // An unknown street: the acting officer's district, no beat; an explicit district wins.
        let u = try beat.json(["threat", "list", "--district", "dobrzec"])
        XCTAssertTrue(u.isEmpty)
        XCTAssertTrue(try beat.ok(["threat", "add", "--category", "vandalism", "--place", "ul. Kresowa 1", "--district", "dobrzec"]).contains("(Dobrzec)"))
        XCTAssertEqual(try beat.run(["threat", "add", "--category", "vandalism"]).status, 64, "no place and no contact")

        // A contact logged from the threat map offers to register its threat, which takes its defaults.
        let logged = try beat.ok(["contact", "add", "--channel", "map-report", "--category", "public-drinking", "--place", "ul. Łódzka 7",
                                  "--summary", "Zgłoszenie z KMZB: picie alkoholu przy sklepie", "--time", "2026-11-20T09:00:00+01:00"])
        XCTAssertTrue(logged.contains("beat threat add --contact"), logged)
        let id = try XCTUnwrap(logged.split(whereSeparator: { $0 == " " || $0 == "\n" }).last.flatMap { Int($0) })
        let reg = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try beat.ok(["threat", "add", "--contact", String(id), "--anonymous",
                                                                                         "--json"]).utf8)) as? [String: Any])
        XCTAssertEqual(reg["category"] as? String, "public-drinking")
        XCTAssertEqual(reg["place"] as? String, "ul. Łódzka 7")
        XCTAssertEqual(reg["district"] as? String, "dobrzec")
        XCTAssertEqual(reg["source"] as? String, "map")
        XCTAssertEqual(reg["reported"] as? String, "2026-11-20")
        XCTAssertEqual(reg["contact"] as? Int, id)
        XCTAssertFalse(try beat.ok(["contact", "add", "--summary", "Rozmowa na obchodzie"]).contains("threat add"), "other channels offer nothing")
    }
}
