import ArgumentParser
import BeatCore
import BeatPostgres

/// `beat backup FILE`: a consistent copy of the store in one tar file.
struct BackupCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "backup",
        abstract: "Write a consistent copy of the store to FILE (a tar archive; safe while others write).")

    @OptionGroup var common: CommonOptions
    @Argument(help: "The backup file to create (never overwritten).") var file: String

    func run(_ session: Session) throws {
        let store = try session.openStore()
        let index = try store.backup(to: file, at: session.clock.now)
        Output.line(L10n.backupWritten(file, files: index.files.count, seq: index.seq, bytes: index.files.reduce(0) { $0 + $1.size }))
    }
}

/// `beat restore FILE`: a backup back into an empty folder, checked as `beat check` would.
struct RestoreCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "restore",
        abstract: "Restore a backup FILE into the store (--data): a folder that is missing or empty, or a new PostgreSQL schema.")

    @OptionGroup var common: CommonOptions
    @Argument(help: "The backup file (made by beat backup).") var file: String

    func run(_ session: Session) throws {
        let store: any BeatStore
        switch try session.location {
        case .folder(let path): store = try Store.restore(from: file, into: path, lockTimeout: session.lockTimeout, faults: session.faults)
        case let location: store = try location.restore(from: file, lockTimeout: session.lockTimeout)
        }
        for w in store.warnings { Output.warn(w) }
        Output.line(L10n.restored(store.location, seq: store.model.seq))
    }
}
