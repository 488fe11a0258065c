import ArgumentParser
import BeatCore

/// `beat meeting`: the coordination teams' meetings (recorded in the interface, screen 6).
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting", abstract: "Coordination-team meetings.",
                                                    subcommands: [List.self, Show.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List meetings, oldest first.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only this team's meetings (id).") var team: String?
        @Flag(help: "JSON output (keys: id, team, day, attendees, officers, minutes, decisions, next).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.reference).model
            try Arguments.checkFilters(team: team, in: model)
            let meetings = model.meetings.filter { team == nil || $0.team == team }.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
            if json { return Output.json(.array(meetings.map(JSONForms.meeting))) }
            // The team's id is what --team and report meeting take: shown beside its name, which
            // tells the teams apart and stays whole; on a narrow page the decisions go under the row.
            var table = TextTable([.init("ID", alignRight: true), .init(L10n.colDay), .init(L10n.colTeamID),
                                   .init(L10n.colTeam, role: .identity, minWidth: 12),
                                   .init(L10n.colAttendees, alignRight: true), .init(L10n.colDecisions, leaves: 1)])
            for m in meetings {
                table.add([String(m.id), m.day.description, m.team, model.team(m.team)?.name ?? m.team, String(m.attendees.count + m.officers.count),
                           L10n.decisionsWithTasks(m.decisions.count, tasks: m.decisions.filter { $0.task != nil }.count,
                                                   closed: m.decisions.filter { $0.closes != nil }.count)])
            }
            Output.table(table, footer: [L10n.meetingCount(meetings.count)])
        }
    }

    struct Show: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one meeting: who was there, the minutes, the decisions.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Meeting number.") var id: Int

        func run(_ session: Session) throws {
            let model = try session.openStore(.reference).model
            guard let m = model.meeting(id) else { throw BeatError.usage(L10n.unknownMeeting(id)) }
            Output.lines(MeetingText.lines(m, model: model, width: Output.width))
        }
    }
}

/// A recorded meeting as plain lines, for `beat meeting show` and the interface.
enum MeetingText {
    static func lines(_ m: Meeting, model: Model, width: Int) -> [String] {
        var out = [L10n.meetingTitle(m.id, model.team(m.team)?.name ?? m.team, m.day), ""]
        let team = model.team(m.team)
        out.append(L10n.colAttendees + ":")
        for a in m.attendees { out.append("  " + (team?.member(a).map { $0.name + " — " + L10n.roleName($0.role, $0.gender) } ?? a)) }
        if !m.officers.isEmpty {
            out.append(L10n.officersPresent + ":")
            for o in m.officers { out.append("  " + (model.officer(o)?.title ?? o)) }
        }
        out.append("")
        out.append(L10n.minutesLabel + ":")
        out += DisplayWidth.wrap(SafeText.lines(m.minutes), width: max(10, width - 2)).map { "  " + $0 }
        out.append("")
        out.append(m.next.map { L10n.nextMeetingLine($0.day, $0.place) } ?? L10n.nextMeetingNotSet)
        out.append("")
        out.append(L10n.colDecisions + ":")
        for (i, d) in m.decisions.enumerated() {
            var line = "\(i + 1). " + d.text
            if let t = d.task {
                let task = model.task(t)
                line += " (" + L10n.decisionTaskLine(t, task.map { L10n.statusName($0.status) } ?? "—",
                                                     task.map { model.officer($0.assignee)?.surname ?? $0.assignee } ?? "—") + ")"
            }
            if let c = d.closes { line += " (" + L10n.reviewPlanClosed(c.plan, L10n.outcomeName(c.outcome)) + ")" }
            if let p = d.adopts { line += " (" + L10n.adoptedMark(p) + ")" }
            let wrapped = DisplayWidth.wrap(SafeText.line(line), width: max(10, width - 5))
            out += wrapped.enumerated().map { ($0.offset == 0 ? "  " : "     ") + $0.element }
        }
        return out
    }
}
