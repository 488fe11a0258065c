import BeatCore

/// Plany, the section „Badania”: residents' survey rounds by district, newest first, with the
/// share feeling safe and the main concerns (as `beat survey list`); a round opens with every
/// answer count, `a` records one through the same change as `beat survey add`.
struct SurveySection {
    var list = ListView()

    /// Number, district, day, respondents, share feeling safe, main concerns: two spaces
    /// apart, so that the counts and the concerns do not read as one phrase.
    static let columns: [TableColumn] = [TableColumn("", alignRight: true), TableColumn("", minWidth: 6), TableColumn(""),
                                         TableColumn("", alignRight: true), TableColumn("", alignRight: true),
                                         TableColumn("", role: .identity, minWidth: 12)]

    func rounds(_ ctx: ScreenContext) -> [SurveyRound] {
        ctx.model.register.surveys.sorted { ($0.day, $0.id) > ($1.day, $1.id) }
    }

    func selected(_ ctx: ScreenContext) -> SurveyRound? {
        list.selectedItem(in: rounds(ctx))
    }

    func commands(_ ctx: ScreenContext) -> [Action] {
        selected(ctx) == nil ? [.add] : [.open, .add]
    }

    mutating func handle(_ action: Action, ctx: ScreenContext, height: Int) -> [Effect]? {
        let count = rounds(ctx).count
        if list.scroll(action, count: count, height: height) { return [] }
        switch action {
        case .add: return [.openForm(SurveyForms.roundForm(ctx: ctx))]
        case .open:
            guard let r = selected(ctx) else { return [] }
            return [.showText(TextView(title: L10n.surveyTitle(r.id, ctx.model.district(r.district)?.name ?? r.district, r.day),
                                       lines: SurveyDetail.lines(r, model: ctx.model).map { TextView.Line($0) }))]
        default: return nil
        }
    }

    func draw(into canvas: inout Canvas, rect: Rect, ctx: ScreenContext) {
        let rs = rounds(ctx)
        guard rect.height >= 2 else { return }
        canvas.line(L10n.surveyCount(rs.count), row: rect.row, in: rect, style: .dim)
        let listRect = Rect(row: rect.row + 1, col: rect.col, height: rect.height - 1, width: rect.width)
        if rs.isEmpty {
            canvas.put(L10n.noSurveys(add: KeyMap.key(.add)), row: listRect.row, col: listRect.col + 1, style: .dim, clip: listRect)
            return
        }
        let cells = rs.map { r -> [String] in
            let s = SurveySummary(r)
            return [L10n.no(r.id), ctx.model.district(r.district)?.name ?? r.district, r.day.description, L10n.respondentsCount(r.respondents),
                    s.feelSafeShare.map { L10n.feelSafeShort($0) } ?? "—",
                    // Names only, most named first: a count cut at the edge ("(15…") would misread; Enter shows them.
                    s.concerns.prefix(3).map { L10n.categoryShortName($0.category) }.joined(separator: ", ")]
        }
        let table = ListTable(SurveySection.columns, ideal: ListTable.measure(cells, columns: SurveySection.columns.count) { $0 },
                              width: listRect.width - 2, gap: 2)
        list.draw(into: &canvas, rect: listRect, count: rs.count) { i, _ in (table.row(cells[i]), .normal) }
    }
}

/// The survey round form: a district, a day, the respondents, how many gave each answer to
/// the safety question, the main concerns as `category=count` pairs, a note.
enum SurveyForms {
    static let none = "-", yes = "yes", no = "no"

    static func field(_ a: SafetyAnswer) -> FieldID {
        switch a {
        case .verySafe: return .verySafe
        case .ratherSafe: return .ratherSafe
        case .ratherUnsafe: return .ratherUnsafe
        case .veryUnsafe: return .veryUnsafe
        case .hardToSay: return .hardToSay
        }
    }

    static func roundForm(ctx: ScreenContext) -> Form {
        let m = ctx.model
        var fields: [Form.Field] = [
            .choice(.district, L10n.colDistrict, [Choice(none, "—")] + m.districts.map { Choice($0.id, $0.name) }, selected: ctx.myOfficer?.district ?? none),
            .text(.day, L10n.reportColSurveyDay, ctx.today.description, required: true),
            .text(.respondents, L10n.reportColRespondents, "", required: true),
        ]
        fields += SafetyAnswer.allCases.map { .text(field($0), L10n.surveySafetyFieldLabel($0), "") }
        fields += [
            .text(.concerns, L10n.surveyConcernsFieldLabel, ""),
            .text(.note, L10n.surveyNoteLabel, ""),
            .choice(.replaces, L10n.surveyReplacesLabel, [Choice(no, L10n.no), Choice(yes, L10n.yes)], selected: no),
        ]
        return Form(title: L10n.surveyAddTitle, fields: fields, purpose: .survey, focus: .respondents)
    }

    /// A whole number of zero or more in `id`, empty as nil.
    static func count(_ form: Form, _ id: FieldID, label: String) -> Result<Int?, FieldError> {
        let t = form.text(id).trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return .success(nil) }
        guard let n = Int(t), n >= 0 else { return .failure(FieldError(id, L10n.surveyCountNeeded(label))) }
        return .success(n)
    }

    static func submit(_ form: Form, ctx: ScreenContext) -> Submission {
        guard let district = form.choice(.district).flatMap({ $0 == none ? nil : $0 }) else {
            return .invalid(FieldError(.district, L10n.surveyChooseDistrict))
        }
        let day: Day
        switch FieldValue.day(form, .day, today: ctx.today) {
        case .success(let d?): day = d
        case .success(nil): return .invalid(FieldError(.day, L10n.surveyDayNeeded))
        case .failure(let e): return .invalid(e)
        }
        guard case .success(let r?) = count(form, .respondents, label: L10n.reportColRespondents), r > 0 else {
            return .invalid(FieldError(.respondents, L10n.surveyRespondentsNeeded))
        }
        var answers: [SurveyAnswer] = []
        for a in SafetyAnswer.allCases {
            switch count(form, field(a), label: L10n.surveySafetyFieldLabel(a)) {
            case .success(let n?): answers.append(SurveyAnswer(question: .safety, answer: a.rawValue, count: n))
            case .success(nil): break
            case .failure(let e): return .invalid(e)
            }
        }
        // `spożywanie alkoholu=120; vandalism=40`: a category's Polish name or id, then the count.
        for part in form.text(.concerns).split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let eq = part.lastIndex(of: "="), let n = Int(part[part.index(after: eq)...].trimmingCharacters(in: .whitespaces)), n >= 0,
                  let c = ThreatCategory(named: part[..<eq].trimmingCharacters(in: .whitespaces)) else {
                return .invalid(FieldError(.concerns, L10n.surveyBadConcern(part)))
            }
            answers.append(SurveyAnswer(question: .concerns, answer: c.rawValue, count: n))
        }
        var recording = SurveyRecording(rounds: [SurveyDraft(district: district, day: day, respondents: r, note: form.text(.note), answers: answers)],
                                        model: ctx.model)
        // Another round of the same day stays unless the officer says it is replaced.
        if form.choice(.replaces) != yes { recording.rounds[0].replaces = nil }
        return .changes([.recordSurveys(recording)], message: L10n.surveyRecorded(ctx.model.district(district)?.name ?? district, day))
    }
}
