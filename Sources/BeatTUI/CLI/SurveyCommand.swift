import ArgumentParser
import BeatCore

extension PlanTheme: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badTheme(text), option: option) }
}

/// `beat survey`: residents' surveys of their sense of safety, as answer counts per district
/// and day — never a respondent's own answers.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "survey", abstract: "Surveys of residents' sense of safety: add, list, show, remove.",
                                                    subcommands: [List.self, Show.self, Add.self, Remove.self])

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a survey round: a district, a day, the respondents and the answer counts.",
            discussion: """
            The standard questions: --safety ANSWER=N for "\(SurveyQuestion.safetyPolish)"
            (answers: \(SafetyAnswer.allCases.map(\.rawValue).joined(separator: ", ")), or their Polish names), and
            --concern CATEGORY=N for the main concerns (a category's id or Polish name; several may be named by one
            respondent). Any other question: --answer "QUESTION=ANSWER=N". One round per district and day: --replace
            takes the place of the round recorded for that day.
            """)
        @OptionGroup var common: CommonOptions
        @Option(help: "The district (id).") var district: String
        @Option(help: "The day of the survey, YYYY-MM-DD.") var day: Day
        @Option(help: "How many residents took part.") var respondents: Int
        @Option(help: "An answer to the safety question and how many gave it: ANSWER=N.") var safety: [String] = []
        @Option(help: "A main concern and how many named it: CATEGORY=N.") var concern: [String] = []
        @Option(help: "Another question's answer: QUESTION=ANSWER=N.") var answer: [String] = []
        @Option(help: "Who ran it and how.") var note: String = ""
        @Flag(help: "Replace the round already recorded for this district and day.") var replace = false
        @Flag(help: "Print the new round as JSON.") var json = false

        func run(_ session: Session) throws {
            let store = try session.openStore(.reference)
            let model = store.model
            let d = try Arguments.district(district, in: model)
            var answers: [SurveyAnswer] = []
            for text in safety {
                let (a, n) = try SurveyCommand.pair(text, option: "--safety")
                guard let s = SafetyAnswer(named: a) else { throw BeatError.usage("--safety: " + L10n.rejection(.unknownSurveyAnswer(.safety, a))) }
                answers.append(SurveyAnswer(question: .safety, answer: s.rawValue, count: n))
            }
            for text in concern {
                let (c, n) = try SurveyCommand.pair(text, option: "--concern")
                guard let cat = ThreatCategory(named: c) else { throw BeatError.usage("--concern: " + L10n.badCategory(c)) }
                answers.append(SurveyAnswer(question: .concerns, answer: cat.rawValue, count: n))
            }
            for text in answer {
                let (qa, n) = try SurveyCommand.pair(text, option: "--answer")
                guard let eq = qa.firstIndex(of: "=") else { throw BeatError.usage(L10n.surveyBadAnswer("--answer", text)) }
                answers.append(SurveyAnswer(question: SurveyQuestion(named: String(qa[..<eq])), answer: String(qa[qa.index(after: eq)...]), count: n))
            }
            let draft = SurveyDraft(district: d, day: day, respondents: respondents, note: note, answers: answers)
            var recording = SurveyRecording(rounds: [draft], model: model)
            if !replace { recording.rounds[0].replaces = nil }
            let created = try session.write(store, .recordSurveys(recording))
            guard case .surveys(let ids)? = created, let id = ids.first, let round = store.model.survey(id) else { return }
            if json { return Output.json(JSONForms.survey(round)) }
            Output.line(L10n.surveyAdded(round, replaced: recording.rounds[0].replaces))
        }
    }

    /// `TEXT=N`, split at the last `=`; N a whole number.
    static func pair(_ text: String, option: String) throws -> (String, Int) {
        guard let eq = text.lastIndex(of: "="), let n = Int(text[text.index(after: eq)...].trimmingCharacters(in: .whitespaces)) else {
            throw BeatError.usage(L10n.surveyBadAnswer(option, text))
        }
        return (text[..<eq].trimmingCharacters(in: .whitespaces), n)
    }

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The survey rounds, by district and day, with the share feeling safe.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only this district's (id).") var district: String?
        @Flag(help: "JSON output (keys: id, district, day, respondents, note, answers (question, answer, count), feelSafe).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.reference).model
            if let d = district { _ = try Arguments.district(d, in: model) }
            let rounds = model.register.surveys.filter { district == nil || $0.district == district }
                .sorted { ($0.district, $0.day, $0.id) < ($1.district, $1.day, $1.id) }
            if json { return Output.json(.array(rounds.map(JSONForms.survey))) }
            var table = TextTable([.init("ID", alignRight: true), .init(L10n.colDistrict), .init(L10n.reportColSurveyDay),
                                   .init(L10n.reportColRespondents, alignRight: true), .init(L10n.reportColFeelSafe, alignRight: true),
                                   .init(L10n.reportTopConcerns, flexible: true, minWidth: 12)])
            for r in rounds {
                let s = SurveySummary(r)
                table.add([String(r.id), model.district(r.district)?.name ?? r.district, r.day.description, String(r.respondents),
                           s.feelSafeShare.map { "\($0)%" } ?? "—",
                           s.concerns.prefix(3).map { L10n.categoryName($0.category) + " (\($0.count))" }.joined(separator: "; ")])
            }
            Output.table(table, footer: [L10n.surveyCount(rounds.count)])
        }
    }

    struct Show: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One survey round with every answer count.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Survey round number.") var id: Int
        @Flag(help: "JSON output (the keys of survey list).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.reference).model
            guard let r = model.survey(id) else { throw BeatError.usage(L10n.rejection(.unknownSurvey(id))) }
            if json { return Output.json(JSONForms.survey(r)) }
            Output.lines(SurveyDetail.lines(r, model: model).map(SafeText.line))
        }
    }

    struct Remove: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a survey round recorded by mistake.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Survey round number.") var id: Int

        func run(_ session: Session) throws {
            let store = try session.openStore(.reference)
            try session.write(store, .removeSurvey(Removal(id: id)))
            Output.line(L10n.surveyRemoved(id))
        }
    }
}

/// One survey round with every answer count (and each safety answer's share): `beat survey
/// show` and the interface's survey section say it alike.
enum SurveyDetail {
    static func lines(_ r: SurveyRound, model: Model) -> [String] {
        var lines = [L10n.surveyTitle(r.id, model.district(r.district)?.name ?? r.district, r.day),
                     L10n.reportColRespondents + ": " + String(r.respondents)]
        if !r.note.isEmpty { lines.append(L10n.surveyNoteLabel + ": " + r.note) }
        var questions: [SurveyQuestion] = []
        for a in r.answers where !questions.contains(a.question) { questions.append(a.question) }
        for q in questions {
            lines += ["", L10n.surveyQuestionName(q)]
            let answers = r.answers(to: q)
            let total = answers.reduce(0) { $0 + $1.count }
            for a in answers {
                lines.append("  " + L10n.surveyAnswerName(q, a.answer) + ": \(a.count)" + (q == .safety && total > 0 ? " (\((a.count * 200 + total) / (2 * total))%)" : ""))
            }
        }
        if let share = SurveySummary(r).feelSafeShare { lines += ["", L10n.surveyFeelSafeLine(share)] }
        return lines
    }
}
