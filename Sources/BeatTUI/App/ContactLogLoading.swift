/// The interface's first frame comes from the reference data; the contact log is read after
/// it (`Store.loadRestInBackground`). Meanwhile nothing shows a figure of the contact log
/// that would turn out wrong, and keys that could act on it wait for it.
extension ScreenID {
    /// Screens made of the contact log (the log itself, the meeting's review): they say they are loading.
    var showsContactLog: Bool { self == .contacts || self == .meeting }
    /// Screens whose keys can reach the contact log (a follow-up on the dashboard, a plan's
    /// evidence): their keys wait for it. The task list and the teams never need it.
    var actsOnContactLog: Bool { self != .tasks && self != .teams }
}
