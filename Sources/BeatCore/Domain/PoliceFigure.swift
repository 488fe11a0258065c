/// One line of a station's monthly export (dane policyjne): how many interventions, offences,
/// misdemeanours or calls of a category a district (or one of its beats) had in a month.
/// Imported with `beat import figures`; a month is always replaced whole.
public struct PoliceFigure: Codable, Hashable, Sendable {
    public var month: Month
    public var district: String
    /// The beat, when the export names it; nil for the district as a whole.
    public var beat: String?
    public var category: ThreatCategory
    public var kind: PoliceFigureKind
    public var count: Int

    public init(month: Month, district: String, beat: String? = nil, category: ThreatCategory, kind: PoliceFigureKind, count: Int) {
        self.month = month
        self.district = district
        self.beat = beat
        self.category = category
        self.kind = kind
        self.count = count
    }
}

/// What a police figure counts.
public enum PoliceFigureKind: String, Codable, CaseIterable, Sendable, Hashable {
    /// Interwencje: the police were called out or stepped in.
    case intervention
    /// Przestępstwa: offences (crimes) recorded.
    case offence
    /// Wykroczenia: misdemeanours recorded.
    case misdemeanour
    /// Zgłoszenia: calls from residents.
    case call

    /// Accepts the identifier or the Polish name (singular or plural), case-insensitively.
    public init?(named text: String) {
        let aliases: [PoliceFigureKind: [String]] = [
            .intervention: ["interwencja", "interwencje", "interventions"], .offence: ["przestępstwo", "przestępstwa", "offences", "offense"],
            .misdemeanour: ["wykroczenie", "wykroczenia", "misdemeanours", "misdemeanor"], .call: ["zgłoszenie", "zgłoszenia", "calls"]]
        guard let k = caseNamed(text, aliases: aliases) else { return nil }
        self = k
    }
}
