import BeatCore

/// Adding and editing a safety plan, in the shape of the priority action plan.
enum PlanForms {
    static let none = "-"

    static func planForm(_ p: SafetyPlan?, ctx: ScreenContext) -> Form {
        let m = ctx.model
        let today = ctx.today
        let district = p?.district ?? ctx.myOfficer?.district ?? m.districts.first?.id
        var fields: [Form.Field] = [
            .text("title", L10n.fieldTitleLabel, p?.title ?? "", required: true),
            .choice("district", L10n.colDistrict, m.districts.map { Choice($0.id, $0.name) }, selected: district),
            .choice("officer", L10n.colOfficer, [Choice(none, "—")] + TaskForms.officerChoices(m, including: p?.officer),
                    selected: p?.officer ?? ctx.me ?? none),
            .text("start", L10n.fieldStartLabel, (p?.start ?? today).description),
            .text("end", L10n.fieldEndLabel, (p?.end ?? today.adding(months: 6).adding(days: -1)).description),
            .text("what", L10n.threatWhat, p?.threat.what ?? "", required: true),
            .text("place", L10n.threatWhere, p?.threat.place ?? ""),
            .text("when", L10n.threatWhen, p?.threat.when ?? ""),
            .text("who", L10n.threatWho, p?.threat.who ?? ""),
            .choice("category", L10n.colCategory, ThreatCategory.allCases.map { Choice($0.rawValue, L10n.categoryName($0)) },
                    selected: (p?.threat.category ?? .other).rawValue),
            .text("sources", L10n.sourcesLabel, (p?.threat.sources ?? []).map(L10n.sourceName).joined(separator: ", ")),
            .choice("goal", L10n.goalLabel, Goal.Kind.allCases.map { Choice($0.rawValue, L10n.goalKindName($0)) },
                    selected: (p?.goal.kind ?? .reduce).rawValue),
            .text("goalDescription", L10n.goalDescriptionLabel, p?.goal.description ?? ""),
            .text("measure", L10n.measureLabel, p?.goal.measure ?? ""),
            .text("partners", L10n.partnerBodiesLabel, (p?.partners ?? []).joined(separator: ", ")),
        ]
        if p == nil {
            fields.append(.choice("status", L10n.colStatus, [PlanStatus.active, .draft].map { Choice($0.rawValue, L10n.planStatusName($0)) },
                                  selected: PlanStatus.active.rawValue))
        }
        return Form(title: p.map { L10n.editPlanTitle($0.id) } ?? L10n.addPlanTitle, fields: fields, purpose: p.map { .editPlan($0.id) } ?? .addPlan)
    }

    /// Closing a plan: the outcome and a note that starts from the evidence, so the team
    /// decides on figures.
    static func evaluationForm(_ p: SafetyPlan, ctx: ScreenContext) -> Form {
        let evidence = PlanEvidence(plan: p, model: ctx.model, today: ctx.today)
        return Form(title: L10n.evaluatePlanTitle(p.id), fields: [
            .choice("outcome", L10n.outcomeLabel, Evaluation.Outcome.allCases.map { Choice($0.rawValue, L10n.outcomeName($0)) },
                    selected: (p.goal.kind == .eliminate ? Evaluation.Outcome.eliminated : .reduced).rawValue),
            .multiline("note", L10n.evaluationNoteLabel, evidence.summary + " ", required: true),
        ], purpose: .evaluatePlan(p.id), focus: "note")
    }

    /// The plan for the next period: its period and title; the unfinished tasks move with it.
    static func nextPlanForm(_ p: SafetyPlan, ctx: ScreenContext) -> Form {
        let start = max(p.end.adding(days: 1), p.start.adding(days: 1))
        let carried = ctx.model.tasks(ofPlan: p.id).filter(\.isOpen).count
        return Form(title: L10n.nextPlanTitle(p.id, carried: carried), fields: [
            .text("title", L10n.fieldTitleLabel, p.title, required: true),
            .text("start", L10n.fieldStartLabel, start.description),
            .text("end", L10n.fieldEndLabel, start.adding(months: 6).adding(days: -1).description),
            .text("reason", L10n.carriedReasonLabel, L10n.carriedReason, required: true),
        ], purpose: .nextPlan(p.id))
    }

    static func submit(_ form: Form, purpose: FormPurpose, ctx: ScreenContext) -> Submission {
        switch purpose {
        case .evaluatePlan(let id):
            let note = form.text("note").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !note.isEmpty else { return .invalid(L10n.empty(L10n.fieldNote)) }
            let outcome = Evaluation.Outcome(rawValue: form.choice("outcome") ?? "") ?? .notAchieved
            guard let plan = ctx.model.plan(id) else { return .invalid(L10n.unknownPlan(id)) }
            return .changes([.evaluatePlan(PlanEvaluation(plan: plan, outcome: outcome, note: note, day: ctx.today, model: ctx.model))],
                            message: L10n.planEvaluated(id, outcome))
        case .nextPlan(let id):
            var days: [Day] = []
            for (field, label) in [("start", L10n.fieldStartLabel), ("end", L10n.fieldEndLabel)] {
                switch FieldValue.day(form.text(field), field: label) {
                case .success(let d?): days.append(d)
                case .success(nil): return .invalid(L10n.empty(label))
                case .failure(let e): return .invalid(e.message)
                }
            }
            let title = form.text("title").trimmingCharacters(in: .whitespaces)
            let draft = NextPlanDraft(carryingAllOf: id, in: ctx.model, start: days[0], end: days[1], title: title.isEmpty ? nil : title,
                                      reason: form.text("reason"))
            return .changes([.startNextPlan(draft)], message: L10n.nextPlanSaved(days[0], days[1], carried: draft.tasks.count))
        default:
            return submitPlan(form, purpose: purpose, ctx: ctx)
        }
    }

    private static func submitPlan(_ form: Form, purpose: FormPurpose, ctx: ScreenContext) -> Submission {
        let title = form.text("title").trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return .invalid(L10n.empty(L10n.fieldTitle)) }
        guard !form.text("what").trimmingCharacters(in: .whitespaces).isEmpty else { return .invalid(L10n.empty(L10n.threatWhat)) }
        var days: [Day] = []
        for (id, label) in [("start", L10n.fieldStartLabel), ("end", L10n.fieldEndLabel)] {
            switch FieldValue.day(form.text(id), field: label) {
            case .success(let d?): days.append(d)
            case .success(nil): return .invalid(L10n.empty(label))
            case .failure(let e): return .invalid(e.message)
            }
        }
        let sourceNames = form.text("sources").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        var sources: [DiagnosisSource] = []
        for name in sourceNames {
            guard let s = DiagnosisSource.allCases.first(where: { L10n.sourceName($0).lowercased() == name || $0.rawValue == name || $0.polishName == name }) else {
                return .invalid(L10n.unknownSource(name, DiagnosisSource.allCases.map(L10n.sourceName).joined(separator: ", ")))
            }
            sources.append(s)
        }
        let threat = Diagnosis(what: form.text("what"), place: form.text("place"), when: form.text("when"), who: form.text("who"),
                            category: ThreatCategory(rawValue: form.choice("category") ?? "") ?? .other, sources: sources)
        let goal = Goal(kind: Goal.Kind(rawValue: form.choice("goal") ?? "") ?? .reduce, description: form.text("goalDescription"),
                        measure: form.text("measure"))
        let partners = form.text("partners").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let district = form.choice("district") ?? ""
        let officer = form.choice("officer").flatMap { $0 == none ? nil : $0 }
        let beat = officer.flatMap { ctx.model.officer($0) }.flatMap { $0.district == district ? $0.beat : nil }
        if case .editPlan(let id) = purpose {
            guard var p = ctx.model.plan(id) else { return .invalid(L10n.unknownPlan(id)) }
            p.title = title; p.district = district; p.officer = officer; p.beat = beat
            p.start = days[0]; p.end = days[1]; p.threat = threat; p.goal = goal; p.partners = partners
            return .changes([.editPlan(p)], message: L10n.planSaved(id))
        }
        let draft = PlanDraft(district: district, beat: beat, officer: officer, title: title, start: days[0], end: days[1],
                              threat: threat, goal: goal, partners: partners,
                              status: PlanStatus(rawValue: form.choice("status") ?? "") ?? .active)
        return .changes([.addPlan(draft)], message: L10n.planAdded)
    }
}

import Foundation
