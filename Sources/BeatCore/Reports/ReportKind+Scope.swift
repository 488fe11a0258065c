extension ReportKind {
    /// How much of the store the report reads: the progress and plan reports never look at
    /// the contact log, so they leave a city station's 300,000 contacts unread.
    public var scope: LoadScope {
        self == .progress || self == .plan ? .reference : .all
    }
}
