/// Which tasks to show: the filters of `beat task list` and the Zadania screen.
public struct TaskQuery: Sendable, Equatable {
    public var statuses: Set<TaskStatus> = []
    public var officer: String?
    public var district: String?
    public var plan: Int?
    public var overdueOnly = false
    /// Words that must all appear in the title, description or notes (case and Polish letters
    /// ignored: "slupki" finds "słupki").
    public var text = "" {
        didSet { search = FoldedSearch(text) }
    }
    /// `text` folded once, not once per task.
    private var search = FoldedSearch("")

    public init(statuses: Set<TaskStatus> = [], officer: String? = nil, district: String? = nil, plan: Int? = nil,
                overdueOnly: Bool = false, text: String = "") {
        self.statuses = statuses
        self.officer = officer
        self.district = district
        self.plan = plan
        self.overdueOnly = overdueOnly
        self.text = text
        search = FoldedSearch(text)
    }

    public func matches(_ t: PlanTask, today: Day) -> Bool {
        if !statuses.isEmpty && !statuses.contains(t.status) { return false }
        if let o = officer, t.assignee != o { return false }
        if let d = district, t.district != d { return false }
        if let p = plan, t.plan != p { return false }
        if overdueOnly && !t.isOverdue(on: today) { return false }
        for k in search.words.indices {
            if search.contains(t.title, word: k) || search.contains(t.description, word: k)
                || t.notes.contains(where: { search.contains($0.text, word: k) }) { continue }
            return false
        }
        return true
    }

    /// The matching tasks of `model`, in id order.
    public func run(_ model: Model, today: Day) -> [PlanTask] {
        // No filter: the model's own array, shared rather than copied task by task.
        if self == TaskQuery() { return model.tasks }
        return model.tasks.filter { matches($0, today: today) }
    }
}

/// Which contacts to show: the filters of `beat contact list` and the Kontakty screen.
public struct ContactQuery: Sendable, Equatable {
    public var officer: String?
    public var district: String?
    public var category: ThreatCategory?
    public var since: Day?
    public var until: Day?
    public var text = "" {
        didSet { prepare() }
    }
    /// `text` made ready for matching 300,000 contacts: its words lowercased once, and the
    /// categories whose Polish names hold each word.
    private(set) var search = FoldedSearch("")
    private(set) var categoriesByWord: [Set<ThreatCategory>] = []

    public init(officer: String? = nil, district: String? = nil, category: ThreatCategory? = nil,
                since: Day? = nil, until: Day? = nil, text: String = "") {
        self.officer = officer
        self.district = district
        self.category = category
        self.since = since
        self.until = until
        self.text = text
        prepare()
    }

    private mutating func prepare() {
        search = FoldedSearch(text)
        categoriesByWord = search.words.indices.map { k in
            Set(ThreatCategory.allCases.filter { search.contains($0.polishName, word: k) })
        }
    }

    public func matches(_ c: ResidentContact) -> Bool {
        matchesFields(c) && matchesText(c)
    }

    /// Whether the query filters anything but text.
    var filtersFields: Bool { officer != nil || district != nil || category != nil || since != nil || until != nil }

    /// The filters apart from the text: officer, district, category, days.
    func matchesFields(_ c: ResidentContact) -> Bool {
        if let o = officer, c.officer != o { return false }
        if let d = district, c.district != d { return false }
        if let k = category, c.category != k { return false }
        if since != nil || until != nil {
            let day = c.time.day
            if let s = since, day < s { return false }
            if let u = until, day > u { return false }
        }
        return true
    }

    /// The text alone: every word in the summary, the place, the category's name or the resident's name.
    func matchesText(_ c: ResidentContact) -> Bool {
        // Every word in the summary, the place, the category's name or the resident's name
        // (a word has no spaces, so it never spans two of them).
        for k in search.words.indices {
            if categoriesByWord[k].contains(c.category) { continue }
            if search.contains(c.summary, word: k) || search.contains(c.place, word: k) { continue }
            if let name = c.resident?.name, search.contains(name, word: k) { continue }
            return false
        }
        return true
    }

    /// Whether every contact this query matches is matched by `wider` too: the same
    /// filters, and each of `wider`'s words inside one of this query's words (typing more
    /// of a word narrows the list).
    public func narrows(_ wider: ContactQuery) -> Bool {
        guard officer == wider.officer, district == wider.district, category == wider.category, since == wider.since,
              until == wider.until, search.plainWords, wider.search.plainWords else { return false }
        return wider.search.words.allSatisfy { w in search.words.contains { FoldedSearch.bytes($0, contain: w) } }
    }

    /// The matching contacts of `model`, newest first.
    public func run(_ model: Model) -> [ResidentContact] {
        model.contacts.filter(matches).sorted { ($0.time, $0.id) > ($1.time, $1.id) }
    }
}
