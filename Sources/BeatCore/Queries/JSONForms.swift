/// The documented JSON forms of Beat's records (README, "JSON output"). Scripts rely on
/// these keys: add keys freely, never rename or drop one.
public enum JSONForms {
    /// `id, name, rank, badge, district, beat, phone, email, active, gender, login, role`
    public static func officer(_ o: Officer) -> JSONValue {
        ["id": .string(o.id), "name": .string(o.name), "rank": .string(o.rank), "badge": .string(o.badge),
         "district": .string(o.district), "beat": .string(o.beat), "phone": .string(o.phone),
         "email": .string(o.email), "active": .bool(o.active), "gender": .string(o.gender?.rawValue),
         "login": .string(o.login), "role": .string(o.role.rawValue)]
    }

    /// `id, name, city, residents`
    public static func district(_ d: District) -> JSONValue {
        ["id": .string(d.id), "name": .string(d.name), "city": .string(d.city), "residents": .int(d.residents)]
    }

    /// `id, district, number, name, streets`
    public static func beat(_ b: Beat) -> JSONValue {
        ["id": .string(b.id), "district": .string(b.district), "number": .int(b.number), "name": .string(b.name),
         "streets": .array(b.streets.map { .string($0) })]
    }

    /// `id, district, name, members` (each `id, name, role, organisation, phone, email, gender, nominatedBy`;
    /// `organisation` is an organisation's id, or a name from before organisations were records, or null).
    public static func team(_ t: CoordinationTeam) -> JSONValue {
        ["id": .string(t.id), "district": .string(t.district), "name": .string(t.name),
         "members": .array(t.members.map { m in
             ["id": .string(m.id), "name": .string(m.name), "role": .string(m.role.rawValue),
              "organisation": .string(m.organisation.isEmpty ? nil : m.organisation), "phone": .string(m.phone),
              "email": .string(m.email), "gender": .string(m.gender?.rawValue), "nominatedBy": .string(m.nominatedBy)]
         })]
    }

    /// `id, name, kind, district, phone, email`
    public static func organisation(_ o: PartnerOrganisation) -> JSONValue {
        ["id": .string(o.id), "name": .string(o.name), "kind": .string(o.kind.rawValue), "district": .string(o.district),
         "phone": .string(o.phone), "email": .string(o.email)]
    }

    /// null, or `{"member": ID}` / `{"organisation": ID}`.
    public static func partnerRef(_ r: PartnerRef?) -> JSONValue {
        switch r {
        case .member(let id)?: return ["member": .string(id)]
        case .organisation(let id)?: return ["organisation": .string(id)]
        case nil: return .null
        }
    }

    /// `id, title, status, due, assignee, holder, plan, district, priority, description, reason,
    /// partners, meeting, carriedFrom, overdue, created, createdBy, notes, support` (`unit, what,
    /// day, open, asked`)
    public static func task(_ t: PlanTask, today: Day) -> JSONValue {
        ["id": .int(t.id), "title": .string(t.title), "status": .string(t.status.rawValue),
         "due": .string(t.due?.description), "assignee": .string(t.assignee), "holder": partnerRef(t.holder), "plan": .int(t.plan),
         "district": .string(t.district), "priority": .string(t.priority.rawValue),
         "description": .string(t.description), "reason": .string(t.reason),
         "partners": .array(t.partners.map { .string($0) }), "meeting": .int(t.meeting), "carriedFrom": .int(t.carriedFrom),
         "overdue": .bool(t.isOverdue(on: today)), "created": .string(t.created.description),
         "createdBy": .string(t.createdBy),
         "notes": .array(t.notes.map { ["at": .string($0.at.description), "author": .string($0.author), "text": .string($0.text)] }),
         "support": .array(t.support.map {
             ["unit": .string($0.unit), "what": .string($0.what), "day": .string($0.day.description), "open": .bool($0.isOpen),
              "asked": .string($0.asked?.description)]
         })]
    }

    /// `id, time, officer, district, beat, channel, category, place, summary, resident,
    /// followUp, followUpDone, task, with`. `resident` is null unless `personalData` is set.
    public static func contact(_ c: ResidentContact, personalData: Bool = true) -> JSONValue {
        var resident: JSONValue = .null
        if personalData, let r = c.resident {
            var o: [String: JSONValue] = ["name": .string(r.name)]
            if let p = r.phone { o["phone"] = .string(p) }
            if let e = r.email { o["email"] = .string(e) }
            if let a = r.address { o["address"] = .string(a) }
            resident = .object(o)
        }
        return ["id": .int(c.id), "time": .string(c.time.description), "officer": .string(c.officer),
                "district": .string(c.district), "beat": .string(c.beat), "channel": .string(c.channel.rawValue),
                "category": .string(c.category.rawValue), "place": .string(c.place), "summary": .string(c.summary),
                "resident": resident, "followUp": .string(c.followUp?.description),
                "followUpDone": .string(c.followUpDone?.description), "task": .int(c.task), "with": partnerRef(c.with)]
    }

    /// `id, team, day, attendees, officers, minutes, decisions` (`text`, `task`, `closes`:
    /// null or `plan`, `outcome`; `adopts`: null or a plan), `next` (null or `day`, `place`).
    public static func meeting(_ m: Meeting) -> JSONValue {
        ["id": .int(m.id), "team": .string(m.team), "day": .string(m.day.description),
         "attendees": .array(m.attendees.map { .string($0) }), "officers": .array(m.officers.map { .string($0) }),
         "minutes": .string(m.minutes),
         "decisions": .array(m.decisions.map { d in
             ["text": .string(d.text), "task": .int(d.task),
              "closes": d.closes.map { ["plan": .int($0.plan), "outcome": .string($0.outcome.rawValue)] } ?? .null,
              "adopts": .int(d.adopts)]
         }),
         "next": m.next.map { ["day": .string($0.day.description), "place": .string($0.place)] } ?? .null]
    }

    /// `id, district, title, start, end, status, category, tasksDone, tasksTotal, overdue,
    /// outcome` (null until the plan is evaluated).
    public static func plan(_ p: SafetyPlan, progress: PlanProgress) -> JSONValue {
        ["id": .int(p.id), "district": .string(p.district), "title": .string(p.title),
         "start": .string(p.start.description), "end": .string(p.end.description), "status": .string(p.status.rawValue),
         "category": .string(p.threat.category.rawValue), "tasksDone": .int(progress.done), "tasksTotal": .int(progress.total),
         "overdue": .int(progress.overdue), "outcome": p.evaluation.map { .string($0.outcome.rawValue) } ?? .null,
         "theme": p.theme.map { .string($0.rawValue) } ?? .null]
    }

    /// `plan, category, district, from, to, beforeFrom, beforeTo, inCategory, inDistrict`
    /// (each `now, before, change`), `tasksDone, tasksTotal`, `basis` (`current`, `recorded`,
    /// `closing-day`, `today`), `recordsFrom`; with `now`, today's figures beside a closed
    /// plan's recorded ones under `now` (else null).
    public static func evidence(_ e: PlanEvidence, now: PlanEvidence? = nil) -> JSONValue {
        func count(_ n: CountChange) -> JSONValue { ["now": .int(n.now), "before": .int(n.before), "change": .int(n.change)] }
        return ["plan": .int(e.plan.id), "category": .string(e.plan.threat.category.rawValue), "district": .string(e.plan.district),
                "from": .string(e.from.description), "to": .string(e.to.description),
                "beforeFrom": .string(e.beforeFrom.description), "beforeTo": .string(e.beforeTo.description),
                "inCategory": count(e.inCategory), "inDistrict": count(e.inDistrict),
                "tasksDone": .int(e.tasksDone), "tasksTotal": .int(e.tasksTotal),
                "basis": .string(e.basis.rawValue), "recordsFrom": e.recordsFrom.map { .string($0.description) } ?? .null,
                "now": now.map { evidence($0) } ?? .null,
                "police": e.police.map(police) ?? .null, "survey": e.survey.map(surveyEvidence) ?? .null]
    }

    /// `from`, `to`, `beforeFrom`, `beforeTo` (months `YYYY-MM`), `inCategory` and `inDistrict`
    /// (each kind — `intervention`, `offence`, `misdemeanour`, `call` — with `now`, `before`,
    /// `change`), `missing` (months not imported).
    public static func police(_ p: PoliceEvidence) -> JSONValue {
        func kinds(_ list: [KindCount]) -> JSONValue {
            .object(Dictionary(uniqueKeysWithValues: list.map { ($0.kind.rawValue, ["now": .int($0.now), "before": .int($0.before), "change": .int($0.now - $0.before)] as JSONValue) }))
        }
        return ["from": .string(p.months.from.description), "to": .string(p.months.to.description),
                "beforeFrom": .string(p.before.from.description), "beforeTo": .string(p.before.to.description),
                "inCategory": kinds(p.inCategory), "inDistrict": kinds(p.inDistrict), "missing": .array(p.missing.map { .string($0.description) })]
    }

    /// `before` and `after` (each null, or `round`, `day`, `respondents`, `answered`, `feelSafe`,
    /// `feelSafeShare` (whole percent or null), `concerns` (`category`, `count`, most first)),
    /// `feelSafeChange` (percentage points, or null).
    public static func surveyEvidence(_ e: SurveyEvidence) -> JSONValue {
        func side(_ s: SurveySummary?) -> JSONValue {
            guard let s else { return .null }
            return ["round": .int(s.round), "day": .string(s.day.description), "respondents": .int(s.respondents),
                    "answered": .int(s.answered), "feelSafe": .int(s.feelSafe), "feelSafeShare": s.feelSafeShare.map { .int($0) } ?? .null,
                    "concerns": .array(s.concerns.map { ["category": .string($0.category.rawValue), "count": .int($0.count)] })]
        }
        return ["before": side(e.before), "after": side(e.after), "feelSafeChange": e.feelSafeChange.map { .int($0) } ?? .null]
    }
}

extension JSONForms {
    /// `id, category, place, district, beat, status, source, anonymous, reported, due, overdue,
    /// contact, plan` (the plans whose diagnosis names it — the first, or null), `history`
    /// (`at, by, from, to, note`), `description`, `when`.
    public static func threat(_ t: Threat, model: Model, today: Day) -> JSONValue {
        let plan = model.plans.first { $0.threat.threats.contains(t.id) }?.id
        return ["id": .int(t.id), "category": .string(t.category.rawValue), "place": .string(t.place), "district": .string(t.district),
                "beat": t.beat.map { .string($0) } ?? .null, "status": .string(t.status.rawValue), "source": .string(t.source.rawValue),
                "anonymous": .bool(t.anonymous), "reported": .string(t.reported.description),
                "due": t.due.map { .string($0.description) } ?? .null, "overdue": .bool(t.isOverdue(on: today)),
                "contact": .int(t.contact), "plan": .int(plan), "description": .string(t.description), "when": .string(t.when),
                "history": .array(t.history.map { h in
                    ["at": .string(h.at.description), "by": .string(h.by), "from": .string(h.from.rawValue), "to": .string(h.to.rawValue),
                     "note": .string(h.note)]
                })]
    }
}

extension JSONForms {
    /// `id, district, day, respondents, note, answers` (`question` — `safety`, `concerns` or the
    /// question's text —, `answer`, `count`), `feelSafe` (the share feeling safe, whole percent, or null).
    public static func survey(_ r: SurveyRound) -> JSONValue {
        ["id": .int(r.id), "district": .string(r.district), "day": .string(r.day.description), "respondents": .int(r.respondents),
         "note": .string(r.note),
         "answers": .array(r.answers.map { ["question": .string($0.question.id), "answer": .string($0.answer), "count": .int($0.count)] }),
         "feelSafe": SurveySummary(r).feelSafeShare.map { .int($0) } ?? .null]
    }

    /// `name, agreed, signatories, pilotFrom, pilotTo, decision` (null, or `continues`, `day`, `note`).
    public static func programme(_ p: Programme) -> JSONValue {
        ["name": .string(p.name), "agreed": p.agreed.map { .string($0.description) } ?? .null,
         "signatories": .array(p.signatories.map { .string($0) }),
         "pilotFrom": p.pilotFrom.map { .string($0.description) } ?? .null, "pilotTo": p.pilotTo.map { .string($0.description) } ?? .null,
         "decision": p.decision.map { ["continues": .bool($0.continues), "day": .string($0.day.description), "note": .string($0.note)] } ?? .null]
    }

    /// `month, district, beat, category, kind, count`.
    public static func policeFigure(_ f: PoliceFigure) -> JSONValue {
        ["month": .string(f.month.description), "district": .string(f.district), "beat": f.beat.map { .string($0) } ?? .null,
         "category": .string(f.category.rawValue), "kind": .string(f.kind.rawValue), "count": .int(f.count)]
    }
}
