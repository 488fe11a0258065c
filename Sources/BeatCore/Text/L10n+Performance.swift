/// The catalogue, continued: synthetic stores and loading only what a command needs.
extension L10n {
    public static func badSyntheticSize(_ t: String, sizes: [String]) -> String {
        tr("Nieznany rozmiar „\(t)”; dostępne: \(sizes.joined(separator: ", ")).",
           "Unknown size \"\(t)\"; use one of: \(sizes.joined(separator: ", ")).")
    }
    public static var syntheticWithDemo: String {
        tr("Podaj albo --demo, albo --synthetic, nie oba naraz.", "Give either --demo or --synthetic, not both.")
    }
    public static func syntheticCreated(_ path: String, _ m: Model) -> String {
        func n(_ k: Int, _ one: String, _ few: String, _ many: String) -> String { "\(k) " + plural(k, one, few, many) }
        return tr("Utworzono syntetyczny magazyn w \(path): \(n(m.districts.count, "dzielnica", "dzielnice", "dzielnic")), "
                  + "\(n(m.officers.count, "funkcjonariusz", "funkcjonariuszy", "funkcjonariuszy")), \(n(m.plans.count, "plan", "plany", "planów")), "
                  + "\(n(m.tasks.count, "zadanie", "zadania", "zadań")), \(n(m.contacts.count, "kontakt", "kontakty", "kontaktów")), "
                  + "\(n(m.meetings.count, "posiedzenie", "posiedzenia", "posiedzeń")).",
           "Created a synthetic store in \(path): \(m.districts.count) districts, \(m.officers.count) officers, \(m.plans.count) plans, \(m.tasks.count) tasks, \(m.contacts.count) contacts, \(m.meetings.count) meetings.")
    }
    /// Where a screen would show the contact log (or figures of it) while it is still being read.
    public static var contactLogLoading: String {
        tr("Wczytywanie rejestru kontaktów z mieszkańcami…", "Loading the log of contacts with residents…")
    }
}
