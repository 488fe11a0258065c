import BeatCore
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Pseudonymises residents' personal data in contacts from before `before`, in the
    /// snapshot and in every journal row alike, by the folder store's rules (`JournalPurge`).
    /// One transaction: the journal rows rewritten (the append-only guard lets a purge
    /// through), the `pseudonymise` entry appended, a new snapshot written and the old one
    /// removed. Then the rewritten tables are vacuumed in full, so no old row version keeps
    /// the data (`report.vacuumed`; a table that could not be is named in `leftovers`, as an
    /// old copy a folder's purge could not remove).
    public func purgePersonalData(before: Day, by officer: String, at time: Timestamp, dryRun: Bool = false) throws -> PurgeReport {
        if !dryRun, let error = readOnlyError { throw error }
        try reconnectIfLost()
        if scope != .all { try widenToAll() }
        var next = model
        var purge: String? // the purge's transaction id
        var report = try link.transaction(dryRun ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN") { () throws -> PurgeReport in
            try catchUp(locking: !dryRun)
            let s = schema
            var seqs: [Int] = []
            var lines: [[UInt8]] = []
            for row in try link.rows("SELECT seq, entry FROM \(unescaped: s).journal ORDER BY seq", timeout: max(lockTimeout, 60)) {
                let (seq, text) = try row.decode((Int, String).self)
                seqs.append(seq)
                lines.append(Array(text.utf8))
            }
            let plan = try JournalPurge.plan(model: model, before: before, lines: lines, name: journalName, dryRun: dryRun)
            if dryRun || plan.report.isEmpty { return plan.report }
            try link.run("SET LOCAL beat.rewrite = 'purge'")
            if !plan.rewritten.isEmpty {
                let rowSeqs = plan.rewritten.map { seqs[$0.index] }
                let texts = plan.rewritten.map { String(decoding: $0.line, as: UTF8.self) }
                try link.run("""
                    UPDATE \(unescaped: s).journal j SET entry = u.entry
                    FROM unnest(\(rowSeqs)::bigint[], \(texts)::text[]) AS u(seq, entry) WHERE j.seq = u.seq
                    """, timeout: max(lockTimeout, 60))
            }
            next = model
            try next.applyAsNext(plan.change, context: ChangeContext(by: officer, at: time))
            try appendRows([JournalEntry(seq: next.seq, at: time, by: officer, change: plan.change)])
            try writeSnapshot(next)
            purge = try link.rows("SELECT (txid_current() % 4294967296)::text").first?.decode(String.self)
            return plan.report
        }
        guard !dryRun, !report.isEmpty else { return report }
        model = next
        if let purge { waitForOlderTransactions(than: purge) }
        // Old row versions still hold the data until their tables are rewritten.
        for table in ["journal", "snapshot"] + (hasTaskList ? ["task_list"] : []) {
            do {
                try link.run("VACUUM (FULL) \(unescaped: schema).\(unescaped: table)", timeout: max(lockTimeout, 600))
                report.vacuumed.append(schema + "." + table)
            } catch {
                report.leftovers.append(address.display + " " + schema + "." + table)
            }
        }
        return report
    }

    /// Waits, at most `lockTimeout`, until no other session in the database runs a transaction
    /// that began before the purge (`xid`) committed: VACUUM FULL keeps the old row versions
    /// such a transaction may still see — they would outlive the purge (other stores' writers,
    /// a reader's snapshot, in the same database).
    private func waitForOlderTransactions(than xid: String) {
        let deadline = Date().addingTimeInterval(lockTimeout)
        while Date() < deadline {
            let older = try? link.rows("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid()
                  AND (age(backend_xmin) >= age(\(xid)::text::xid) OR age(backend_xid) >= age(\(xid)::text::xid))
                """).first?.decode(Int.self)
            if older == 0 || older == nil { return }
            usleep(20_000)
        }
    }

    /// Reads the whole store, for an operation on all of it.
    func widenToAll() throws {
        try reconnectIfLost()
        try readOnlyTransaction { try reload(scope: .all) }
    }
}

extension PostgresStore {
    /// Every record holding data that matches `text`: the store is written as a folder in a
    /// private scratch folder and searched there by the folder store's rules; places name
    /// the snapshot, or the journal entry by its number.
    public func findPersonalData(_ text: String) throws -> [PersonalDataRecord] {
        let parts = try parts()
        return try PostgresStore.withScratchFolder { folder in
            try Store.create(at: folder + "/store", parts: parts, lockTimeout: lockTimeout).findPersonalData(text).map { record in
                var r = record
                r.place = r.kind == .journalEntry ? "journal \(r.id)" : "snapshot"
                return r
            }
        }
    }

    /// Holds the store row (the writers' turn) while `body` runs.
    public func holdingWriteLock<T>(by officer: String, _ body: () throws -> T) throws -> T {
        if let error = readOnlyError { throw error }
        try reconnectIfLost()
        return try link.transaction {
            _ = try head(forUpdate: true)
            return try body()
        }
    }
}
