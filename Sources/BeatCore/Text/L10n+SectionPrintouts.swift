/// The catalogue, continued: what `p` says on a screen's section that has no printout of what
/// it lists, and where that list is to be had instead.
extension L10n {
    /// The help's line for `p` where it prints nothing; the reason follows under it.
    public static var printNotHere: String { tr("Drukuj — niedostępne tutaj:", "Print — not here:") }
    public static var teamsHaveNoPrintout: String {
        tr("Sekcja Zespoły nie ma wydruku; skład zespołu drukuje ekran 6 (p).",
           "The Teams section has no printout; screen 6 prints the team (p).")
    }
    public static var organisationsHaveNoPrintout: String {
        tr("Sekcja Organizacje nie ma wydruku; wykaz wypisze polecenie beat organisation list.",
           "The Organisations section has no printout; beat organisation list prints the list.")
    }
    public static var beatsHaveNoPrintout: String {
        tr("Sekcja Rejony nie ma wydruku; wykaz rejonów z ulicami wypisze polecenie beat rejon list.",
           "The Beats section has no printout; beat rejon list prints the beats with their streets.")
    }
    public static var noOfficerToPrint: String {
        tr("Wybierz na liście funkcjonariusza; p wydrukuje wtedy wykaz zadań.", "Select an officer in the list; p then prints the worklist.")
    }
    public static var surveysHaveNoPrintout: String {
        tr("Badania nie mają osobnego wydruku; wypisze je polecenie beat survey list, a ostatnie badanie każdej dzielnicy jest w zestawieniu dzielnic (ekran 5, sekcja Dzielnice, p).",
           "Surveys have no printout of their own; beat survey list prints them, and the districts' report has each district's latest one (screen 5, section Districts, p).")
    }
}
