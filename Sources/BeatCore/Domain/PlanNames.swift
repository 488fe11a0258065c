/// A plan's values named as an officer types them: the identifier or the Polish name,
/// case-insensitively, whatever the language (the command line's `--goal`, `--status`, `--source`).
extension Goal.Kind {
    public init?(named text: String) {
        let aliases: [Goal.Kind: [String]] = [.eliminate: ["wyeliminowanie", "eliminacja"], .reduce: ["ograniczenie"]]
        guard let k = caseNamed(text, aliases: aliases) else { return nil }
        self = k
    }
}

extension PlanStatus {
    public init?(named text: String) {
        let aliases: [PlanStatus: [String]] = [.draft: ["projekt"], .active: ["realizowany", "aktywny"], .closed: ["zamknięty"]]
        guard let s = caseNamed(text, aliases: aliases) else { return nil }
        self = s
    }
}

extension DiagnosisSource {
    /// The identifier, or the name in either language.
    public init?(named text: String) {
        guard let s = caseNamed(text, aliases: Dictionary(uniqueKeysWithValues: Self.allCases.map { ($0, [$0.polishName, $0.englishName]) })) else { return nil }
        self = s
    }
}
