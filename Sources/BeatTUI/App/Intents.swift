import BeatCore

/// What an open form is for; decides what its fields become when saved.
enum FormPurpose: Equatable, Sendable {
    case addTask(plan: Int?)
    case editTask(Int)
    case statusReason(task: Int, status: TaskStatus)
    case note(task: Int)
    case taskFilter
    case addContact
    case editContact(Int)
    case contactFilter
    case addPlan
    case editPlan(Int)
    case addMember(team: String)
    case editMember(team: String, member: String)
    case evaluatePlan(Int)
    case nextPlan(Int)
    /// The meeting review: which team, since when.
    case reviewScope
    /// A decision of the meeting being recorded (nil: a new one; else its place in the list).
    case decision(index: Int?)
    case taskDecision(index: Int?, team: String)
    case goalDealtWith(index: Int?)
    /// The meeting's day and minutes.
    case meetingRecord
}

/// What an open picker is for.
enum PickerPurpose: Equatable, Sendable {
    case taskStatus(task: Int)
    case reassign(task: Int)
    case whoAmI
}

/// What a confirmation is for.
enum ConfirmPurpose: Equatable, Sendable {
    case followUpDone(contact: Int)
    case recordMeeting(MeetingDraft)
    /// Quitting while a meeting is being recorded and not yet saved.
    case quitWithDraft
}

/// What a saved form turns into.
enum Submission {
    /// Changes to persist as one undo step, and what to say when they are saved.
    case changes([Change], message: String)
    /// Something is missing or wrong in the form itself: say so and keep it open.
    case invalid(String)
    /// A filter or another change of the view only: nothing is saved.
    case view((inout AppState) -> Void)
}

extension FormPurpose {
    /// Turns the form's fields into what saving means for this purpose.
    func submit(_ form: Form, ctx: ScreenContext) -> Submission {
        switch self {
        case .addTask, .editTask, .statusReason, .note, .taskFilter:
            return TaskForms.submit(form, purpose: self, ctx: ctx)
        case .addContact, .editContact, .contactFilter:
            return ContactForms.submit(form, purpose: self, ctx: ctx)
        case .addPlan, .editPlan, .evaluatePlan, .nextPlan:
            return PlanForms.submit(form, purpose: self, ctx: ctx)
        case .reviewScope, .decision, .taskDecision, .goalDealtWith, .meetingRecord:
            return MeetingForms.submit(form, purpose: self, ctx: ctx)
        case .addMember, .editMember:
            return TeamForms.submit(form, purpose: self, ctx: ctx)
        }
    }
}

/// Reading typed values out of form fields, with the messages for bad ones.
enum FieldValue {
    static func day(_ text: String, field: String) -> Result<Day?, FieldError> {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return .success(nil) }
        if let d = Day(t) { return .success(d) }
        // 22.11.2026, as familiar on Polish screens.
        let parts = t.split(separator: ".")
        if parts.count == 3, let dd = Int(parts[0]), let mm = Int(parts[1]), let yy = Int(parts[2]), let d = Day(year: yy, month: mm, day: dd) {
            return .success(d)
        }
        return .failure(FieldError(message: L10n.badDayInField(field, t)))
    }

    static func time(_ text: String, field: String, today: Day, offset: Int) -> Result<Timestamp, FieldError> {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let ts = Timestamp(t) { return .success(ts) }
        // "2026-11-21 18:30", "21.11.2026 18:30" or just "18:30" (today).
        let parts = t.split(separator: " ")
        var day = today
        var clock = t
        if parts.count == 2 {
            guard case .success(let d?) = FieldValue.day(String(parts[0]), field: field) else {
                return .failure(FieldError(message: L10n.badTimeInField(field, t)))
            }
            day = d
            clock = String(parts[1])
        }
        let hm = clock.split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0..<24).contains(h), (0..<60).contains(m) else {
            return .failure(FieldError(message: L10n.badTimeInField(field, t)))
        }
        return .success(Timestamp(day: day, hour: h, minute: m, offsetMinutes: offset))
    }

    /// The time as a person types it: `2026-11-22 08:15`.
    static func format(_ t: Timestamp) -> String { t.day.description + " " + t.hourMinute }
}

struct FieldError: Error {
    var message: String
}

import Foundation
