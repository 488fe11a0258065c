// The catalogue's part for the audit log (`beat log`): one predicate per kind of change,
// agreeing with the person who made it (`gendered`: "zamknęła"; not recorded: "zamknął/zamknęła").
extension L10n {
    public static func entryNumber(_ seq: Int) -> String { tr("wpis \(seq)", "entry \(seq)") }
    public static func logNone() -> String { tr("Brak wpisów w dzienniku.", "No journal entries.") }
    public static func logCount(_ n: Int) -> String { tr("Wpisów: \(n).", "Entries: \(n).") }

    static func quoted(_ s: String) -> String { tr("„\(s)”", "\"\(s)\"") }

    /// "zadania nr 33 „…”": a task in the genitive, as most predicates need it.
    static func logTask(_ id: Int, _ title: String?) -> String {
        tr("zadania nr \(id)", "task \(id)") + (title.map { " " + quoted($0) } ?? "")
    }
    /// "plan nr 3 „…”": a plan in the accusative (the same form in Polish for these nouns).
    static func logPlan(_ id: Int, _ title: String?) -> String {
        tr("plan nr \(id)", "plan \(id)") + (title.map { " " + quoted($0) } ?? "")
    }
    /// "planu nr 3 „…”": a plan in the genitive.
    static func logPlanGenitive(_ id: Int, _ title: String?) -> String {
        tr("planu nr \(id)", "plan \(id)") + (title.map { " " + quoted($0) } ?? "")
    }
    static func logPutDistrict(_ g: Gender?, _ name: String, _ id: String) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) dzielnicę \(quoted(name)) (\(id))", "saved the district \(quoted(name)) (\(id))")
    }
    static func logPutBeat(_ g: Gender?, _ name: String, _ id: String) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) rejon służbowy \(quoted(name)) (\(id))", "saved the beat \(quoted(name)) (\(id))")
    }
    static func logPutOfficer(_ g: Gender?, _ title: String, _ id: String) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) dane funkcjonariusza: \(title) (\(id))", "saved the officer \(title) (\(id))")
    }
    static func logPutTeam(_ g: Gender?, _ name: String, _ members: Int) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) zespół \(quoted(name)) (\(members) \(plural(members, "członek", "członków", "członków")))",
           "saved the team \(quoted(name)) (\(members) members)")
    }
    static func logAddPlan(_ g: Gender?, _ title: String, _ district: String) -> String {
        tr("\(gendered(g, "dodał", "dodała")) plan bezpieczeństwa \(quoted(title)) dla dzielnicy \(district)",
           "added the safety plan \(quoted(title)) for \(district)")
    }
    static func logEditPlan(_ g: Gender?, _ plan: String) -> String { tr("\(gendered(g, "zmienił", "zmieniła")) \(plan)", "edited \(plan)") }
    static func logPlanStatus(_ g: Gender?, _ planGenitive: String, _ status: String) -> String {
        tr("\(gendered(g, "ustawił", "ustawiła")) status \(planGenitive) na „\(status)”", "set \(planGenitive) to \(status)")
    }
    static func logEvaluatePlan(_ g: Gender?, _ plan: String, _ outcome: String) -> String {
        tr("\(gendered(g, "zamknął", "zamknęła")) i \(gendered(g, "ocenił", "oceniła")) \(plan): \(outcome)",
           "closed and evaluated \(plan): \(outcome)")
    }
    static func logAddTask(_ g: Gender?, _ title: String, _ assignee: String, _ due: Day?) -> String {
        let pl = "\(gendered(g, "dodał", "dodała")) zadanie \(quoted(title)) (wykonawca: \(assignee)" + (due.map { ", termin: \($0)" } ?? "") + ")"
        let en = "added the task \(quoted(title)) for \(assignee)" + (due.map { ", due \($0)" } ?? "")
        return tr(pl, en)
    }
    static func logEditTask(_ g: Gender?, _ task: String) -> String {
        tr("\(gendered(g, "zmienił", "zmieniła")) treść \(task)", "edited \(task)")
    }
    static func logTaskStatus(_ g: Gender?, _ task: String, _ status: String, _ reason: String?) -> String {
        let r = reason.flatMap { $0.isEmpty ? nil : $0 }
        return tr("\(gendered(g, "zmienił", "zmieniła")) status \(task) na „\(status)”" + (r.map { " (powód: \($0))" } ?? ""),
                  "set \(task) to \(status)" + (r.map { " (reason: \($0))" } ?? ""))
    }
    static func logAddNote(_ g: Gender?, _ task: String) -> String {
        tr("\(gendered(g, "dodał", "dodała")) notatkę do \(task)", "added a note to \(task)")
    }
    static func logRemoveNote(_ g: Gender?, _ n: String, _ task: String) -> String {
        tr("\(gendered(g, "usunął", "usunęła")) notatkę nr \(n) \(task)", "removed note \(n) of \(task)")
    }
    static func logAddSupport(_ g: Gender?, _ task: String, _ unit: String, open: Bool) -> String {
        open ? tr("\(gendered(g, "poprosił", "poprosiła")) o wsparcie: \(unit) (do \(task))", "asked \(unit) for support for \(task)")
             : tr("\(gendered(g, "odnotował", "odnotowała")) wsparcie: \(unit) (do \(task))", "recorded support from \(unit) for \(task)")
    }
    static func logGiveSupport(_ g: Gender?, _ task: String, _ unit: String, _ day: Day) -> String {
        tr("\(gendered(g, "odnotował", "odnotowała")) udzielenie wsparcia: \(unit), \(day) (do \(task))",
           "recorded support given by \(unit) on \(day) for \(task)")
    }
    static func logRemoveTask(_ g: Gender?, _ id: Int) -> String { tr("\(gendered(g, "usunął", "usunęła")) zadanie nr \(id)", "removed task \(id)") }
    static func logAddContact(_ g: Gender?, _ channel: String, _ category: String, _ day: Day, _ district: String, withResident: Bool) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) kontakt z mieszkańcami z \(day) (\(channel), \(category), \(district))" + (withResident ? "; z danymi mieszkańca" : ""),
           "logged a contact with residents of \(day) (\(channel), \(category), \(district))" + (withResident ? "; with the resident's data" : ""))
    }
    static func logEditContact(_ g: Gender?, _ id: Int) -> String { tr("\(gendered(g, "poprawił", "poprawiła")) kontakt nr \(id)", "corrected contact \(id)") }
    static func logRemoveContact(_ g: Gender?, _ id: Int) -> String { tr("\(gendered(g, "usunął", "usunęła")) kontakt nr \(id)", "removed contact \(id)") }
    static func logFollowUp(_ g: Gender?, _ id: Int, _ done: Day?) -> String {
        guard let done else {
            return tr("\(gendered(g, "oznaczył", "oznaczyła")) ponowny kontakt z mieszkańcem (kontakt nr \(id)) jako jeszcze do zrobienia",
                      "marked the follow-up of contact \(id) open again")
        }
        return tr("\(gendered(g, "odnotował", "odnotowała")) ponowny kontakt z mieszkańcem (kontakt nr \(id), \(done))",
                  "recorded the follow-up of contact \(id) (\(done))")
    }
    static func logAddMeeting(_ g: Gender?, _ team: String, _ day: Day, _ decisions: Int) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) posiedzenie zespołu \(quoted(team)) z \(day) (\(decisions) \(plural(decisions, "decyzja", "decyzje", "decyzji")))",
           "recorded the meeting of \(quoted(team)) on \(day) (\(decisions) decisions)")
    }
    static func logEditMeeting(_ g: Gender?, _ id: Int) -> String {
        tr("\(gendered(g, "poprawił", "poprawiła")) protokół posiedzenia nr \(id)", "corrected the minutes of meeting \(id)")
    }
    static func logRemoveMeeting(_ g: Gender?, _ id: Int) -> String { tr("\(gendered(g, "usunął", "usunęła")) posiedzenie nr \(id)", "removed meeting \(id)") }
    static func logPseudonymise(_ g: Gender?, _ n: Int, _ before: Day) -> String {
        tr("\(gendered(g, "spseudonimizował", "spseudonimizowała")) dane mieszkańców w kontaktach sprzed \(before) (w migawce: \(n))",
           "pseudonymised residents' data in contacts before \(before) (\(n) in the snapshot)")
    }
    static func logReopenPlan(_ g: Gender?, _ plan: String) -> String { tr("\(gendered(g, "otworzył", "otworzyła")) ponownie \(plan)", "reopened \(plan)") }
    /// "rozpoczęła plan nr 4 na okres … jako kontynuację planu nr 3 „…”, …" (the new plan's number when known).
    static func logStartNextPlan(_ g: Gender?, _ next: Int?, _ planGenitive: String, _ from: Day, _ to: Day) -> String {
        tr("\(gendered(g, "rozpoczął", "rozpoczęła")) plan\(next.map { " nr \($0)" } ?? "") na okres \(reportPeriod(from, to)) jako kontynuację \(planGenitive), przenosząc niedokończone zadania",
           "started plan\(next.map { " \($0)" } ?? "") for \(reportPeriod(from, to)) after \(planGenitive), carrying its unfinished tasks")
    }
    static func logRemovePlan(_ g: Gender?, _ id: Int) -> String { tr("\(gendered(g, "usunął", "usunęła")) plan nr \(id)", "removed plan \(id)") }
    static func logPutOrganisation(_ g: Gender?, _ name: String, _ id: String) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) organizację partnerską \(quoted(name)) (\(id))", "saved the partner organisation \(quoted(name)) (\(id))")
    }
    static func logPutMember(_ g: Gender?, _ name: String, _ team: String) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) członka zespołu \(quoted(team)): \(name)", "saved a member of \(quoted(team)): \(name)")
    }
    static func logRemoveMember(_ g: Gender?, _ name: String, _ team: String) -> String {
        tr("\(gendered(g, "usunął", "usunęła")) z zespołu \(quoted(team)): \(name)", "removed \(name) from \(quoted(team))")
    }
    static func logEditTeam(_ g: Gender?, _ name: String, _ id: String) -> String {
        tr("\(gendered(g, "zmienił", "zmieniła")) dane zespołu \(quoted(name)) (\(id))", "edited the team \(quoted(name)) (\(id))")
    }
    static func logDeactivateOfficer(_ g: Gender?, _ officer: String, _ og: Gender?, handover: (String, Gender?)?) -> String {
        let pl = "\(gendered(g, "oznaczył", "oznaczyła")) jako \(gendered(og, "nieaktywnego", "nieaktywną")): \(officer)"
        guard let (next, ng) = handover else { return tr(pl, "made \(officer) inactive") }
        return tr(pl + "; niezakończone zadania \(gendered(ng, "przejął", "przejęła")) \(next)",
                  "made \(officer) inactive; \(next) took over the unfinished tasks")
    }
    static func logImport(_ g: Gender?, _ kind: ImportKind, _ file: String, _ n: Int) -> String {
        let what: String
        switch kind {
        case .officers: what = tr("\(n) \(plural(n, "funkcjonariusz", "funkcjonariuszy", "funkcjonariuszy"))", "\(n) officers")
        case .streets: what = tr("\(n) \(plural(n, "rejon", "rejony", "rejonów"))", "\(n) beats")
        case .members: what = tr("\(n) \(plural(n, "członek zespołu", "członków zespołów", "członków zespołów"))", "\(n) team members")
        }
        return tr("\(gendered(g, "zaimportował", "zaimportowała")) z pliku \(file): \(what)", "imported from \(file): \(what)")
    }
}
