/// The catalogue, continued: a rejected change as a sentence.
extension L10n {
    /// Why a change was refused, in the current language.
    public static func rejection(_ r: Rejection) -> String {
        switch r {
        case .unknownOfficer(let id): return unknownOfficer(id)
        case .inactiveOfficer(let id): return inactiveOfficer(id)
        case .unknownDistrict(let id): return unknownDistrict(id)
        case .unknownBeat(let id): return unknownBeat(id)
        case .beatNotInDistrict(let beat, let district): return beatNotInDistrict(beat, district)
        case .unknownTeam(let id): return unknownTeam(id)
        case .unknownPartner(let id): return unknownPartner(id)
        case .partnerNotInTeam(let id, let district): return partnerNotInTeam(id, district)
        case .nominatorMissing(let id): return nominatorMissing(id)
        case .unknownPlan(let id): return unknownPlan(id)
        case .planClosed(let id): return planClosed(id)
        case .planAlreadyClosed(let id): return planAlreadyClosed(id)
        case .planCloseNeedsEvaluation(let id): return planCloseNeedsEvaluation(id)
        case .planNotClosed(let id): return planNotClosed(id)
        case .planDistrictMismatch(let plan, let district): return planDistrictMismatch(plan, district)
        case .planStillLinked(let id, let tasks, let meetings): return planStillLinked(id, tasks: tasks, meetings: meetings)
        case .periodInverted(let start, let end): return periodInverted(start, end)
        case .dueBeforePlanStart(let due, let start): return dueBeforePlanStart(due, start)
        case .dueAfterPlanEnd(let due, let end): return dueAfterPlanEnd(due, end)
        case .planNotDraft(let p): return planNotDraft(p)
        case .nextMeetingNotAfter(let next, let day): return nextMeetingNotAfter(next, day)
        case .nextPlanTooEarly(let start, let plan, let oldStart): return nextPlanTooEarly(start, plan, oldStart)
        case .unknownTask(let id): return unknownTask(id)
        case .taskClosedForEdit(let id): return taskClosedForEdit(id)
        case .taskStillLinked(let id, let contacts, let meetings, let continuations):
            return taskStillLinked(id, contacts: contacts, meetings: meetings, continuations: continuations)
        case .taskListedTwice: return taskListedTwice
        case .taskNotOfPlan(let task, let plan): return taskNotOfPlan(task, plan)
        case .taskNotOpenToCarry(let task, let status): return taskNotOpenToCarry(task, status)
        case .taskLinkedToMeetingMismatch(let id): return taskLinkedToMeetingMismatch(id)
        case .reasonRequired(let status): return reasonRequired(status)
        case .sameStatus(let id, let status): return sameStatus(id, status)
        case .transitionNotAllowed(let id, let from, let to): return transitionNotAllowed(id, from, to)
        case .unknownNote(let task, let index): return unknownNote(task, index)
        case .unknownContact(let id): return unknownContact(id)
        case .contactInFuture(let t): return contactInFuture(t)
        case .followUpBeforeContact(let f, let d): return followUpBeforeContact(f, d)
        case .unknownMeeting(let id): return unknownMeeting(id)
        case .meetingClosuresFixed(let id): return meetingClosuresFixed(id)
        case .notAPseudonym(let s): return notAPseudonym(s)
        case .empty(let f): return empty(field(f))
        case .tooLong(let f, let limit, let actual): return tooLong(field(f), limit, actual)
        case .tooMany(let f, let limit, let actual): return tooMany(field(f), limit, actual)
        case .negative(let f): return negative(field(f))
        case .numberOutOfRange(let n): return numberOutOfRange(n)
        case .badID(let id): return badID(id)
        case .duplicateID(let kind, let id): return duplicateID(kind, id)
        }
    }

    /// A field's name, as a rejection names it.
    public static func field(_ f: Rejection.Field) -> String {
        switch f {
        case .address: return fieldAddress
        case .badge: return fieldBadge
        case .city: return fieldCity
        case .description: return fieldDescription
        case .email: return fieldEmail
        case .goal: return fieldGoal
        case .measure: return fieldMeasure
        case .minutes: return fieldMinutes
        case .name: return fieldName
        case .note: return fieldNote
        case .organisation: return fieldOrganisation
        case .partners: return fieldPartners
        case .phone: return fieldPhone
        case .place: return fieldPlace
        case .rank: return fieldRank
        case .reason: return fieldReason
        case .residents: return fieldResidents
        case .street: return fieldStreet
        case .summary: return fieldSummary
        case .text: return fieldText
        case .threat: return fieldThreat
        case .title: return fieldTitle
        }
    }
}
