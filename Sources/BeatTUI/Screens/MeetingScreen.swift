import BeatCore

/// Posiedzenie: the coordination team's meeting, run from the screen — readable projected on
/// a wall, one agenda item at a time (← → or [ ]):
/// 1. progress since the last meeting, plan by plan; 2. what residents raised, against the
/// period before; 3. follow-ups promised to residents; 4. decisions — the last meeting's and
/// where they stand, and this meeting's (a task right there, a plan's goal dealt with);
/// 5. the record — day, who is present, the minutes (`e`: `$EDITOR`) — saved with Ctrl-S as
/// one journalled change, which also makes the decided tasks and closes the plans.
struct MeetingScreen: Screen {
    /// The team under review (nil: the acting officer's district's team, else the first).
    var team: String?
    /// The review's "since" (nil: the team's last meeting).
    var since: Day?
    var section = 0
    /// Sections 1–3 scroll; 4 and 5 have a selection.
    var scroll = 0
    var list = ListView()
    /// The meeting being prepared, until it is recorded.
    var draft = Draft()
    /// The meeting recorded last in this session: shown until another is begun.
    var recorded: Int?
    /// Residents' summaries and exact places on item 3: only after the officer was warned
    /// that the room sees them.
    var showSummaries = false
    private let cache = ReviewCache()

    static let sectionCount = 5

    struct Draft: Equatable, Codable {
        /// The team the draft is for (set with its first entry).
        var team: String?
        var day: Day?
        var attendees: Set<String> = []
        /// Officers present; nil until changed: the officer using Beat.
        var officers: Set<String>?
        var minutes = ""
        var decisions: [DecisionDraft] = []
        /// When and where the team meets next.
        var next: NextMeeting?

        var isEmpty: Bool {
            day == nil && attendees.isEmpty && officers == nil && minutes.isEmpty && decisions.isEmpty && next == nil
        }
    }

    enum Kind: Equatable {
        case none, plan(Int), decision(Int), member(String), officer(String), day, minutes, draftPlan(Int), saved
    }

    /// The meeting just recorded, while no other is begun: the record shows it, not a blank one.
    func savedMeeting(_ ctx: ScreenContext) -> Meeting? {
        guard draft.isEmpty, let id = recorded else { return nil }
        return ctx.model.meeting(id)
    }

    struct Row {
        var text: String
        var style: Style = .normal
        var kind: Kind = .none
    }

    // MARK: What is shown

    func teamID(_ ctx: ScreenContext) -> String? {
        if let t = team, ctx.model.team(t) != nil { return t }
        if let d = ctx.myOfficer?.district, let t = ctx.model.team(forDistrict: d) { return t.id }
        return ctx.model.teams.first?.id
    }

    func review(_ ctx: ScreenContext) -> MeetingReview? {
        guard let id = teamID(ctx) else { return nil }
        let key = ReviewCache.Key(seq: ctx.model.seq, contacts: ctx.model.contacts.count, tasks: ctx.model.tasks.count,
                                  team: id, since: since, today: ctx.today)
        return cache.review(for: key) { try? MeetingReview(model: ctx.model, team: id, since: since, today: ctx.today) }
    }

    /// The plans this meeting's draft closes (leaving out the decision at `index`).
    func closingPlans(except index: Int? = nil) -> Set<Int> {
        Set(draft.decisions.enumerated().compactMap { $0.offset == index ? nil : $0.element.closes?.plan })
    }

    /// The officers who may be ticked present: the district's, the one using Beat, any already ticked —
    /// except an officer the team already lists as its police member (he is ticked there).
    func officerChoices(_ ctx: ScreenContext, team: CoordinationTeam) -> [Officer] {
        let ticked = presentOfficers(ctx)
        let policeMembers = team.members.filter { $0.role == .police }.map(\.name)
        func isMember(_ o: Officer) -> Bool { policeMembers.contains { $0 == o.title || $0.hasSuffix(" " + o.name) || $0 == o.name } }
        return ctx.model.officers.filter { o in
            if o.id == ctx.me || ticked.contains(o.id) { return true }
            return o.active && o.district == team.district && !isMember(o)
        }
            .sorted { PolishCollation.less([$0.surname, $0.name], [$1.surname, $1.name]) }
    }

    func presentOfficers(_ ctx: ScreenContext) -> Set<String> { draft.officers ?? Set(ctx.me.map { [$0] } ?? []) }

    func rows(_ ctx: ScreenContext) -> [Row] {
        guard let r = review(ctx) else { return [Row(text: L10n.noTeams, style: .dim)] }
        // Items 1–3 depend on the review alone: built once per review, section and width (a
        // district's open follow-ups run to thousands at a city station).
        // All three at once, when the review is new: moving between items then costs nothing.
        guard section >= 3 else {
            return cache.rows(section: section, width: ctx.body.width, showSummaries: showSummaries) {
                (0..<3).map { buildRows(ctx, r, section: $0) }
            }
        }
        return buildRows(ctx, r, section: section)
    }

    private func buildRows(_ ctx: ScreenContext, _ r: MeetingReview, section: Int) -> [Row] {
        let w = max(20, ctx.body.width - 1)
        func cut(_ s: String) -> String { DisplayWidth.truncate(SafeText.line(s), to: w) }
        var out: [Row] = []
        func add(_ s: String, _ style: Style = .normal, _ kind: Kind = .none) { out.append(Row(text: cut(s), style: style, kind: kind)) }
        /// A long entry on as many lines as it needs: `lead` then the text, continued under
        /// the text; only its first line is selectable.
        func wrapped(_ lead: String, _ s: String, _ style: Style = .normal, _ kind: Kind = .none) {
            let indent = DisplayWidth.of(lead)
            let lines = DisplayWidth.wrap(SafeText.line(s), width: max(10, w - indent))
            for (i, l) in lines.enumerated() {
                out.append(Row(text: (i == 0 ? lead : String(repeating: " ", count: indent)) + l, style: style, kind: i == 0 ? kind : .none))
            }
        }
        let m = ctx.model
        func who(_ id: String) -> String { m.officer(id)?.surname ?? id }
        // The officer, and the partner holding the task if one does.
        func holder(_ t: PlanTask) -> String { L10n.holderCell(t.holder.map(m.name), who(t.assignee)) }

        switch section {
        case 0:
            if r.plans.isEmpty { add(L10n.reviewNoPlans, .dim) }
            for (i, p) in r.plans.enumerated() {
                if i > 0 { add("") }
                add("P\(p.plan.id) " + p.plan.title, .heading)
                add("  " + L10n.reviewThenShort + " " + ProgressBar.text(done: p.then.done, total: p.then.total) + "  "
                    + L10n.reportDoneOfShort(p.then.done, p.then.total) + "   →   " + L10n.reviewNowShort + " "
                    + ProgressBar.text(done: p.now.done, total: p.now.total) + "  " + L10n.reportDoneOfShort(p.now.done, p.now.total))
                add("  " + L10n.reviewCounts(completed: p.completed.count, moved: p.movedOn.count, overdue: p.overdue.count,
                                             support: p.support.count))
                if p.pastEnd { add("  ⚠ " + L10n.planPastEnd(p.plan.end.description), .warning) }
                if let e = p.plan.evaluation {
                    add("  " + L10n.reviewPlanClosed(p.plan.id, L10n.outcomeName(e.outcome)) + " (" + e.day.description + ")", .good)
                    // The figures the verdict was made on, as recorded with it.
                    add("  " + PlanEvidence(plan: p.plan, model: m, today: ctx.today).summary, .dim)
                }
                // Who, what changed and how late come before the title: a long title is cut, not them.
                for t in p.completed {
                    add("  ✓ " + L10n.no(t.id) + "  " + holder(t) + ", " + (t.closedOn?.description ?? "") + " — " + t.title, .good)
                }
                for mv in p.movedOn {
                    let now = mv.nowText
                    let change = mv.then == mv.task.status && mv.carriedTo == nil ? now : (mv.then.map(L10n.statusName) ?? L10n.reviewNew) + " → " + now
                    add("  → " + L10n.no(mv.task.id) + "  " + change + (mv.notes.isEmpty ? "" : " · " + L10n.notesCount(mv.notes.count)) + " — " + mv.task.title)
                }
                for t in p.overdue {
                    add("  ! " + L10n.no(t.id) + "  " + holder(t) + ", " + L10n.reviewDaysLate(t.due!.days(to: ctx.today)) + " — " + t.title, .overdue)
                }
                for s in p.support {
                    add("  + " + L10n.supportLine(s.support, in: ctx.model) + " (" + L10n.no(s.task) + ")", .dim)
                }
            }
        case 1:
            let k = r.contacts
            add(L10n.reviewContacts + ": " + L10n.reviewCountLine(k.total), .heading)
            add(L10n.reviewPeriods(r.from, r.to, r.beforeFrom, r.beforeTo), .dim)
            func counts(_ n: CountChange) -> (String, String, String) { (String(n.now), String(n.before), L10n.signed(n.change)) }
            // Both tables (by category, by street) in one layout, measured from what they hold.
            let names = k.byCategory.map { L10n.categoryName($0.0) } + k.byStreet.map { $0.0.isEmpty ? L10n.reviewNoPlace : $0.0 }
                + [L10n.reviewByCategory, L10n.reviewByStreet]
            let figures = (k.byCategory.map(\.1) + k.byStreet.map(\.1)).map(counts)
            let columns = [TableColumn("", role: .identity, minWidth: 8), TableColumn(L10n.reviewColNow, alignRight: true),
                           TableColumn(L10n.reviewColBefore, alignRight: true), TableColumn(L10n.reviewColChange, alignRight: true)]
            let ideal = [names.map(DisplayWidth.of).max() ?? 0, figures.map { DisplayWidth.of($0.0) }.max() ?? 0,
                         figures.map { DisplayWidth.of($0.1) }.max() ?? 0, figures.map { DisplayWidth.of($0.2) }.max() ?? 0]
            let table = ListTable(columns, ideal: ideal, width: w - 1)
            func line(_ marker: String, _ name: String, _ a: String, _ b: String, _ c: String) -> String {
                marker + table.row([name, a, b, c], clean: false)
            }
            add("")
            add(line("  ", L10n.reviewByCategory, L10n.reviewColNow, L10n.reviewColBefore, L10n.reviewColChange), .dim)
            for (cat, n) in k.byCategory {
                let marked = k.planCategories.contains(cat)
                let (a, b, c) = counts(n)
                add(line(marked ? "* " : "  ", L10n.categoryName(cat), a, b, c), marked ? .title : .normal)
            }
            if k.byCategory.isEmpty { add("  " + L10n.reviewNoContacts, .dim) }
            if !k.planCategories.isEmpty { add(L10n.reviewPlanCategoryLegend, .dim) }
            add("")
            add(line("  ", L10n.reviewByStreet, L10n.reviewColNow, L10n.reviewColBefore, L10n.reviewColChange), .dim)
            for (street, n) in k.byStreet {
                let (a, b, c) = counts(n)
                add(line("  ", street.isEmpty ? L10n.reviewNoPlace : street, a, b, c))
            }
        case 2:
            let late = r.followUps.filter { $0.followUp! < ctx.today }.count
            add(L10n.reviewFollowUpsLine(r.followUps.count, late: late) + " · " + L10n.reviewFollowUpsKept + ": \(r.followUpsKept)", .heading)
            // The room sees the wall: streets and categories, the summaries only when asked for.
            add(showSummaries ? L10n.summariesShown : L10n.followUpsHiddenNote(KeyMap.key(.showSummaries)), .dim)
            if r.followUps.isEmpty { add("  " + L10n.reviewNoFollowUps, .dim) }
            for c in r.followUps {
                let isLate = c.followUp! < ctx.today
                let place = showSummaries ? c.place : ContactsReview.street(of: c.place)
                add((isLate ? "! " : "  ") + c.followUp!.description + "  " + (place.isEmpty ? L10n.reviewNoPlace : place)
                    + " — " + L10n.categoryName(c.category) + " · " + who(c.officer), isLate ? .overdue : .normal)
                if showSummaries { add("      " + c.summary, .dim) }
            }
        case 3:
            if let mt = r.reviewedMeeting {
                add(L10n.reviewDecisionsOf(mt.id, mt.day), .heading)
                if r.decisions.isEmpty { add("  " + L10n.reviewNoDecisionsShort, .dim) }
                for d in r.decisions {
                    let (state, late, done) = d.state(today: ctx.today, who: holder)
                    let style: Style = late ? .overdue : done ? .good : .normal
                    wrapped(late ? "! " : done ? "✓ " : "· ", d.decision.text + (state.isEmpty ? "" : " — " + state), style)
                }
            } else {
                add(L10n.reviewNoEarlierMeeting, .dim)
            }
            add("")
            add(L10n.reviewGoalsHeading, .heading)
            let closing = Dictionary(draft.decisions.compactMap { $0.closes.map { ($0.plan, $0.outcome) } }, uniquingKeysWith: { a, _ in a })
            let plans = MeetingForms.activePlans(m, district: r.team.district)
            if plans.isEmpty { add("  " + L10n.reviewNoGoals, .dim) }
            for p in plans {
                let planned = p.phase(on: ctx.today) == .planned ? L10n.plannedFrom(p.start) + " · " : ""
                add("  P\(p.id) " + planned + (closing[p.id].map { "✓ " + L10n.outcomeName($0) + " · " } ?? "")
                    + L10n.goalKindName(p.goal.kind) + ": " + p.goal.description, closing[p.id] == nil ? .normal : .good, .plan(p.id))
            }
            // Drafts the team may adopt at this meeting.
            let drafts = r.draftPlans
            if !drafts.isEmpty {
                let adopting = Set(draft.decisions.compactMap(\.adopts))
                add("")
                add(L10n.reviewDraftPlansHeading + " (" + KeyMap.key(.adoptPlan) + ")", .heading)
                for p in drafts {
                    add("  P\(p.id) " + (adopting.contains(p.id) ? "✓ " : "") + p.title, adopting.contains(p.id) ? .good : .normal, .draftPlan(p.id))
                }
            }
            add("")
            if let saved = savedMeeting(ctx) {
                // Just recorded: its decisions, with the tasks they made.
                add(L10n.meetingSavedHeading(saved.id, saved.day), .heading)
                if saved.decisions.isEmpty { add("  " + L10n.reviewNoDecisionsShort, .dim) }
                for (i, d) in saved.decisions.enumerated() {
                    wrapped("  \(i + 1). ", d.text + (d.task.map { " → " + L10n.taskMade($0) } ?? ""), .good)
                }
                return out
            }
            add(L10n.thisMeetingsDecisions, .heading)
            if draft.decisions.isEmpty { add("  " + L10n.noDecisionsYet, .dim) }
            for (i, d) in draft.decisions.enumerated() {
                var text = d.text
                if let t = d.newTask {
                    text += " → " + L10n.decisionTaskSummary(who(t.assignee), t.due, t.plan)
                } else if let c = d.closes {
                    text = "✓ P\(c.plan) " + L10n.outcomeName(c.outcome) + ": " + d.text
                } else if let p = d.adopts {
                    text = "✓ " + L10n.adoptedMark(p) + ": " + d.text
                }
                wrapped("  \(i + 1). ", text, .normal, .decision(i))
            }
        default:
            let teamValue = r.team
            if let saved = savedMeeting(ctx) {
                // Just recorded: the meeting as saved, and how to begin another.
                add(L10n.meetingSavedHeading(saved.id, saved.day) + " " + L10n.newRecordHint(KeyMap.key(.open)), .good, .saved)
                add("")
                let present = teamValue.members.filter { saved.attendees.contains($0.id) }.map { $0.name + " — " + L10n.roleName($0.role, $0.gender) }
                    + saved.officers.map { m.officer($0)?.title ?? $0 }
                add(L10n.presentHeadingSaved(present.count), .heading)
                for p in present { add("  " + p) }
                add("")
                add(saved.next.map { L10n.nextMeetingLine($0.day, $0.place) } ?? L10n.nextMeetingNotSet)
                add("")
                add(L10n.minutesLabel, .heading)
                let lines = saved.minutes.isEmpty ? [] : DisplayWidth.wrap(SafeText.lines(saved.minutes), width: max(10, w - 4))
                if lines.isEmpty { add("  " + L10n.noMinutesYet, .dim) }
                for l in lines.prefix(4) { add("  " + l) }
                if lines.count > 4 { add("  " + L10n.moreLines(lines.count - 4), .dim) }
                add("")
                add(L10n.colDecisions + ": " + L10n.decisionsWithTasks(saved.decisions.count, tasks: saved.decisions.filter { $0.task != nil }.count,
                                                                       closed: saved.decisions.filter { $0.closes != nil }.count))
                for (i, d) in saved.decisions.enumerated() {
                    wrapped("  \(i + 1). ", d.text + (d.task.map { " → " + L10n.taskMade($0) } ?? ""))
                }
                return out
            }
            add(L10n.meetingDayLabel + ": " + (draft.day ?? ctx.today).description, .normal, .day)
            // Set in the same form as the day (Enter on it): one row to select, not two.
            add(draft.next.map { L10n.nextMeetingLine($0.day, $0.place) } ?? L10n.nextMeetingNotSet, draft.next == nil ? .dim : .normal)
            add("")
            let officers = officerChoices(ctx, team: teamValue)
            let present = presentOfficers(ctx)
            let count = teamValue.members.filter { draft.attendees.contains($0.id) }.count + officers.filter { present.contains($0.id) }.count
            add(L10n.presentHeading(count, toggle: KeyMap.key(.toggle)), .heading)
            for p in teamValue.members {
                add("  " + (draft.attendees.contains(p.id) ? "[x] " : "[ ] ") + p.name + " — " + L10n.roleName(p.role, p.gender), .normal, .member(p.id))
            }
            for o in officers {
                add("  " + (present.contains(o.id) ? "[x] " : "[ ] ") + o.title, .normal, .officer(o.id))
            }
            add("")
            add(L10n.minutesHeading(open: KeyMap.key(.open), edit: KeyMap.key(.edit)), .heading)
            let lines = draft.minutes.isEmpty ? [] : DisplayWidth.wrap(SafeText.lines(draft.minutes), width: max(10, w - 4))
            if draft.minutes.isEmpty { add("  " + L10n.noMinutesYet, .dim, .minutes) }
            for l in lines.prefix(4) { add("  " + l, .normal, .minutes) }
            if lines.count > 4 { add("  " + L10n.moreLines(lines.count - 4), .dim, .minutes) }
            add("")
            let tasks = draft.decisions.filter { $0.newTask != nil }.count, closes = draft.decisions.filter { $0.closes != nil }.count
            add(L10n.colDecisions + ": " + L10n.decisionsWithTasks(draft.decisions.count, tasks: tasks, closed: closes))
            add(L10n.recordHint(record: KeyMap.key(.recordMeeting)), .dim)
        }
        return out
    }

    var hasSelection: Bool { section >= 3 }

    func selected(_ ctx: ScreenContext) -> Kind {
        guard hasSelection else { return .none }
        let rs = rows(ctx)
        guard !rs.isEmpty else { return .none }
        return rs[min(list.selected, rs.count - 1)].kind
    }

    // MARK: Keys

    func commands(_ ctx: ScreenContext) -> [Action] {
        guard teamID(ctx) != nil else { return [] }
        let moves: [Action] = [.nextSection, .previousSection]
        let district = ctx.model.team(teamID(ctx)!)!.district
        switch section {
        case 2:
            return [.showSummaries] + moves + [.reviewScope, .recordMeeting, .print]
        case 3:
            var c: [Action] = [.addTask, .add]
            if !MeetingForms.activePlans(ctx.model, district: district).isEmpty { c.append(.goalDealtWith) }
            c.append(.adoptPlan)
            if case .decision = selected(ctx) { c += [.edit, .remove] }
            return c + moves + [.recordMeeting, .reviewScope, .print]
        case 4:
            if savedMeeting(ctx) != nil { return [.open, .recordMeeting] + moves + [.reviewScope, .print] }
            var c: [Action] = []
            switch selected(ctx) {
            case .member, .officer: c.append(.toggle)
            case .day, .minutes: c.append(.open)
            default: break
            }
            return c + [.edit, .recordMeeting] + moves + [.reviewScope, .print]
        default:
            return moves + [.reviewScope, .recordMeeting, .print]
        }
    }

    /// The content area: under the team line, the agenda bar and the item's title.
    func contentRect(_ body: Rect) -> Rect { body.droppingTop(3) }

    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]? {
        guard let action, let teamID = teamID(ctx), let team = ctx.model.team(teamID) else { return nil }
        let rs = rows(ctx)
        let height = contentRect(ctx.body).height
        switch action {
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            if hasSelection {
                _ = list.move(action, count: rs.count, page: height)
                list.skipToSelectable(rs.map { $0.kind != .none }, forward: action != .up && action != .pageUp && action != .top)
                list.clamp(count: rs.count, height: height)
            } else {
                let maxScroll = MeetingScreen.maxScroll(rows: rs.count, height: height)
                switch action {
                case .up: scroll -= 1
                case .down: scroll += 1
                case .pageUp: scroll -= max(1, height - 1)
                case .pageDown: scroll += max(1, height - 1)
                case .top: scroll = 0
                default: scroll = maxScroll
                }
                scroll = max(0, min(scroll, maxScroll))
            }
            return []
        case .nextSection, .previousSection:
            let next = section + (action == .nextSection ? 1 : -1)
            guard (0..<MeetingScreen.sectionCount).contains(next) else { return [] }
            section = next
            scroll = 0
            list = ListView()
            if hasSelection {
                let fresh = rows(ctx)
                list.skipToSelectable(fresh.map { $0.kind != .none }, forward: true)
            }
            return []
        case .reviewScope:
            return [.openForm(MeetingForms.scopeForm(team: teamID, since: review(ctx)?.since ?? since, ctx: ctx))]
        case .recordMeeting:
            return record(ctx, team: team)
        case .print:
            return nil
        default:
            break
        }
        let kind = selected(ctx)
        switch (section, action) {
        case (2, .showSummaries):
            if showSummaries {
                showSummaries = false
                return [.message(L10n.summariesHidden)]
            }
            return [.confirm(Confirmation(question: L10n.showSummariesQuestion, purpose: .showSummaries))]
        case (3, .adoptPlan):
            let drafts = MeetingForms.draftPlans(ctx.model, district: team.district)
            if drafts.isEmpty { return [.error(L10n.noDraftPlans)] }
            let chosen: Int? = { if case .draftPlan(let p) = kind { return p } else { return drafts.count == 1 ? drafts[0].id : nil } }()
            guard let id = chosen, let plan = ctx.model.plan(id) else { return [.error(L10n.selectDraftPlan(KeyMap.key(.adoptPlan)))] }
            if draft.decisions.contains(where: { $0.adopts == id }) { return [.error(L10n.planAlreadyInDraft(id))] }
            setDecision(DecisionDraft(text: L10n.adoptPlanDecision(id, plan.title), adopts: id), at: nil, ctx: ctx)
            return []
        case (4, .open) where savedMeeting(ctx) != nil:
            // Begin another meeting's record.
            recorded = nil
            list = ListView()
            list.skipToSelectable(rows(ctx).map { $0.kind != .none }, forward: true)
            return []
        case (3, .add):
            return [.openForm(MeetingForms.decisionForm(index: nil))]
        case (3, .addTask):
            let plan: Int? = { if case .plan(let p) = kind { return p } else { return nil } }()
            return [.openForm(MeetingForms.taskDecisionForm(index: nil, existing: nil, plan: plan, team: team, ctx: ctx, closing: closingPlans()))]
        case (3, .goalDealtWith):
            let plan: Int? = { if case .plan(let p) = kind { return p } else { return nil } }()
            guard let form = MeetingForms.goalForm(index: nil, existing: nil, plan: plan, team: team, ctx: ctx) else { return [] }
            return [.openForm(form)]
        case (3, .edit):
            guard case .decision(let i) = kind, draft.decisions.indices.contains(i) else { return [] }
            let d = draft.decisions[i]
            if d.newTask != nil {
                return [.openForm(MeetingForms.taskDecisionForm(index: i, existing: d, plan: nil, team: team, ctx: ctx, closing: closingPlans(except: i)))]
            }
            if d.closes != nil, let form = MeetingForms.goalForm(index: i, existing: d, plan: nil, team: team, ctx: ctx) {
                return [.openForm(form)]
            }
            return [.openForm(MeetingForms.decisionForm(index: i, text: d.text))]
        case (3, .remove):
            guard case .decision(let i) = kind, draft.decisions.indices.contains(i) else { return [] }
            draft.decisions.remove(at: i)
            let fresh = rows(ctx)
            list.clamp(count: fresh.count, height: height)
            list.skipToSelectable(fresh.map { $0.kind != .none }, forward: false)
            return [.message(L10n.decisionRemoved(i + 1))]
        case (4, .toggle):
            draft.team = teamID
            switch kind {
            case .member(let id):
                if draft.attendees.contains(id) { draft.attendees.remove(id) } else { draft.attendees.insert(id) }
            case .officer(let id):
                var o = presentOfficers(ctx)
                if o.contains(id) { o.remove(id) } else { o.insert(id) }
                draft.officers = o
            default: return []
            }
            // Ticking moves on, so a row of names is ticked with Space, Space, ↓, Space …
            _ = list.move(.down, count: rs.count, page: height)
            list.skipToSelectable(rs.map { $0.kind != .none }, forward: true)
            list.clamp(count: rs.count, height: height)
            return []
        case (4, .open):
            return [.openForm(MeetingForms.recordForm(day: draft.day ?? ctx.today, minutes: draft.minutes, next: draft.next))]
        case (4, .edit):
            return [.editExternally(draft.minutes, purpose: .minutes)]
        default:
            return nil
        }
    }

    /// Ctrl-S: the meeting as one change, checked first, then confirmed.
    func record(_ ctx: ScreenContext, team: CoordinationTeam) -> [Effect] {
        if let saved = savedMeeting(ctx) { return [.error(L10n.alreadyRecorded(saved.id, KeyMap.key(.open)))] }
        let officers = officerChoices(ctx, team: team).map(\.id).filter(presentOfficers(ctx).contains)
        let attendees = team.members.map(\.id).filter(draft.attendees.contains)
        guard !attendees.isEmpty || !officers.isEmpty else { return [.error(L10n.tickWhoIsPresent(toggle: KeyMap.key(.toggle)))] }
        let meeting = MeetingDraft(team: team.id, day: draft.day ?? ctx.today, attendees: attendees, officers: officers,
                                   minutes: draft.minutes, decisions: draft.decisions, next: draft.next).recordingEvidence(in: ctx.model)
        do {
            _ = try ctx.model.applying(.addMeeting(meeting), context: ChangeContext(by: ctx.me ?? "", at: ctx.clock.now))
        } catch let e as BeatError {
            return [.error(e.message)]
        } catch {
            return [.error("\(error)")]
        }
        let tasks = meeting.decisions.filter { $0.newTask != nil }.count
        // A second meeting of the team on the same day is asked about first.
        let same = ctx.model.meetings.last { $0.team == team.id && $0.day == meeting.day }
        let question = (same.map { L10n.secondMeetingSameDay($0.id, $0.day) + " " } ?? "")
            + L10n.recordMeetingQuestion(meeting.day, present: attendees.count + officers.count, decisions: meeting.decisions.count, tasks: tasks)
        return [.confirm(Confirmation(question: question, purpose: .recordMeeting(meeting)))]
    }

    /// How far a read-only item scrolls: a line is kept for the "more" marker when it overflows.
    static func maxScroll(rows: Int, height: Int) -> Int {
        rows > height ? max(0, rows - (height - 1)) : 0
    }

    /// An event from a form, the editor or the app; what to say about it, if anything.
    mutating func receive(_ event: AppEvent, ctx: ScreenContext) -> Message? {
        switch event {
        case .reviewScope(let team, let since):
            if let other = draft.team, other != team, !draft.isEmpty { return Message(text: L10n.draftForAnotherTeam(record: KeyMap.key(.recordMeeting)), isError: true) }
            self.team = team
            self.since = since
            scroll = 0
            list = ListView()
        case .decisionText(let text, let index):
            var d = index.flatMap { draft.decisions.indices.contains($0) ? draft.decisions[$0] : nil } ?? DecisionDraft(text: text)
            d.text = text
            setDecision(d, at: index, ctx: ctx)
        case .taskDecision(let d, let index):
            if let p = d.newTask?.plan, closingPlans(except: index).contains(p) { return Message(text: L10n.planClosed(p), isError: true) }
            setDecision(d, at: index, ctx: ctx)
        case .goalDealtWith(let d, let index):
            guard let plan = d.closes?.plan else { return nil }
            if closingPlans(except: index).contains(plan)
                || draft.decisions.enumerated().contains(where: { $0.offset != index && $0.element.newTask?.plan == plan }) {
                return Message(text: L10n.planDecidedTwice(plan), isError: true)
            }
            setDecision(d, at: index, ctx: ctx)
        case .meetingRecord(let day, let minutes, let next):
            draft.day = day
            draft.minutes = minutes
            draft.next = next
            draft.team = teamID(ctx)
        case .minutesEdited(let text):
            draft.minutes = text
            draft.team = teamID(ctx)
            return Message(text: L10n.minutesUpdated, isError: false)
        case .meetingRecorded:
            // The meeting as saved stays on screen; a new draft begins with the next entry.
            let team = draft.team ?? teamID(ctx)
            recorded = ctx.model.meetings.last { $0.team == team }?.id
            draft = Draft()
            list = ListView()
        case .taskFilter, .contactFilter, .threatFilter, .contactLogged:
            return nil
        }
        return nil
    }

    /// Adds (index nil) or replaces a decision of the draft.
    mutating func setDecision(_ d: DecisionDraft, at index: Int?, ctx: ScreenContext) {
        draft.team = teamID(ctx)
        if let i = index, draft.decisions.indices.contains(i) { draft.decisions[i] = d } else { draft.decisions.append(d) }
    }

    // MARK: Drawing

    func draw(into canvas: inout Canvas, ctx: ScreenContext) {
        let b = ctx.body
        guard b.height > 0 else { return }
        guard let r = review(ctx) else {
            canvas.line(L10n.noTeams, row: b.row, in: b, style: .dim)
            return
        }
        // The team and the period, then the agenda with the current item marked.
        let left = " " + r.team.name
        canvas.line(left, row: b.row, in: b, style: .heading)
        canvas.putRight(L10n.reviewSinceShort(r.since, meeting: r.reviewedMeeting) + " ", after: left, in: Rect(row: b.row, col: b.col, height: 1, width: b.width))
        if b.height > 1 {
            let bar = Rect(row: b.row + 1, col: b.col, height: 1, width: b.width)
            canvas.fill(bar)
            var col = b.col
            for (i, name) in L10n.agendaTabs.enumerated() {
                if i > 0 { col = canvas.put("│", row: bar.row, col: col, style: .dim, clip: bar) }
                col = canvas.put(" \(i + 1). " + name + " ", row: bar.row, col: col, style: i == section ? .key : .dim, clip: bar)
            }
        }
        if b.height > 2 {
            let titles = [L10n.agendaProgress, L10n.agendaResidents, L10n.agendaFollowUps, L10n.agendaDecisions, L10n.agendaRecord]
            canvas.line(" " + titles[section].uppercased(), row: b.row + 2, in: b, style: .title)
        }
        let content = contentRect(b)
        guard content.height > 0 else { return }
        let rs = rows(ctx)
        if hasSelection {
            list.draw(into: &canvas, rect: content, count: rs.count) { i, _ in (" " + rs[i].text, rs[i].style) }
        } else {
            // When the item does not fit, its last line says how much more there is.
            let overflow = rs.count > content.height
            let shown = overflow ? content.height - 1 : content.height
            let start = min(scroll, MeetingScreen.maxScroll(rows: rs.count, height: content.height))
            for (k, row) in rs.dropFirst(start).prefix(shown).enumerated() {
                canvas.line(" " + row.text, row: content.row + k, in: content, style: row.style)
            }
            if overflow {
                let rest = rs.count - start - shown
                canvas.line(" " + (rest > 0 ? L10n.moreBelow(rest, keys: KeyMap.key(.down) + ", " + KeyMap.key(.pageDown)) : L10n.backToTop(KeyMap.key(.top))), row: content.bottom - 1, in: content, style: .dim)
            }
        }
    }

    func report(_ ctx: ScreenContext) -> ReportRequest? {
        guard let id = teamID(ctx) else { return nil }
        return ReportRequest(kind: .meeting, team: id, since: review(ctx)?.since ?? since)
    }
}

/// The last review computed, kept until the store, the team, the day or "since" changes: a
/// key press that only moves the selection does not count the contacts again.
final class ReviewCache {
    struct Key: Equatable {
        var seq: Int
        var contacts: Int
        var tasks: Int
        var team: String
        var since: Day?
        var today: Day
    }

    private var key: Key?
    private var value: MeetingReview?
    /// The read-only items' rows for the current review, by section, width and whether summaries show.
    private var rowsByItem: [[Int]: [MeetingScreen.Row]] = [:]

    func review(for key: Key, compute: () -> MeetingReview?) -> MeetingReview? {
        if let k = self.key, k == key { return value }
        value = compute()
        self.key = key
        rowsByItem = [:]
        return value
    }

    /// The rows of read-only item `section`; `build` makes those of all of them.
    func rows(section: Int, width: Int, showSummaries: Bool, build: () -> [[MeetingScreen.Row]]) -> [MeetingScreen.Row] {
        let shown = showSummaries ? 1 : 0
        if let rows = rowsByItem[[section, width, shown]] { return rows }
        for (i, rows) in build().enumerated() { rowsByItem[[i, width, shown]] = rows }
        return rowsByItem[[section, width, shown]] ?? []
    }
}
