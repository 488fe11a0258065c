/// A person's grammatical gender, so Polish agrees with them: "dodała notatkę", "dzielnicowa",
/// "przewodnicząca rady osiedla". Officers and team members carry it; unknown (nil) gives
/// both forms, "zamknął/zamknęła" (see `L10n.gendered`).
public enum Gender: String, Codable, CaseIterable, Sendable, Hashable {
    case female = "f"
    case male = "m"

    /// Accepts `f`/`m`, `k` (kobieta), and the words in Polish or English, case-insensitively.
    public init?(named text: String) {
        let aliases: [Gender: [String]] = [.female: ["k", "kobieta", "female", "woman", "ż", "żeńska"],
                                           .male: ["mężczyzna", "male", "man", "męska"]]
        guard let g = caseNamed(text, aliases: aliases) else { return nil }
        self = g
    }
}
