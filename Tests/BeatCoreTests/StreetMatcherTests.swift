import BeatCore
import XCTest

final class StreetMatcherTests: XCTestCase {
    func model() throws -> Model {
        var m = Model()
        let c = Fixture.ctx("admin")
        try m.apply(.putDistrict(District(id: "dobrzec", name: "Dobrzec", city: "Kalisz", residents: 1, streets: ["Rypinkowska"])), context: c)
        try m.apply(.putDistrict(District(id: "widok", name: "Widok", city: "Kalisz", residents: 1, streets: [])), context: c)
        try m.apply(.putBeat(Beat(id: "d1", district: "dobrzec", number: 1, name: "Północ",
                                  streets: ["ul. Łódzka", "Kardynała Stefana Wyszyńskiego", "3 Maja"])), context: c)
        try m.apply(.putBeat(Beat(id: "w1", district: "widok", number: 1, name: "Zachód", streets: ["Żołnierska", "al. Wolności", "Stefana"])),
                    context: c)
        return m
    }

    func testPlacesAsOfficersWriteThemFindTheirBeatAndDistrict() throws {
        let s = StreetMatcher(try model())
        for place in ["ul. Łódzka 12/4", "ŁÓDZKA 12", "lodzka", "Łódzka 7a, klatka II", "róg ul. Łódzkiej i ul. Łódzka"] {
            XCTAssertEqual(s.match(place)?.beat, "d1", place)
            XCTAssertEqual(s.match(place)?.district, "dobrzec", place)
            XCTAssertEqual(s.match(place)?.street, "ul. Łódzka", place)
        }
        XCTAssertEqual(s.match("Kardynała Stefana Wyszyńskiego 5 m. 3")?.beat, "d1", "the longest street wins over \"Stefana\"")
        XCTAssertEqual(s.match("Stefana 2")?.beat, "w1")
        XCTAssertEqual(s.match("ul. 3 Maja 10")?.beat, "d1", "a number that is part of the name")
        XCTAssertEqual(s.match("aleja Wolności 1")?.district, "widok")
        XCTAssertEqual(s.match("ZOLNIERSKA")?.district, "widok")
        let onlyDistrict = s.match("Rypinkowska 3")
        XCTAssertEqual(onlyDistrict?.district, "dobrzec")
        XCTAssertNil(onlyDistrict?.beat)
    }

    /// The kept matcher answers as a new one would, and follows the model's beats and
    /// districts when they change (a street added, moved or taken away).
    func testTheKeptMatcherFollowsTheBeats() throws {
        var m = try model()
        XCTAssertEqual(StreetMatcher.of(m).match("Łódzka 3")?.beat, "d1")
        XCTAssertNil(StreetMatcher.of(m).match("Polna 1"))
        try m.apply(.putBeat(Beat(id: "w1", district: "widok", number: 1, name: "Zachód", streets: ["Żołnierska", "al. Wolności", "Stefana", "Polna"])),
                    context: Fixture.ctx("admin"))
        XCTAssertEqual(StreetMatcher.of(m).match("Polna 1")?.beat, "w1", "a street added is found")
        let before = try model()
        XCTAssertNil(StreetMatcher.of(before).match("Polna 1"), "another model, its own streets")
        XCTAssertEqual(StreetMatcher.of(m).match("Polna 1")?.beat, "w1")
    }

    func testWhatNamesNoListedStreetIsNotGuessed() throws {
        let s = StreetMatcher(try model())
        for place in ["przy Łódzkiej", "", "12/4", "ul.", "skwer za szkołą", "Łódz", "Łódzkaa 3"] {
            XCTAssertNil(s.match(place), place)
        }
    }

    func testKeysIgnoreKindWordsCaseLettersAndPunctuation() {
        XCTAssertEqual(StreetMatcher.key("ul. Łódzka"), StreetMatcher.key("ŁÓDZKA"))
        XCTAssertEqual(StreetMatcher.key("os. Dobrzec"), "dobrzec")
        XCTAssertEqual(StreetMatcher.key("Plac  Świętego Józefa"), "swietego jozefa")
        XCTAssertEqual(StreetMatcher.key("ul."), "")
    }
}
