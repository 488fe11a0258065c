import BeatCore
import Foundation
import XCTest

/// Setting up a station from the command line: districts, beats and streets, officers,
/// organisations, teams and members, imports, handovers, support — and who may do what.
final class StationCommandTests: XCTestCase {
    func fresh(_ env: [String: String] = [:]) throws -> BeatBinary {
        let beat = BeatBinary(data: temporaryFolder(self), env: env)
        try beat.ok(["init"])
        return beat
    }

    /// Text with every run of white space as one space: a wrapped line reads whole.
    func flat(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    func journalLines(_ beat: BeatBinary) throws -> Int {
        try String(contentsOfFile: beat.data + "/journal.jsonl", encoding: .utf8).split(separator: "\n").count
    }

    func file(_ beat: BeatBinary, _ name: String, _ text: String) throws -> String {
        let path = beat.data + "-" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    /// Dobrzec with two beats, a supervisor and two dzielnicowi, no roles yet.
    func station() throws -> BeatBinary {
        let beat = try fresh()
        try beat.ok(["district", "add", "dobrzec", "--name", "Dobrzec", "--city", "Kalisz", "--residents", "17000"])
        try beat.ok(["district", "add", "widok", "--name", "Widok", "--city", "Kalisz", "--residents", "13000"])
        try beat.ok(["rejon", "add", "dobrzec-1", "--district", "dobrzec", "--number", "1", "--name", "Dobrzec Północ",
                     "--street", "ul. Łódzka", "--street", "Dobrzecka"])
        try beat.ok(["rejon", "add", "dobrzec-2", "--district", "dobrzec", "--number", "2", "--name", "Dobrzec Południe",
                     "--street", "Podmiejska"])
        try beat.ok(["officer", "add", "kaczmarek", "--name", "Małgorzata Kaczmarek", "--rank", "mł. asp.", "--badge", "115 932",
                     "--district", "dobrzec", "--beat", "dobrzec-2", "--gender", "k"])
        try beat.ok(["officer", "add", "wisniewski", "--name", "Łukasz Wiśniewski", "--rank", "st. asp.", "--badge", "112 407",
                     "--district", "dobrzec", "--beat", "dobrzec-1", "--gender", "m"])
        return beat
    }

    func testDistrictsAddEditListAndJSON() throws {
        let beat = try station()
        let list = try beat.json(["district", "list"])
        XCTAssertEqual(list.map { $0["id"] as? String }, ["dobrzec", "widok"])
        XCTAssertEqual(Set(list[0].keys), ["id", "name", "city", "residents"])
        XCTAssertEqual(list[0]["residents"] as? Int, 17000)
        let again = try beat.run(["district", "add", "dobrzec", "--name", "X"])
        XCTAssertEqual(again.status, 64)
        XCTAssertTrue(again.stderr.contains("beat district edit dobrzec"), again.stderr)
        let lines = try journalLines(beat)
        XCTAssertTrue(try beat.ok(["district", "edit", "dobrzec", "--residents", "17000"]).contains("Nic do zmiany"))
        XCTAssertEqual(try journalLines(beat), lines, "nothing changed, nothing journalled")
        try beat.ok(["district", "edit", "dobrzec", "--residents", "17500", "--name", "Dobrzec (osiedle)"])
        XCTAssertEqual(try beat.json(["district", "list"])[0]["name"] as? String, "Dobrzec (osiedle)")
        XCTAssertEqual(try beat.run(["district", "add", "Zła Nazwa", "--name", "x"]).status, 65)
        // Places and organisations have a name ("Nazwa"), people a first name and surname.
        try beat.ok(["organisation", "add", "sm-dobrzec", "--name", "SM Dobrzec", "--kind", "housing-cooperative"])
        for list in [["district", "list"], ["rejon", "list"], ["organisation", "list"]] {
            let text = try beat.ok(list)
            XCTAssertTrue(text.contains("Nazwa"), "\(list): \(text)")
            XCTAssertFalse(text.contains("Imię i nazwisko"), "\(list): \(text)")
        }
    }

    func testBeatsOwnTheirStreetsOnceWhateverTheSpelling() throws {
        let beat = try station()
        let b = try beat.json(["rejon", "list", "--district", "dobrzec"])
        XCTAssertEqual(b.map { $0["id"] as? String }, ["dobrzec-1", "dobrzec-2"])
        XCTAssertEqual(Set(b[0].keys), ["id", "district", "number", "name", "streets"])
        XCTAssertEqual(b[0]["streets"] as? [String], ["ul. Łódzka", "Dobrzecka"])
        let twice = try beat.run(["rejon", "edit", "dobrzec-2", "--add-street", "ŁÓDZKA"])
        XCTAssertEqual(twice.status, 65)
        XCTAssertTrue(twice.stderr.contains("Ulica „ul. Łódzka” należy już do rejonu „dobrzec-1”"), twice.stderr)
        try beat.ok(["rejon", "edit", "dobrzec-1", "--remove-street", "lodzka"])
        try beat.ok(["rejon", "edit", "dobrzec-2", "--add-street", "ŁÓDZKA"])
        XCTAssertEqual(try beat.json(["beats", "list"]).first { $0["id"] as? String == "dobrzec-2" }?["streets"] as? [String],
                       ["Podmiejska", "ŁÓDZKA"], "beat beats is the same command")
        XCTAssertEqual(try beat.run(["rejon", "add", "x-1", "--district", "nigdzie", "--name", "X"]).status, 64)
    }

    func testOfficersCarryGenderLoginAndRole() throws {
        let beat = try station()
        try beat.ok(["officer", "add", "szymanski", "--name", "Tomasz Szymański", "--rank", "podkom.", "--badge", "108 214",
                     "--district", "dobrzec", "--gender", "m", "--role", "kierownik", "--login", "tszymanski"])
        let o = try XCTUnwrap(try beat.json(["officer", "list"]).first { $0["id"] as? String == "szymanski" })
        for key in ["id", "name", "rank", "badge", "district", "beat", "phone", "email", "active", "gender", "login", "role"] {
            XCTAssertTrue(o.keys.contains(key), key)
        }
        XCTAssertEqual(o["role"] as? String, "supervisor")
        XCTAssertEqual(o["gender"] as? String, "m")
        XCTAssertEqual(o["login"] as? String, "tszymanski")
        XCTAssertTrue(o["beat"] is NSNull)
        let k = try XCTUnwrap(try beat.json(["officer", "list"]).first { $0["id"] as? String == "kaczmarek" })
        XCTAssertEqual(k["role"] as? String, "officer")
        XCTAssertEqual(k["gender"] as? String, "f")
        let bad = try beat.run(["officer", "add", "x", "--name", "X", "--rank", "r", "--badge", "1", "--district", "dobrzec", "--gender", "q"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--gender"), bad.stderr)
    }

    func testDeactivatingAnOfficerHandsEveryOpenTaskOverInOneChange() throws {
        let beat = try station()
        for title in ["Patrol", "Spotkanie", "Ulotki"] {
            try beat.ok(["task", "add", "--title", title, "--assignee", "kaczmarek", "--as", "kaczmarek"])
        }
        try beat.ok(["task", "status", "3", "done", "--as", "kaczmarek"])
        let refused = try beat.run(["officer", "deactivate", "kaczmarek"])
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(refused.stderr.contains("Niezakończone zadania „kaczmarek” (2) trzeba komuś przekazać: wskaż, kto je przejmie (--handover ID)."), refused.stderr)
        let lines = try journalLines(beat)
        let out = try beat.ok(["officer", "deactivate", "kaczmarek", "--handover", "wisniewski"])
        XCTAssertTrue(out.contains("mł. asp. Małgorzata Kaczmarek jest teraz nieaktywna; 2 niezakończone zadania przejął st. asp. Łukasz Wiśniewski."), out)
        XCTAssertEqual(try journalLines(beat), lines + 1, "one journalled change")
        let tasks = try beat.json(["task", "list"])
        XCTAssertEqual(tasks.map { $0["assignee"] as? String }, ["wisniewski", "wisniewski", "kaczmarek"])
        XCTAssertEqual(try beat.json(["officer", "list"]).first { $0["id"] as? String == "kaczmarek" }?["active"] as? Bool, false)
        XCTAssertTrue(try beat.ok(["log"]).contains("oznaczył/oznaczyła jako nieaktywną: mł. asp. Małgorzata Kaczmarek; niezakończone zadania przejął st. asp. Łukasz Wiśniewski"))
        XCTAssertEqual(try beat.run(["officer", "deactivate", "kaczmarek", "--handover", "wisniewski"]).status, 65)
        try beat.ok(["check"])
    }

    func testTeamsMembersAndOrganisations() throws {
        let beat = try station()
        try beat.ok(["organisation", "add", "sm-dobrzec", "--name", "Spółdzielnia Mieszkaniowa „Dobrzec”", "--kind", "spółdzielnia mieszkaniowa",
                     "--district", "dobrzec"])
        try beat.ok(["org", "add", "straz", "--name", "Straż Miejska Kalisza", "--kind", "city-guard"])
        let orgs = try beat.json(["organisation", "list"])
        XCTAssertEqual(Set(orgs[0].keys), ["id", "name", "kind", "district", "phone", "email"])
        XCTAssertEqual(orgs.first { $0["id"] as? String == "straz" }?["kind"] as? String, "city-guard")
        XCTAssertEqual(try beat.run(["org", "add", "x", "--name", "X", "--kind", "klub"]).status, 64)

        try beat.ok(["team", "add", "zespol-dobrzec", "--district", "dobrzec", "--name", "Zespół Dobrzec"])
        try beat.ok(["team", "member", "add", "zespol-dobrzec", "--name", "Krzysztof Jankowski", "--role", "prezes",
                     "--organisation", "sm-dobrzec", "--gender", "m"])
        try beat.ok(["team", "member", "add", "zespol-dobrzec", "--name", "Dariusz Michalski", "--role", "designated-contact",
                     "--organisation", "Spółdzielnia Mieszkaniowa „Dobrzec”", "--nominated-by", "Krzysztof Jankowski", "--gender", "m"])
        try beat.ok(["team", "member", "add", "zespol-dobrzec", "--name", "Elżbieta Wróblewska", "--role", "przewodnicząca rady osiedla",
                     "--gender", "f"])
        let orphan = try beat.run(["team", "member", "add", "zespol-dobrzec", "--name", "Jan Nowak", "--role", "osoba do kontaktu"])
        XCTAssertEqual(orphan.status, 65)
        XCTAssertTrue(orphan.stderr.contains("musi mieć wskazanego członka zespołu"), orphan.stderr)

        let teams = try beat.json(["team", "list"])
        XCTAssertEqual(Set(teams[0].keys), ["id", "district", "name", "members"])
        let members = try XCTUnwrap(teams[0]["members"] as? [[String: Any]])
        XCTAssertEqual(members.map { $0["id"] as? String }, ["krzysztof-jankowski", "dariusz-michalski", "elzbieta-wroblewska"])
        XCTAssertEqual(Set(members[0].keys), ["id", "name", "role", "organisation", "phone", "email", "gender", "nominatedBy"])
        XCTAssertEqual(members[1]["organisation"] as? String, "sm-dobrzec")
        XCTAssertEqual(members[1]["nominatedBy"] as? String, "krzysztof-jankowski")
        let text = try BeatBinary(data: beat.data, env: ["COLUMNS": "200"]).ok(["team", "list"])
        XCTAssertTrue(text.contains("przewodnicząca rady osiedla"), text)
        XCTAssertTrue(text.contains("wyznaczony przez: Krzysztof Jankowski"), text)

        try beat.ok(["team", "member", "edit", "zespol-dobrzec", "elzbieta-wroblewska", "--phone", "+48 600 000 202"])
        let linked = try beat.run(["team", "member", "remove", "zespol-dobrzec", "krzysztof-jankowski"])
        XCTAssertEqual(linked.status, 65)
        XCTAssertTrue(linked.stderr.contains("dariusz-michalski"), linked.stderr)
        try beat.ok(["team", "member", "remove", "zespol-dobrzec", "elzbieta-wroblewska"])
        try beat.ok(["team", "edit", "zespol-dobrzec", "--name", "Dzielnicowy Zespół Koordynacyjny Dobrzec"])
        XCTAssertEqual(try beat.json(["team", "list"])[0]["name"] as? String, "Dzielnicowy Zespół Koordynacyjny Dobrzec")
        XCTAssertEqual((try beat.json(["team", "list"])[0]["members"] as? [Any])?.count, 2)
    }

    func testAContactFindsItsDistrictFromItsStreetAndNamesWhomItWasWith() throws {
        let beat = try station()
        try beat.ok(["org", "add", "rada-dobrzec", "--name", "Rada Osiedla Dobrzec", "--kind", "rada osiedla"])
        // Wiśniewski's district is Dobrzec, the street Widok's: the street decides.
        try beat.ok(["rejon", "add", "widok-1", "--district", "widok", "--name", "Widok Zachód", "--street", "Żołnierska"])
        let out = try beat.ok(["contact", "add", "--as", "wisniewski", "--summary", "Parkowanie na chodniku", "--place", "ul. ŻOŁNIERSKA 4/2",
                               "--with", "Rada Osiedla Dobrzec", "--json"])
        let c = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        XCTAssertEqual(c["district"] as? String, "widok")
        XCTAssertEqual(c["beat"] as? String, "widok-1")
        XCTAssertEqual(c["with"] as? [String: String], ["organisation": "rada-dobrzec"])
        // An explicit district wins; a place naming no listed street leaves the officer's.
        let other = try beat.ok(["contact", "add", "--as", "wisniewski", "--summary", "x", "--place", "Łódzka 3", "--json"])
        XCTAssertTrue(flat(other).contains("\"beat\": \"dobrzec-1\""), other)
        let unknown = try beat.ok(["contact", "add", "--as", "kaczmarek", "--summary", "x", "--place", "przy sklepie", "--json"])
        XCTAssertTrue(flat(unknown).contains("\"district\": \"dobrzec\"") && flat(unknown).contains("\"beat\": \"dobrzec-2\""), unknown)
        XCTAssertEqual(try beat.run(["contact", "add", "--as", "kaczmarek", "--summary", "x", "--with", "nikt"]).status, 64)
    }

    func testATaskHeldByACooperativeAndSupportAskedThenGiven() throws {
        let beat = try station()
        try beat.ok(["org", "add", "sm-dobrzec", "--name", "Spółdzielnia Mieszkaniowa „Dobrzec”", "--kind", "housing-cooperative"])
        try beat.ok(["org", "add", "kmp-wrd", "--name", "Wydział Ruchu Drogowego KMP Kalisz", "--kind", "police-unit"])
        try beat.ok(["task", "add", "--title", "Monitoring placu zabaw", "--assignee", "wisniewski", "--holder", "sm-dobrzec",
                     "--due", "2026-11-20"])
        let list = try BeatBinary(data: beat.data, env: ["COLUMNS": "160"]).ok(["task", "list"])
        XCTAssertTrue(list.contains("Wiśniewski / Spółdzielnia Mieszkaniowa „Dobrzec”"), list)
        let t = try XCTUnwrap(try beat.json(["task", "list"]).first)
        XCTAssertEqual(t["holder"] as? [String: String], ["organisation": "sm-dobrzec"])
        XCTAssertTrue(flat(try beat.ok(["report", "officer", "--officer", "wisniewski"])).contains("(prowadzi: Spółdzielnia Mieszkaniowa „Dobrzec”)"))

        try beat.ok(["task", "support", "1", "--unit", "Wydział Ruchu Drogowego KMP Kalisz", "--what", "pomiar prędkości", "--requested",
                     "--day", "2026-11-18"])
        try beat.ok(["task", "support", "1", "--unit", "kmp-wrd", "--what", "patrol", "--day", "2026-11-19"])
        var support = try XCTUnwrap(try beat.json(["task", "list"]).first?["support"] as? [[String: Any]])
        XCTAssertEqual(support.map { $0["open"] as? Bool }, [true, false])
        XCTAssertEqual(support[0]["unit"] as? String, "kmp-wrd")
        let dash = try beat.ok(["--headless", "--size", "100x30", "--as", "wisniewski"])
        XCTAssertTrue(dash.contains("Prośby o wsparcie bez odpowiedzi (1)"), dash)
        XCTAssertTrue(dash.contains("2026-11-18  nr 1  Wydział Ruchu Drogowego KMP Kalisz: pomiar prędkości"), dash)

        XCTAssertEqual(try beat.run(["task", "support", "1", "--given", "2", "--day", "2026-11-21"]).status, 65, "card 2 was given already")
        XCTAssertEqual(try beat.run(["task", "support", "1", "--given", "1", "--day", "2026-11-17"]).status, 65, "before it was asked")
        try beat.ok(["task", "support", "1", "--given", "1", "--day", "2026-11-21"])
        support = try XCTUnwrap(try beat.json(["task", "list"]).first?["support"] as? [[String: Any]])
        XCTAssertEqual(support[0]["open"] as? Bool, false)
        XCTAssertEqual(support[0]["asked"] as? String, "2026-11-18")
        XCTAssertEqual(support[0]["day"] as? String, "2026-11-21")
        XCTAssertTrue(try beat.ok(["--headless", "--size", "100x30", "--as", "wisniewski"]).contains("Prośby o wsparcie bez odpowiedzi (0)"))
        let missing = try beat.run(["task", "support", "1", "--unit", "Wydział Kryminalny", "--what", "x"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.stderr.contains("beat organisation list"), missing.stderr)
    }

    func testWhenRolesAreConfiguredOnlySupervisorsChangeReferenceDataAndTheRefusalSaysWho() throws {
        let beat = try station()
        // No roles yet: anyone sets the station up.
        try beat.ok(["officer", "add", "szymanski", "--name", "Tomasz Szymański", "--rank", "podkom.", "--badge", "1", "--district", "dobrzec",
                     "--role", "supervisor", "--gender", "m"])
        for (args, who) in [(["district", "add", "rypinek", "--name", "Rypinek"], "kaczmarek"),
                            (["district", "add", "rypinek", "--name", "Rypinek"], nil),
                            (["officer", "edit", "kaczmarek", "--phone", "1"], "kaczmarek")] as [([String], String?)] {
            let r = try beat.run(args + (who.map { ["--as", $0] } ?? []))
            XCTAssertEqual(r.status, 77, "\(args) as \(who ?? "nobody")")
            XCTAssertTrue(r.stderr.contains("zmienia tylko kierownik: podkom. Tomasz Szymański"), r.stderr)
        }
        try beat.ok(["district", "add", "rypinek", "--name", "Rypinek", "--as", "szymanski"])
        // Work that is not the station's set-up stays open to everyone.
        try beat.ok(["task", "add", "--title", "Patrol", "--assignee", "kaczmarek", "--as", "kaczmarek"])
        let english = BeatBinary(data: beat.data, env: ["BEAT_LANG": "en"])
        XCTAssertTrue(try english.run(["district", "add", "x", "--name", "X", "--as", "kaczmarek"]).stderr
            .contains("changed by supervisors only: podkom. Tomasz Szymański"))
    }

    func testWithLoginsTheAccountDecidesWhoIsActing() throws {
        let beat = try station()
        let me = NSUserName()
        // This account is Kaczmarek's: --as someone else is refused (77), herself is fine.
        try beat.ok(["officer", "edit", "kaczmarek", "--login", me])
        let other = try beat.run(["task", "add", "--title", "x", "--assignee", "kaczmarek", "--as", "wisniewski"])
        XCTAssertEqual(other.status, 77)
        XCTAssertTrue(other.stderr.contains("należy do „kaczmarek”"), other.stderr)
        let byEnv = BeatBinary(data: beat.data, env: ["BEAT_OFFICER": "wisniewski"])
        XCTAssertEqual(try byEnv.run(["task", "add", "--title", "x", "--assignee", "kaczmarek"]).status, 77)
        try beat.ok(["task", "add", "--title", "Moje", "--assignee", "kaczmarek"])
        XCTAssertEqual(try beat.json(["task", "list"]).last?["createdBy"] as? String, "kaczmarek", "recognised without --as")
        // A supervisor's account may act for others.
        try beat.ok(["officer", "edit", "kaczmarek", "--role", "supervisor"])
        try beat.ok(["task", "add", "--title", "Za kolegę", "--assignee", "wisniewski", "--as", "wisniewski"])
        XCTAssertEqual(try beat.json(["task", "list"]).last?["createdBy"] as? String, "wisniewski")
        // An account that is no officer's login writes nothing.
        try beat.ok(["officer", "edit", "kaczmarek", "--login", "ktos-inny"])
        let stranger = try beat.run(["task", "add", "--title", "x", "--assignee", "kaczmarek"])
        XCTAssertEqual(stranger.status, 77)
        XCTAssertTrue(stranger.stderr.contains("nie jest kontem żadnego funkcjonariusza"), stranger.stderr)
        XCTAssertEqual(try beat.run(["--headless", "--size", "80x10"]).status, 77, "nor does the interface open for it")
    }
}
