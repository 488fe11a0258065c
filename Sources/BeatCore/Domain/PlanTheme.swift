/// The area of a city safety programme a plan belongs to, beside its threat category (plan
/// JSON key `theme`).
public enum PlanTheme: String, Codable, CaseIterable, Sendable, Hashable {
    /// Pierwsza pomoc i sytuacje kryzysowe.
    case firstAid = "first-aid"
    /// Bezpieczna szkoła.
    case safeSchool = "safe-school"
    /// Bezpieczeństwo w ruchu drogowym.
    case roadSafety = "road-safety"
    /// Bezpieczna przestrzeń publiczna (CPTED: oświetlenie, zieleń, widoczność).
    case publicSpace = "public-space"
    /// Diagnoza: badania i audyty bezpieczeństwa.
    case diagnosis

    /// Accepts the identifier or the Polish name, case-insensitively.
    public init?(named text: String) {
        let aliases: [PlanTheme: [String]] = [
            .firstAid: ["pierwsza pomoc", "first aid"], .safeSchool: ["bezpieczna szkoła", "safe school"],
            .roadSafety: ["bezpieczeństwo w ruchu drogowym", "ruch drogowy", "road safety"],
            .publicSpace: ["bezpieczna przestrzeń publiczna", "przestrzeń publiczna", "cpted", "public space"],
            .diagnosis: ["diagnoza"]]
        guard let t = caseNamed(text, aliases: aliases) else { return nil }
        self = t
    }
}
