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
        tr("Utworzono syntetyczny magazyn w \(path): \(m.districts.count) dzielnic, \(m.officers.count) funkcjonariuszy, \(m.plans.count) planów, \(m.tasks.count) zadań, \(m.contacts.count) kontaktów, \(m.meetings.count) posiedzeń.",
           "Created a synthetic store in \(path): \(m.districts.count) districts, \(m.officers.count) officers, \(m.plans.count) plans, \(m.tasks.count) tasks, \(m.contacts.count) contacts, \(m.meetings.count) meetings.")
    }
    /// Where a screen would show the contact log (or figures of it) while it is still being read.
    public static var contactLogLoading: String {
        tr("Wczytywanie rejestru kontaktów z mieszkańcami…", "Loading the log of contacts with residents…")
    }
}
