import Foundation
import XCTest

/// `beat import officers|streets|members FILE.csv`: all or nothing, every bad row named,
/// one journal entry for a good file and none for the same file again.
final class ImportCommandTests: XCTestCase {
    func fresh() throws -> BeatBinary {
        let beat = BeatBinary(data: temporaryFolder(self))
        try beat.ok(["init"])
        try beat.ok(["district", "add", "dobrzec", "--name", "Dobrzec", "--city", "Kalisz", "--residents", "17000"])
        try beat.ok(["district", "add", "widok", "--name", "Widok", "--city", "Kalisz", "--residents", "13000"])
        return beat
    }

    func write(_ beat: BeatBinary, _ name: String, _ text: String) throws -> String {
        let dir = beat.data + "-csv"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func journal(_ beat: BeatBinary) throws -> [String] {
        try String(contentsOfFile: beat.data + "/journal.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    let streets = """
    beat,district,number,name,street\r
    dobrzec-1,dobrzec,1,Dobrzec Północ,ul. Łódzka\r
    dobrzec-1,dobrzec,,,Dobrzecka\r
    dobrzec-2,dobrzec,2,Dobrzec Południe,"Kardynała Stefana Wyszyńskiego"\r
    widok-1,widok,3,Widok Zachód,Żołnierska\r

    """

    func testAGoodFileIsOneJournalEntryAndTheSameFileAgainChangesNothing() throws {
        let beat = try fresh()
        let path = try write(beat, "streets.csv", "\u{FEFF}" + streets)
        let before = try journal(beat).count
        XCTAssertTrue(try beat.ok(["import", "streets", path, "--dry-run"]).contains("import dodałby lub zmienił: 3 rejony"))
        XCTAssertEqual(try journal(beat).count, before, "a dry run changes nothing")
        XCTAssertTrue(try beat.ok(["import", "streets", path]).contains("3 rejony (jeden wpis w dzienniku)"))
        let after = try journal(beat)
        XCTAssertEqual(after.count, before + 1)
        XCTAssertTrue(after.last!.contains("\"importRecords\""), after.last!)
        XCTAssertTrue(try beat.ok(["import", "streets", path]).contains("nic do zmiany"))
        XCTAssertEqual(try journal(beat).count, before + 1, "the same file again: no new journal line")
        let beats = try beat.json(["rejon", "list"])
        XCTAssertEqual(beats.map { $0["id"] as? String }, ["dobrzec-1", "dobrzec-2", "widok-1"])
        XCTAssertEqual(beats[0]["streets"] as? [String], ["ul. Łódzka", "Dobrzecka"])
        XCTAssertEqual(beats[2]["number"] as? Int, 3)
        XCTAssertTrue(try beat.ok(["log"]).contains("z pliku streets.csv: 3 rejony"))

        // A file that adds a street to a known beat changes only that beat.
        let more = try write(beat, "more.csv", "street,beat,district\nPolna,dobrzec-2,dobrzec\n")
        XCTAssertTrue(try beat.ok(["import", "streets", more]).contains("1 rejon "))
        XCTAssertEqual(try beat.json(["rejon", "list"])[1]["streets"] as? [String], ["Kardynała Stefana Wyszyńskiego", "Polna"])
    }

    func testEveryBadRowIsNamedAndNothingIsImported() throws {
        let beat = try fresh()
        try beat.ok(["import", "streets", try write(beat, "s.csv", streets)])
        let path = try write(beat, "officers.csv", """
        id,name,rank,badge,district,beat,phone,email,gender,login,role
        kaczmarek,Małgorzata Kaczmarek,mł. asp.,115 932,dobrzec,dobrzec-2,,,f,,officer
        wisniewski,Łukasz Wiśniewski,st. asp.,112 407,nigdzie,,,,m,,
        Zły Id,Jan Nowak,sierż.,1,dobrzec,,,,m,,
        dabrowski,Paweł Dąbrowski,asp.,113 658,widok,dobrzec-1,,,x,,
        nowak,,sierż.,2,dobrzec,,,,,,
        kaczmarek,Druga Kaczmarek,sierż.,3,dobrzec,,,,f,,
        zielinska,Agnieszka Zielińska,st. sierż.,118 075,widok,widok-1,,,f,,szef
        kowal,"Jan ""Kowal"" Kowalski",sierż.,4,dobrzec,,,,m,,

        """)
        let before = try journal(beat)
        let r = try beat.run(["import", "officers", path])
        XCTAssertEqual(r.status, 65)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "beat: \(path):3: Nie ma dzielnicy o identyfikatorze „nigdzie”.",
            "beat: \(path):4: Identyfikator „Zły Id” może zawierać tylko małe litery łacińskie, cyfry i „-”.",
            "beat: \(path):5: płeć „x”: wpisz f (kobieta) albo m (mężczyzna)",
            "beat: \(path):6: brak wartości w kolumnie: name",
            "beat: \(path):7: identyfikator „kaczmarek” był już w wierszu 2",
            "beat: \(path):8: rola „szef”: wpisz officer (funkcjonariusz) albo supervisor (kierownik)",
            "beat: Niczego nie zaimportowano; popraw wskazane wiersze i spróbuj ponownie.",
        ])
        XCTAssertEqual(try journal(beat), before, "nothing imported")
        XCTAssertEqual(try beat.json(["officer", "list"]).count, 0)

        // The beat of another district, found only once the rows before it are fine.
        let fixed = try write(beat, "officers2.csv", """
        id,name,rank,badge,district,beat,gender
        kaczmarek,Małgorzata Kaczmarek,mł. asp.,115 932,dobrzec,dobrzec-2,f
        dabrowski,Paweł Dąbrowski,asp.,113 658,widok,dobrzec-1,m
        """)
        let other = try beat.run(["import", "officers", fixed])
        XCTAssertEqual(other.status, 65)
        XCTAssertTrue(other.stderr.contains("\(fixed):3: Rejon „dobrzec-1” nie leży w dzielnicy „widok”."), other.stderr)
    }

    func testFileProblemsHeaderProblemsAndAMissingFile() throws {
        let beat = try fresh()
        let missing = try beat.run(["import", "officers", "/nonexistent/officers.csv"])
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/officers.csv"), missing.stderr)
        let extra = try write(beat, "extra.csv", "id,name,district,pesel\na,A,dobrzec,123\n")
        let r = try beat.run(["import", "officers", extra])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("\(extra):1: nieznana kolumna „pesel”; dozwolone kolumny: id, name, district, rank"), r.stderr)
        let bad = Array("beat,district,street\nd-1,dobrzec,".utf8) + [0xA3, 0xF3, 0x64, 0x9F] + Array("\n".utf8)
        let path = beat.data + "-cp1250.csv"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bad)))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        let enc = try beat.run(["import", "streets", path])
        XCTAssertEqual(enc.status, 65)
        XCTAssertTrue(enc.stderr.contains("\(path):2: wiersz nie jest zapisany w UTF-8"), enc.stderr)
        XCTAssertEqual(try beat.run(["import", "people", extra]).status, 64)
        let newBeat = try write(beat, "nameless.csv", "beat,district,street\nd-9,dobrzec,Polna\n")
        XCTAssertTrue(try beat.run(["import", "streets", newBeat]).stderr.contains(":2: nowy rejon „d-9” potrzebuje nazwy"))
    }

    func testMembersByNameWithOrganisationsAndNominations() throws {
        let beat = try fresh()
        try beat.ok(["org", "add", "sm-dobrzec", "--name", "Spółdzielnia Mieszkaniowa „Dobrzec”", "--kind", "housing-cooperative"])
        try beat.ok(["team", "add", "zespol-dobrzec", "--district", "dobrzec", "--name", "Zespół Dobrzec"])
        // The contact comes first in the file, the member who nominated her later.
        let path = try write(beat, "members.csv", """
        team,name,role,organisation,phone,email,gender,nominatedBy
        zespol-dobrzec,Renata Kubiak,designated-contact,sm-dobrzec,+48 600 000 214,,f,Krzysztof Jankowski
        zespol-dobrzec,Krzysztof Jankowski,prezes spółdzielni mieszkaniowej,Spółdzielnia Mieszkaniowa „Dobrzec”,,,m,
        zespol-dobrzec,Elżbieta Wróblewska,przewodnicząca,,,,f,
        """)
        try beat.ok(["import", "members", path])
        let members = try XCTUnwrap(try beat.json(["team", "list"])[0]["members"] as? [[String: Any]])
        XCTAssertEqual(Set(members.map { $0["id"] as! String }), ["renata-kubiak", "krzysztof-jankowski", "elzbieta-wroblewska"])
        let renata = try XCTUnwrap(members.first { $0["id"] as? String == "renata-kubiak" })
        XCTAssertEqual(renata["nominatedBy"] as? String, "krzysztof-jankowski")
        XCTAssertEqual(renata["organisation"] as? String, "sm-dobrzec")
        let lines = try journal(beat).count
        XCTAssertTrue(try beat.ok(["import", "members", path]).contains("nic do zmiany"))
        XCTAssertEqual(try journal(beat).count, lines)

        // A changed phone is an update of the same member, found by name.
        let update = try write(beat, "m2.csv", "team,name,role,phone\nzespol-dobrzec,ELŻBIETA WRÓBLEWSKA,estate-council-chair,+48 600 000 202\n")
        XCTAssertTrue(try beat.ok(["import", "members", update]).contains("1 członek zespołu"))
        let e = try XCTUnwrap((try beat.json(["team", "list"])[0]["members"] as? [[String: Any]])?.first { $0["id"] as? String == "elzbieta-wroblewska" })
        XCTAssertEqual(e["phone"] as? String, "+48 600 000 202")
        XCTAssertEqual(e["gender"] as? String, "f", "a column the file leaves out keeps what the store has")

        let bad = try write(beat, "m3.csv", """
        team,name,role,organisation,nominatedBy
        zespol-x,Jan,other,,
        zespol-dobrzec,Jan Nowak,kucharz,,
        zespol-dobrzec,Anna Nowak,other,Klub Sportowy,
        zespol-dobrzec,Ewa Nowak,osoba do kontaktu,,Nikt Taki
        """)
        let r = try beat.run(["import", "members", bad])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 5, r.stderr)
        XCTAssertTrue(r.stderr.contains("\(bad):2: Nie ma zespołu koordynacyjnego o identyfikatorze „zespol-x”."), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(bad):3: funkcja „kucharz”"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(bad):4: nie ma organizacji partnerskiej „Klub Sportowy”; dodaj ją: beat organisation add"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(bad):5: w zespole „zespol-dobrzec” nie ma osoby „Nikt Taki”"), r.stderr)
    }
}
