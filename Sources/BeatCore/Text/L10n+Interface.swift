/// The catalogue, continued: the interface's labels and notices.
extension L10n {
    public static var noTerminal: String {
        tr("Interfejs ekranowy wymaga terminala (TTY). Bez niego użyj poleceń, np.: beat task list, beat contact list, beat check.",
           "The screen interface needs a terminal (TTY). Without one, use the commands, e.g. beat task list, beat contact list, beat check.")
    }
    public static func dumbTerminal(_ term: String) -> String {
        tr("Terminal TERM=\(term) nie obsługuje interfejsu ekranowego. Ustaw np. TERM=xterm-256color albo użyj poleceń: beat task list, beat contact list.",
           "The terminal TERM=\(term) cannot show the screen interface. Set e.g. TERM=xterm-256color or use the commands: beat task list, beat contact list.")
    }
    public static func localeFallback(_ l: String) -> String {
        tr("Ustawienia regionalne nie są UTF-8; używam \(l). Ustaw np. LANG=pl_PL.UTF-8.",
           "The locale is not UTF-8; using \(l). Set e.g. LANG=en_US.UTF-8.")
    }
    public static var noUTF8Locale: String {
        tr("Brak ustawień regionalnych UTF-8, a bez nich polskie litery nie będą widoczne. Ustaw np. LANG=C.UTF-8.",
           "No UTF-8 locale is available, and without one Polish letters cannot be shown. Set e.g. LANG=C.UTF-8.")
    }
}
