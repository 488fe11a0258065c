// The catalogue's part for the audit log (`beat log`): one predicate per kind of change.
// Polish uses the "-ł(a)" form: the journal does not record the officer's gender.
extension L10n {
    public static func entryNumber(_ seq: Int) -> String { tr("wpis \(seq)", "entry \(seq)") }
    public static func logNone() -> String { tr("Brak wpisów w dzienniku.", "No journal entries.") }
    public static func logCount(_ n: Int) -> String { tr("Wpisów: \(n).", "Entries: \(n).") }

    static func quoted(_ s: String) -> String { tr("„\(s)”", "\"\(s)\"") }

    static func logTask(_ id: Int, _ title: String?) -> String {
        tr("zadanie nr \(id)", "task \(id)") + (title.map { " " + quoted($0) } ?? "")
    }
    static func logPlan(_ id: Int, _ title: String?) -> String {
        tr("plan nr \(id)", "plan \(id)") + (title.map { " " + quoted($0) } ?? "")
    }
    static func logPutDistrict(_ name: String, _ id: String) -> String {
        tr("zapisał(a) dzielnicę \(quoted(name)) (\(id))", "saved the district \(quoted(name)) (\(id))")
    }
    static func logPutBeat(_ name: String, _ id: String) -> String {
        tr("zapisał(a) rejon służbowy \(quoted(name)) (\(id))", "saved the beat \(quoted(name)) (\(id))")
    }
    static func logPutOfficer(_ title: String, _ id: String) -> String {
        tr("zapisał(a) dane funkcjonariusza: \(title) (\(id))", "saved the officer \(title) (\(id))")
    }
    static func logPutTeam(_ name: String, _ members: Int) -> String {
        tr("zapisał(a) zespół \(quoted(name)) (członków: \(members))", "saved the team \(quoted(name)) (\(members) members)")
    }
    static func logAddPlan(_ title: String, _ district: String) -> String {
        tr("dodał(a) plan bezpieczeństwa \(quoted(title)) dla dzielnicy \(district)",
           "added the safety plan \(quoted(title)) for \(district)")
    }
    static func logEditPlan(_ plan: String) -> String { tr("zmienił(a) \(plan)", "edited \(plan)") }
    static func logPlanStatus(_ plan: String, _ status: String) -> String {
        tr("ustawił(a) status: \(status) — \(plan)", "set \(plan) to \(status)")
    }
    static func logEvaluatePlan(_ plan: String, _ outcome: String) -> String {
        tr("zamknął(ęła) i ocenił(a) \(plan): \(outcome)", "closed and evaluated \(plan): \(outcome)")
    }
    static func logAddTask(_ title: String, _ assignee: String, _ due: Day?) -> String {
        let pl = "dodał(a) zadanie \(quoted(title)) dla: \(assignee)" + (due.map { ", termin \($0)" } ?? "")
        let en = "added the task \(quoted(title)) for \(assignee)" + (due.map { ", due \($0)" } ?? "")
        return tr(pl, en)
    }
    static func logEditTask(_ task: String) -> String { tr("zmienił(a) \(task)", "edited \(task)") }
    static func logTaskStatus(_ task: String, _ status: String, _ reason: String?) -> String {
        let r = reason.flatMap { $0.isEmpty ? nil : $0 }
        return tr("zmienił(a) status — \(task): \(status)" + (r.map { " (powód: \($0))" } ?? ""),
                  "set \(task) to \(status)" + (r.map { " (reason: \($0))" } ?? ""))
    }
    static func logAddNote(_ task: String) -> String { tr("dodał(a) notatkę — \(task)", "added a note to \(task)") }
    static func logRemoveNote(_ n: String, _ task: String) -> String {
        tr("usunął(ęła) notatkę nr \(n) — \(task)", "removed note \(n) of \(task)")
    }
    static func logAddSupport(_ task: String, _ unit: String) -> String {
        tr("odnotował(a) wsparcie: \(unit) — \(task)", "recorded support from \(unit) for \(task)")
    }
    static func logRemoveTask(_ id: Int) -> String { tr("usunął(ęła) zadanie nr \(id)", "removed task \(id)") }
    static func logAddContact(_ channel: String, _ category: String, _ day: Day, _ district: String, withResident: Bool) -> String {
        tr("zapisał(a) kontakt z mieszkańcami z \(day) (\(channel), \(category), \(district))" + (withResident ? "; z danymi mieszkańca" : ""),
           "logged a contact with residents of \(day) (\(channel), \(category), \(district))" + (withResident ? "; with the resident's data" : ""))
    }
    static func logEditContact(_ id: Int) -> String { tr("poprawił(a) kontakt nr \(id)", "corrected contact \(id)") }
    static func logRemoveContact(_ id: Int) -> String { tr("usunął(ęła) kontakt nr \(id)", "removed contact \(id)") }
    static func logFollowUp(_ id: Int, _ done: Day?) -> String {
        guard let done else { return tr("oznaczył(a) sprawę z kontaktu nr \(id) jako znów otwartą", "marked the follow-up of contact \(id) open again") }
        return tr("odnotował(a) ponowny kontakt w sprawie kontaktu nr \(id) (\(done))", "recorded the follow-up of contact \(id) (\(done))")
    }
    static func logAddMeeting(_ team: String, _ day: Day, _ decisions: Int) -> String {
        tr("zapisał(a) posiedzenie zespołu \(quoted(team)) z \(day) (decyzji: \(decisions))",
           "recorded the meeting of \(quoted(team)) on \(day) (\(decisions) decisions)")
    }
    static func logEditMeeting(_ id: Int) -> String { tr("poprawił(a) protokół posiedzenia nr \(id)", "corrected the minutes of meeting \(id)") }
    static func logRemoveMeeting(_ id: Int) -> String { tr("usunął(ęła) posiedzenie nr \(id)", "removed meeting \(id)") }
    static func logPseudonymise(_ n: Int, _ before: Day) -> String {
        tr("spseudonimizował(a) dane mieszkańców w kontaktach sprzed \(before) (w migawce: \(n))",
           "pseudonymised residents' data in contacts before \(before) (\(n) in the snapshot)")
    }
}
