/// Police figures for whole months, as one import: every month in `months` is replaced by
/// the lines given for it (none: a month with nothing to count). `replaces` names the months
/// the store held before — so the journal line says what it replaced — and must be exactly
/// those of `months` already imported.
public struct FiguresImport: Codable, Sendable, Equatable {
    /// The file's name, as the import was given it.
    public var file: String
    public var months: [Month]
    public var replaces: [Month]
    public var figures: [PoliceFigure]

    public init(file: String, months: [Month], replaces: [Month], figures: [PoliceFigure]) {
        self.file = file
        self.months = months
        self.replaces = replaces
        self.figures = figures
    }

    /// The import of `figures` for `months` into `model`, naming the months it replaces.
    public init(file: String, months: [Month], figures: [PoliceFigure], model: Model) {
        let held = Set(model.register.policeMonths)
        self.init(file: file, months: months.sorted(), replaces: months.filter(held.contains).sorted(), figures: figures)
    }
}

/// A survey round to record: its district, day, respondents and answer counts; `replaces`
/// names the round of the same district and day it takes the place of, if one is recorded.
public struct SurveyDraft: Codable, Sendable, Equatable {
    public var district: String
    public var day: Day
    public var respondents: Int
    public var note: String
    public var answers: [SurveyAnswer]
    public var replaces: Int?

    public init(district: String, day: Day, respondents: Int, note: String = "", answers: [SurveyAnswer], replaces: Int? = nil) {
        self.district = district
        self.day = day
        self.respondents = respondents
        self.note = note
        self.answers = answers
        self.replaces = replaces
    }
}

/// One or more survey rounds recorded at once (a file imports several): all or none.
public struct SurveyRecording: Codable, Sendable, Equatable {
    /// The file they came from, when imported.
    public var file: String?
    public var rounds: [SurveyDraft]

    public init(file: String? = nil, rounds: [SurveyDraft]) {
        self.file = file
        self.rounds = rounds
    }

    /// The recording of `rounds` into `model`, each naming the round it replaces.
    public init(file: String? = nil, rounds: [SurveyDraft], model: Model) {
        self.init(file: file, rounds: rounds.map { r in
            var r = r
            r.replaces = model.register.surveys.first { $0.district == r.district && $0.day == r.day }?.id
            return r
        })
    }
}

extension Model {
    mutating func importFigures(_ f: FiguresImport) throws {
        let months = Set(f.months)
        guard months.count == f.months.count else { throw BeatError.rejected(.figuresMonthTwice) }
        let held = Set(register.policeMonths)
        let replaced = f.months.filter(held.contains)
        guard Set(f.replaces) == Set(replaced), f.replaces.count == replaced.count else {
            throw BeatError.rejected(.figuresReplaceMismatch(replaced.sorted()))
        }
        var keys = Set<FigureKey>()
        for x in f.figures {
            guard months.contains(x.month) else { throw BeatError.rejected(.figureOutsideMonths(x.month)) }
            try needDistrict(x.district)
            if let b = x.beat { try needBeat(b, in: x.district) }
            guard x.count >= 0 else { throw BeatError.rejected(.negative(.count)) }
            guard x.count <= Limits.number else { throw BeatError.rejected(.numberOutOfRange(x.count)) }
            guard keys.insert(FigureKey(x)).inserted else { throw BeatError.rejected(.figureRepeated(x.month, x.district, x.beat, x.category, x.kind)) }
        }
        register.policeFigures = (register.policeFigures.filter { !months.contains($0.month) } + f.figures).sorted(by: FigureKey.order)
        register.policeMonths = (register.policeMonths.filter { !months.contains($0) } + f.months).sorted()
    }

    /// The rounds' numbers, and the way back: the new rounds out, then the rounds they replaced
    /// back (under new numbers: numbers are never reused).
    mutating func recordSurveys(_ r: SurveyRecording) throws -> (ids: [Int], undo: [Change]) {
        var ids: [Int] = []
        var seen = Set<String>()
        var rounds = register.surveys
        var next = register.counters.survey
        for d in r.rounds {
            try needDistrict(d.district)
            guard seen.insert(d.district + " " + d.day.description).inserted else { throw BeatError.rejected(.surveyRoundTwice(d.district, d.day)) }
            let existing = rounds.first { $0.district == d.district && $0.day == d.day }?.id
            guard existing == d.replaces else {
                if let id = existing { throw BeatError.rejected(.surveyRoundExists(d.district, d.day, id)) }
                throw BeatError.rejected(.unknownSurvey(d.replaces ?? 0))
            }
            try checkSurvey(d)
            rounds.removeAll { $0.id == d.replaces }
            rounds.append(SurveyRound(id: next, district: d.district, day: d.day, respondents: d.respondents, note: d.note.trimmed,
                                      answers: d.answers.map { SurveyAnswer(question: $0.question, answer: $0.answer.trimmed, count: $0.count) }))
            ids.append(next)
            next += 1
        }
        let replaced = r.rounds.compactMap(\.replaces).compactMap(survey).map {
            SurveyDraft(district: $0.district, day: $0.day, respondents: $0.respondents, note: $0.note, answers: $0.answers)
        }
        register.surveys = rounds.sorted { $0.id < $1.id }
        register.counters.survey = next
        return (ids, ids.reversed().map { .removeSurvey(Removal(id: $0)) } + (replaced.isEmpty ? [] : [.recordSurveys(SurveyRecording(rounds: replaced))]))
    }

    private func checkSurvey(_ d: SurveyDraft) throws {
        guard d.respondents > 0 else { throw BeatError.rejected(.surveyNoRespondents) }
        guard d.respondents <= Limits.number else { throw BeatError.rejected(.numberOutOfRange(d.respondents)) }
        try limit(d.note, .note, Limits.note)
        guard d.answers.count <= Limits.listItems else { throw BeatError.rejected(.tooMany(.answer, Limits.listItems, d.answers.count)) }
        var seen = Set<String>()
        var safety = 0
        for a in d.answers {
            let answer = a.answer.trimmed
            if case .other(let text) = a.question { try nonEmpty(text, .question, Limits.detail) }
            try nonEmpty(answer, .answer, Limits.detail)
            switch a.question {
            case .safety: guard SafetyAnswer(rawValue: answer) != nil else { throw BeatError.rejected(.unknownSurveyAnswer(a.question, answer)) }
            case .concerns: guard ThreatCategory(rawValue: answer) != nil else { throw BeatError.rejected(.unknownSurveyAnswer(a.question, answer)) }
            case .other: break
            }
            guard seen.insert(a.question.id + "\n" + answer).inserted else { throw BeatError.rejected(.surveyAnswerTwice(a.question, answer)) }
            guard a.count >= 0 else { throw BeatError.rejected(.negative(.count)) }
            // Several concerns may be named by one respondent, but no answer by more than all.
            guard a.count <= d.respondents else { throw BeatError.rejected(.surveyCountAboveRespondents(a.question, answer, a.count, d.respondents)) }
            if a.question == .safety { safety += a.count }
        }
        // One answer each to the safety question.
        guard safety <= d.respondents else { throw BeatError.rejected(.surveyCountAboveRespondents(.safety, nil, safety, d.respondents)) }
    }

    mutating func removeSurvey(_ id: Int) throws {
        guard let i = Model.find(id, in: register.surveys) else { throw BeatError.rejected(.unknownSurvey(id)) }
        register.surveys.remove(at: i)
    }

    /// Returns the programme as it was, to put back (nil when there was none).
    mutating func putProgramme(_ p: Programme) throws -> [Change]? {
        try nonEmpty(p.name, .name, Limits.name)
        guard p.signatories.count <= Limits.listItems else { throw BeatError.rejected(.tooMany(.signatory, Limits.listItems, p.signatories.count)) }
        for s in p.signatories { try nonEmpty(s, .signatory, Limits.label) }
        if let from = p.pilotFrom, let to = p.pilotTo, to < from { throw BeatError.rejected(.periodInverted(from, to)) }
        if let d = p.decision { try limit(d.note, .note, Limits.note) }
        defer { register.programme = p }
        return register.programme.map { [.putProgramme($0)] }
    }
}

/// What tells two police figures apart: a month, district, beat, category and kind hold one count.
struct FigureKey: Hashable {
    var month: Month, district: String, beat: String?, category: ThreatCategory, kind: PoliceFigureKind
    init(_ f: PoliceFigure) { (month, district, beat, category, kind) = (f.month, f.district, f.beat, f.category, f.kind) }

    /// The register's order: month, district, beat (the district's own lines first), category, kind.
    static func order(_ a: PoliceFigure, _ b: PoliceFigure) -> Bool {
        if a.month != b.month { return a.month < b.month }
        if a.district != b.district { return a.district < b.district }
        if a.beat != b.beat { return (a.beat ?? "") < (b.beat ?? "") }
        if a.category != b.category { return a.category.rawValue < b.category.rawValue }
        return PoliceFigureKind.allCases.firstIndex(of: a.kind)! < PoliceFigureKind.allCases.firstIndex(of: b.kind)!
    }
}
