import PostgresNIO

/// The tables of one store, in its own schema (`?schema=NAME`), so a database holds the
/// stores of several stations side by side.
///
/// ```
/// store     one row: format, version, id, created; seq (the last entry committed),
///           snapshot (the entry the snapshot reflects), reference (the Digest of its
///           reference.json) and head_length (the bytes of it that hold its head)
/// journal   one row per change, append-only: seq, at, officer, and entry — the journal
///           line exactly as a folder store writes it ({"seq","at","by","change"})
/// snapshot  the snapshot's files, as a folder store writes them: (seq, path, bytes),
///           reference.json and contacts/YYYY-MM.json; stored uncompressed (STORAGE
///           EXTERNAL), so the head of reference.json is read without the rest
/// task_list what `beat task list` reads of that reference.json (`SnapshotFiles.taskList`,
///           a quarter of its bytes): (seq, reference — the Digest of the reference.json it was
///           made from —, bytes), written with the snapshot and read only while `reference`
///           matches the store row's; derived, so a store made before it works without it
///           (it gets it when its owner compacts) and a list of a store without it reads
///           reference.json
/// ```
///
/// The journal is the audit trail: rows are never changed or removed, except by a purge of
/// personal data, which a trigger lets through only when the purge says so in its
/// transaction (`beat.rewrite`).
enum PostgresSchema {
    static let format = "beat-store"
    static let version = 1

    /// The statements that create a store's tables in `schema` (which exists, empty).
    static func create(_ s: String) -> [PostgresQuery] {
        [
            """
            CREATE TABLE \(unescaped: s).store (
                only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
                format text NOT NULL, version integer NOT NULL, id text NOT NULL, created text NOT NULL,
                seq bigint NOT NULL, snapshot bigint NOT NULL, reference text NOT NULL, head_length integer)
            """,
            """
            CREATE TABLE \(unescaped: s).journal (
                seq bigint PRIMARY KEY CHECK (seq > 0), at text NOT NULL, officer text NOT NULL, entry text NOT NULL)
            """,
            """
            CREATE TABLE \(unescaped: s).snapshot (
                seq bigint NOT NULL, path text NOT NULL, bytes bytea NOT NULL, PRIMARY KEY (seq, path))
            """,
            "ALTER TABLE \(unescaped: s).snapshot ALTER COLUMN bytes SET STORAGE EXTERNAL",
            """
            CREATE FUNCTION \(unescaped: s).journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF coalesce(current_setting('beat.rewrite', true), '') <> 'purge' THEN
                    RAISE EXCEPTION 'the Beat journal is append-only' USING ERRCODE = '42501';
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END $$
            """,
            """
            CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON \(unescaped: s).journal
                FOR EACH ROW EXECUTE FUNCTION \(unescaped: s).journal_append_only()
            """,
            """
            CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON \(unescaped: s).journal
                FOR EACH STATEMENT EXECUTE FUNCTION \(unescaped: s).journal_append_only()
            """,
            createTaskList(s),
            "COMMENT ON SCHEMA \(unescaped: s) IS 'beat-store'",
        ]
    }

    /// The `task_list` table (see above).
    static func createTaskList(_ s: String) -> PostgresQuery {
        "CREATE TABLE \(unescaped: s).task_list (seq bigint PRIMARY KEY, reference text NOT NULL, bytes bytea NOT NULL)"
    }

    /// The channel writers notify on commit and open interfaces listen to.
    static func channel(_ s: String) -> String { "beat_" + s }
}
