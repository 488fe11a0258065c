// The catalogue's part for trust: field limits, read-only and damaged stores, backups,
// residents' personal data (RODO) and the audit log.

// MARK: Field limits
extension L10n {
    public static var fieldCity: String { tr("miasto", "city") }
    public static var fieldStreet: String { tr("ulica", "street") }
    public static var fieldRank: String { tr("stopień", "rank") }
    public static var fieldBadge: String { tr("numer służbowy", "badge") }
    public static var fieldPhone: String { tr("telefon", "phone") }
    public static var fieldEmail: String { tr("e-mail", "e-mail") }
    public static var fieldAddress: String { tr("adres", "address") }
    public static var fieldOrganisation: String { tr("organizacja", "organisation") }
    public static var fieldThreat: String { tr("opis zagrożenia", "threat") }
    public static var fieldGoal: String { tr("cel", "goal") }
    public static var fieldMeasure: String { tr("miernik", "measure") }
    public static var fieldPartners: String { tr("partnerzy", "partners") }

    public static func tooMany(_ field: String, _ limit: Int, _ actual: Int) -> String {
        tr("Pole „\(field)” ma \(actual) \(plural(actual, "pozycję", "pozycje", "pozycji")); najwięcej \(limit).", "The field \"\(field)\" has \(actual) entries; at most \(limit).")
    }
    public static func numberOutOfRange(_ n: Int) -> String {
        tr("liczba \(n) jest poza zakresem (0–\(Limits.number))", "the number \(n) is out of range (0–\(Limits.number))")
    }
}

// MARK: Damaged and read-only stores
extension L10n {
    static func badFolderName(_ name: String) -> String {
        tr("„\(name)” nie jest nazwą folderu magazynu", "\"\(name)\" is not a folder name of a store")
    }
    static func snapshotMissing(_ name: String) -> String {
        tr("brak folderu migawki \(name), na który wskazuje manifest; przywróć magazyn z kopii zapasowej",
           "the snapshot folder \(name) the manifest names is missing; restore the store from a backup")
    }
    static func historyTorn() -> String {
        tr("plik kończy się w połowie wiersza (urwany?); pliki historii zapisuje się w całości",
           "the file ends in the middle of a line (truncated?); history files are written whole")
    }
    static func historyRange(_ first: Int, _ last: Int, _ count: Int) -> String {
        tr("plik powinien zawierać wpisy \(first)–\(last) po kolei, a ma ich \(count) (uszkodzony?)",
           "the file should hold entries \(first)–\(last) in order, but it holds \(count) (damaged?)")
    }
    static func segmentMissing(_ file: String) -> String {
        tr("magazyn wskazuje plik kontaktów \(file), którego nie ma; przywróć go z kopii zapasowej",
           "the store refers to the contact file \(file), which is missing; restore it from a backup")
    }

    static func segmentSize(_ found: Int?, _ written: Int?) -> String {
        tr("plik ma \(found ?? 0) \(plural(found ?? 0, "bajt", "bajty", "bajtów")), a zapisano \(written ?? 0) (uszkodzony?)",
           "the file has \(found.map(String.init) ?? "0") bytes, but \(written.map(String.init) ?? "0") were written (damaged?)")
    }
    static func snapshotSeqMismatch(_ seq: Int, _ snapshot: String, _ snapSeq: Int) -> String {
        tr("manifest wskazuje wpis nr \(seq), a migawka \(snapshot) jest z wpisu nr \(snapSeq)",
           "the manifest says entry \(seq), but the snapshot \(snapshot) is as of entry \(snapSeq)")
    }
    static var changedOutsideBeat: String {
        tr("plik zmieniono poza Beat: jego suma kontrolna nie jest tą, którą zapisał manifest. Jeśli to zmiana zamierzona, beat compact przyjmie plik takim, jaki jest; jeśli nie, przywróć magazyn z kopii zapasowej",
           "the file was changed outside Beat: its digest is not the one the manifest recorded. If the change was meant, beat compact takes the file as it is; if not, restore the store from a backup")
    }
    public static var readOnlyRequested: String {
        tr("Otwarto go tylko do odczytu.", "It was opened read-only.")
    }
    public static func readOnlyFolder(_ path: String, _ why: String) -> String {
        tr("Folder \(path) nie przyjmuje zapisu (\(why)).", "The folder \(path) cannot be written (\(why)).")
    }
    public static func readOnlyFile(_ path: String, _ why: String) -> String {
        tr("Plik \(path) nie przyjmuje zapisu (\(why)).", "The file \(path) cannot be written (\(why)).")
    }
}

// MARK: Files that are not what the store needs, and places Beat does not write
extension L10n {
    public static func symlinkInStore(_ path: String) -> String {
        tr("\(path): to dowiązanie symboliczne; w magazynie Beat nie ma dowiązań (przywróć plik z kopii zapasowej).",
           "\(path): this is a symbolic link; a Beat store holds none (restore the file from a backup).")
    }
    public static func notAPlainFile(_ path: String, _ kind: String) -> String {
        tr("\(path): to nie jest zwykły plik, lecz \(kind); magazyn go nie otworzy (przywróć plik z kopii zapasowej).",
           "\(path): this is not a plain file but \(kind); the store will not open it (restore the file from a backup).")
    }
    public static func notAFolder(_ path: String, _ kind: String) -> String {
        tr("\(path): to nie jest folder, lecz \(kind) (przywróć magazyn z kopii zapasowej).",
           "\(path): this is not a folder but \(kind) (restore the store from a backup).")
    }
    public static var kindFolder: String { tr("folder", "a folder") }
    public static var kindFile: String { tr("plik", "a file") }
    public static var kindSpecial: String { tr("plik specjalny (kolejka FIFO, gniazdo, urządzenie)", "a special file (a FIFO, socket or device)") }
    public static func notAnEmptyFolder(_ path: String) -> String {
        tr("\(path) istnieje i nie jest pustym folderem; niczego tam nie zmieniam. Wskaż nieistniejący albo pusty folder.",
           "\(path) exists and is not an empty folder; nothing there was touched. Choose a missing or empty folder.")
    }
    public static func placeBusy(_ path: String) -> String {
        tr("W \(path) inny proces tworzy właśnie magazyn; spróbuj za chwilę.", "Another process is creating a store in \(path); try again in a moment.")
    }
    public static func emptyPath(_ option: String) -> String {
        tr("\(option): podano pustą ścieżkę.", "\(option): the path is empty.")
    }
}

// MARK: Backup and restore
extension L10n {
    static var backupNotAFile: String { tr("to nie jest zwykły plik", "it is not a plain file") }
    static func backupLongerThanDeclared(_ declared: Int, _ size: Int) -> String {
        tr("plik ma \(size) \(plural(size, "bajt", "bajty", "bajtów")), a jego zawartość kończy się na bajcie \(declared)",
           "the file has \(size) bytes, but its members end at byte \(declared)")
    }
    static var backupFileShrank: String { tr("plik skrócił się w trakcie kopiowania", "the file got shorter while it was copied") }
    public static func backupExists(_ file: String) -> String {
        tr("Plik \(file) już istnieje; kopii nie zapisano na nim. Wskaż nowy plik.",
           "The file \(file) already exists; the backup will not overwrite it. Name a new file.")
    }
    public static func notABackup(_ file: String, _ why: String) -> String {
        tr("\(file): to nie jest poprawna kopia zapasowa Beat (\(why)); niczego nie odtworzono.",
           "\(file): this is not a sound Beat backup (\(why)); nothing was restored.")
    }
    public static func backupDamaged(_ file: String, _ member: String) -> String {
        tr("\(file): plik \(member) w kopii jest uszkodzony (suma kontrolna się nie zgadza); niczego nie odtworzono.",
           "\(file): \(member) in the backup is damaged (its checksum does not match); nothing was restored.")
    }
    public static func restoreTargetNotEmpty(_ path: String) -> String {
        tr("Folder \(path) nie jest pusty; kopię odtwarzam tylko do pustego folderu.",
           "The folder \(path) is not empty; a backup is restored only into an empty folder.")
    }
    public static func restoredStoreBad(_ why: String) -> String {
        tr("Kopia zawiera magazyn, który nie przechodzi sprawdzenia, więc go nie odtworzono: \(why)",
           "The backup holds a store that fails its check, so it was not restored: \(why)")
    }
    public static func backupWritten(_ file: String, files: Int, seq: Int, bytes: Int) -> String {
        tr("Zapisano kopię zapasową \(file) — pliki: \(files), stan po wpisie nr \(seq), \(bytes / 1024 + 1) KiB.",
           "Backup written to \(file): \(files) files, as of entry \(seq), \(bytes / 1024 + 1) KiB.")
    }
    public static func restored(_ path: String, seq: Int) -> String {
        tr("Odtworzono magazyn w \(path) (stan po wpisie nr \(seq)); sprawdzenie: w porządku.",
           "Restored the store in \(path) (as of entry \(seq)); check: all good.")
    }
}

// MARK: Residents' personal data
extension L10n {
    public static func badRetention(_ text: String) -> String {
        tr("„\(text)” nie jest okresem; podaj np. 24m (miesiące), 2y (lata) albo 90d (dni).",
           "\"\(text)\" is not a period; give e.g. 24m (months), 2y (years) or 90d (days).")
    }
    public static var findNeedsText: String {
        tr("Podaj co najmniej 2 znaki do wyszukania.", "Give at least 2 characters to look for.")
    }
    public static var residentPersonalDataNames: [PersonalField: String] {
        [.name: tr("imię i nazwisko", "name"), .phone: tr("telefon", "phone"),
         .email: tr("e-mail", "e-mail"), .address: tr("adres", "address")]
    }
    public static func purgeHeader(before: Day, dryRun: Bool) -> String {
        dryRun
            ? tr("Próba (nic nie zmieniono): pseudonimizacja danych mieszkańców z kontaktów sprzed \(before):",
                 "Dry run (nothing changed): pseudonymising residents' data in contacts before \(before):")
            : tr("Pseudonimizacja danych mieszkańców z kontaktów sprzed \(before):",
                 "Pseudonymising residents' data in contacts before \(before):")
    }
    public static func purgeContactLine(_ id: Int, _ day: Day, _ category: ThreatCategory, fields: [String], pseudonym: String) -> String {
        tr("  kontakt nr \(id), \(day), \(categoryName(category)): \(fields.joined(separator: ", ")) → \(pseudonym)",
           "  contact \(id), \(day), \(categoryName(category)): \(fields.joined(separator: ", ")) → \(pseudonym)")
    }
    public static func purgeJournalLine(_ file: String, lines: Int) -> String {
        tr("  \(file): wpisy: \(lines)", "  \(file): entries: \(lines)")
    }
    public static func purgeTornLines(_ n: Int, dryRun: Bool) -> String {
        dryRun ? tr("  journal.torn: urwane (niezatwierdzone) wiersze do usunięcia: \(n)", "  journal.torn: torn (never acknowledged) lines to remove: \(n)")
               : tr("  journal.torn: usunięto urwane (niezatwierdzone) wiersze: \(n)", "  journal.torn: torn (never acknowledged) lines removed: \(n)")
    }
    public static func purgeSummary(contacts: Int, entries: Int, files: Int, people: Int, dryRun: Bool) -> String {
        dryRun
            ? tr("Do zmiany — kontakty w migawce: \(contacts), wpisy dziennika: \(entries) (pliki: \(files)), osoby: \(people).",
                 "Would change — contacts in the snapshot: \(contacts), journal entries: \(entries) (files: \(files)), people: \(people).")
            : tr("Zmieniono — kontakty w migawce: \(contacts), wpisy dziennika: \(entries) (pliki: \(files)), osoby: \(people). Kategoria, miejsce i czas pozostały bez zmian.",
                 "Changed — contacts in the snapshot: \(contacts), journal entries: \(entries) (files: \(files)), people: \(people). Category, place and time are kept.")
    }
    public static var purgeNothing: String {
        tr("Nie ma danych osobowych starszych niż okres przechowywania.", "No personal data is older than the retention period.")
    }
    public static func purgeLeftover(_ path: String) -> String {
        tr("nie udało się usunąć starej kopii \(path), która może zawierać dane sprzed pseudonimizacji; uruchom purge ponownie",
           "could not remove the old copy \(path), which may still hold the data; run the purge again")
    }
    public static var colRecord: String { tr("Rekord", "Record") }
    public static var colWhen: String { tr("Kiedy", "When") }
    public static var colFile: String { tr("Plik", "File") }
    public static var colFields: String { tr("Pola", "Fields") }
    public static func findNone(_ text: String) -> String {
        tr("Nie znaleziono danych pasujących do „\(text)”.", "No records match \"\(text)\".")
    }
    public static func findCount(_ n: Int) -> String {
        tr("Rekordów z pasującymi danymi: \(n).", "Records holding matching data: \(n).")
    }
    public static func recordKindName(_ k: PersonalDataRecord.Kind) -> String {
        switch k {
        case .contact: return tr("kontakt", "contact")
        case .district: return tr("dzielnica", "district")
        case .beat: return tr("rejon", "beat")
        case .officer: return tr("funkcjonariusz", "officer")
        case .team: return tr("zespół", "team")
        case .plan: return tr("plan", "plan")
        case .task: return tr("zadanie", "task")
        case .meeting: return tr("posiedzenie", "meeting")
        case .journalEntry: return tr("wpis dziennika", "journal entry")
        case .tornLine: return tr("urwany wiersz", "torn line")
        }
    }
}

// MARK: Backups and pseudonyms (details)
extension L10n {
    static func noBackup(_ file: String) -> String {
        tr("Nie ma pliku kopii \(file).", "There is no backup file \(file).")
    }
    static var backupNoIndex: String { tr("brak spisu beat-backup.json na końcu", "no beat-backup.json index at its end") }
    static func backupUnknownFormat(_ f: String, _ v: Int) -> String {
        tr("nieznany format „\(f)” w wersji \(v)", "unknown format \"\(f)\" version \(v)")
    }
    static var backupListMismatch: String { tr("spis nie zgadza się z zawartością", "its index does not match its content") }
    static func backupBadPath(_ p: String) -> String { tr("niedozwolona ścieżka „\(p)”", "a path not allowed: \"\(p)\"") }
    static var backupTruncated: String { tr("plik jest urwany", "the file is truncated") }
    static var backupNotTar: String { tr("uszkodzony nagłówek archiwum tar", "a damaged tar header") }

    static func notAPseudonym(_ s: String) -> String {
        tr("„\(s)” nie jest pseudonimem (P-wpis-osoba)", "\"\(s)\" is not a pseudonym (P-entry-person)")
    }
}

extension L10n {
    /// What to do about a file Beat refused (printed under the `file:line:column: reason` line).
    public static var badDataWhatToDo: String {
        tr("Beat niczego nie zmienił. Popraw plik we wskazanym miejscu albo odtwórz magazyn z kopii zapasowej (beat restore KOPIA --data PUSTY_FOLDER); beat check powie, czy magazyn jest w porządku.",
           "Beat changed nothing. Fix the file at the place named, or restore the store from a backup (beat restore BACKUP --data EMPTY_FOLDER); beat check tells whether the store is sound.")
    }
}

// MARK: JSON syntax (what the locator says is wrong at file:line:column)
extension L10n {
    static func jsonTooDeep(_ n: Int) -> String { tr("wartości zagnieżdżone głębiej niż \(n) poziomów", "values nested more than \(n) deep") }
    static var jsonTextAfterValue: String { tr("dalszy tekst po końcu wartości JSON", "unexpected text after the end of the JSON value") }
    static var jsonEndsInValue: String { tr("plik kończy się w środku wartości (ucięty?)", "the file ends in the middle of a value (truncated?)") }
    static var jsonEndsInObject: String { tr("plik kończy się wewnątrz obiektu (ucięty?)", "the file ends inside an object (truncated?)") }
    static var jsonExpectedKey: String { tr("oczekiwano klucza w cudzysłowie", "expected a key in double quotes") }
    static var jsonExpectedColon: String { tr("oczekiwano ':' po kluczu", "expected ':' after a key") }
    static var jsonExpectedObjectEnd: String { tr("oczekiwano ',' lub '}' w obiekcie", "expected ',' or '}' in an object") }
    static var jsonEndsInList: String { tr("plik kończy się wewnątrz listy (ucięty?)", "the file ends inside a list (truncated?)") }
    static var jsonExpectedListEnd: String { tr("oczekiwano ',' lub ']' w liście", "expected ',' or ']' in a list") }
    static var jsonExpectedValue: String { tr("nieoczekiwany znak; oczekiwano wartości", "unexpected character; expected a value") }
    static func jsonExpectedWord(_ word: String) -> String { tr("nieoczekiwany znak; oczekiwano \(word)", "unexpected character; expected \(word)") }
    static var jsonNumberNeedsDigits: String { tr("liczba musi mieć cyfry", "a number needs digits") }
    static var jsonNumberLeadingZero: String { tr("liczba nie może zaczynać się od 0", "a number cannot start with 0") }
    static var jsonNumberNeedsFraction: String { tr("liczba musi mieć cyfry po kropce dziesiętnej", "a number needs digits after the decimal point") }
    static var jsonNumberNeedsExponent: String { tr("liczba musi mieć cyfry w wykładniku", "a number needs digits in its exponent") }
    static var jsonNumberTooLarge: String { tr("liczba jest za duża", "the number is too large") }
    static var jsonEndsInString: String { tr("plik kończy się wewnątrz tekstu w cudzysłowie (ucięty?)", "the file ends inside a text in quotes (truncated?)") }
    static var jsonControlInString: String { tr("znak sterujący wewnątrz tekstu w cudzysłowie", "a control character inside a text in quotes") }
    static var jsonLoneLowSurrogate: String { tr("sekwencja \\u zawiera pół znaku (samotny dolny surogat)", "a \\u escape holds half a character (a lone low surrogate)") }
    static var jsonLoneHighSurrogate: String { tr("sekwencja \\u zawiera pół znaku (samotny górny surogat)", "a \\u escape holds half a character (a lone high surrogate)") }
    static var jsonUnknownEscape: String { tr("nieznana sekwencja po ukośniku wstecznym", "an unknown escape after a backslash") }
    static var jsonInvalidUTF8: String { tr("niepoprawne UTF-8 (plik nie jest tekstem UTF-8)", "invalid UTF-8 (the file is not UTF-8 text)") }
    static var jsonEscapeNeedsHex: String { tr("sekwencja \\u wymaga czterech cyfr szesnastkowych", "a \\u escape needs four hex digits") }
}
