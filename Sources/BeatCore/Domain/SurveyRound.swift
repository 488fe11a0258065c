/// A round of a residents' survey (badanie poczucia bezpieczeństwa) in a district on a day:
/// how many took part and, per question, how many gave each answer. Aggregates only — Beat
/// never holds a respondent's own answers. One round per district and day.
public struct SurveyRound: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var district: String
    public var day: Day
    public var respondents: Int
    /// Who ran it and how (a paper survey at the cooperative's office, an online form …).
    public var note: String = ""
    public var answers: [SurveyAnswer]

    /// The count given for `answer` to `question` (0 when none is recorded).
    public func count(_ question: SurveyQuestion, _ answer: String) -> Int {
        answers.first { $0.question == question && $0.answer == answer }?.count ?? 0
    }

    /// The answers given to `question`, in the order recorded.
    public func answers(to question: SurveyQuestion) -> [SurveyAnswer] { answers.filter { $0.question == question } }
}

/// How many respondents gave one answer to one question.
public struct SurveyAnswer: Codable, Hashable, Sendable {
    public var question: SurveyQuestion
    /// For the standard questions, the answer's id (`SafetyAnswer`, a `ThreatCategory`);
    /// for another question, its text.
    public var answer: String
    public var count: Int

    public init(question: SurveyQuestion, answer: String, count: Int) {
        self.question = question
        self.answer = answer
        self.count = count
    }
}

/// A survey question: one of the standard set, or another the team added (by its text).
/// In JSON the id of a standard question (`safety`, `concerns`), else the question's text.
public enum SurveyQuestion: Hashable, Sendable, Codable, CustomStringConvertible {
    /// „Jak ocenia Pan/Pani poczucie bezpieczeństwa w miejscu zamieszkania?” — `SafetyAnswer`s.
    case safety
    /// The main concerns in the neighbourhood — answers are threat categories (several may be
    /// chosen, so each count is at most the respondents).
    case concerns
    /// Any other question, by its text.
    case other(String)

    public init(id: String) {
        switch id {
        case "safety": self = .safety
        case "concerns": self = .concerns
        default: self = .other(id)
        }
    }

    /// Accepts the id or the standard question's Polish or English text (case, Polish letters
    /// and punctuation ignored); anything else is another question with that text.
    public init(named text: String) {
        let key = SurveyQuestion.key(text)
        if key == "safety" || key == SurveyQuestion.key(SurveyQuestion.safetyPolish) || key == SurveyQuestion.key(SurveyQuestion.safetyEnglish) {
            self = .safety
        } else if key == "concerns" || key == SurveyQuestion.key(SurveyQuestion.concernsPolish) || key == SurveyQuestion.key(SurveyQuestion.concernsEnglish) {
            self = .concerns
        } else {
            self = .other(text.trimmed)
        }
    }

    public var id: String {
        switch self {
        case .safety: return "safety"
        case .concerns: return "concerns"
        case .other(let text): return text
        }
    }

    public var description: String { id }

    public static let safetyPolish = "Jak ocenia Pan/Pani poczucie bezpieczeństwa w miejscu zamieszkania?"
    public static let safetyEnglish = "How safe do you feel where you live?"
    public static let concernsPolish = "Jakie zagrożenia w okolicy niepokoją Pana/Panią najbardziej?"
    public static let concernsEnglish = "Which threats in your neighbourhood concern you most?"

    /// Letters and digits only, folded: how question texts are compared.
    static func key(_ text: String) -> String {
        String(TextFold.key(text).filter { $0.isLetter || $0.isNumber })
    }

    public init(from decoder: Decoder) throws {
        self.init(id: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(id)
    }
}

/// The usual five answers to the standard safety question.
public enum SafetyAnswer: String, Codable, CaseIterable, Sendable, Hashable {
    case verySafe = "very-safe"
    case ratherSafe = "rather-safe"
    case ratherUnsafe = "rather-unsafe"
    case veryUnsafe = "very-unsafe"
    case hardToSay = "hard-to-say"

    /// Feeling safe: the first two answers.
    public var feelsSafe: Bool { self == .verySafe || self == .ratherSafe }

    public var polishName: String {
        switch self {
        case .verySafe: return "bardzo bezpiecznie"
        case .ratherSafe: return "raczej bezpiecznie"
        case .ratherUnsafe: return "raczej niebezpiecznie"
        case .veryUnsafe: return "bardzo niebezpiecznie"
        case .hardToSay: return "trudno powiedzieć"
        }
    }

    /// Accepts the identifier or the Polish name, case-insensitively.
    public init?(named text: String) {
        let aliases = Dictionary(uniqueKeysWithValues: SafetyAnswer.allCases.map { ($0, [$0.polishName, $0.rawValue.replacingOccurrences(of: "-", with: " ")]) })
        guard let a = caseNamed(text, aliases: aliases) else { return nil }
        self = a
    }
}
