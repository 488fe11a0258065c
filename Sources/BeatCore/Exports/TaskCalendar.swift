import Foundation

/// Open tasks with due days as an iCalendar file (RFC 5545) for a phone or calendar app:
/// one `VTODO` per task (or, for apps that show no to-dos, an all-day `VEVENT` on the due
/// day), `DUE;VALUE=DATE`, CRLF line ends, lines folded at 75 octets, text escaped.
///
/// Every value comes from the store, so the file is the same for the same data: `UID` is
/// `task-<number>@<store id>` (stable, so a re-import updates rather than duplicates) and
/// `DTSTAMP`/`LAST-MODIFIED` are the task's last change (creation, status change or note),
/// which is what `DTSTAMP` means in a file without a `METHOD`.
public enum TaskCalendar {
    /// The calendar of the open tasks with a due day, by due day then number; only one
    /// officer's when `officer` is given. `asEvents` writes all-day events instead of to-dos.
    public static func ics(model: Model, storeID: String, officer: String? = nil, asEvents: Bool = false) -> String {
        let tasks = model.tasks.filter { $0.isOpen && $0.due != nil && (officer == nil || $0.assignee == officer) }
            .sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        let name = officer.map { L10n.calendarName(model.officer($0)?.title ?? $0) } ?? L10n.calendarNameAll
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Beat//Bezpieczne Dzielnice//PL", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + text(name)]
        for t in tasks {
            let component = asEvents ? "VEVENT" : "VTODO"
            lines.append("BEGIN:" + component)
            lines.append("UID:" + text("task-\(t.id)@\(storeID)"))
            lines.append("DTSTAMP:" + utc(lastChange(t)))
            lines.append("CREATED:" + utc(t.created))
            lines.append("LAST-MODIFIED:" + utc(lastChange(t)))
            if asEvents {
                lines.append("DTSTART;VALUE=DATE:" + date(t.due!))
                // The last day Beat keeps has no next day: without DTEND a DATE event lasts one day (RFC 5545 3.6.1).
                if t.due! < Day.latest { lines.append("DTEND;VALUE=DATE:" + date(t.due!.adding(days: 1))) }
                lines.append("TRANSP:TRANSPARENT")
            } else {
                lines.append("DUE;VALUE=DATE:" + date(t.due!))
                lines.append("STATUS:" + (t.status == .inProgress ? "IN-PROCESS" : "NEEDS-ACTION"))
            }
            lines.append("SUMMARY:" + text(L10n.calendarSummary(t.id, t.title)))
            lines.append("DESCRIPTION:" + text(description(t, model)))
            lines.append("PRIORITY:" + (t.priority == .high ? "1" : t.priority == .normal ? "5" : "9"))
            var categories = [model.district(t.district)?.name ?? t.district]
            categories.append(t.plan.map { L10n.calendarPlan($0) } ?? L10n.calendarOwnTask)
            lines.append("CATEGORIES:" + categories.map(text).joined(separator: ","))
            lines.append("END:" + component)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    /// What the task is, for the entry's notes: plan, assignee, description, last note.
    static func description(_ t: PlanTask, _ model: Model) -> String {
        var parts: [String] = []
        if let p = t.plan.flatMap(model.plan) { parts.append(L10n.calendarPlanLine(p.id, p.title)) }
        parts.append(L10n.calendarAssignee(model.officer(t.assignee)?.title ?? t.assignee))
        if !t.description.isEmpty { parts.append(t.description) }
        if let n = t.notes.max(by: { $0.at < $1.at }) { parts.append(L10n.calendarLastNote(n.at.day, n.text)) }
        return parts.joined(separator: "\n")
    }

    /// The task's latest change: created, a status change, or a note.
    static func lastChange(_ t: PlanTask) -> Timestamp {
        ([t.created] + t.history.map(\.at) + t.notes.map(\.at)).max() ?? t.created
    }

    /// `20261110`
    static func date(_ d: Day) -> String { Day.pad(d.year, 4) + Day.pad(d.month, 2) + Day.pad(d.day, 2) }

    /// `20261110T083500Z`
    static func utc(_ t: Timestamp) -> String {
        let l = Timestamp(seconds: t.seconds, offsetMinutes: 0).local
        return date(l.day) + "T" + Day.pad(l.hour, 2) + Day.pad(l.minute, 2) + Day.pad(l.second, 2) + "Z"
    }

    /// A TEXT value (RFC 5545 §3.3.11): store text made safe, then backslash, semicolon,
    /// comma and newline escaped.
    public static func text(_ s: String) -> String {
        var out = ""
        for ch in SafeText.lines(s) {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// One content line folded (RFC 5545 §3.1): at most 75 octets a line, continuation
    /// lines starting with a space, never splitting a UTF-8 sequence; CRLF after each.
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let n = String(scalar).utf8.count
            if octets + n > limit {
                out += "\r\n "
                octets = 0
                limit = 74
            }
            out.unicodeScalars.append(scalar)
            octets += n
        }
        return out + "\r\n"
    }
}
