@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The interface's part of setting up a station: screen 5's sections and forms (a supervisor
/// adds and edits; anyone else is told who may), a contact's district filled in from its
/// street, a task held by a partner, support asked for and then given, nothing saved under an
/// unknown name.
final class StationScreenTests: ScreenTestCase {
    func asSupervisor() {
        let c = clock
        app = App(store: store, terminal: terminal, me: "szymanski", clock: { c })
    }

    func testScreenFiveShowsEverySectionAndOnlyASupervisorChangesIt() throws {
        press("5")
        XCTAssertTrue(screen.contains("[Zespoły]"), screen)
        XCTAssertTrue(screen.contains("Elżbieta Wróblewska · Rada Osiedla Dobrzec"), screen)
        // The role's heading agrees with the woman who holds it.
        XCTAssertTrue(screen.contains(" przewodnicząca rady osiedla"), screen)
        XCTAssertFalse(screen.contains("przewodniczący rady osiedla"), screen)
        press("<Right>")
        XCTAssertTrue(screen.contains("[Organizacje]") && screen.contains("Straż Miejska Kalisza · Straż Miejska"), screen)
        press("<Right>")
        XCTAssertTrue(screen.contains("podkom. Tomasz Szymański · kierownik rewiru dzielnicowych"), screen)
        XCTAssertTrue(screen.contains("mł. asp. Małgorzata Kaczmarek · dzielnicowa"), screen)
        press("<Right>")
        XCTAssertTrue(screen.contains("rejon służbowy nr 2 (Dobrzec Południe)"), screen)
        press("<Right>")
        XCTAssertTrue(flat.contains("Dobrzec (Kalisz) · 17 000 mieszkańców · 2 rejony"), screen)
        // Wiśniewski is no supervisor: the key says so, and who may.
        press("a")
        XCTAssertTrue(flat.contains("zmienia tylko kierownik: podkom. Tomasz Szymański"), screen)
        XCTAssertNil(app.state.modal)
    }

    func testASupervisorAddsADistrictABeatAnOfficerAndAnOrganisation() throws {
        asSupervisor()
        press("5<Left>a")  // districts
        XCTAssertTrue(screen.contains("Identyfikator (puste: z nazwy)"), "the label read whole at 80 columns: \(screen)")
        type("rypinek")
        press("<Tab>Rypinek<Tab>Kalisz<Tab>9000<C-s>")
        XCTAssertEqual(store.model.district("rypinek")?.residents, 9000, screen)
        press("<Left>a")   // beats
        type("rypinek-1")
        press("<Tab>")     // district: a list
        press("<Enter>")
        type("Rypinek")
        press("<Enter>")
        type("5")
        press("<Tab>")
        type("Rypinek")
        press("<Tab>")
        type("Rypinkowska")
        press("<Enter>")
        type("ul. Łódzka")
        press("<C-s>")
        // Łódzka is Dobrzec's: refused, said on the form, nothing saved.
        XCTAssertTrue(flat.contains("Ulica „Łódzka” należy już do rejonu „dobrzec-1”"), screen)
        XCTAssertNil(store.model.beat("rypinek-1"))
        press("<BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>")
        type("Majkowska")
        press("<C-s>")
        let b = try XCTUnwrap(store.model.beat("rypinek-1"), screen)
        XCTAssertEqual(b.streets, ["Rypinkowska", "Majkowska"])
        XCTAssertEqual(b.number, 5)
        XCTAssertEqual(b.district, "rypinek")

        press("<Left>a")   // officers
        press("<Tab>")
        type("Anna Nowak")
        press("<Tab>")
        type("sierż.")
        press("<Tab>")
        type("120 001")
        press("<C-s>")
        let nowak = try XCTUnwrap(store.model.officer("anna-nowak"), screen)
        XCTAssertEqual(nowak.rank, "sierż.")
        XCTAssertNil(nowak.gender, "no gender chosen for her")

        press("<Left>a")   // organisations
        press("<Tab>")
        type("Miejski Zarząd Budynków Mieszkalnych")
        press("<C-s>")
        XCTAssertTrue(flat.contains("Wybierz rodzaj organizacji"), screen)
        press("<Enter>")       // the field at fault has the focus
        type("spółdzielnia")
        press("<Enter><C-s>")
        XCTAssertEqual(store.model.organisations.first { $0.name == "Miejski Zarząd Budynków Mieszkalnych" }?.kind, .housingCooperative, screen)
        XCTAssertTrue(screen.contains("Miejski Zarząd Budynków Mieszkalnych · spółdzielnia mieszkaniowa"), screen)
        // The journal records the supervisor.
        let log = try store.auditTrail().suffix(4).map(\.by)
        XCTAssertEqual(Set(log), ["szymanski"])
    }

    func testMembersAndTeamsOnScreenFiveAndAnOfficerLeavingWithAHandover() throws {
        asSupervisor()
        press("5a")
        XCTAssertTrue(screen.contains("Co dodać?"), screen)
        press("<Enter>")       // a member of the team selected
        type("Halina Kowalska")
        press("<Tab><Enter>")
        type("osoba do kontaktu")
        press("<Enter><Enter>")
        type("rada osiedla")
        press("<Enter><Tab><Tab><Enter>")
        type("kobieta")
        press("<Enter><Enter>")
        type("Wróblewska")
        press("<Enter><C-s>")
        let h = try XCTUnwrap(store.model.partner("halina-kowalska"), screen)
        XCTAssertEqual(h.nominatedBy, "dob-rada")
        XCTAssertEqual(h.organisation, "rada-dobrzec")
        XCTAssertEqual(h.gender, .female)
        XCTAssertTrue(flat.contains("wyznaczona przez: Elżbieta Wróblewska"), screen)

        // Removing a member asks first; a member still named is kept, with why.
        for _ in 0..<60 where !(app.state.screen as? TeamsScreen).map({ s in
            if case .member(_, "dob-prezes")? = s.selected(app.context())?.target { return true } else { return false }
        })! { press("<Down>") }
        press("d")
        XCTAssertTrue(screen.contains("Usunąć Krzysztof Jankowski z zespołu?"), screen)
        press("t")
        XCTAssertTrue(flat.contains("nie można usunąć"), screen)
        XCTAssertNotNil(store.model.partner("dob-prezes"))

        // Kaczmarek leaves: her open tasks go to whoever the supervisor picks, in one change.
        let open = store.model.tasks.filter { $0.assignee == "kaczmarek" && $0.isOpen }.map(\.id)
        XCTAssertFalse(open.isEmpty)
        let lines = try store.auditTrail().count
        press("<Right><Right>")
        press("D")
        XCTAssertTrue(screen.contains("Odejście: mł. asp. Małgorzata Kaczmarek"), screen)
        press("<C-s>")
        XCTAssertTrue(flat.contains("Wybierz, kto przejmie \(open.count) niezakończonych zadań."), screen)
        press("<Enter>")
        type("Wiśniewski")
        press("<Enter><C-s>")
        XCTAssertEqual(store.model.officer("kaczmarek")?.active, false, screen)
        XCTAssertEqual(open.compactMap { store.model.task($0)?.assignee }, Array(repeating: "wisniewski", count: open.count))
        XCTAssertEqual(try store.auditTrail().count, lines + 1, "one journalled change")
        XCTAssertTrue(flat.contains("mł. asp. Małgorzata Kaczmarek jest teraz nieaktywna; \(open.count) niezakończonych zadań przejął st. asp. Łukasz Wiśniewski."), screen)
        XCTAssertTrue((app.state.screen as? TeamsScreen)!.rows(app.context()).contains { $0.text.hasSuffix("(nieaktywna)") })
        // Undone, she is back with her tasks.
        press("u")
        XCTAssertEqual(store.model.officer("kaczmarek")?.active, true)
        XCTAssertEqual(open.compactMap { store.model.task($0)?.assignee }, Array(repeating: "kaczmarek", count: open.count))
    }

    func testTheContactFormFillsTheDistrictFromTheStreetAndNamesWhomItWasWith() throws {
        press("3a")
        type("Parkowanie na chodniku")
        press("<Tab><Tab><Tab>")
        type("ul. Żołnierska 4")
        press("<Tab>")
        XCTAssertTrue(flat.contains("Ulica Żołnierska leży w dzielnicy Widok: wpisano ją."), screen)
        for _ in 0..<7 { press("<Tab>") }
        press("<Enter>")
        type("Straż Miejska")
        press("<Enter><C-s>")
        let c = try XCTUnwrap(store.model.contacts.last)
        XCTAssertEqual(c.summary, "Parkowanie na chodniku")
        XCTAssertEqual(c.district, "widok", "from the street, not from Wiśniewski's district")
        XCTAssertEqual(c.beat, "widok-1")
        XCTAssertEqual(c.with, .organisation("straz-miejska"))
        XCTAssertTrue(ContactDetail.lines(c, ctx: app.context()).contains { $0.text == "Z udziałem: Straż Miejska Kalisza" })
    }

    func testATaskHeldByAPartnerAndSupportAskedForThenGiven() throws {
        press("2a")
        type("Oznakowanie drogi pożarowej")
        for _ in 0..<7 { press("<Tab>") }
        press("<Enter>")
        type("Spółdzielnia Mieszkaniowa „Widok”")
        press("<Enter><C-s>")
        let t = try XCTUnwrap(store.model.tasks.last)
        XCTAssertEqual(t.title, "Oznakowanie drogi pożarowej")
        XCTAssertEqual(t.holder, .organisation("sm-widok"))
        XCTAssertEqual(t.assignee, "wisniewski")

        // Support on the demo's task 16, which already has an open request.
        let before = store.model.task(16)!.support.count
        app.state.tasks.filter(TaskQuery())
        for _ in 0..<80 where app.state.tasks.selectedTask(app.context())?.id != 16 { press("<Down>") }
        XCTAssertEqual(app.state.tasks.selectedTask(app.context())?.id, 16)
        press("w")
        XCTAssertTrue(screen.contains("Nowa karta wsparcia"), screen)
        press("<Enter>")                 // a new card
        press("<C-s>")
        XCTAssertTrue(flat.contains("Wybierz jednostkę"), screen)
        press("<Enter>")
        type("Ruchu Drogowego")
        press("<Enter>")
        type("Kontrola prędkości")
        press("<C-s>")
        XCTAssertTrue(flat.contains("czy wsparcia udzielono, czy to dopiero prośba"), "no default says which: \(screen)")
        press("<Enter>")
        type("prośba")
        press("<Enter><C-s>")
        XCTAssertEqual(store.model.task(16)!.support.count, before + 1)
        XCTAssertTrue(store.model.task(16)!.support.last!.isOpen)
        // Kaczmarek's dashboard lists both open requests on her task.
        app.state.me = "kaczmarek"
        press("1")
        XCTAssertTrue(screen.contains("Prośby o wsparcie bez odpowiedzi (2)"), screen)
        XCTAssertTrue(screen.contains("2026-11-22  nr 16  Wydział Ruchu Drogowego KMP Kalisz: Kontrola prędkości"), screen)
        app.state.me = "wisniewski"

        // The first open request was given today.
        press("2")
        press("w")
        let options = try XCTUnwrap({ () -> Picker? in if case .picker(let p, _)? = app.state.modal { return p }; return nil }())
        let first = try XCTUnwrap(options.options.first { $0.id != "-" })
        press("<Down><Enter><C-s>")
        let index = Int(first.id)!
        XCTAssertFalse(store.model.task(16)!.support[index].isOpen, screen)
        XCTAssertEqual(store.model.task(16)!.support[index].day, Self.today)
    }

    func testTheFirstRunPickerCannotBeLeftWithoutChoosing() throws {
        let c = clock
        app = App(store: store, terminal: terminal, me: nil, clock: { c })
        XCTAssertTrue(screen.contains("Kim jesteś?"), screen)
        press("<Esc>")
        XCTAssertTrue(screen.contains("Kim jesteś?"), "still asked")
        XCTAssertTrue(flat.contains("wybierz, kim jesteś (Esc: wyjście)"), screen)
        XCTAssertFalse(app.state.quit)
        press("<Esc>")
        XCTAssertTrue(app.state.quit, "a second Esc quits: nothing was written as nobody")
        XCTAssertNil(app.state.me)
    }
}
