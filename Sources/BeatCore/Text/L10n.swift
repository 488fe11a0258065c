/// The catalogue: every user-facing sentence of Beat's core, in Polish and English.
/// The interface adds its own labels in `L10n+Interface.swift` (BeatTUI) … keep them here.
public enum L10n {
    // MARK: Rejected changes

    public static func unknownOfficer(_ id: String) -> String {
        tr("Nie ma funkcjonariusza o identyfikatorze „\(id)”. Sprawdź listę: beat officer list.",
           "There is no officer with the id \"\(id)\". See: beat officer list.")
    }
    public static func inactiveOfficer(_ id: String) -> String {
        tr("„\(id)” jest na liście nieaktywnych; przydziel zadanie komuś innemu.",
           "Officer \"\(id)\" is no longer active; assign the task to someone else.")
    }
    public static func unknownDistrict(_ id: String) -> String {
        tr("Nie ma dzielnicy o identyfikatorze „\(id)”.", "There is no district with the id \"\(id)\".")
    }
    public static func unknownBeat(_ id: String) -> String {
        tr("Nie ma rejonu służbowego o identyfikatorze „\(id)”.", "There is no beat with the id \"\(id)\".")
    }
    public static func beatNotInDistrict(_ beat: String, _ district: String) -> String {
        tr("Rejon „\(beat)” nie leży w dzielnicy „\(district)”.", "Beat \"\(beat)\" is not in district \"\(district)\".")
    }
    public static func unknownTeam(_ id: String) -> String {
        tr("Nie ma zespołu koordynacyjnego o identyfikatorze „\(id)”.", "There is no coordination team with the id \"\(id)\".")
    }
    public static func unknownPartner(_ id: String) -> String {
        tr("Nie ma członka zespołu o identyfikatorze „\(id)”.", "There is no team member with the id \"\(id)\".")
    }
    public static func partnerNotInTeam(_ id: String, _ district: String) -> String {
        tr("Członek „\(id)” nie należy do zespołu dzielnicy „\(district)”.",
           "Member \"\(id)\" is not in the team of district \"\(district)\".")
    }
    public static func nominatorMissing(_ id: String) -> String {
        tr("Osoba do kontaktu „\(id)” musi mieć wskazanego członka zespołu, który ją wyznaczył.",
           "Designated contact \"\(id)\" must name the team member who nominated them.")
    }
    public static func unknownPlan(_ id: Int) -> String {
        tr("Nie ma planu bezpieczeństwa nr \(id).", "There is no safety plan number \(id).")
    }
    public static func planClosed(_ id: Int) -> String {
        tr("Plan nr \(id) jest zamknięty; nie można do niego dodawać zadań.", "Plan \(id) is closed; it takes no new tasks.")
    }
    public static func planAlreadyClosed(_ id: Int) -> String {
        tr("Plan nr \(id) jest już zamknięty i oceniony.", "Plan \(id) is already closed and evaluated.")
    }
    public static func planCloseNeedsEvaluation(_ id: Int) -> String {
        tr("Plan nr \(id) zamyka się oceną (beat plan evaluate).", "Plan \(id) is closed by evaluating it (beat plan evaluate).")
    }
    public static func planDistrictMismatch(_ plan: Int, _ district: String) -> String {
        tr("Plan nr \(plan) dotyczy innej dzielnicy niż „\(district)”.", "Plan \(plan) belongs to another district than \"\(district)\".")
    }
    public static func periodInverted(_ start: Day, _ end: Day) -> String {
        tr("Okres planu kończy się (\(end)) przed początkiem (\(start)).", "The plan's period ends (\(end)) before it starts (\(start)).")
    }
    public static func dueBeforePlanStart(_ due: Day, _ start: Day) -> String {
        tr("Termin \(due) przypada przed początkiem planu (\(start)).", "The due day \(due) is before the plan starts (\(start)).")
    }
    public static func unknownTask(_ id: Int) -> String {
        tr("Nie ma zadania nr \(id).", "There is no task number \(id).")
    }
    public static func unknownContact(_ id: Int) -> String {
        tr("Nie ma kontaktu nr \(id).", "There is no contact number \(id).")
    }
    public static func unknownMeeting(_ id: Int) -> String {
        tr("Nie ma posiedzenia nr \(id).", "There is no meeting number \(id).")
    }
    public static func unknownNote(_ task: Int, _ index: Int) -> String {
        // The index comes from the journal: Int.max must not trap here.
        let n = index < Int.max ? String(index + 1) : "\(index)+1"
        return tr("Zadanie nr \(task) nie ma notatki nr \(n).", "Task \(task) has no note number \(n).")
    }
    public static func empty(_ field: String) -> String {
        tr("Pole „\(field)” nie może być puste.", "The field \"\(field)\" cannot be empty.")
    }
    public static func tooLong(_ field: String, _ limit: Int, _ actual: Int) -> String {
        tr("Pole „\(field)” ma \(actual) \(plural(actual, "znak", "znaki", "znaków")); dopuszczalne jest \(limit). Skróć je.",
           "The field \"\(field)\" has \(actual) characters; at most \(limit) are allowed. Shorten it.")
    }
    public static func reasonRequired(_ status: TaskStatus) -> String {
        tr("Zamknięcie jako „\(statusName(status))” wymaga podania powodu.",
           "Closing as \"\(statusName(status))\" needs a reason.")
    }
    public static func sameStatus(_ id: Int, _ status: TaskStatus) -> String {
        tr("Zadanie nr \(id) ma już status „\(statusName(status))”.", "Task \(id) is already \"\(statusName(status))\".")
    }
    public static func transitionNotAllowed(_ id: Int, _ from: TaskStatus, _ to: TaskStatus) -> String {
        tr("Zadania nr \(id) nie można przenieść z „\(statusName(from))” do „\(statusName(to))”; najpierw je otwórz ponownie.",
           "Task \(id) cannot go from \"\(statusName(from))\" to \"\(statusName(to))\"; reopen it first.")
    }
    public static func taskClosedForEdit(_ id: Int) -> String {
        tr("Zadanie nr \(id) jest zamknięte; otwórz je ponownie, aby je zmienić.", "Task \(id) is closed; reopen it to change it.")
    }
    public static func followUpBeforeContact(_ f: Day, _ d: Day) -> String {
        tr("Termin ponownego kontaktu (\(f)) przypada przed samym kontaktem (\(d)).",
           "The follow-up day (\(f)) is before the contact itself (\(d)).")
    }
    public static func contactInFuture(_ t: Timestamp) -> String {
        tr("Czas kontaktu \(t) jest w przyszłości.", "The contact's time \(t) is in the future.")
    }
    public static func duplicateID(_ kind: String, _ id: String) -> String {
        tr("Identyfikator „\(id)” (\(kind)) występuje więcej niż raz.", "The id \"\(id)\" (\(kind)) occurs more than once.")
    }
    public static func badID(_ id: String) -> String {
        tr("Identyfikator „\(id)” może zawierać tylko małe litery łacińskie, cyfry i „-”.",
           "The id \"\(id)\" may hold only lower-case Latin letters, digits and \"-\".")
    }
    public static func negative(_ field: String) -> String {
        tr("Pole „\(field)” nie może być ujemne.", "The field \"\(field)\" cannot be negative.")
    }
    public static func taskLinkedToMeetingMismatch(_ id: Int) -> String {
        tr("Decyzja wskazuje zadanie nr \(id), którego nie ma.", "A decision names task \(id), which does not exist.")
    }

    // MARK: Names of values

    public static func statusName(_ s: TaskStatus) -> String {
        switch s {
        case .open: return tr("otwarte", "open")
        case .inProgress: return tr("w toku", "in progress")
        case .done: return tr("wykonane", "done")
        case .notDone: return tr("niewykonane", "not done")
        case .cancelled: return tr("anulowane", "cancelled")
        }
    }

    public static func priorityName(_ p: TaskPriority) -> String {
        switch p {
        case .low: return tr("niski", "low")
        case .normal: return tr("zwykły", "normal")
        case .high: return tr("wysoki", "high")
        }
    }

    public static func planStatusName(_ s: PlanStatus) -> String {
        switch s {
        case .draft: return tr("projekt", "draft")
        case .active: return tr("realizowany", "active")
        case .closed: return tr("zamknięty", "closed")
        }
    }

    public static func outcomeName(_ o: Evaluation.Outcome) -> String {
        switch o {
        case .eliminated: return tr("zagrożenie wyeliminowane", "threat eliminated")
        case .reduced: return tr("zagrożenie ograniczone", "threat reduced")
        case .notAchieved: return tr("cel nieosiągnięty", "goal not achieved")
        }
    }

    public static func goalKindName(_ k: Goal.Kind) -> String {
        switch k {
        case .eliminate: return tr("wyeliminowanie", "eliminate")
        case .reduce: return tr("ograniczenie", "reduce")
        }
    }

    public static func categoryName(_ c: ThreatCategory) -> String { tr(c.polishName, c.englishName) }
    /// A category's short name, for narrow lists ("parkowanie").
    public static func categoryShortName(_ c: ThreatCategory) -> String { tr(c.shortPolishName, c.shortEnglishName) }
    public static func channelName(_ c: ContactChannel) -> String { tr(c.polishName, c.englishName) }
    public static func sourceName(_ s: DiagnosisSource) -> String { tr(s.polishName, s.englishName) }

    // MARK: Field names (used in messages)

    public static var fieldTitle: String { tr("tytuł", "title") }
    public static var fieldSummary: String { tr("opis kontaktu", "summary") }
    public static var fieldDescription: String { tr("opis", "description") }
    public static var fieldNote: String { tr("notatka", "note") }
    public static var fieldReason: String { tr("powód", "reason") }
    public static var fieldName: String { tr("nazwa", "name") }
    public static var fieldPlace: String { tr("miejsce", "place") }
    public static var fieldMinutes: String { tr("protokół", "minutes") }
    public static var fieldText: String { tr("treść", "text") }
    public static var fieldResidents: String { tr("liczba mieszkańców", "residents") }
}

// MARK: The store
extension L10n {
    public static func cannotCreateFolder(_ path: String, _ why: String) -> String {
        tr("Nie można utworzyć folderu \(path): \(why).", "Cannot create the folder \(path): \(why).")
    }
    public static func cannotRead(_ path: String, _ why: String) -> String {
        tr("Nie można odczytać \(path): \(why).", "Cannot read \(path): \(why).")
    }
    public static func cannotWrite(_ path: String, _ why: String) -> String {
        tr("Nie można zapisać \(path): \(why). Nic nie zostało zmienione.", "Cannot write \(path): \(why). Nothing was changed.")
    }
    public static func noStore(_ path: String) -> String {
        tr("W \(path) nie ma magazynu Beat. Utwórz go: beat init (albo beat init --demo), lub wskaż inny: --data FOLDER.",
           "There is no Beat store in \(path). Create one with: beat init (or beat init --demo), or point to another: --data DIR.")
    }
    public static func storeExists(_ path: String) -> String {
        tr("W \(path) jest już magazyn Beat; nie nadpisuję go. Wskaż pusty folder: --data FOLDER.",
           "There is already a Beat store in \(path); it will not be overwritten. Choose an empty folder: --data DIR.")
    }
    public static func folderNotEmpty(_ path: String) -> String {
        tr("Folder \(path) nie jest pusty; magazyn tworzę tylko w pustym folderze.",
           "The folder \(path) is not empty; a store is created only in an empty folder.")
    }
    public static func notAStore(_ file: String) -> String {
        tr("\(file):1:1: to nie jest plik magazynu Beat (brak \"format\": \"beat-store\").",
           "\(file):1:1: this is not a Beat store file (no \"format\": \"beat-store\").")
    }
    public static func unknownVersion(_ file: String, _ v: Int) -> String {
        tr("\(file):1:1: magazyn ma wersję \(v), a ten program zna tylko wersję 1; użyj nowszego Beat.",
           "\(file):1:1: the store is version \(v), and this program knows only version 1; use a newer Beat.")
    }
    public static func missingFile(_ file: String) -> String {
        tr("\(file): brak pliku, na który wskazuje magazyn; przywróć go z kopii zapasowej.",
           "\(file): a file the store refers to is missing; restore it from a backup.")
    }
    public static func tornLine(_ file: String, _ line: Int) -> String {
        tr("\(file):\(line): ostatni wiersz jest urwany (przerwany zapis); nie był potwierdzony i został pominięty.",
           "\(file):\(line): the last line is torn (an interrupted write); it was never acknowledged and is skipped.")
    }
    public static func journalOutOfOrder(_ expected: Int, _ found: Int) -> String {
        tr("oczekiwano wpisu nr \(expected), a jest nr \(found)", "expected entry \(expected), found \(found)")
    }
    public static func journalRejected(_ why: String) -> String {
        tr("zmiana nie pasuje do danych: \(why)", "the change does not fit the data: \(why)")
    }
    public static func busy(_ path: String, _ holder: String) -> String {
        tr("Magazyn \(path) jest zajęty przez inny zapis (\(holder)); spróbuj za chwilę.",
           "The store \(path) is busy with another writer (\(holder)); try again in a moment.")
    }
    public static func badPinnedToday(_ value: String) -> String {
        if Day.isOutOfRange(value) { return "BEAT_TODAY: " + dayOutOfRange(value) }
        return tr("BEAT_TODAY=\(value) nie jest dniem kalendarza; podaj go w postaci 2026-11-22.",
           "BEAT_TODAY=\(value) is not a calendar day; use the form 2026-11-22.")
    }
    public static func readOnlyStore(_ path: String) -> String {
        tr("Magazyn \(path) jest tylko do odczytu; zmiany nie są możliwe.", "The store \(path) is read-only; no changes can be made.")
    }
    public static func looserPermissions(_ path: String, _ mode: String) -> String {
        tr("\(path): uprawnienia \(mode) są szersze niż potrzeba (dane osobowe); ustaw: chmod go-rwx \(path)",
           "\(path): permissions \(mode) are looser than needed (personal data); fix with: chmod go-rwx \(path)")
    }
}
