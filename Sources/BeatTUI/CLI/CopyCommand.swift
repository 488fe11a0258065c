import ArgumentParser
import BeatCore
import BeatPostgres

/// `beat copy FROM TO`: a store from one place to another — folder or PostgreSQL, either way.
struct CopyCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "copy",
        abstract: "Copy the store FROM to TO (each a folder or postgresql://…?schema=NAME): checked, all or nothing; TO must hold no store.")

    @OptionGroup var common: CommonOptions
    @Argument(help: "The store to copy: a folder or a postgresql:// address.") var from: String
    @Argument(help: "Where the copy goes: a missing or empty folder, or a new schema.") var to: String

    func run(_ session: Session) throws {
        let source = try StoreLocation(from, environment: session.environment)
        let target = try StoreLocation(to, environment: session.environment)
        let copy = try target.copy(from: source, lockTimeout: session.lockTimeout)
        Output.line(L10n.copied(source.display, target.display, seq: copy.model.seq))
    }
}

/// `beat store list URL`: the stores (one per schema) in a PostgreSQL database.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store", abstract: "Stores on a PostgreSQL server.",
                                                    subcommands: [List.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list",
            abstract: "List the stores in the database URL names (postgresql://HOST/DB), one per schema.")

        @OptionGroup var common: CommonOptions
        @Argument(help: "The database: postgresql://[USER@]HOST[:PORT]/DB (a schema given is ignored).") var url: String
        @Flag(help: "JSON output (keys: schema, id, seq, created, url).") var json = false

        func run(_ session: Session) throws {
            guard case .postgres(let address) = try StoreLocation(url, environment: session.environment) else {
                throw BeatError.usage(L10n.pgNotAnAddress)
            }
            let stores = try PostgresStore.list(at: address, lockTimeout: session.lockTimeout)
            if json {
                return Output.json(.array(stores.map { s in
                    .object(["schema": .string(s.schema), "id": .string(s.id), "seq": .int(s.seq),
                             "created": .string(s.created), "url": .string(address.with(schema: s.schema).display)])
                }))
            }
            guard !stores.isEmpty else { return Output.line(L10n.pgNoStores) }
            Output.line(L10n.pgStoreListHeader(address.databaseDisplay))
            var table = TextTable([.init(L10n.colSchema), .init(L10n.colSeq, alignRight: true), .init(L10n.colCreated), .init("ID")])
            for s in stores { table.add([s.schema, String(s.seq), s.created, s.id]) }
            Output.table(table, footer: [])
        }
    }
}
