import BeatCore

/// Adding and editing a safety plan, in the shape of the priority action plan.
enum PlanForms {
    static let none = "-"

    static func planForm(_ p: SafetyPlan?, ctx: ScreenContext) -> Form {
        let m = ctx.model
        let today = ctx.today
        let district = p?.district ?? ctx.myOfficer?.district ?? m.districts.first?.id
        var fields: [Form.Field] = [
            .text(.title, L10n.fieldTitleLabel, p?.title ?? "", required: true),
            .choice(.district, L10n.colDistrict, m.districts.map { Choice($0.id, $0.name) }, selected: district),
            .choice(.officer, L10n.colOfficer, [Choice(none, "—")] + TaskForms.officerChoices(m, including: p?.officer),
                    selected: p?.officer ?? ctx.me ?? none),
            .text(.start, L10n.fieldStartLabel, (p?.start ?? today).description),
            .text(.end, L10n.fieldEndLabel, (p?.end ?? today.adding(months: 6).adding(days: -1)).description),
            .text(.what, L10n.threatWhat, p?.threat.what ?? "", required: true),
            .text(.place, L10n.threatWhere, p?.threat.place ?? ""),
            .text(.when, L10n.threatWhen, p?.threat.when ?? ""),
            .text(.who, L10n.threatWho, p?.threat.who ?? ""),
            .choice(.category, L10n.colCategory, ThreatCategory.allCases.map { Choice($0.rawValue, L10n.categoryName($0)) },
                    selected: (p?.threat.category ?? .other).rawValue),
            .text(.sources, L10n.sourcesLabel, (p?.threat.sources ?? []).map(L10n.sourceName).joined(separator: ", ")),
            .choice(.goal, L10n.goalLabel, Goal.Kind.allCases.map { Choice($0.rawValue, L10n.goalKindName($0)) },
                    selected: (p?.goal.kind ?? .reduce).rawValue),
            .text(.goalDescription, L10n.goalDescriptionLabel, p?.goal.description ?? ""),
            .text(.measure, L10n.measureLabel, p?.goal.measure ?? ""),
            .text(.partners, L10n.partnerBodiesLabel, (p?.partners ?? []).joined(separator: ", ")),
        ]
        if p == nil {
            fields.append(.choice(.status, L10n.colStatus, [PlanStatus.active, .draft].map { Choice($0.rawValue, L10n.planStatusName($0)) },
                                  selected: PlanStatus.active.rawValue))
        }
        return Form(title: p.map { L10n.editPlanTitle($0.id) } ?? L10n.addPlanTitle, fields: fields, purpose: .plan(p.map { .edit($0.id) } ?? .add))
    }

    /// Closing a plan: the evidence on top, the outcome — chosen by the officer, never for
    /// him — and a note that starts from the evidence, so the team decides on figures.
    static func evaluationForm(_ p: SafetyPlan, ctx: ScreenContext) -> Form {
        let evidence = PlanEvidence(plan: p, model: ctx.model, today: ctx.today)
        return Form(title: L10n.evaluatePlanTitle(p.id), fields: [
            .choice(.outcome, L10n.outcomeLabel, Evaluation.Outcome.allCases.map { Choice($0.rawValue, L10n.outcomeName($0)) },
                    unchosen: L10n.outcomeUnchosen),
            .multiline(.note, L10n.evaluationNoteLabel, evidence.summary + " ", required: true),
        ], purpose: .plan(.evaluate(p.id)), focus: .outcome, info: evidenceLines(evidence))
    }

    /// The evidence as the forms show it beside the choice of an outcome.
    static func evidenceLines(_ e: PlanEvidence) -> [String] {
        e.fields.map { $0.label + ": " + $0.value }
    }

    /// The outcome chosen in `form`, or why the form cannot be saved (nothing chosen; the
    /// evidence speaks against it and the officer has not said to save it all the same).
    static func outcome(_ form: Form, evidence: PlanEvidence) -> Result<Evaluation.Outcome, Submission.Refusal> {
        guard let outcome = form.choice(.outcome).flatMap(Evaluation.Outcome.init(rawValue:)) else {
            return .failure(.invalid(FieldError(.outcome, L10n.chooseOutcome(form.label(.outcome)))))
        }
        if !form.confirmed, let why = evidence.contradiction(outcome) { return .failure(.ask(why)) }
        return .success(outcome)
    }

    /// The plan for the next period: its period and title; the unfinished tasks move with it.
    static func nextPlanForm(_ p: SafetyPlan, ctx: ScreenContext) -> Form {
        let start = max(p.end.adding(days: 1), p.start.adding(days: 1))
        let carried = ctx.model.tasks(ofPlan: p.id).filter(\.isOpen).count
        return Form(title: L10n.nextPlanTitle(p.id, carried: carried), fields: [
            .text(.title, L10n.fieldTitleLabel, p.title, required: true),
            .text(.start, L10n.fieldStartLabel, start.description),
            .text(.end, L10n.fieldEndLabel, start.adding(months: 6).adding(days: -1).description),
            .text(.reason, L10n.carriedReasonLabel, L10n.carriedReason, required: true),
        ], purpose: .plan(.next(p.id)))
    }

    static func submit(_ form: Form, purpose: PlanFormPurpose, ctx: ScreenContext) -> Submission {
        switch purpose {
        case .evaluate(let id):
            let note: String
            switch FieldValue.required(form, .note, trimming: .whitespacesAndNewlines) {
            case .success(let n): note = n
            case .failure(let e): return .invalid(e)
            }
            guard let plan = ctx.model.plan(id) else { return .invalid(FieldError(nil, L10n.unknownPlan(id))) }
            let outcome: Evaluation.Outcome
            switch PlanForms.outcome(form, evidence: PlanEvidence(plan: plan, model: ctx.model, today: ctx.today)) {
            case .success(let o): outcome = o
            case .failure(let refusal): return refusal.submission
            }
            return .changes([.evaluatePlan(PlanEvaluation(plan: id, evaluation: Evaluation(outcome: outcome, note: note, day: ctx.today)))],
                            message: L10n.planEvaluated(id, outcome))
        case .next(let id):
            let start: Day, end: Day
            switch (FieldValue.requiredDay(form, .start, today: ctx.today), FieldValue.requiredDay(form, .end, today: ctx.today)) {
            case (.success(let s), .success(let e)): (start, end) = (s, e)
            case (.failure(let e), _), (_, .failure(let e)): return .invalid(e)
            }
            let title = form.text(.title).trimmingCharacters(in: .whitespaces)
            let draft = NextPlanDraft(carryingAllOf: id, in: ctx.model, start: start, end: end, title: title.isEmpty ? nil : title,
                                      reason: form.text(.reason))
            return .changes([.startNextPlan(draft)], message: L10n.nextPlanSaved(start, end, carried: draft.tasks.count))
        case .add, .edit:
            return submitPlan(form, purpose: purpose, ctx: ctx)
        }
    }

    private static func submitPlan(_ form: Form, purpose: PlanFormPurpose, ctx: ScreenContext) -> Submission {
        let title: String, start: Day, end: Day
        switch (FieldValue.required(form, .title), FieldValue.required(form, .what)) {
        case (.success(let t), .success): title = t
        case (.failure(let e), _), (_, .failure(let e)): return .invalid(e)
        }
        switch (FieldValue.requiredDay(form, .start, today: ctx.today), FieldValue.requiredDay(form, .end, today: ctx.today)) {
        case (.success(let s), .success(let e)): (start, end) = (s, e)
        case (.failure(let e), _), (_, .failure(let e)): return .invalid(e)
        }
        let sourceNames = form.text(.sources).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        var sources: [DiagnosisSource] = []
        for name in sourceNames {
            guard let s = DiagnosisSource.allCases.first(where: { L10n.sourceName($0).lowercased() == name || $0.rawValue == name || $0.polishName == name }) else {
                return .invalid(FieldError(.sources, L10n.unknownSource(name, DiagnosisSource.allCases.map(L10n.sourceName).joined(separator: ", "))))
            }
            sources.append(s)
        }
        let threat = Threat(what: form.text(.what), place: form.text(.place), when: form.text(.when), who: form.text(.who),
                            category: ThreatCategory(rawValue: form.choice(.category) ?? "") ?? .other, sources: sources)
        let goal = Goal(kind: Goal.Kind(rawValue: form.choice(.goal) ?? "") ?? .reduce, description: form.text(.goalDescription),
                        measure: form.text(.measure))
        let partners = form.text(.partners).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let district = form.choice(.district) ?? ""
        let officer = form.choice(.officer).flatMap { $0 == none ? nil : $0 }
        let beat = officer.flatMap { ctx.model.officer($0) }.flatMap { $0.district == district ? $0.beat : nil }
        if case .edit(let id) = purpose {
            guard var p = ctx.model.plan(id) else { return .invalid(FieldError(nil, L10n.unknownPlan(id))) }
            p.title = title; p.district = district; p.officer = officer; p.beat = beat
            p.start = start; p.end = end; p.threat = threat; p.goal = goal; p.partners = partners
            return .changes([.editPlan(p)], message: L10n.planSaved(id))
        }
        let draft = PlanDraft(district: district, beat: beat, officer: officer, title: title, start: start, end: end,
                              threat: threat, goal: goal, partners: partners,
                              status: PlanStatus(rawValue: form.choice(.status) ?? "") ?? .active)
        return .changes([.addPlan(draft)], message: L10n.planAdded)
    }
}

import Foundation
