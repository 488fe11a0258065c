import BeatCore

/// The forms of the meeting screen: which team and since when, the decisions (a plain
/// decision, a task right there, a plan's goal dealt with) and the record (day, minutes).
/// Decisions and the record only change the meeting being prepared; it is saved as one
/// change when the meeting is recorded.
enum MeetingForms {
    static let none = "-"

    static func scopeForm(team: String?, since: Day?, ctx: ScreenContext) -> Form {
        Form(title: L10n.reviewScopeTitle, fields: [
            .choice(.team, L10n.colTeam, ctx.model.teams.map { Choice($0.id, $0.name) }, selected: team),
            .text(.since, L10n.reviewSinceField, since?.description ?? ""),
        ], purpose: .meeting(.scope), focus: .since)
    }

    static func decisionForm(index: Int?, text: String = "") -> Form {
        Form(title: index == nil ? L10n.newDecisionTitle : L10n.editDecisionTitle(index! + 1),
             fields: [.text(.text, L10n.decisionLabel, text, required: true)], purpose: .meeting(.decision(index: index)))
    }

    /// A task decided at the meeting: it becomes a real task of the plan, linked to the meeting.
    static func taskDecisionForm(index: Int?, existing: DecisionDraft?, plan: Int?, team: CoordinationTeam, ctx: ScreenContext,
                                 closing: Set<Int>) -> Form {
        let m = ctx.model
        let t = existing?.newTask
        let plans = activePlans(m, district: team.district).filter { !closing.contains($0.id) }
        let planID = t.map { $0.plan } ?? plan.flatMap { p in plans.contains { $0.id == p } ? p : nil } ?? plans.first?.id
        let assignee = t?.assignee ?? planID.flatMap { m.plan($0)?.officer } ?? ctx.me
        let fields: [Form.Field] = [
            .text(.title, L10n.fieldTitleLabel, t?.title ?? "", required: true),
            .choice(.assignee, L10n.colAssignee, TaskForms.officerChoices(m, including: assignee), selected: assignee),
            .choice(.plan, L10n.colPlan, plans.map { Choice(String($0.id), "P\($0.id) " + $0.title) } + [Choice(none, L10n.noPlanSelfSet)],
                    selected: planID.map(String.init) ?? none),
            .text(.due, L10n.fieldDueLabel, t?.due?.description ?? ""),
            .choice(.partner, L10n.partnerLabel, [Choice(none, "—")] + team.members.map { Choice($0.id, $0.name + " (" + $0.organisation + ")") },
                    selected: t?.partners.first ?? none),
            .text(.decision, L10n.decisionIfOtherLabel, existing.map { $0.text == t?.title ? "" : $0.text } ?? ""),
        ]
        return Form(title: index == nil ? L10n.taskDecisionTitle : L10n.editDecisionTitle(index! + 1), fields: fields,
                    purpose: .meeting(.taskDecision(index: index, team: team.id)))
    }

    /// The team declares a plan's goal dealt with: the plan closes with the meeting, the note
    /// starting from the evidence.
    static func goalForm(index: Int?, existing: DecisionDraft?, plan: Int?, team: CoordinationTeam, ctx: ScreenContext) -> Form? {
        let plans = activePlans(ctx.model, district: team.district)
        guard let chosen = existing?.closes?.plan ?? plan.flatMap({ p in plans.first { $0.id == p } })?.id ?? plans.first?.id,
              let p = ctx.model.plan(chosen) else { return nil }
        let note = existing?.text ?? L10n.goalDealtWithNote(p.id) + " " + PlanEvidence(plan: p, model: ctx.model, today: ctx.today).summary
        let outcomes = [Evaluation.Outcome.eliminated, .reduced].map { Choice($0.rawValue, L10n.outcomeName($0)) }
        // The outcome is the team's to say: nothing is chosen for it (an edited decision keeps its own).
        let outcome: Form.Field = existing?.closes.map { .choice(.outcome, L10n.outcomeLabel, outcomes, selected: $0.outcome.rawValue) }
            ?? .choice(.outcome, L10n.outcomeLabel, outcomes, unchosen: L10n.outcomeUnchosen)
        var form = Form(title: index == nil ? L10n.goalDealtWithTitle : L10n.editDecisionTitle(index! + 1), fields: [
            .choice(.plan, L10n.colPlan, plans.map { Choice(String($0.id), "P\($0.id) " + $0.title) }, selected: String(p.id)),
            outcome,
            .multiline(.note, L10n.evaluationNoteLabel, note, required: true),
        ], purpose: .meeting(.goalDealtWith(index: index)), focus: existing == nil ? .outcome : .note)
        // The evidence of whichever plan is chosen.
        form.infoByChoice = Form.ChoiceInfo(field: .plan, lines: Dictionary(uniqueKeysWithValues: plans.map {
            (String($0.id), PlanForms.evidenceLines(PlanEvidence(plan: $0, model: ctx.model, today: ctx.today)))
        }))
        return form
    }

    static func recordForm(day: Day, minutes: String, next: NextMeeting?) -> Form {
        Form(title: L10n.meetingRecordTitle, fields: [
            .text(.day, L10n.meetingDayLabel, day.description, required: true),
            .multiline(.minutes, L10n.minutesLabel, minutes),
            .text(.nextDay, L10n.nextMeetingDayLabel, next?.day.description ?? ""),
            .text(.nextPlace, L10n.nextMeetingPlaceLabel, next?.place ?? ""),
        ], purpose: .meeting(.record))
    }

    /// The plans a meeting of this district can adopt: its drafts.
    static func draftPlans(_ m: Model, district: String) -> [SafetyPlan] {
        m.plans.filter { $0.district == district && $0.status == .draft }
    }

    /// The plans a meeting of this district can decide about: active, by number.
    static func activePlans(_ m: Model, district: String) -> [SafetyPlan] {
        m.plans.filter { $0.district == district && $0.status == .active }
    }

    static func submit(_ form: Form, purpose: MeetingFormPurpose, ctx: ScreenContext) -> Submission {
        switch purpose {
        case .scope:
            guard let team = form.choice(.team), ctx.model.team(team) != nil else { return .invalid(FieldError(.team, L10n.noTeams)) }
            let since: Day?
            switch FieldValue.day(form, .since, today: ctx.today) {
            case .success(let d): since = d
            case .failure(let e): return .invalid(e)
            }
            if let s = since, s >= ctx.today { return .invalid(FieldError(.since, L10n.reviewSinceNotBeforeToday(s, ctx.today))) }
            return .event(.reviewScope(team: team, since: since))

        case .decision(let index):
            switch FieldValue.required(form, .text) {
            case .success(let text): return .event(.decisionText(text, at: index))
            case .failure(let e): return .invalid(e)
            }

        case .taskDecision(let index, let teamID):
            guard let team = ctx.model.team(teamID) else { return .invalid(FieldError(nil, L10n.unknownTeam(teamID))) }
            let f: TaskForms.Fields
            switch TaskForms.Fields.read(form, today: ctx.today) {
            case .success(let fields): f = fields
            case .failure(let e): return .invalid(e)
            }
            let draft = TaskDraft(plan: f.plan, district: f.plan == nil ? team.district : nil, title: f.title, assignee: f.assignee,
                                  partners: f.partner.map { [$0] } ?? [], due: f.due)
            // Checked now, as the task will be when the meeting is recorded.
            do {
                _ = try ctx.model.applying(.addTask(draft), context: ChangeContext(by: ctx.me ?? "", at: ctx.clock.now))
            } catch let e as BeatError {
                return .invalid(FieldError(e, in: form))
            } catch {
                return .invalid(FieldError(nil, "\(error)"))
            }
            let other = form.text(.decision).trimmingCharacters(in: .whitespaces)
            return .event(.taskDecision(DecisionDraft(text: other.isEmpty ? f.title : other, newTask: draft), at: index))

        case .goalDealtWith(let index):
            guard let plan = form.choice(.plan).flatMap(Int.init) else { return .invalid(FieldError(.plan, L10n.reviewNoPlans)) }
            let note: String
            switch FieldValue.required(form, .note, trimming: .whitespacesAndNewlines) {
            case .success(let n): note = n
            case .failure(let e): return .invalid(e)
            }
            guard let p = ctx.model.plan(plan) else { return .invalid(FieldError(.plan, L10n.unknownPlan(plan))) }
            let outcome: Evaluation.Outcome
            switch PlanForms.outcome(form, evidence: PlanEvidence(plan: p, model: ctx.model, today: ctx.today)) {
            case .success(let o): outcome = o
            case .failure(let refusal): return refusal.submission
            }
            return .event(.goalDealtWith(DecisionDraft(text: note, closes: PlanClosure(plan: plan, outcome: outcome)), at: index))

        case .record:
            let day: Day, nextDay: Day?
            switch (FieldValue.requiredDay(form, .day, today: ctx.today), FieldValue.day(form, .nextDay, today: ctx.today)) {
            case (.success(let d), .success(let n)): (day, nextDay) = (d, n)
            case (.failure(let e), _), (_, .failure(let e)): return .invalid(e)
            }
            let place = form.text(.nextPlace).trimmingCharacters(in: .whitespaces)
            if nextDay == nil && !place.isEmpty { return .invalid(FieldError(.nextDay, L10n.nextMeetingPlaceWithoutDay(form.label(.nextPlace)))) }
            if let n = nextDay, n <= day { return .invalid(FieldError(.nextDay, L10n.nextMeetingNotAfter(n, day))) }
            return .event(.meetingRecord(day: day, minutes: form.text(.minutes), next: nextDay.map { NextMeeting(day: $0, place: place) }))
        }
    }
}
