extension ReportKind {
    /// `letter`: *list dzielnicowego*, a one-page letter from the dzielnicowy to the
    /// residents of their beat — who he is and how to reach him, what residents raised (by
    /// category, in counts) and what was done, what comes next. Plain words, no personal
    /// data. Period default: the last three months.
    public static let letter = ReportKind(id: "letter", accepts: [.period], requires: [.officer],
                                          summary: { L10n.reportPurposeLetter }, build: LetterReport.build)
}

enum LetterReport {
    /// At most this many lines in each list, so the letter stays on one page.
    static let listLimit = 5
    static let nextLimit = 3

    static func build(_ c: ReportContext) throws -> ReportDocument {
        guard let id = c.options.officer, let o = c.model.officer(id) else { throw BeatError.usage(L10n.reportNeedsOfficer("letter")) }
        let (from, to) = c.period(from: c.today.adding(months: -3).adding(days: 1), to: c.today)
        let beat = o.beat.flatMap(c.model.beat)
        let district = c.model.district(beat?.district ?? o.district)
        let streets = beat?.streets ?? district?.streets ?? []
        let city = district?.city ?? ""

        // What the residents of the beat raised: its contacts (or the officer's, without a beat).
        let raised = c.model.contacts.filter { k in
            let d = k.time.day
            return d >= from && d <= to && (beat.map { k.beat == $0.id } ?? (k.officer == id))
        }
        var counts: [ThreatCategory: Int] = [:]
        for k in raised { counts[k.category, default: 0] += 1 }
        let ranked = Ranking.categories(counts)
        let mine = c.model.tasks.filter { $0.assignee == id }
        let done = mine.filter { c.doneBetween($0, from, to) }.sorted { ($0.closedOn!, $0.id) < ($1.closedOn!, $1.id) }
        let next = mine.filter { $0.isOpen && $0.due != nil && $0.due! >= c.today }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }

        let header = [
            ReportField("to", L10n.letterTo, .text(L10n.letterAddressees(beat, district?.name ?? o.district))),
            ReportField("streets", L10n.reportStreets, .text(streets.joined(separator: ", "))),
            ReportField("from", L10n.letterFrom, .text(o.title + ", " + L10n.post(of: o))),
            ReportField("date", L10n.letterDate, .text((city.isEmpty ? "" : city + ", ") + L10n.longDate(c.today))),
        ]
        var blocks: [ReportBlock] = [
            .paragraph(L10n.letterGreeting),
            .paragraph(L10n.letterIntro(o, from, to)),
            .heading(L10n.letterHowToReach, level: 2),
            .fields([ReportField("phone", L10n.colPhone, .text(o.phone)), ReportField("email", L10n.reportColEmail, .text(o.email)),
                     ReportField("emergency", L10n.letterEmergencyLabel, .text(L10n.letterEmergency))]),
            .heading(L10n.letterWhatYouRaised, level: 2),
        ]
        var concerns = ReportTable(id: "concerns", columns: [
            ReportColumn("category", L10n.colCategory, role: .data), ReportColumn("categoryId", "ID", role: .data),
            ReportColumn.number("contacts", L10n.reportColContacts, role: .data),
        ], emptyText: "")
        for (cat, n) in ranked { concerns.rows.append([.text(L10n.categoryName(cat)), .text(cat.rawValue), .int(n)]) }
        blocks.append(.table(concerns))
        if raised.isEmpty {
            blocks.append(.paragraph(L10n.letterNothingRaised))
        } else {
            blocks.append(.paragraph(L10n.letterRaisedIntro(raised.count)))
            // "inne" is not a concern a reader recognises: it joins the rest at the end.
            let named = ranked.filter { $0.0 != .other }
            var items = named.prefix(listLimit).map { L10n.letterConcern(L10n.categoryName($0.0), $0.1) }
            let rest = named.dropFirst(listLimit).reduce(0) { $0 + $1.1 } + (counts[.other] ?? 0)
            if rest > 0 { items.append(L10n.letterOtherConcerns(rest)) }
            blocks.append(.list(items))
        }
        blocks.append(.heading(L10n.letterWhatWasDone, level: 2))
        // Task titles are the officers' words: what they abbreviate is spelled out below them.
        var quoted: [String] = []
        if done.isEmpty {
            blocks.append(.paragraph(L10n.letterNothingDone))
        } else {
            quoted += done.prefix(listLimit).map { c.titleWithHolder($0) }
            var items = done.prefix(listLimit).map { L10n.longDate($0.closedOn!, year: c.today.year) + ": " + c.titleWithHolder($0) }
            if done.count > listLimit { items.append(L10n.letterMoreDone(done.count - listLimit)) }
            blocks.append(.list(items))
        }
        if !next.isEmpty {
            blocks.append(.heading(L10n.letterWhatsNext, level: 2))
            quoted += next.prefix(nextLimit).map { c.titleWithHolder($0) }
            blocks.append(.list(next.prefix(nextLimit).map { L10n.letterDueBy($0.due!, year: c.today.year) + " " + c.titleWithHolder($0) }))
        }
        if let note = L10n.letterAbbreviationsNote(quoted) { blocks.append(.paragraph(note)) }
        blocks.append(.paragraph(L10n.letterClosing))
        blocks.append(.paragraph(L10n.letterRegards))
        blocks.append(.lines([o.title, L10n.letterSignature(o, beat)]))

        return ReportDocument(kind: "letter", title: L10n.reportTitleLetter(o), header: header, blocks: blocks,
                              footer: c.footer(personalData: false), mainTable: "concerns",
                              runningHead: L10n.reportTitleLetter(o) + " · " + o.title, isLetter: true)
    }
}
