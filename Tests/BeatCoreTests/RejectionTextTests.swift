@testable import BeatCore
import XCTest

/// The catalogue renders every rejection as a sentence an officer can act on, in Polish
/// and English; the model's tests compare the typed reasons.
final class RejectionTextTests: XCTestCase {
    func testSentencesInPolish() {
        let sentences: [(Rejection, String)] = [
            (.unknownOfficer("kowalski"), "Nie ma funkcjonariusza o identyfikatorze „kowalski”. Sprawdź listę: beat officer list."),
            (.unknownPlan(9), "Nie ma planu bezpieczeństwa nr 9."),
            (.dueBeforePlanStart(Day("2026-07-01")!, Day("2026-08-01")!), "Termin 2026-07-01 przypada przed początkiem planu (2026-08-01)."),
            (.reasonRequired(.notDone), "Zamknięcie jako „niewykonane” wymaga podania powodu."),
            (.sameStatus(1, .open), "Zadanie nr 1 ma już status „otwarte”."),
            (.unknownBeat("dobrzec-9"), "Nie ma rejonu służbowego o identyfikatorze „dobrzec-9”."),
            (.tooLong(.summary, 2000, 2001), "Pole „opis kontaktu” ma 2001 znaków; dopuszczalne jest 2000. Skróć je."),
            (.empty(.reason), "Pole „powód” nie może być puste."),
            (.nominatorMissing("kontakt-sm"), "Osoba do kontaktu „kontakt-sm” musi mieć wskazanego członka zespołu, który ją wyznaczył."),
            (.planClosed(1), "Plan nr 1 jest zamknięty; nie można do niego dodawać zadań."),
            (.planAlreadyClosed(1), "Plan nr 1 jest już zamknięty i oceniony."),
            (.planDistrictMismatch(2, "dobrzec"), "Plan nr 2 dotyczy innej dzielnicy niż „dobrzec”."),
            (.planNotClosed(1), "Plan nr 1 nie jest zamknięty."),
            (.nextPlanTooEarly(Day("2026-08-01")!, 1, Day("2026-08-01")!),
             "Plan na kolejny okres musi zaczynać się po początku planu nr 1 (2026-08-01), a nie 2026-08-01."),
            (.periodInverted(Day("2027-02-01")!, Day("2027-01-31")!), "Okres planu kończy się (2027-01-31) przed początkiem (2027-02-01)."),
            (.taskNotOpenToCarry(1, .done), "Zadanie nr 1 jest już zamknięte (wykonane); przenosi się tylko niedokończone."),
            (.taskListedTwice, "To samo zadanie wymieniono dwa razy."),
            (.taskNotOfPlan(9, 1), "Zadanie nr 9 nie należy do planu nr 1."),
            (.inactiveOfficer("nowicki"), "„nowicki” jest na liście nieaktywnych; przydziel zadanie komuś innemu."),
            (.taskStillLinked(3, contacts: [], meetings: [], continuations: [9]),
             "Zadania nr 3 nie można usunąć: wskazują na nie zadania, które je kontynuują, nr 9; najpierw usuń te powiązania."),
            (.planStillLinked(3, tasks: [9, 10, 11, 12, 13], meetings: []), "Planu nr 3 nie można usunąć: wskazują na niego zadania nr 9, 10, 11, 12, 13."),
            (.planStillLinked(1, tasks: [1, 2, 3, 4, 5, 6], meetings: [3]),
             "Planu nr 1 nie można usunąć: wskazują na niego zadania nr 1, 2, 3, 4, 5 … i decyzje posiedzeń nr 3."),
            (.meetingClosuresFixed(3), "Posiedzenie nr 3: zamknięcia planów uchwalone na posiedzeniu nie mogą być zmienione."),
            (.streetInOtherBeat("Łódzka", "dobrzec-1"), "Ulica „Łódzka” należy już do rejonu „dobrzec-1”; ulica może należeć tylko do jednego rejonu."),
            (.handoverNeeded("kaczmarek", 5), "Niezakończone zadania „kaczmarek” (5) trzeba komuś przekazać: wskaż, kto je przejmie (--handover ID)."),
            (.memberStillLinked("dob-prezes", tasks: [2, 7], meetings: [1], contacts: [], nominated: ["dob-kontakt-sm"]),
             "„dob-prezes” nie można usunąć z zespołu: wskazują na tę osobę zadania nr 2, 7, posiedzenia nr 1, osoby przez nią wyznaczone: dob-kontakt-sm."),
            (.teamStillLinked("zespol-dobrzec", meetings: [1, 2], tasks: [4]),
             "Zespół „zespol-dobrzec” nie może zmienić dzielnicy: ma już posiedzenia nr 1, 2 i zadania nr 4."),
            (.supportNotOpen(16, 0), "Karta wsparcia nr 1 zadania nr 16 nie jest otwartą prośbą: wsparcia już udzielono."),
            (.loginTaken("akaczmarek", "kaczmarek"), "Konto „akaczmarek” jest już przypisane do „kaczmarek”; jedno konto należy do jednej osoby."),
            (.notImportable("removeTask"), "Zmiana „removeTask” nie może być częścią importu."),
        ]
        for (r, sentence) in sentences { XCTAssertEqual(BeatError.rejected(r).message, sentence) }
    }

    func testSentencesInEnglish() {
        Language.en.bind {
            XCTAssertEqual(BeatError.rejected(.unknownTask(42)).message, "There is no task number 42.")
            XCTAssertEqual(BeatError.rejected(.tooLong(.phone, 40, 41)).message, "The field \"phone\" has 41 characters; at most 40 are allowed. Shorten it.")
        }
    }

    func testEveryFieldHasANameInBothLanguages() {
        for lang in Language.allCases {
            let names = lang.bind { Rejection.Field.allCases.map(L10n.field) }
            XCTAssertFalse(names.contains(""), "\(lang)")
            XCTAssertEqual(Set(names).count, names.count, "\(lang): \(names)")
        }
        XCTAssertEqual([Rejection.Field.phone, .rank, .badge, .street, .threat].map(L10n.field),
                       ["telefon", "stopień", "numer służbowy", "ulica", "opis zagrożenia"])
    }
}
