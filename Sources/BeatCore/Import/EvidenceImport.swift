/// The evidence a station brings in from files (`beat import figures|survey FILE.csv`), read
/// with the one `CSVReader`: every row checked, every bad one reported as `FILE:LINE: reason`
/// (`CSVProblems`), and a good file turned into one change — nil when the store already holds
/// exactly what the file says, so importing the same file again changes nothing.
///
/// - figures: `month,district,beat,category,kind,count` — `month` `YYYY-MM`, `district` and
///   `beat` by id (or the beat by its number in the district; `beat` may be empty), `category`
///   and `kind` by id or Polish name, `count` a whole number. The months in the file are replaced
///   whole (`FiguresImport` names those the store held).
/// - survey: `district,day,respondents,question,answer,count`, one row per answer; the rows of
///   one district and day are one round (the same respondents on each). `question` is `safety`,
///   `concerns` or the standard question's words, else another question's text; a safety answer
///   and a concern by id or Polish name. A round for a district and day the store holds replaces it.
public enum EvidenceImport {
    public static let figureColumns = ["month", "district", "beat", "category", "kind", "count"]
    public static let surveyColumns = ["district", "day", "respondents", "question", "answer", "count"]

    /// The police figures in `bytes` (a file called `name`) as an import into `model`.
    public static func figures(_ bytes: [UInt8], name: String, model: Model) throws -> FiguresImport? {
        let file = try CSVReader.read(bytes, name: name, required: figureColumns, optional: [])
        var problems: [CSVProblem] = []
        var figures: [PoliceFigure] = []
        var firstLine: [FigureKey: Int] = [:]
        for row in file.rows {
            func bad(_ reason: String) { problems.append(file.problem(row, reason)) }
            let missing = ["month", "district", "category", "kind", "count"].filter { file.value($0, in: row) == nil }
            guard missing.isEmpty else { bad(L10n.importMissingValue(missing)); continue }
            let text = { (column: String) in file.value(column, in: row)! }
            guard let month = Month(text("month")) else { bad(L10n.importBadMonth(text("month"))); continue }
            guard let district = model.district(text("district")) else { bad(L10n.unknownDistrict(text("district"))); continue }
            var beat: String?
            if let b = file.value("beat", in: row) {
                guard let found = model.beats.first(where: { $0.district == district.id && ($0.id == b || $0.number.map(String.init) == b) }) else {
                    bad(L10n.unknownBeatIn(b, district.id)); continue
                }
                beat = found.id
            }
            guard let category = ThreatCategory(named: text("category")) else { bad(L10n.badCategory(text("category"))); continue }
            guard let kind = PoliceFigureKind(named: text("kind")) else { bad(L10n.importBadFigureKind(text("kind"))); continue }
            guard let count = Int(text("count")), count >= 0, count <= Limits.number else { bad(L10n.importBadCount(text("count"))); continue }
            let f = PoliceFigure(month: month, district: district.id, beat: beat, category: category, kind: kind, count: count)
            if let first = firstLine[FigureKey(f)] { bad(L10n.importRowRepeats(first)); continue }
            firstLine[FigureKey(f)] = row.line
            figures.append(f)
        }
        if !problems.isEmpty { throw CSVProblems(problems: problems) }
        let months = Array(Set(figures.map(\.month))).sorted()
        // The file's months as the store has them already: nothing to do.
        let held = Set(model.register.policeMonths)
        let same = months.allSatisfy(held.contains)
            && Set(model.register.policeFigures.filter { months.contains($0.month) }) == Set(figures)
        if months.isEmpty || same { return nil }
        return FiguresImport(file: file.name, months: months, figures: figures.sorted(by: FigureKey.order), model: model)
    }

    /// The survey rounds in `bytes` (a file called `name`) as one recording into `model`.
    public static func survey(_ bytes: [UInt8], name: String, model: Model) throws -> SurveyRecording? {
        let file = try CSVReader.read(bytes, name: name, required: surveyColumns, optional: [])
        var problems: [CSVProblem] = []
        struct Round { var line: Int; var draft: SurveyDraft; var answerLines: [String: Int] }
        var rounds: [Round] = []
        for row in file.rows {
            func bad(_ reason: String) { problems.append(file.problem(row, reason)) }
            let missing = surveyColumns.filter { file.value($0, in: row) == nil }
            guard missing.isEmpty else { bad(L10n.importMissingValue(missing)); continue }
            let text = { (column: String) in file.value(column, in: row)! }
            guard let district = model.district(text("district")) else { bad(L10n.unknownDistrict(text("district"))); continue }
            guard let day = Day(text("day")) else { bad(L10n.importBadDay(text("day"))); continue }
            guard let respondents = Int(text("respondents")), respondents > 0, respondents <= Limits.number else {
                bad(L10n.importBadCount(text("respondents"))); continue
            }
            let question = SurveyQuestion(named: text("question"))
            var answer = text("answer")
            switch question {
            case .safety:
                guard let a = SafetyAnswer(named: answer) else { bad(L10n.rejection(.unknownSurveyAnswer(.safety, answer))); continue }
                answer = a.rawValue
            case .concerns:
                guard let c = ThreatCategory(named: answer) else { bad(L10n.badCategory(answer)); continue }
                answer = c.rawValue
            case .other: break
            }
            guard let count = Int(text("count")), count >= 0, count <= Limits.number else { bad(L10n.importBadCount(text("count"))); continue }
            let i: Int
            if let k = rounds.firstIndex(where: { $0.draft.district == district.id && $0.draft.day == day }) {
                i = k
                guard rounds[k].draft.respondents == respondents else {
                    bad(L10n.importRespondentsDiffer(rounds[k].draft.respondents, rounds[k].line)); continue
                }
            } else {
                rounds.append(Round(line: row.line, draft: SurveyDraft(district: district.id, day: day, respondents: respondents, answers: []),
                                    answerLines: [:]))
                i = rounds.count - 1
            }
            let key = question.id + "\n" + answer
            if let first = rounds[i].answerLines[key] { bad(L10n.importRowRepeats(first)); continue }
            rounds[i].answerLines[key] = row.line
            rounds[i].draft.answers.append(SurveyAnswer(question: question, answer: answer, count: count))
        }
        // Each round by the rules a round typed in meets, named by its first line.
        for r in rounds {
            var scratch = model
            do {
                try scratch.apply(.recordSurveys(SurveyRecording(rounds: [r.draft], model: model)), context: ChangeContext(by: "import", at: Timestamp(day: r.draft.day, hour: 12, offsetMinutes: 0)))
            } catch let e as BeatError {
                problems.append(CSVProblem(file: file.name, line: r.line, reason: e.message))
            }
        }
        if !problems.isEmpty { throw CSVProblems(problems: problems.sorted { $0.line < $1.line }) }
        // Rounds the store holds exactly as the file has them are left as they are.
        let changed = rounds.map(\.draft).filter { d in
            !model.register.surveys.contains { $0.district == d.district && $0.day == d.day && $0.respondents == d.respondents
                && Set($0.answers) == Set(d.answers) }
        }
        return changed.isEmpty ? nil : SurveyRecording(file: file.name, rounds: changed, model: model)
    }
}
