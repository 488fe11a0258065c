import Foundation

/// Printouts and exports written to a file (`-o FILE`, the interface's `p`): atomically —
/// a temporary file beside it, fsynced, renamed over it — so a reader never sees half a
/// report, and `0600`, since a printout may hold residents' personal data.
public enum OutputFile {
    /// Writes `text` (UTF-8) to `path` and returns the absolute path written. Refuses a
    /// place inside a Beat store (`checkPlace`), so no printout can land on the store's files.
    @discardableResult
    public static func write(_ text: String, to path: String) throws -> String {
        guard !path.isEmpty else { throw BeatError.usage(L10n.emptyPath("-o")) }
        try checkPlace(path)
        let absolute = Disk.absolute(path)
        let folder = Disk.parent(absolute)
        if Disk.isDirectory(absolute) { throw BeatError.cannotCreate(L10n.cannotWrite(absolute, L10n.outputIsFolder)) }
        guard Disk.isDirectory(folder) else { throw BeatError.cannotCreate(L10n.cannotWrite(absolute, L10n.outputNoFolder(folder))) }
        try Disk.replace(absolute, with: Array(text.utf8))
        return absolute
    }

    /// Refuses (`.cannotCreate`, naming the store) a path inside a Beat store at any depth,
    /// symlinks resolved: Beat writes its outputs (printouts, exports, backups, new stores)
    /// only outside its stores.
    public static func checkPlace(_ path: String) throws {
        if let store = enclosingStore(path) { throw BeatError.cannotCreate(L10n.outputIntoStore(path, store)) }
    }

    /// The store folder holding `path` at some depth, symlinks resolved; nil when none does.
    static func enclosingStore(_ path: String) -> String? {
        var folder = Disk.resolved(path)
        while folder != "/" {
            folder = Disk.parent(folder)
            if Store.exists(at: folder) { return folder }
        }
        return nil
    }
}

extension OutputFile {
    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool { Disk.exists(path) }
}

extension L10n {
    static func outputIntoStore(_ path: String, _ store: String) -> String {
        tr("\(path): to miejsce w magazynie Beat \(store); Beat nie zapisuje tam niczego poza samym magazynem. Wskaż miejsce poza nim.",
           "\(path): that is inside the Beat store \(store); Beat writes nothing there but the store itself. Choose a place outside it.")
    }
    static var outputIsFolder: String { tr("to jest folder", "it is a folder") }
    static func outputNoFolder(_ f: String) -> String { tr("nie ma folderu \(f)", "there is no folder \(f)") }
}
