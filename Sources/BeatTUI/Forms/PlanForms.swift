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
            .text(.threats, L10n.planThreatsLabel, (p?.threat.threats ?? []).map(String.init).joined(separator: ", ")),
            .choice(.addThreat, L10n.planAddThreatLabel, [Choice(none, "—")] + threatChoices(m, district: district, today: today), selected: none),
            .choice(.theme, L10n.reportTheme, [Choice(none, "—")] + PlanTheme.allCases.map { Choice($0.rawValue, L10n.themeName($0)) },
                    selected: p?.theme?.rawValue ?? none),
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

    /// The register's threats a diagnosis may name: the plan's district's first, the confirmed
    /// before those still being verified or new (not confirmed, jokes and mistakes left out).
    static func threatChoices(_ m: Model, district: String?, today: Day) -> [Choice] {
        let rank: [ThreatStatus: Int] = [.confirmed: 0, .verifying: 1, .new: 2, .referred: 3, .eliminated: 4]
        return m.threats.filter { rank[$0.status] != nil }
            .sorted { ($0.district == district ? 0 : 1, rank[$0.status]!, -$0.id) < ($1.district == district ? 0 : 1, rank[$1.status]!, -$1.id) }
            .map { t in
                Choice(String(t.id), L10n.no(t.id) + " · " + L10n.threatStatusName(t.status) + (t.isOverdue(on: today) ? " !" : "") + " · "
                       + L10n.categoryName(t.category) + " — " + t.place + " (" + (m.district(t.district)?.name ?? t.district) + ")")
            }
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
    /// It starts the day after the plan was closed (else after its end). A carried task whose
    /// due day falls outside the new period is not decided for the officer: the form asks.
    static func nextPlanForm(_ p: SafetyPlan, ctx: ScreenContext) -> Form {
        let start = NextPlanDraft.defaultStart(after: p)
        let end = start.adding(months: 6).adding(days: -1)
        let carried = ctx.model.tasks(ofPlan: p.id).filter(\.isOpen)
        var fields: [Form.Field] = [
            .text(.title, L10n.fieldTitleLabel, p.title, required: true),
            .text(.start, L10n.fieldStartLabel, start.description),
            .text(.end, L10n.fieldEndLabel, end.description),
        ]
        let outside = carried.filter { t in t.due.map { $0 < start || $0 > end } ?? false }
        if carried.contains(where: { $0.due != nil }) {
            fields.append(.choice(.due, L10n.carriedDuesLabel, DueOutside.allCases.map { Choice($0.rawValue, $0.label) },
                                  unchosen: outside.isEmpty ? L10n.carriedDuesNoneOutside : L10n.outcomeUnchosen))
        }
        fields.append(.text(.reason, L10n.carriedReasonLabel, L10n.carriedReason, required: true))
        var info = [L10n.carriedTasksLine(carried.map(\.id))]
        if !outside.isEmpty { info.append(L10n.carriedDuesOutside(outside.map { ($0.id, $0.due!) }, start: start, end: end)) }
        return Form(title: L10n.nextPlanTitle(p.id, carried: carried.count), fields: fields, purpose: .plan(.next(p.id)), info: info)
    }

    /// What becomes of a carried task's due day outside the new period, as the officer chooses.
    enum DueOutside: String, CaseIterable {
        /// The nearest day of the period: its first for an earlier day, its last for a later one.
        case nearest
        case none

        var label: String {
            switch self {
            case .nearest: return L10n.carriedDueNearest
            case .none: return L10n.carriedDueNone
            }
        }
    }

    /// The due days of the carried tasks outside `start…end`, as chosen in `form`; refused
    /// (naming the tasks) while nothing is chosen.
    static func carriedDues(_ form: Form, plan: Int, start: Day, end: Day, ctx: ScreenContext) -> Result<[CarriedDue], FieldError> {
        let outside = ctx.model.tasks(ofPlan: plan).filter { t in t.isOpen && (t.due.map { $0 < start || $0 > end } ?? false) }
        guard !outside.isEmpty else { return .success([]) }
        guard let choice = form.choice(.due).flatMap(DueOutside.init(rawValue:)) else {
            return .failure(FieldError(form.fields.contains { $0.id == .due } ? .due : .start,
                                       L10n.carriedDuesOutside(outside.map { ($0.id, $0.due!) }, start: start, end: end)
                                       + " " + L10n.chooseCarriedDues(form.label(.due))))
        }
        return .success(outside.map { t in
            CarriedDue(task: t.id, due: choice == .none ? nil : min(max(t.due!, start), end))
        })
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
            // The figures the verdict rests on are recorded with it (issue 18).
            return .changes([.evaluatePlan(PlanEvaluation(plan: plan, outcome: outcome, note: note, day: ctx.today, model: ctx.model))],
                            message: L10n.planEvaluated(id, outcome))
        case .next(let id):
            let start: Day, end: Day
            switch (FieldValue.requiredDay(form, .start, today: ctx.today), FieldValue.requiredDay(form, .end, today: ctx.today)) {
            case (.success(let s), .success(let e)): (start, end) = (s, e)
            case (.failure(let e), _), (_, .failure(let e)): return .invalid(e)
            }
            let title = form.text(.title).trimmingCharacters(in: .whitespaces)
            var draft = NextPlanDraft(carryingAllOf: id, in: ctx.model, start: start, end: end, title: title.isEmpty ? nil : title,
                                      reason: form.text(.reason))
            switch carriedDues(form, plan: id, start: start, end: end, ctx: ctx) {
            case .success(let dues): draft.dues = dues.isEmpty ? nil : dues
            case .failure(let e): return .invalid(e)
            }
            return .changes([.startNextPlan(draft)], message: L10n.nextPlanSaved(start, end, carried: draft.tasks.count))
        case .add, .edit:
            return submitPlan(form, purpose: purpose, ctx: ctx)
        }
    }

    private static func submitPlan(_ form: Form, purpose: PlanFormPurpose, ctx: ScreenContext) -> Submission {
        let start: Day, end: Day
        switch (FieldValue.requiredDay(form, .start, today: ctx.today), FieldValue.requiredDay(form, .end, today: ctx.today)) {
        case (.success(let s), .success(let e)): (start, end) = (s, e)
        case (.failure(let e), _), (_, .failure(let e)): return .invalid(e)
        }
        var sources: [DiagnosisSource] = []
        for name in form.text(.sources).split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }).filter({ !$0.isEmpty }) {
            guard let s = DiagnosisSource(named: name) else {
                return .invalid(FieldError(.sources, L10n.unknownSource(name.lowercased(), PlanInput.sourceNames)))
            }
            sources.append(s)
        }
        // The threats named by number, and the one picked from the register.
        var named: [Int] = []
        for word in form.text(.threats).split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard let n = Int(word.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "nr."))) else {
                return .invalid(FieldError(.threats, L10n.planThreatUnknown(String(word))))
            }
            named.append(n)
        }
        if let picked = form.choice(.addThreat).flatMap(Int.init) { named.append(picked) }
        let input = PlanInput(title: form.text(.title), district: form.choice(.district) ?? "",
                              officer: form.choice(.officer).flatMap { $0 == none ? nil : $0 }, start: start, end: end,
                              what: form.text(.what), place: form.text(.place), when: form.text(.when), who: form.text(.who),
                              category: ThreatCategory(rawValue: form.choice(.category) ?? "") ?? .other, sources: sources, threats: named,
                              theme: form.choice(.theme).flatMap(PlanTheme.init(rawValue:)),
                              goal: Goal.Kind(rawValue: form.choice(.goal) ?? "") ?? .reduce, goalDescription: form.text(.goalDescription),
                              measure: form.text(.measure), partners: form.text(.partners).split(separator: ",").map(String.init))
        do throws(BeatError) {
            if case .edit(let id) = purpose {
                guard var p = ctx.model.plan(id) else { return .invalid(FieldError(nil, L10n.unknownPlan(id))) }
                let c = try input.checked(in: ctx.model)
                p.title = c.title; p.district = input.district; p.officer = input.officer; p.beat = c.beat
                p.start = start; p.end = end; p.threat = c.threat; p.goal = c.goal; p.partners = c.partners; p.theme = input.theme
                return .changes([.editPlan(p)], message: L10n.planSaved(id))
            }
            let draft = try input.draft(status: PlanStatus(rawValue: form.choice(.status) ?? "") ?? .active, in: ctx.model)
            return .changes([.addPlan(draft)], message: L10n.planAdded)
        } catch {
            return .invalid(FieldError(error, in: form))
        }
    }
}

import Foundation
