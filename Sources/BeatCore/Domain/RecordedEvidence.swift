/// The figures an evaluation was made on, recorded with it (in the journal line that closes
/// the plan and in the plan's evaluation), so that data added later — a late contact, a
/// re-imported month of police figures — never changes what a closed plan was judged on.
///
/// The periods: the plan's start through the closing day (or its end, if earlier), against
/// the same number of days just before it.
public struct RecordedEvidence: Codable, Hashable, Sendable {
    public var from: Day
    public var to: Day
    public var beforeFrom: Day
    public var beforeTo: Day
    /// Residents' contacts in the plan's district and category.
    public var inCategory: CountChange
    /// All residents' contacts in the plan's district.
    public var inDistrict: CountChange
    /// The plan's tasks done, and all of them but the cancelled, at the end of `to`'s day
    /// of closing.
    public var tasksDone: Int
    public var tasksTotal: Int
    /// The district's first recorded contact, when it falls inside the period before.
    public var recordsFrom: Day?
    /// Police figures of the plan's category and district (nil: none imported for the periods;
    /// written only when there are some).
    public var police: PoliceEvidence?
    /// The district's survey rounds before and after (nil: none).
    public var survey: SurveyEvidence?
}
