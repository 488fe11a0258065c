/// Why the domain rules refused a change (`BeatError.rejected`): a value a test can compare,
/// `.rejected(.unknownOfficer("x"))`, and the catalogue renders as a sentence
/// (`L10n.rejection`) in the language in force when it is shown.
public enum Rejection: Equatable, Sendable {
    /// A field a rejection names (a record's text, a count).
    public enum Field: String, CaseIterable, Sendable {
        case address, badge, city, description, email, goal, measure, minutes, name, note, organisation, partners, phone,
             place, rank, reason, residents, street, summary, text, threat, title, unit, when
        case count, respondents, question, answer, signatory
    }

    // People and places
    case unknownOfficer(String)
    case inactiveOfficer(String)
    case unknownDistrict(String)
    case unknownBeat(String)
    /// A beat, and the district it is not in.
    case beatNotInDistrict(String, String)
    case unknownTeam(String)
    case unknownPartner(String)
    /// A team member, and the district whose team they are not in.
    case partnerNotInTeam(String, String)
    /// A designated contact without the member who nominated them.
    case nominatorMissing(String)

    // Plans
    case unknownPlan(Int)
    /// The plan is closed: it takes no new tasks.
    case planClosed(Int)
    case planAlreadyClosed(Int)
    /// A plan is closed by its evaluation, not by a status.
    case planCloseNeedsEvaluation(Int)
    case planNotClosed(Int)
    /// Evidence recorded with an evaluation that cannot be the plan's (its period or counts).
    case evidenceNotThePlans(Int)
    /// A plan, and the district it does not belong to.
    case planDistrictMismatch(Int, String)
    case planStillLinked(Int, tasks: [Int], meetings: [Int])
    /// A period's start and its end before it.
    case periodInverted(Day, Day)
    /// A due day, and the start of the plan it falls before.
    case dueBeforePlanStart(Day, Day)
    /// A carried task's chosen due day, and the end of the next plan it falls after.
    case dueAfterPlanEnd(Day, Day)
    /// A meeting adopts a plan that is not a draft.
    case planNotDraft(Int)
    /// The next meeting's day, and the meeting's own day it is not after.
    case nextMeetingNotAfter(Day, Day)
    /// The next plan's start, the plan it follows and that plan's start.
    case nextPlanTooEarly(Day, Int, Day)

    // Tasks
    case unknownTask(Int)
    case taskClosedForEdit(Int)
    case taskStillLinked(Int, contacts: [Int], meetings: [Int], continuations: [Int] = [])
    case taskListedTwice
    /// A task, and the plan it is not of.
    case taskNotOfPlan(Int, Int)
    case taskNotOpenToCarry(Int, TaskStatus)
    /// A meeting decision names a task that does not exist.
    case taskLinkedToMeetingMismatch(Int)
    /// Closing with this status needs a reason.
    case reasonRequired(TaskStatus)
    case sameStatus(Int, TaskStatus)
    /// A task, and the status change its rules do not allow.
    case transitionNotAllowed(Int, TaskStatus, TaskStatus)
    /// A task, and the index of the note it does not have.
    case unknownNote(Int, Int)

    // Contacts and meetings
    case unknownContact(Int)
    case contactInFuture(Timestamp)
    /// A follow-up day, and the day of the contact it falls before.
    case followUpBeforeContact(Day, Day)
    case unknownMeeting(Int)
    /// A recorded meeting's plan closures cannot be changed.
    case meetingClosuresFixed(Int)
    case notAPseudonym(String)

    // The threat register
    case unknownThreat(Int)
    /// A threat, its status and the one asked for, which its rules do not allow.
    case threatTransitionNotAllowed(Int, from: ThreatStatus, to: ThreatStatus)
    case threatReportedInFuture(Day)
    /// An anonymous threat from a contact that names a resident or promises a call-back.
    case anonymousThreatNamesResident(Int)
    /// A threat whose last step is not one that can be taken back to the status asked.
    case threatNothingToTakeBack(Int)
    /// A threat that has moved on, or that plans name: it stays on the register.
    case threatStillUsed(Int, plans: [Int])

    // Police figures and surveys
    case figuresMonthTwice
    /// An import that does not name the months it replaces (the months the store holds).
    case figuresReplaceMismatch([Month])
    case figureOutsideMonths(Month)
    case figureRepeated(Month, String, String?, ThreatCategory, PoliceFigureKind)
    case unknownSurvey(Int)
    case surveyRoundTwice(String, Day)
    /// A district and day that already have a round (its number), not named as replaced.
    case surveyRoundExists(String, Day, Int)
    case surveyNoRespondents
    case unknownSurveyAnswer(SurveyQuestion, String)
    case surveyAnswerTwice(SurveyQuestion, String)
    /// A question, its answer (nil: all its answers together), the count and the respondents.
    case surveyCountAboveRespondents(SurveyQuestion, String?, Int, Int)

    // Values
    case empty(Field)
    /// The field, its limit and its length.
    case tooLong(Field, Int, Int)
    /// The field, its limit and its count.
    case tooMany(Field, Int, Int)
    case negative(Field)
    case numberOutOfRange(Int)
    case badID(String)
    /// The kind of record, and the id it repeats.
    case duplicateID(String, String)

    // The station's own data
    case unknownOrganisation(String)
    /// A street, and the beat that already has it.
    case streetInOtherBeat(String, String)
    case streetListedTwice(String)
    /// A beat number, its district, and the beat that already has it.
    case beatNumberTaken(Int, String, String)
    /// A login, and the officer who already has it.
    case loginTaken(String, String)
    case badLogin(String)
    /// An officer leaving with open tasks needs someone to take them over; the count.
    case handoverNeeded(String, Int)
    /// An officer cannot hand their tasks over to themselves.
    case handoverToSelf(String)
    case officerAlreadyInactive(String)
    /// A team member still named somewhere: tasks, meetings, contacts, members they nominated.
    case memberStillLinked(String, tasks: [Int], meetings: [Int], contacts: [Int], nominated: [String])
    /// A team that cannot move district: its meetings, and tasks its members are on.
    case teamStillLinked(String, meetings: [Int], tasks: [Int])
    /// A task, and the index of the support card it does not have.
    case unknownSupport(Int, Int)
    /// A task, and the index of a support card that is not an open request.
    case supportNotOpen(Int, Int)
    /// The day support was given, and the day it was asked for, after it.
    case supportGivenBeforeAsked(Day, Day)
    /// A change that has no place in an import (by its name).
    case notImportable(String)
}
