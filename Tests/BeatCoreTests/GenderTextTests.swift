import BeatCore
import XCTest

/// Every sentence and label agrees with the person it names; where the gender is not
/// recorded, both forms — never "(a)". The post comes from the data: without a beat a
/// supervisor is the kierownik rewiru, not a dzielnicowy.
final class GenderTextTests: XCTestCase {
    func text(_ kind: ReportKind, _ options: ReportOptions, model: Model = ReportFixture.model) throws -> String {
        try Reports.build(kind: kind, model: model, options: options, clock: ReportFixture.clock, source: ReportFixture.source)
            .render(.text, width: 100)
    }

    func testTheHelperChoosesTheFormAndUnknownGivesBoth() {
        XCTAssertEqual(L10n.gendered(.female, "zamknął", "zamknęła"), "zamknęła")
        XCTAssertEqual(L10n.gendered(.male, "zamknął", "zamknęła"), "zamknął")
        XCTAssertEqual(L10n.gendered(nil, "zamknął", "zamknęła"), "zamknął/zamknęła")
        XCTAssertEqual(L10n.roleName(.estateCouncilChair, .female), "przewodnicząca rady osiedla")
        XCTAssertEqual(L10n.roleName(.estateCouncilChair, nil), "przewodniczący/przewodnicząca rady osiedla")
        XCTAssertEqual(L10n.roleName(.other, .female), "przedstawicielka innej instytucji")
        XCTAssertEqual(L10n.roleName(.police, .male), "przedstawiciel Policji")
        XCTAssertEqual(L10n.nominatedBy("Grażyna Pawłowska", .female), "wyznaczona przez: Grażyna Pawłowska")
        XCTAssertEqual(L10n.inactiveMark(.female), "(nieaktywna)")
    }

    func testAWomanWritesAsDzielnicowaAndASupervisorAsKierownik() throws {
        let letter = try text(.letter, ReportOptions(officer: "kaczmarek"))
        XCTAssertTrue(letter.hasPrefix("List dzielnicowej"), letter)
        XCTAssertTrue(letter.contains("mł. asp. Małgorzata Kaczmarek, dzielnicowa\n"), letter)
        XCTAssertTrue(letter.contains("jako dzielnicowa, która odpowiada"), letter)
        XCTAssertTrue(letter.contains("dzielnicowa rejonu służbowego nr 2 (Dobrzec Południe)"), letter)
        let his = try text(.letter, ReportOptions(officer: "wisniewski"))
        XCTAssertTrue(his.hasPrefix("List dzielnicowego") && his.contains("jako dzielnicowy, który odpowiada"), his)

        let sheet = try text(.officer, ReportOptions(officer: "szymanski"))
        XCTAssertTrue(sheet.hasPrefix("WYKAZ ZADAŃ KIEROWNIKA REWIRU DZIELNICOWYCH"), sheet)
        XCTAssertTrue(sheet.contains("podkom. Tomasz Szymański, kierownik rewiru dzielnicowych"), sheet)
        XCTAssertFalse(sheet.contains(", dzielnicowy") || sheet.contains("dzielnicowego"), sheet)
        let supLetter = try text(.letter, ReportOptions(officer: "szymanski"))
        XCTAssertTrue(supLetter.contains("jako kierownik rewiru dzielnicowych, który odpowiada"), supLetter)
        for t in [letter, his, sheet, supLetter] { XCTAssertFalse(t.contains("(a)") || t.contains("y(a)"), t) }
    }

    func testTeamMembersAgreeInPrintouts() throws {
        let plan = try text(.plan, ReportOptions(plan: 2))
        XCTAssertTrue(plan.contains("Elżbieta Wróblewska — przewodnicząca rady osiedla, Rada Osiedla Dobrzec"), plan)
        XCTAssertTrue(plan.contains("Iwona Błaszczyk — przedstawicielka innej instytucji"), plan)
        XCTAssertTrue(plan.contains("Marek Górecki — przedstawiciel Straży Miejskiej, Straż Miejska Kalisza"), plan)
    }

    func testAnOfficerWithoutABeatOrRoleIsAFunkcjonariusz() {
        let o = Officer(id: "x", rank: "sierż.", name: "Anna Nowak", badge: "1", phone: "", email: "", district: "d", beat: nil, gender: .female)
        XCTAssertEqual(L10n.post(of: o), "funkcjonariuszka Policji")
        var m = o
        m.gender = nil
        XCTAssertEqual(L10n.post(of: m), "funkcjonariusz/funkcjonariuszka Policji")
        m.beat = "b"
        XCTAssertEqual(L10n.post(of: m), "dzielnicowy/dzielnicowa")
    }
}
