import BeatCore
import Foundation
import XCTest

/// Surveys, the programme, plan themes and the evidence beside a plan, as a user or a script
/// drives them (issue 15).
final class EvidenceCommandTests: XCTestCase {
    func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testSurveysAreRecordedListedShownAndReplacedOnlyWhenAsked() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_OFFICER": "wisniewski"])
        try beat.ok(["init", "--demo"])
        let added = try object(try beat.ok(["survey", "add", "--district", "dobrzec", "--day", "2026-05-10", "--respondents", "120",
                                             "--safety", "bardzo bezpiecznie=10", "--safety", "rather-safe=50", "--safety", "rather-unsafe=40",
                                             "--safety", "very-unsafe=12", "--safety", "trudno powiedzieć=8",
                                             "--concern", "public-drinking=55", "--concern", "akty wandalizmu=30",
                                             "--answer", "Czy zna Pan/Pani swojego dzielnicowego?=tak=40", "--json"]))
        XCTAssertEqual(Set(added.keys), ["id", "district", "day", "respondents", "note", "answers", "feelSafe"])
        XCTAssertEqual(added["feelSafe"] as? Int, 50)
        XCTAssertEqual((added["answers"] as? [[String: Any]])?.count, 8)

        // The same district and day: 65 naming --replace; with it, the round is replaced.
        let again = ["survey", "add", "--district", "dobrzec", "--day", "2026-05-10", "--respondents", "100", "--safety", "very-safe=60"]
        let refused = try beat.run(again)
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(refused.stderr.contains("--replace"), refused.stderr)
        XCTAssertTrue(try beat.ok(again + ["--replace"]).contains("zastąpiło badanie nr 1"))
        let list = try beat.json(["survey", "list"])
        XCTAssertEqual(list.map { $0["id"] as? Int }, [2])
        XCTAssertEqual(list.first?["feelSafe"] as? Int, 100)

        // Bad input: a usage error naming the option, or a rejection saying why.
        XCTAssertEqual(try beat.run(["survey", "add", "--district", "widok", "--day", "2026-05-10", "--respondents", "10", "--safety", "fine=3"]).status, 64)
        XCTAssertEqual(try beat.run(["survey", "add", "--district", "widok", "--day", "2026-05-10", "--respondents", "10", "--safety", "very-safe"]).status, 64)
        let over = try beat.run(["survey", "add", "--district", "widok", "--day", "2026-05-10", "--respondents", "10", "--concern", "drugs=11"])
        XCTAssertEqual(over.status, 65)
        XCTAssertTrue(over.stderr.contains("więcej niż respondentów (10)"), over.stderr)
        XCTAssertEqual(try beat.run(["survey", "add", "--district", "rypinek", "--day", "2026-05-10", "--respondents", "10"]).status, 64)

        let shown = try beat.ok(["survey", "show", "2"])
        XCTAssertTrue(shown.contains("Jak ocenia Pan/Pani poczucie bezpieczeństwa w miejscu zamieszkania?"), shown)
        XCTAssertTrue(shown.contains("bardzo bezpiecznie: 60 (100%)"), shown)
        try beat.ok(["survey", "remove", "2"])
        XCTAssertEqual(try beat.run(["survey", "show", "2"]).status, 64)
        XCTAssertTrue(try beat.ok(["log"]).contains("usunął badanie nr 2"))
    }

    func testThePlanEvidenceGainsPoliceAndSurveyBlocksKeysAddedNoneRenamed() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_OFFICER": "wisniewski"])
        try beat.ok(["init", "--demo"])
        let plain = try object(try beat.ok(["plan", "evidence", "2", "--json"]))
        XCTAssertTrue(["plan", "category", "district", "from", "to", "beforeFrom", "beforeTo", "inCategory", "inDistrict", "tasksDone", "tasksTotal",
                       "basis", "recordsFrom", "now", "police", "survey"].allSatisfy { plain.keys.contains($0) }, "\(plain.keys)")
        try beat.ok(["survey", "add", "--district", "dobrzec", "--day", "2026-05-10", "--respondents", "100", "--safety", "rather-safe=40",
                     "--safety", "rather-unsafe=60", "--concern", "public-drinking=70"])
        try beat.ok(["survey", "add", "--district", "dobrzec", "--day", "2026-11-15", "--respondents", "100", "--safety", "rather-safe=55",
                     "--safety", "rather-unsafe=45", "--concern", "public-drinking=30", "--concern", "vandalism=35"])
        let e = try object(try beat.ok(["plan", "evidence", "2", "--json"]))
        let survey = try XCTUnwrap(e["survey"] as? [String: Any])
        XCTAssertEqual(survey["feelSafeChange"] as? Int, 15)
        XCTAssertEqual((survey["before"] as? [String: Any])?["feelSafeShare"] as? Int, 40)
        XCTAssertEqual(((survey["after"] as? [String: Any])?["concerns"] as? [[String: Any]])?.map { $0["category"] as? String },
                       ["vandalism", "public-drinking"])
        XCTAssertTrue(e["police"] is NSNull, "no police figures imported")
        let text = try beat.ok(["plan", "evidence", "2"])
        XCTAssertTrue(text.contains("+15 pkt proc."), text)
        XCTAssertTrue(text.contains("akty wandalizmu: — → 1. (— → 35)"), text)
    }

    func testProgrammeThemesAndTheProgrammeReport() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_OFFICER": "wisniewski"])
        try beat.ok(["init", "--demo"])
        XCTAssertTrue(try beat.ok(["programme", "show"]).contains("Nie zapisano"))
        // The programme is the station's record: with roles, only a supervisor changes it.
        let refused = try beat.run(["programme", "set", "--name", "Bezpieczne Dzielnice"])
        XCTAssertEqual(refused.status, 77)
        XCTAssertTrue(refused.stderr.contains("dane programu"), refused.stderr)
        XCTAssertEqual(try beat.run(["programme", "set", "--agreed", "2026-01-20", "--as", "szymanski"]).status, 64, "the first time needs a name")
        try beat.ok(["programme", "set", "--as", "szymanski", "--name", "Bezpieczne Dzielnice — Kalisz", "--agreed", "2026-01-20",
                     "--signatory", "Prezydent Miasta Kalisza", "--signatory", "Komendant Miejski Policji w Kaliszu",
                     "--pilot-from", "2026-02-01", "--pilot-to", "2027-01-31"])
        XCTAssertEqual(try beat.run(["programme", "set", "--pilot-from", "2027-02-01", "--as", "szymanski"]).status, 65, "a pilot that ends before it starts")
        XCTAssertEqual(try beat.run(["programme", "decide", "--as", "szymanski"]).status, 64)
        try beat.ok(["programme", "decide", "--as", "szymanski", "--continues", "--day", "2026-11-20", "--note", "Rozszerzenie na Rypinek"])
        let p = try object(try beat.ok(["programme", "show", "--json"]))
        XCTAssertEqual(Set(p.keys), ["name", "agreed", "signatories", "pilotFrom", "pilotTo", "decision"])
        XCTAssertEqual((p["decision"] as? [String: Any])?["continues"] as? Bool, true)

        try beat.ok(["plan", "theme", "2", "bezpieczna przestrzeń publiczna"])
        try beat.ok(["plan", "theme", "3", "road-safety"])
        XCTAssertEqual(try beat.run(["plan", "theme", "3", "sport"]).status, 64)
        XCTAssertEqual(try beat.json(["plan", "list", "--theme", "public-space"]).map { $0["id"] as? Int }, [2])
        XCTAssertEqual(try beat.json(["plan", "list"]).first { $0["id"] as? Int == 1 }?["theme"] is NSNull, true)

        let report = try beat.ok(["report", "programme", "--width", "200"])
        for expected in ["Bezpieczne Dzielnice — Kalisz", "Prezydent Miasta Kalisza", "program jest kontynuowany (2026-11-20): Rozszerzenie na Rypinek",
                         "Plany według wyniku", "Plany według obszaru", "bezpieczna przestrzeń publiczna (CPTED)", "Zadania planów",
                         "Kontakty z mieszkańcami na 1000 mieszkańców", "Poczucie bezpieczeństwa mieszkańców"] {
            XCTAssertTrue(report.lowercased().contains(expected.lowercased()), "missing \(expected):\n\(report)")
        }
        // The theme narrows the plans; the JSON form carries the tables by key.
        let json = try object(try beat.ok(["report", "programme", "--theme", "road-safety", "--format", "json"]))
        let blocks = try XCTUnwrap(json["blocks"] as? [[String: Any]])
        let plans = try XCTUnwrap(blocks.first { $0["id"] as? String == "plans" })
        let total = try XCTUnwrap(plans["total"] as? [String: Any])
        XCTAssertEqual(total["plans"] as? Int, 1)
        XCTAssertEqual(try beat.run(["report", "programme", "--team", "zespol-dobrzec"]).status, 64)
        XCTAssertEqual(try beat.run(["report", "progress", "--theme", "road-safety"]).status, 0)
        XCTAssertEqual(try beat.run(["report", "contacts", "--theme", "road-safety"]).status, 64, "contacts take no theme")
    }
}
