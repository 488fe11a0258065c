import BeatCore

/// What an open form is for, by family; each family's forms decide what their fields become
/// when saved, every case handled.
enum FormPurpose: Equatable, Sendable {
    case task(TaskFormPurpose)
    case contact(ContactFormPurpose)
    case plan(PlanFormPurpose)
    case team(TeamFormPurpose)
    case meeting(MeetingFormPurpose)
    case station(StationFormPurpose)
    case threat(ThreatFormPurpose)
    /// A survey round recorded.
    case survey
}

enum ThreatFormPurpose: Equatable, Sendable {
    /// A threat registered, from the contact it came from or not.
    case add(contact: Int?)
    /// A threat moved on.
    case status(Int)
    case filter
}

enum TaskFormPurpose: Equatable, Sendable {
    case add(plan: Int?)
    case edit(Int)
    case statusReason(task: Int, status: TaskStatus)
    case note(task: Int)
    case filter
    /// Support from another unit recorded on a task: given, or asked for.
    case support(task: Int)
    /// An open request (by its place among the task's cards) was given.
    case supportGiven(task: Int, index: Int)
}

enum ContactFormPurpose: Equatable, Sendable {
    case add
    case edit(Int)
    case filter
}

enum PlanFormPurpose: Equatable, Sendable {
    case add
    case edit(Int)
    case evaluate(Int)
    case next(Int)
}

enum TeamFormPurpose: Equatable, Sendable {
    case addMember(team: String)
    case editMember(team: String, member: String)
}

enum MeetingFormPurpose: Equatable, Sendable {
    /// The meeting review: which team, since when.
    case scope
    /// A decision of the meeting being recorded (nil: a new one; else its place in the list).
    case decision(index: Int?)
    case taskDecision(index: Int?, team: String)
    case goalDealtWith(index: Int?)
    /// The meeting's day and minutes.
    case record
}

/// What an open picker is for.
enum PickerPurpose: Equatable, Sendable {
    case taskStatus(task: Int)
    case reassign(task: Int)
    case whoAmI
    /// A new support card, or one of the task's open requests given.
    case support(task: Int)
    /// Screen 5: a member of the team chosen, or a new team.
    case addToTeams
}

/// What a confirmation is for.
enum ConfirmPurpose: Equatable, Sendable {
    case followUpDone(contact: Int)
    case recordMeeting(MeetingDraft)
    /// Quitting while a meeting is being recorded and not yet saved.
    case quitWithDraft
    /// Saving a form whose content contradicts the evidence (the form, to submit confirmed or go back to).
    case submitAnyway(Form)
    /// Showing residents' summaries on the meeting screen, which the room sees.
    case showSummaries
    case removeMember(team: String, member: String)
    /// A map report just logged: register the threat it names?
    case registerThreat(contact: Int)
}

/// What a saved form turns into.
enum Submission {
    /// Changes to persist as one undo step, what to say when they are saved, and what the
    /// screens learn once they are.
    case changes([Change], message: String, then: AppEvent? = nil)
    /// Something in the form is missing or wrong: say so, on its field, and keep it open.
    case invalid(FieldError)
    /// A filter or another change of the view only: nothing is saved.
    case event(AppEvent)
    /// What the form holds contradicts what the officer decides on: ask this first; on yes
    /// the form is submitted again, confirmed (`Form.confirmed`), on no it is back as it was.
    case confirm(String)

    /// Why a form is not saved yet: a field at fault, or a question to ask first.
    enum Refusal: Error {
        case invalid(FieldError)
        case ask(String)

        var submission: Submission {
            switch self {
            case .invalid(let e): return .invalid(e)
            case .ask(let q): return .confirm(q)
            }
        }
    }
}

extension FormPurpose {
    /// The focus left `field`: what the form fills in from it (a contact's district from its street).
    func left(_ field: FieldID, in form: inout Form, ctx: ScreenContext) {
        switch (self, field) {
        case (.contact(.add), .place), (.contact(.edit), .place): ContactForms.placed(&form, ctx: ctx)
        default: break
        }
    }

    /// Turns the form's fields into what saving means for this purpose.
    func submit(_ form: Form, ctx: ScreenContext) -> Submission {
        switch self {
        case .task(let p): return TaskForms.submit(form, purpose: p, ctx: ctx)
        case .contact(let p): return ContactForms.submit(form, purpose: p, ctx: ctx)
        case .plan(let p): return PlanForms.submit(form, purpose: p, ctx: ctx)
        case .team(let p): return TeamForms.submit(form, purpose: p, ctx: ctx)
        case .meeting(let p): return MeetingForms.submit(form, purpose: p, ctx: ctx)
        case .station(let p): return StationForms.submit(form, purpose: p, ctx: ctx)
        case .threat(let p): return ThreatForms.submit(form, purpose: p, ctx: ctx)
        case .survey: return SurveyForms.submit(form, ctx: ctx)
        }
    }
}

/// The fields of Beat's forms, by what they hold.
enum FieldID: String, Sendable {
    case title, description, assignee, plan, due, priority, partner, reason, text, note, status, officer, district, overdue
    case summary, category, channel, place, time, resident, residentPhone, followUp, task, since, until
    case team, decision, outcome, day, minutes, nextDay, nextPlace
    case what, when, who, sources, goal, goalDescription, measure, partners, start, end
    case threats, addThreat, theme, source, anonymous
    case respondents, verySafe, ratherSafe, ratherUnsafe, veryUnsafe, hardToSay, concerns, replaces
    case name, role, organisation, phone, email, nominatedBy
    case id, rank, badge, beat, gender, login, city, residents, number, streets, kind, holder, with, unit, handover, requested
}

/// Reading typed values out of form fields; a bad one names its field by its label on screen.
enum FieldValue {
    /// The day typed in `field` (nil when empty): `2026-11-22` or `22.11.2026`.
    static func day(_ form: Form, _ field: FieldID, today: Day) -> Result<Day?, FieldError> {
        let t = form.text(field).trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return .success(nil) }
        if let d = parseDay(t) { return .success(d) }
        return .failure(FieldError(field, L10n.badDayInField(form.label(field), t, example: today.adding(days: 7))))
    }

    /// The day typed in `field`, which must not be empty.
    static func requiredDay(_ form: Form, _ field: FieldID, today: Day) -> Result<Day, FieldError> {
        day(form, field, today: today).flatMap { d in
            d.map { .success($0) } ?? .failure(FieldError(field, L10n.empty(form.label(field))))
        }
    }

    /// 2026-11-22, or 22.11.2026 as familiar on Polish screens.
    static func parseDay(_ t: String) -> Day? {
        if let d = Day(t) { return d }
        let parts = t.split(separator: ".")
        if parts.count == 3, let dd = Int(parts[0]), let mm = Int(parts[1]), let yy = Int(parts[2]) { return Day(year: yy, month: mm, day: dd) }
        return nil
    }

    /// "2026-11-21 18:30", "21.11.2026 18:30" or just "18:30" (today).
    static func time(_ form: Form, _ field: FieldID, today: Day, offset: Int) -> Result<Timestamp, FieldError> {
        let t = form.text(field).trimmingCharacters(in: .whitespaces)
        if let ts = Timestamp(t) { return .success(ts) }
        let bad = FieldError(field, L10n.badTimeInField(form.label(field), t, example: Timestamp(day: today, hour: 18, minute: 30, offsetMinutes: offset)))
        let parts = t.split(separator: " ")
        var day = today
        var clock = t
        if parts.count == 2 {
            guard let d = parseDay(String(parts[0])) else { return .failure(bad) }
            day = d
            clock = String(parts[1])
        }
        let hm = clock.split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0..<24).contains(h), (0..<60).contains(m) else { return .failure(bad) }
        return .success(Timestamp(day: day, hour: h, minute: m, offsetMinutes: offset))
    }

    /// The text of `field`, trimmed; refused when empty.
    static func required(_ form: Form, _ field: FieldID, trimming: CharacterSet = .whitespaces) -> Result<String, FieldError> {
        let t = form.text(field).trimmingCharacters(in: trimming)
        return t.isEmpty ? .failure(FieldError(field, L10n.empty(form.label(field)))) : .success(t)
    }

    /// The time as a person types it: `2026-11-22 08:15`.
    static func format(_ t: Timestamp) -> String { t.day.description + " " + t.hourMinute }
}

/// Why a form cannot be saved: the field at fault (focused when the form says so) and the
/// whole sentence.
struct FieldError: Error, Equatable {
    var field: FieldID?
    var message: String

    init(_ field: FieldID?, _ message: String) {
        self.field = field
        self.message = message
    }
}

extension FieldError {
    /// A change the model refused, said of the form's field where the form has it: named
    /// by its label on screen and focused (the model names fields its own way).
    init(_ error: BeatError, in form: Form) {
        guard case .rejected(let r) = error else { self.init(nil, error.message); return }
        func has(_ ids: [FieldID]) -> FieldID? { ids.first { id in form.fields.contains { $0.id == id } } }
        switch r {
        case .empty(let f), .tooLong(let f, _, _), .tooMany(let f, _, _), .negative(let f):
            guard let id = has(FieldError.fields(f)) else { self.init(nil, error.message); return }
            let label = form.label(id)
            switch r {
            case .tooLong(_, let limit, let actual): self.init(id, L10n.tooLong(label, limit, actual))
            case .tooMany(_, let limit, let actual): self.init(id, L10n.tooMany(label, limit, actual))
            case .negative: self.init(id, L10n.negative(label))
            default: self.init(id, L10n.empty(label))
            }
        case .followUpBeforeContact: self.init(has([.followUp]), error.message)
        case .contactInFuture: self.init(has([.time]), error.message)
        case .dueBeforePlanStart, .dueAfterPlanEnd: self.init(has([.due]), error.message)
        case .periodInverted: self.init(has([.end]), error.message)
        case .nextPlanTooEarly: self.init(has([.start]), error.message)
        case .reasonRequired: self.init(has([.reason]), error.message)
        case .unknownOfficer, .inactiveOfficer: self.init(has([.assignee, .officer]), error.message)
        case .unknownThreat: self.init(has([.threats]), error.message)
        default: self.init(nil, error.message)
        }
    }

    /// The form fields that hold what the model calls `f`.
    private static func fields(_ f: Rejection.Field) -> [FieldID] {
        switch f {
        case .summary: return [.summary]
        case .title: return [.title]
        case .description: return [.description]
        case .note: return [.note, .text]
        case .text: return [.text, .decision]
        case .place: return [.place]
        case .name: return [.name, .resident]
        case .reason: return [.reason]
        case .minutes: return [.minutes]
        case .organisation: return [.organisation]
        case .phone: return [.phone, .residentPhone]
        case .email: return [.email]
        case .measure: return [.measure]
        case .goal: return [.goalDescription]
        case .partners: return [.partners]
        case .threat: return [.what]
        case .unit: return [.unit]
        case .badge: return [.badge]
        case .city: return [.city]
        case .rank: return [.rank]
        case .residents: return [.residents]
        case .street: return [.streets]
        case .address, .count, .respondents, .question, .answer, .signatory: return []
        case .when: return [.when]
        }
    }
}

import Foundation
