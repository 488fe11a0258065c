import BeatCore

/// The forms and pickers of tasks: add, edit, status (with its reason), note, filter.
enum TaskForms {
    static let none = "-"

    static func officerChoices(_ m: Model, including id: String? = nil) -> [Choice] {
        // Surnames worked out once, not at every comparison.
        m.officers.filter { $0.active || $0.id == id }.map { ($0.surname, $0) }
            .sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }.map(\.1)
            .map { Choice($0.id, $0.title + " (" + (m.district($0.district)?.name ?? $0.district) + ")") }
    }

    static func planChoices(_ m: Model, including id: Int? = nil) -> [Choice] {
        [Choice(none, L10n.noPlanSelfSet)] + m.plans.filter { $0.status != .closed || $0.id == id }
            .map { Choice(String($0.id), "P\($0.id) " + $0.title) }
    }

    static func taskForm(_ task: PlanTask?, plan: Int?, ctx: ScreenContext) -> Form {
        let m = ctx.model
        let partners = [Choice(none, "—")] + m.teams.flatMap { team in
            team.members.map { Choice($0.id, $0.name + " (" + $0.organisation + ")") }
        }
        let fields: [Form.Field] = [
            .text(.title, L10n.fieldTitleLabel, task?.title ?? "", required: true),
            .multiline(.description, L10n.fieldDescriptionLabel, task?.description ?? ""),
            .choice(.assignee, L10n.colAssignee, officerChoices(m, including: task?.assignee), selected: task?.assignee ?? ctx.me),
            .choice(.plan, L10n.colPlan, planChoices(m, including: plan), selected: plan.map(String.init) ?? none),
            .text(.due, L10n.fieldDueLabel, task?.due?.description ?? ""),
            .choice(.priority, L10n.priorityLabel, TaskPriority.allCases.map { Choice($0.rawValue, L10n.priorityName($0)) },
                    selected: (task?.priority ?? .normal).rawValue),
            .choice(.partner, L10n.partnerLabel, partners, selected: task?.partners.first ?? none),
            .choice(.holder, L10n.holderLabel, PartnerChoices.choices(m), selected: PartnerChoices.id(task?.holder)),
        ]
        let title = task.map { L10n.editTaskTitle($0.id) } ?? L10n.addTaskTitle
        return Form(title: title, fields: fields, purpose: .task(task.map { .edit($0.id) } ?? .add(plan: plan)))
    }

    static func reasonForm(task: Int, status: TaskStatus) -> Form {
        Form(title: L10n.reasonTitle(task, status), fields: [.text(.reason, L10n.fieldReasonLabel, required: true)],
             purpose: .task(.statusReason(task: task, status: status)))
    }

    static func noteForm(task: Int) -> Form {
        Form(title: L10n.noteTitle(task), fields: [.multiline(.text, L10n.fieldNoteLabel, required: true)], purpose: .task(.note(task: task)))
    }

    // MARK: Support from other units

    static let given = "given", asked = "asked"

    /// `w` on a task: the support form, or first a choice between a new card and the task's
    /// open requests (one of which was given).
    static func support(_ t: PlanTask, ctx: ScreenContext) -> Effect {
        let open = t.support.indices.filter { t.support[$0].isOpen }
        guard !open.isEmpty else { return .openForm(supportForm(task: t.id, ctx: ctx)) }
        let options = [Choice(none, L10n.newSupportCard)]
            + open.map { Choice(String($0), L10n.requestGiven(L10n.supportLine(t.support[$0], in: ctx.model))) }
        return .openPicker(Picker(title: L10n.supportTitle(t.id), options: options), .support(task: t.id))
    }

    static func supportForm(task: Int, ctx: ScreenContext) -> Form {
        let m = ctx.model
        // Police units first: support comes from them.
        let units = m.organisations.sorted { ($0.kind == .policeUnit ? 0 : 1, $0.name) < ($1.kind == .policeUnit ? 0 : 1, $1.name) }
        let fields: [Form.Field] = [
            .choice(.unit, L10n.fieldUnitLabel, [Choice(none, "—")] + units.map { Choice($0.id, $0.name) }, selected: none),
            .text(.what, L10n.fieldSupportWhatLabel, required: true),
            // Given or only asked for: the officer says which (no default states it).
            .choice(.requested, L10n.fieldSupportStateLabel,
                    [Choice(none, "—"), Choice(given, L10n.supportStateGiven), Choice(asked, L10n.supportStateAsked)], selected: none),
            .text(.day, L10n.fieldDayLabel, ctx.today.description),
        ]
        return Form(title: L10n.supportTitle(task), fields: fields, purpose: .task(.support(task: task)))
    }

    static func supportGivenForm(task: Int, index: Int, ctx: ScreenContext) -> Form {
        Form(title: L10n.supportGivenTitle(task, index + 1), fields: [.text(.day, L10n.fieldSupportGivenDayLabel, ctx.today.description)],
             purpose: .task(.supportGiven(task: task, index: index)))
    }

    static func statusPicker(_ t: PlanTask) -> Picker {
        let allowed = TaskStatus.allCases.filter { $0 != t.status && (t.isOpen || $0.isOpen) }
        return Picker(title: L10n.statusTitle(t.id), options: allowed.map { Choice($0.rawValue, L10n.statusName($0) + ($0.needsReason ? " …" : "")) })
    }

    static let any = FilterFields.any
    static let openStates = "open+"

    static func filterForm(_ q: TaskQuery, ctx: ScreenContext) -> Form {
        let m = ctx.model
        let statusNow = q.statuses.isEmpty ? any : q.statuses == [.open, .inProgress] ? openStates : q.statuses.first!.rawValue
        let fields: [Form.Field] = [
            .choice(.status, L10n.colStatus, [Choice(openStates, L10n.filterOpenAndInProgress), Choice(any, L10n.filterAny)]
                    + TaskStatus.allCases.map { Choice($0.rawValue, L10n.statusName($0)) }, selected: statusNow),
            .choice(.officer, L10n.colAssignee, [Choice(any, L10n.filterAnyone)] + officerChoices(m), selected: q.officer ?? any),
            FilterFields.district(q.district, in: m),
            .choice(.plan, L10n.colPlan, [Choice(any, L10n.filterAny)] + m.plans.map { Choice(String($0.id), "P\($0.id) " + $0.title) },
                    selected: q.plan.map(String.init) ?? any),
            FilterFields.overdueOnly(q.overdueOnly),
        ]
        return Form(title: L10n.filterTasksTitle, fields: fields, purpose: .task(.filter))
    }

    /// The fields every task form has (a task's own, a meeting's task decision), read and checked.
    struct Fields {
        var title: String
        var due: Day?
        var plan: Int?
        var partner: String?
        var assignee: String

        static func read(_ form: Form, today: Day) -> Result<Fields, FieldError> {
            FieldValue.required(form, .title).flatMap { title in
                FieldValue.day(form, .due, today: today).map { due in
                    Fields(title: title, due: due,
                           plan: form.choice(.plan).flatMap { $0 == none ? nil : Int($0) },
                           partner: form.choice(.partner).flatMap { $0 == none ? nil : $0 },
                           assignee: form.choice(.assignee) ?? "")
                }
            }
        }
    }

    static func submit(_ form: Form, purpose: TaskFormPurpose, ctx: ScreenContext) -> Submission {
        switch purpose {
        case .add, .edit:
            let fields: Fields
            switch Fields.read(form, today: ctx.today) {
            case .success(let f): fields = f
            case .failure(let e): return .invalid(e)
            }
            let (title, due, plan, partner, assignee) = (fields.title, fields.due, fields.plan, fields.partner, fields.assignee)
            let priority = TaskPriority(rawValue: form.choice(.priority) ?? "") ?? .normal
            if case .edit(let id) = purpose {
                guard let old = ctx.model.task(id) else { return .invalid(FieldError(nil, L10n.unknownTask(id))) }
                var e = TaskEdit(of: old)
                e.title = title
                e.description = form.text(.description)
                e.assignee = assignee
                e.plan = plan
                e.due = due
                e.priority = priority
                e.partners = partner.map { p in old.partners.contains(p) ? old.partners : [p] + old.partners.dropFirst() } ?? []
                e.holder = PartnerChoices.ref(form.choice(.holder))
                return .changes([.editTask(e)], message: L10n.taskSaved(id))
            }
            let draft = TaskDraft(plan: plan, title: title, description: form.text(.description), assignee: assignee,
                                  partners: partner.map { [$0] } ?? [], due: due, priority: priority,
                                  holder: PartnerChoices.ref(form.choice(.holder)))
            return .changes([.addTask(draft)], message: L10n.taskAddedShort)
        case .statusReason(let id, let status):
            let reason = form.text(.reason).trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else { return .invalid(FieldError(.reason, L10n.reasonRequired(status))) }
            return .changes([.setTaskStatus(TaskStatusUpdate(task: id, status: status, reason: reason))], message: L10n.taskStatusSet(id, status))
        case .note(let id):
            if case .failure(let e) = FieldValue.required(form, .text, trimming: .whitespacesAndNewlines) { return .invalid(e) }
            return .changes([.addNote(NoteAddition(task: id, text: form.text(.text)))], message: L10n.noteAdded(id))
        case .support(let id):
            guard let unit = form.choice(.unit), unit != none else { return .invalid(FieldError(.unit, L10n.chooseUnit)) }
            guard let state = form.choice(.requested), state != none else { return .invalid(FieldError(.requested, L10n.chooseSupportState)) }
            if case .failure(let e) = FieldValue.required(form, .what) { return .invalid(e) }
            switch FieldValue.requiredDay(form, .day, today: ctx.today) {
            case .failure(let e): return .invalid(e)
            case .success(let day):
                let open = state == asked
                let card = SupportReceived(unit: unit, what: form.text(.what), day: day, open: open, asked: open ? day : nil)
                return .changes([.addSupport(SupportAddition(task: id, support: card))],
                                message: open ? L10n.supportRequested(id) : L10n.supportRecorded(id))
            }
        case .supportGiven(let id, let index):
            switch FieldValue.requiredDay(form, .day, today: ctx.today) {
            case .failure(let e): return .invalid(e)
            case .success(let day):
                return .changes([.giveSupport(SupportGiven(task: id, index: index, day: day))], message: L10n.supportGivenRecorded(id, index + 1))
            }
        case .filter:
            var q = TaskQuery()
            switch form.choice(.status) {
            case openStates: q.statuses = [.open, .inProgress]
            case any, nil: q.statuses = []
            case let s?: q.statuses = TaskStatus(rawValue: s).map { [$0] } ?? []
            }
            q.officer = form.choice(.officer).flatMap { $0 == any ? nil : $0 }
            q.district = form.choice(.district).flatMap { $0 == any ? nil : $0 }
            q.plan = form.choice(.plan).flatMap { $0 == any ? nil : Int($0) }
            q.overdueOnly = FilterFields.overdueOnly(in: form)
            return .event(.taskFilter(q))
        }
    }
}

import Foundation
