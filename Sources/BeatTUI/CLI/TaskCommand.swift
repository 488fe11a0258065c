import ArgumentParser
import BeatCore

struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "task", abstract: "Tasks of the safety plans, and self-set tasks.",
                                                    subcommands: [List.self, Add.self, Status.self, Note.self])

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
            var table = TextTable([.init("ID", alignRight: true), .init(""), .init(L10n.colStatus), .init(L10n.colDue),
                                   .init(L10n.colDistrict), .init(L10n.colAssignee), .init(L10n.colPlan, alignRight: true),
                                   .init(L10n.colTitle, role: .identity, minWidth: 12)])
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
                    table.addCell(districtNames[buf[k].district] ?? buf[k].district)
                    table.addCell(surnames[buf[k].assignee] ?? buf[k].assignee)
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
        @Flag(help: "Print the new task as JSON.") var json = false

        func run(_ session: Session) throws {
            let store = try session.openStore(.head)
            let draft = TaskDraft(plan: plan, title: title, description: description, assignee: assignee, partners: partner,
                                  due: due, priority: priority)
            let created = try store.append(.addTask(draft), by: try session.journalName(in: store.model), at: session.clock.now).created
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
            try store.append(.setTaskStatus(TaskStatusUpdate(task: id, status: status, reason: reason)),
                             by: try session.journalName(in: store.model), at: session.clock.now)
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
            try store.append(.addNote(NoteAddition(task: id, text: text)), by: try session.journalName(in: store.model), at: session.clock.now)
            Output.line(L10n.noteAdded(id))
        }
    }
}
