/// The safety programme itself ("Bezpieczne Dzielnice"): its name, the agreement that started
/// it (the day and who signed), the pilot period, and the decision taken at the pilot's end.
/// A store holds one; `beat report programme` sums the pilot up against it.
public struct Programme: Codable, Hashable, Sendable {
    public var name: String
    /// The day the agreement was signed.
    public var agreed: Day?
    /// Who signed it: "Prezydent Miasta Kalisza", "Komendant Miejski Policji w Kaliszu" …
    public var signatories: [String]
    /// The pilot period.
    public var pilotFrom: Day?
    public var pilotTo: Day?
    /// Whether the programme goes on after the pilot, once decided.
    public var decision: ProgrammeDecision?

    public init(name: String, agreed: Day? = nil, signatories: [String] = [], pilotFrom: Day? = nil, pilotTo: Day? = nil,
                decision: ProgrammeDecision? = nil) {
        self.name = name
        self.agreed = agreed
        self.signatories = signatories
        self.pilotFrom = pilotFrom
        self.pilotTo = pilotTo
        self.decision = decision
    }
}

/// The decision at the pilot's end.
public struct ProgrammeDecision: Codable, Hashable, Sendable {
    /// True: the programme continues (or widens); false: it ends with the pilot.
    public var continues: Bool
    public var day: Day
    /// What was decided and by whom ("uchwała Rady Miasta …", "rozszerzenie na Rypinek").
    public var note: String

    public init(continues: Bool, day: Day, note: String = "") {
        self.continues = continues
        self.day = day
        self.note = note
    }
}
