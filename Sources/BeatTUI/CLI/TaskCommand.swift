import ArgumentParser
import BeatCore

struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "task", abstract: "Tasks of the safety plans, and self-set tasks.",
                                                    subcommands: [List.self, Add.self, Status.self, Note.self, Support.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List tasks (all, unless filtered).")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only this status (repeatable; Polish names too).")
        var status: [TaskStatus] = []
        @Option(help: "Only tasks assigned to this officer.") var officer: String?
        @Option(help: "Only tasks in this district.") var district: String?
        @Option(help: "Only tasks of this plan.") var plan: Int?
        @Flag(help: "Only overdue tasks.") var overdue = false
        @Flag(help: "JSON output (keys: id, title, status, due, assignee, plan, district, priority, …).") var json = false

        func run(_ session: Session) throws {
            // The table shows no descriptions, notes or histories: they are left unread
            // (when the file is as Beat wrote it). JSON carries them, so it reads them.
            let model = try session.openStore(json ? .reference : .taskList).model
            try Arguments.checkFilters(officer: officer, district: district, plan: plan, in: model)
            let query = TaskQuery(statuses: Set(status), officer: officer, district: district,
                                  plan: plan, overdueOnly: overdue)
            let today = session.clock.today
            let tasks = query.run(model, today: today)
            if json { return Output.json(.array(tasks.map { JSONForms.task($0, today: today) })) }
            // The title tells tasks apart and keeps half the line; on a narrow page the district,
            // the plan and then the assignee (with a partner holding the task) go under the row, whole.
            var table = TextTable([.init("ID", alignRight: true), .init(""), .init(L10n.colStatus), .init(L10n.colDue),
                                   .init(L10n.colAssignee, role: .text, minWidth: 10, leaves: 3), .init(L10n.colDistrict, leaves: 1),
                                   .init(L10n.colPlan, alignRight: true, leaves: 2), .init(L10n.colTitle, role: .identity, minWidth: 12)])
            // Looked up once, not per row: a city station lists 12,000 tasks.
            let districtNames = Dictionary(model.districts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let surnames = Dictionary(model.officers.map { ($0.id, $0.surname) }, uniquingKeysWith: { a, _ in a })
            let statusNames = Dictionary(uniqueKeysWithValues: TaskStatus.allCases.map { ($0, L10n.statusName($0)) })
            table.reserve(rows: tasks.count, bytesEach: 120)
            var overdue = 0
            // Field by field from the array, a cell at a time: a copy of each task would
            // retain all its texts, an array per row cost an allocation.
            tasks.withUnsafeBufferPointer { buf in
                for k in buf.indices {
                    let late = buf[k].isOverdue(on: today)
                    if late { overdue += 1 }
                    table.addCell(String(buf[k].id))
                    table.addCell(late ? "!" : "")
                    table.addCell(statusNames[buf[k].status] ?? "")
                    table.addCell(buf[k].due?.description ?? "—")
                    let officer = surnames[buf[k].assignee] ?? buf[k].assignee
                    if let h = buf[k].holder { table.addCell(L10n.holderCell(model.name(of: h), officer)) } else { table.addCell(officer) }
                    table.addCell(districtNames[buf[k].district] ?? buf[k].district)
                    table.addCell(buf[k].plan.map(String.init) ?? "—")
                    table.addCell(buf[k].title)
                    table.endRow()
                }
            }
            Output.table(table, footer: [L10n.taskCount(tasks.count, overdue: overdue)])
        }
    }

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a task.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Title.") var title: String
        @Option(help: "The officer who does it.") var assignee: String
        @Option(help: "The safety plan it belongs to (none: a self-set task).") var plan: Int?
        @Option(help: "Due day, YYYY-MM-DD.") var due: Day?
        @Option(help: "The priority (Polish names too).") var priority: TaskPriority = .normal
        @Option(help: "Description.") var description: String = ""
        @Option(help: "A team member involved (id; repeatable).") var partner: [String] = []
        @Option(help: "A team member or partner organisation that holds the task (id or name); the assignee follows it up.")
        var holder: String?
        @Flag(help: "Print the new task as JSON.") var json = false

        func run(_ session: Session) throws {
            let store = try session.openStore(.head)
            let held = try holder.map { try Arguments.partner($0, in: store.model) }
            let draft = TaskDraft(plan: plan, title: title, description: description, assignee: assignee, partners: partner,
                                  due: due, priority: priority, holder: held)
            let created = try session.write(store, .addTask(draft))
            guard case .task(let id)? = created, let t = store.model.task(id) else { return }
            if json { return Output.json(JSONForms.task(t, today: session.clock.today)) }
            Output.line(L10n.taskAdded(id))
        }
    }

    struct Status: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Change a task's status (not-done and cancelled need --reason).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Task number.") var id: Int
        @Argument(help: "The new status (Polish names too).") var status: TaskStatus
        @Option(help: "Why (required for not-done and cancelled).") var reason: String?

        func run(_ session: Session) throws {
            let store = try session.openStore(.head, tasks: [id])
            try session.write(store, .setTaskStatus(TaskStatusUpdate(task: id, status: status, reason: reason)))
            Output.line(L10n.taskStatusSet(id, status))
        }
    }

    struct Note: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a dated progress note to a task.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Task number.") var id: Int
        @Argument(help: "The note.") var text: String

        func run(_ session: Session) throws {
            let store = try session.openStore(.head, tasks: [id])
            try session.write(store, .addNote(NoteAddition(task: id, text: text)))
            Output.line(L10n.noteAdded(id))
        }
    }

    struct Support: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "support",
            abstract: "Record support from another police unit on a task (karta udzielonego wsparcia): given, asked for (--requested), or an open request given (--given K).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Task number.") var id: Int
        @Option(help: "The unit: a partner organisation's id or name (beat organisation list).") var unit: String?
        @Option(help: "What it gave or is asked to give.") var what: String?
        @Option(help: "The day it was given (or asked for), YYYY-MM-DD (default: today).") var day: Day?
        @Flag(help: "Asked for, not yet given: an open request, shown on the dashboard until given.") var requested = false
        @Option(help: "The open request number K of the task (as `beat task list --json` lists support, from 1) was given.")
        var given: Int?

        func run(_ session: Session) throws {
            let store = try session.openStore(.head, tasks: [id])
            let when = day ?? session.clock.today
            if let given {
                guard unit == nil, what == nil, !requested else { throw BeatError.usage(L10n.supportGivenAlone) }
                guard given >= 1 else { throw BeatError.usage(L10n.unknownSupport(id, given - 1)) }
                try session.write(store, .giveSupport(SupportGiven(task: id, index: given - 1, day: when)))
                return Output.line(L10n.supportGivenRecorded(id, given))
            }
            guard let unit, let what else { throw BeatError.usage(L10n.supportNeedsUnitAndWhat) }
            let org = try Arguments.organisation(unit, in: store.model)
            let card = SupportReceived(unit: org, what: what, day: when, open: requested, asked: requested ? when : nil)
            try session.write(store, .addSupport(SupportAddition(task: id, support: card)))
            Output.line(requested ? L10n.supportRequested(id) : L10n.supportRecorded(id))
        }
    }
}
