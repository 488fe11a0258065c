/// The catalogue's sentences about stores on PostgreSQL (issue 16). A store is always named
/// by its address without the password.
extension L10n {
    public static var pgNotAnAddress: String {
        tr("To nie jest adres PostgreSQL (postgresql://…).", "This is not a PostgreSQL address (postgresql://…).")
    }
    public static func pgBadPart(_ part: String) -> String {
        tr("Adres PostgreSQL ma błędną część „\(part)”; wzór: postgresql://UŻYTKOWNIK@HOST:PORT/BAZA?schema=NAZWA.",
           "The PostgreSQL address has a malformed \"\(part)\"; the form is postgresql://USER@HOST:PORT/DB?schema=NAME.")
    }
    public static var pgOneHost: String {
        tr("Adres PostgreSQL może wskazywać tylko jeden serwer.", "A PostgreSQL address may name only one server.")
    }
    public static func pgRepeatedParameter(_ key: String) -> String {
        tr("Parametr „\(key)” występuje w adresie dwa razy.", "The parameter \"\(key)\" appears twice in the address.")
    }
    public static func pgUnknownParameter(_ key: String) -> String {
        tr("Nieznany parametr adresu PostgreSQL: „\(key)” (znane: schema, host, port, user, dbname, sslmode, sslrootcert).",
           "Unknown PostgreSQL address parameter \"\(key)\" (known: schema, host, port, user, dbname, sslmode, sslrootcert).")
    }
    public static func pgBadSSLMode(_ value: String) -> String {
        tr("sslmode=\(value) nie jest znany; podaj disable, prefer, require albo verify-full.",
           "sslmode=\(value) is not known; use disable, prefer, require or verify-full.")
    }
    public static var pgSSLOnSocket: String {
        tr("Połączenie przez gniazdo uniksowe nie jest szyfrowane; sslmode=require i verify-full wymagają hosta sieciowego.",
           "A Unix socket connection is not encrypted; sslmode=require and verify-full need a network host.")
    }
    public static func pgBadSchema(_ name: String) -> String {
        tr("Nazwa schematu „\(name)” nie nadaje się na magazyn: małe litery, cyfry i _, do 58 znaków, nie od cyfry ani pg_.",
           "The schema name \"\(name)\" cannot name a store: lower-case letters, digits and _, up to 58 characters, not starting with a digit or pg_.")
    }
    public static func pgUnavailable(_ address: String, _ why: String) -> String {
        tr("Serwer PostgreSQL \(address) jest niedostępny: \(why). Sprawdź, czy działa, i adres.",
           "The PostgreSQL server \(address) is unavailable: \(why). Check that it is running, and the address.")
    }
    public static var pgRefused: String { tr("odmówił połączenia", "it refused the connection") }
    public static func pgNoAnswer(_ seconds: Double) -> String {
        let s = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return tr("nie odpowiedział w ciągu \(s) s (BEAT_LOCK_TIMEOUT)", "no answer within \(s) s (BEAT_LOCK_TIMEOUT)")
    }
    public static var pgAuthFailed: String {
        tr("odrzucił logowanie (użytkownik lub hasło: adres, PGPASSWORD albo ~/.pgpass)",
           "it refused the login (user or password: the address, PGPASSWORD or ~/.pgpass)")
    }
    public static var pgNeedsPassword: String {
        tr("wymaga hasła (podaj je w PGPASSWORD albo ~/.pgpass)", "it needs a password (give it in PGPASSWORD or ~/.pgpass)")
    }
    public static var pgTLSFailed: String {
        tr("połączenie szyfrowane (sslmode) nie powiodło się", "the encrypted connection (sslmode) failed")
    }
    public static var pgTLSUnsupported: String {
        tr("serwer nie obsługuje szyfrowania, a sslmode go wymaga", "the server does not support encryption, and sslmode requires it")
    }
    public static var pgConnectionLost: String { tr("połączenie zostało przerwane", "the connection was lost") }
    public static func pgServerSaid(_ state: String) -> String {
        tr("serwer zgłosił błąd \(state)", "the server reported error \(state)")
    }
    public static func pgServerError(_ address: String, _ state: String, _ message: String) -> String {
        tr("Serwer PostgreSQL \(address) zgłosił błąd \(state): \(message)", "The PostgreSQL server \(address) reported error \(state): \(message)")
    }
    public static func pgNoDatabase(_ address: String, _ database: String) -> String {
        tr("Na serwerze \(address) nie ma bazy danych „\(database)”; utwórz ją (createdb \(database)) albo wskaż inną.",
           "The server \(address) has no database \"\(database)\"; create it (createdb \(database)) or name another.")
    }
    public static func pgNoPermission(_ address: String) -> String {
        tr("Użytkownik nie ma uprawnień do magazynu \(address) (GRANT w PostgreSQL).",
           "The user has no permission on the store \(address) (a GRANT in PostgreSQL).")
    }
    public static func pgBusy(_ address: String, _ holder: String) -> String {
        tr("Magazyn \(address) jest zajęty przez inny zapis (\(holder)); spróbuj za chwilę.",
           "The store \(address) is busy with another writer (\(holder)); try again in a moment.")
    }
    public static var pgUnknownHolder: String { tr("nieznany", "unknown") }
    public static func pgNotAStore(_ address: String) -> String {
        tr("Schemat \(address) istnieje, ale nie jest magazynem Beat; nie dotykam go.",
           "The schema \(address) exists but is not a Beat store; it is left alone.")
    }
    public static func pgStoreExists(_ address: String) -> String {
        tr("Magazyn \(address) już istnieje; nie nadpisuję go. Wskaż inny schemat: ?schema=NAZWA.",
           "The store \(address) already exists; it will not be overwritten. Choose another schema: ?schema=NAME.")
    }
    public static func pgSchemaTaken(_ address: String) -> String {
        tr("Schemat \(address) już istnieje i nie jest pusty; magazyn tworzę tylko w nowym schemacie.",
           "The schema \(address) already exists and is not empty; a store is created only in a new schema.")
    }
    public static func pgUnknownVersion(_ address: String, _ v: Int) -> String {
        tr("Magazyn \(address) ma wersję \(v), a ten program zna tylko wersję 1; użyj nowszego Beat.",
           "The store \(address) is version \(v), and this program knows only version 1; use a newer Beat.")
    }
    public static func pgOutcomeUnknown(_ address: String) -> String {
        tr("Połączenie z \(address) zerwało się przy zatwierdzaniu zmiany, a po ponownym połączeniu nie dało się sprawdzić, czy ją zapisano; sprawdź: beat log.",
           "The connection to \(address) broke while the change was committed, and after reconnecting it could not be told whether it was saved; see: beat log.")
    }
    public static func copyDiffers(_ place: String) -> String {
        tr("Kopia w \(place) różni się od oryginału; nie została zostawiona.", "The copy in \(place) differs from the original; it was not kept.")
    }
    public static func pgVacuumed(_ tables: [String]) -> String {
        tr("Odkurzono (VACUUM FULL): \(tables.joined(separator: ", ")) — stare wersje wierszy z danymi usunięte z bazy.",
           "Vacuumed (VACUUM FULL): \(tables.joined(separator: ", ")) — old row versions holding the data are gone from the database.")
    }
    public static func pgStoreListHeader(_ address: String) -> String {
        tr("Magazyny w bazie \(address):", "Stores in the database \(address):")
    }
    public static var pgNoStores: String { tr("W tej bazie nie ma magazynów Beat.", "This database holds no Beat stores.") }
    public static func copied(_ from: String, _ to: String, seq: Int) -> String {
        tr("Skopiowano magazyn \(from) do \(to) (wpis dziennika \(seq)); kopia sprawdzona.",
           "Copied the store \(from) to \(to) (journal entry \(seq)); the copy is checked.")
    }
    public static var colSchema: String { tr("Schemat", "Schema") }
    public static var colSeq: String { tr("Wpis", "Entry") }
    public static var colCreated: String { tr("Utworzony", "Created") }
    public static func pgJournalRow(_ address: String, _ seq: Int) -> String { "\(address) journal \(seq)" }
}
