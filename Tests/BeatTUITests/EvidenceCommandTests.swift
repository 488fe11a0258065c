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
        try beat.initDemoWithoutRegister()
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
        try beat.initDemoWithoutRegister()
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
        try beat.initDemoWithoutRegister()
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

    func write(_ text: String, _ dir: String, _ name: String) throws -> String {
        let path = dir + "-" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testPoliceFiguresAreImportedAllOrNothingAndAMonthReplacedWhole() throws {
        let dir = temporaryFolder(self)
        let beat = BeatBinary(data: dir, env: ["BEAT_OFFICER": "szymanski"])
        try beat.initDemoWithoutRegister()
        let bad = try write("""
            month,district,beat,category,kind,count
            2026-08,dobrzec,,public-drinking,intervention,12
            2026-13,dobrzec,,vandalism,intervention,1
            2026-09,rypinek,,vandalism,intervention,1
            2026-09,dobrzec,9,vandalism,intervention,1
            2026-09,dobrzec,,x,intervention,1
            2026-09,dobrzec,,vandalism,y,1
            2026-09,dobrzec,,vandalism,call,-1
            2026-08,dobrzec,,spożywanie alkoholu w miejscach niedozwolonych,interwencje,3

            """, dir, "bad.csv")
        let refused = try beat.run(["import", "figures", bad])
        XCTAssertEqual(refused.status, 65)
        let lines = refused.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.compactMap { l in l.range(of: "bad.csv:").map { String(l[$0.upperBound...].prefix { $0.isNumber }) } },
                       ["3", "4", "5", "6", "7", "8", "9"], refused.stderr)
        XCTAssertTrue(refused.stderr.contains("bad.csv:9: ta sama pozycja co w wierszu 2"), refused.stderr)
        XCTAssertEqual(try beat.json(["figures", "list"]).count, 0, "nothing imported")

        let good = try write("""
            month,district,beat,category,kind,count
            2026-07,dobrzec,,public-drinking,intervention,20
            2026-08,dobrzec,,public-drinking,intervention,12
            2026-08,dobrzec,2,public-drinking,call,7
            """, dir, "good.csv")
        XCTAssertTrue(try beat.ok(["import", "figures", good, "--dry-run"]).contains("--dry-run"))
        XCTAssertEqual(try beat.json(["figures", "list"]).count, 0)
        try beat.ok(["import", "figures", good])
        XCTAssertTrue(try beat.ok(["import", "figures", good]).contains("nic do zmiany"), "the same file again changes nothing")
        // August again, alone: replaced whole (the call line gone), July kept; one entry saying so.
        let august = try write("month,district,beat,category,kind,count\n2026-08,dobrzec,,public-drinking,intervention,15\n", dir, "august.csv")
        XCTAssertTrue(try beat.ok(["import", "figures", august]).contains("zastąpione miesiące: 2026-08"))
        XCTAssertEqual(try beat.json(["figures", "list"]).map { $0["count"] as? Int }, [20, 15])
        let log = try beat.ok(["log"])
        XCTAssertTrue(log.contains("zaimportował dane policyjne z pliku \((august as NSString).lastPathComponent): 2026-08, 1 pozycja; zastąpione miesiące: 2026-08"), log)
        // Beside the plan: August to today against April to July; months never imported named.
        let e = try object(try beat.ok(["plan", "evidence", "2", "--json"]))
        let police = try XCTUnwrap(e["police"] as? [String: Any])
        XCTAssertEqual([police["from"] as? String, police["to"] as? String], ["2026-08", "2026-11"])
        XCTAssertEqual(((police["inCategory"] as? [String: Any])?["intervention"] as? [String: Any])?["before"] as? Int, 20)
        XCTAssertEqual(police["missing"] as? [String], ["2026-04", "2026-05", "2026-06", "2026-09", "2026-10", "2026-11"])
        // The districts report shows the figures per 1,000 residents.
        XCTAssertTrue(try beat.ok(["report", "districts", "--from", "2026-08-01", "--to", "2026-08-31", "--width", "120"]).contains("DANE POLICYJNE: 2026-08"))
        // An officer who is not a supervisor may not import police figures.
        XCTAssertEqual(try BeatBinary(data: dir, env: ["BEAT_OFFICER": "wisniewski"]).run(["import", "figures", good]).status, 77)
        XCTAssertEqual(try beat.run(["import", "figures", dir + "-missing.csv"]).status, 66)
    }

    func testSurveyResultsAreImportedOneRoundPerDistrictAndDay() throws {
        let dir = temporaryFolder(self)
        let beat = BeatBinary(data: dir, env: ["BEAT_OFFICER": "wisniewski"])
        try beat.initDemoWithoutRegister()
        let bad = try write("""
            district,day,respondents,question,answer,count
            widok,2026-05-11,80,safety,very-safe,50
            widok,2026-05-11,80,safety,rather-safe,40
            widok,2026-05-12,80,safety,meh,1
            widok,2026-05-11,81,concerns,vandalism,3
            widok,2026-05-32,80,concerns,vandalism,3
            """, dir, "bad.csv")
        let refused = try beat.run(["import", "survey", bad])
        XCTAssertEqual(refused.status, 65)
        for line in ["bad.csv:2: Odpowiedzi na pytanie o poczucie bezpieczeństwa: razem 90", "bad.csv:4: Nieznana odpowiedź „meh”",
                     "bad.csv:5: inna liczba respondentów niż w wierszu 2", "bad.csv:6: dzień „2026-05-32”"] {
            XCTAssertTrue(refused.stderr.contains(line), "\(line)\n\(refused.stderr)")
        }
        let good = try write("""
            district,day,respondents,question,answer,count
            dobrzec,2026-05-10,120,Jak ocenia Pan/Pani poczucie bezpieczeństwa w miejscu zamieszkania?,bardzo bezpiecznie,10
            dobrzec,2026-05-10,120,safety,rather-safe,50
            dobrzec,2026-05-10,120,concerns,spożywanie alkoholu w miejscach niedozwolonych,55
            widok,2026-05-11,80,safety,very-safe,30
            widok,2026-05-11,80,"Czy zna Pan/Pani swojego dzielnicowego?",tak,20
            """, dir, "good.csv")
        XCTAssertTrue(try beat.ok(["import", "survey", good]).contains("2 badania"))
        XCTAssertTrue(try beat.ok(["import", "survey", good]).contains("nic do zmiany"))
        let rounds = try beat.json(["survey", "list"])
        XCTAssertEqual(rounds.map { $0["day"] as? String }, ["2026-05-10", "2026-05-11"])
        XCTAssertEqual(rounds.first?["feelSafe"] as? Int, 100)
        // The same day again, changed: the round is replaced, and the journal says so.
        let again = try write("district,day,respondents,question,answer,count\ndobrzec,2026-05-10,100,safety,very-unsafe,100\n", dir, "again.csv")
        XCTAssertTrue(try beat.ok(["import", "survey", again]).contains("zastąpione badania: nr 1"))
        XCTAssertEqual(try beat.json(["survey", "list", "--district", "dobrzec"]).map { $0["feelSafe"] as? Int }, [0])
        XCTAssertTrue(try beat.ok(["report", "districts", "--width", "140"]).contains("OSTATNIE BADANIE POCZUCIA BEZPIECZEŃSTWA"))
    }
}
