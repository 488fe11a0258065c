/// `beat export csv`: the store's records as CSV for spreadsheets, one row per record in
/// number order, keys as the header (README, "Printouts and exports"). Residents' personal
/// data only with `personalData`.
public enum DataExport {
    /// What `--what` names.
    public enum Kind: String, CaseIterable, Sendable {
        case tasks, contacts, plans
    }

    public static func csv(_ kind: Kind, model: Model, today: Day, personalData: Bool = false) -> String {
        switch kind {
        case .tasks: return tasks(model, today: today)
        case .contacts: return contacts(model, personalData: personalData)
        case .plans: return plans(model, today: today)
        }
    }

    static func day(_ d: Day?) -> CSVTable.CSVField { .raw(d?.description ?? "") }
    static func int(_ i: Int?) -> CSVTable.CSVField { .raw(i.map(String.init) ?? "") }

    static func tasks(_ model: Model, today: Day) -> String {
        var csv = CSVTable(header: ["id", "title", "status", "due", "daysOverdue", "assignee", "assigneeName", "plan", "planTitle",
                                    "district", "priority", "description", "reason", "partners", "meeting", "created",
                                    "createdBy", "closed", "notes", "lastNoteAt", "lastNote", "holder", "holderName"])
        for t in model.tasks {
            let last = t.notes.max { $0.at < $1.at }
            let late = t.isOverdue(on: today) ? t.due!.days(to: today) : nil
            csv.add([int(t.id), .text(t.title), .raw(t.status.rawValue), day(t.due), int(late), .text(t.assignee),
                     .text(model.officer(t.assignee)?.title ?? ""), int(t.plan), .text(t.plan.flatMap(model.plan)?.title ?? ""),
                     .text(t.district), .raw(t.priority.rawValue), .text(t.description), .text(t.reason ?? ""),
                     .text(t.partners.joined(separator: ";")), int(t.meeting), .raw(t.created.description), .text(t.createdBy),
                     day(t.closedOn), int(t.notes.count), .raw(last?.at.description ?? ""), .text(last?.text ?? ""),
                     .text(t.holder?.id ?? ""), .text(t.holder.map(model.name) ?? "")])
        }
        return csv.rendered()
    }

    static func contacts(_ model: Model, personalData: Bool) -> String {
        var header = ["id", "time", "day", "officer", "district", "beat", "channel", "category", "place", "summary",
                      "followUp", "followUpDone", "task"]
        if personalData { header += ["residentName", "residentPhone", "residentEmail", "residentAddress"] }
        var csv = CSVTable(header: header)
        for c in model.contacts {
            var row: [CSVTable.CSVField] = [int(c.id), .raw(c.time.description), day(c.time.day), .text(c.officer), .text(c.district),
                                            .text(c.beat ?? ""), .raw(c.channel.rawValue), .raw(c.category.rawValue), .text(c.place),
                                            .text(c.summary), day(c.followUp), day(c.followUpDone), int(c.task)]
            if personalData {
                let r = c.resident
                row += [.text(r?.name ?? ""), .text(r?.phone ?? ""), .text(r?.email ?? ""), .text(r?.address ?? "")]
            }
            csv.add(row)
        }
        return csv.rendered()
    }

    static func plans(_ model: Model, today: Day) -> String {
        var csv = CSVTable(header: ["id", "district", "beat", "officer", "title", "status", "start", "end", "category", "threat",
                                    "place", "when", "who", "sources", "goalKind", "goal", "measure", "partners", "tasks",
                                    "tasksDone", "tasksOpen", "tasksOverdue", "percentDone", "outcome", "evaluated", "evaluation"])
        for p in model.plans {
            let tasks = model.tasks(ofPlan: p.id)
            let progress = PlanProgress(tasks: tasks, today: today)
            csv.add([int(p.id), .text(p.district), .text(p.beat ?? ""), .text(p.officer ?? ""), .text(p.title), .raw(p.status.rawValue),
                     day(p.start), day(p.end), .raw(p.threat.category.rawValue), .text(p.threat.what), .text(p.threat.place),
                     .text(p.threat.when), .text(p.threat.who), .raw(p.threat.sources.map(\.rawValue).joined(separator: ";")),
                     .raw(p.goal.kind.rawValue), .text(p.goal.description), .text(p.goal.measure),
                     .text(p.partners.joined(separator: ";")), int(tasks.count), int(progress.done), int(progress.open),
                     int(progress.overdue), int(progress.total > 0 ? progress.percent : nil),
                     .raw(p.evaluation?.outcome.rawValue ?? ""), day(p.evaluation?.day), .text(p.evaluation?.note ?? "")])
        }
        return csv.rendered()
    }
}
