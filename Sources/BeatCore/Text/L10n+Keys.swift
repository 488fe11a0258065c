/// The catalogue, continued: the key table's labels (every scope's keys, for the key bar and
/// the help) and what a key that does nothing says.
extension L10n {
    public static var actionSave: String { tr("Zapisz", "Save") }
    public static var actionCancel: String { tr("Anuluj", "Cancel") }
    public static var actionNextField: String { tr("Następne pole", "Next field") }
    public static var actionPreviousField: String { tr("Poprzednie pole", "Previous field") }
    public static var actionNextFieldOrSave: String {
        tr("Następne pole (na ostatnim: zapisz)", "Next field (on the last: save)")
    }
    public static var actionNewLine: String { tr("Nowy wiersz", "New line") }
    public static var actionOpenList: String { tr("Lista", "List") }
    public static var actionNarrowList: String {
        tr("Otwórz listę zawężoną do wpisanych liter („lodz” znajdzie „Łódzka”)",
           "Open the list narrowed to the letters typed (\"lodz\" finds \"Łódzka\")")
    }
    public static var actionType: String { tr("Wpisuje tekst", "Types text") }
    public static var actionCursorLeft: String { tr("Kursor w lewo", "Cursor left") }
    public static var actionCursorRight: String { tr("Kursor w prawo", "Cursor right") }
    public static var actionLineStart: String { tr("Na początek tekstu", "To the start of the text") }
    public static var actionLineEnd: String { tr("Na koniec tekstu", "To the end of the text") }
    public static var actionDeleteBack: String { tr("Usuń znak przed kursorem", "Delete the character before the cursor") }
    public static var actionDeleteForward: String { tr("Usuń znak pod kursorem", "Delete the character under the cursor") }
    public static var actionClearField: String { tr("Wyczyść pole", "Clear the field") }
    public static var actionDeleteWord: String { tr("Usuń słowo przed kursorem", "Delete the word before the cursor") }
    public static var actionYes: String { tr("Tak", "Yes") }
    public static var actionNo: String { tr("Nie", "No") }
    public static var actionChoose: String { tr("Wybierz", "Choose") }
    public static var actionKeepSearch: String { tr("Zatwierdź", "Keep") }
    public static var actionClearSearch: String { tr("Wyczyść", "Clear") }
    public static var actionClose: String { tr("Zamknij", "Close") }
    /// How the help writes "any printable character".
    public static var keysTyping: String { tr("litery", "letters") }

    public static var actionQuitNow: String { tr("Wyjście od razu, bez pytania", "Quit at once, without asking") }
    public static var helpAlways: String { tr("Zawsze (także w oknach)", "Always (in windows too)") }
    public static var helpTextField: String { tr("Pole tekstowe", "Text field") }
    public static var helpMultilineField: String { tr("Pole wielowierszowe", "Field of several lines") }
    public static var helpChoiceField: String { tr("Pole z listą", "List field") }
    public static var helpEditing: String { tr("Pisanie (pola, szukanie, listy wyboru)", "Typing (fields, search, pickers)") }
    public static var helpPrompt: String { tr("Pytania", "Questions") }
    public static var helpPicker: String { tr("Listy wyboru", "Pickers") }
    public static var helpSearch: String { tr("Szukanie (/)", "Search (/)") }
    public static var helpTextView: String { tr("Podgląd tekstu", "Text view") }

    /// A key that does nothing where it was pressed says so.
    public static func keyDoesNothing(_ key: String, help: String) -> String {
        tr("Klawisz \(key) nic tu nie robi (\(help) — pomoc).", "The key \(key) does nothing here (\(help) — help).")
    }
    /// The space bar, as a key is named.
    public static var keySpace: String { tr("Spacja", "Space") }
    /// The same inside a window, where `?` types.
    public static func keyDoesNothingInWindow(_ key: String) -> String {
        tr("Klawisz \(key) nic tu nie robi.", "The key \(key) does nothing here.")
    }
    /// A question waits for its answer.
    public static func answerYesOrNo(_ yes: String, _ no: String) -> String {
        tr("Odpowiedz: \(yes) — tak, \(no) — nie.", "Answer: \(yes) for yes, \(no) for no.")
    }
    public static var discardQuestion: String { tr("Odrzucić wpisany tekst?", "Discard what you typed?") }
}
