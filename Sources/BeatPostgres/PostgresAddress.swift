import BeatCore
import Foundation

/// Where a store on PostgreSQL lives: `postgresql://[USER[:PASSWORD]@][HOST][:PORT][/DB][?schema=NAME&…]`
/// (also `postgres://`). Parameters: `schema` (the store's own schema, default `beat`), `host`
/// (a Unix socket folder, as libpq takes it), `port`, `user`, `dbname`, `sslmode`
/// (`disable`, `prefer`, `require`, `verify-full`) and `sslrootcert` (for `verify-full`).
///
/// Defaults as libpq's: `$PGHOST`, `$PGPORT`, `$PGUSER`, `$PGDATABASE`, then the Unix
/// socket in /var/run/postgresql, port 5432, the login name. The password comes from the URL,
/// else `$PGPASSWORD`, else the password file (`$PGPASSFILE`, else `~/.pgpass`), and is never
/// part of `display`: every message names a store by `display`.
public struct PostgresAddress: Sendable, Equatable {
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The socket file `folder/.s.PGSQL.PORT`.
        case socket(folder: String, port: Int)
    }

    public enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var endpoint: Endpoint
    public var user: String
    public var database: String
    public var schema: String
    public var tls: TLSMode
    public var rootCertificate: String?
    /// Never shown: `display` and `description` leave it out.
    public var password: String?

    /// The URL schemes taken as PostgreSQL.
    public static let schemes = ["postgresql://", "postgres://"]

    /// Whether `text` names a store on PostgreSQL (and not a folder): it starts with a scheme.
    public static func isAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return schemes.contains { lower.hasPrefix($0) }
    }

    /// Reads a URL; a malformed one throws `.usage` naming the part at fault, never the password.
    public init(_ text: String, environment env: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let scheme = PostgresAddress.schemes.first(where: { text.lowercased().hasPrefix($0) }) else {
            throw BeatError.usage(L10n.pgNotAnAddress)
        }
        var rest = Substring(text.dropFirst(scheme.count))
        var query: Substring = ""
        if let q = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        var pathPart: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            pathPart = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var userInfo: Substring?
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        var user: String?
        var password: String?
        if let info = userInfo {
            if let colon = info.firstIndex(of: ":") {
                user = try PostgresAddress.decode(info[..<colon], part: "user")
                password = try PostgresAddress.decode(info[info.index(after: colon)...], part: "password")
            } else {
                user = try PostgresAddress.decode(info, part: "user")
            }
        }
        var host: String?
        var port: Int?
        if !rest.isEmpty {
            var hostPart = rest
            if hostPart.hasPrefix("[") {
                guard let close = hostPart.firstIndex(of: "]") else { throw BeatError.usage(L10n.pgBadPart("host")) }
                host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
                hostPart = hostPart[hostPart.index(after: close)...]
                if hostPart.hasPrefix(":") { port = try PostgresAddress.port(hostPart.dropFirst()) } else if !hostPart.isEmpty {
                    throw BeatError.usage(L10n.pgBadPart("host"))
                }
            } else if let colon = hostPart.lastIndex(of: ":") {
                host = try PostgresAddress.decode(hostPart[..<colon], part: "host")
                port = try PostgresAddress.port(hostPart[hostPart.index(after: colon)...])
            } else {
                host = try PostgresAddress.decode(hostPart, part: "host")
            }
            if host?.contains(",") == true { throw BeatError.usage(L10n.pgOneHost) }
        }
        var database = pathPart.isEmpty ? nil : try PostgresAddress.decode(pathPart, part: "dbname")
        var schema = "beat"
        var tls: TLSMode?
        var rootCertificate: String?
        var seen = Set<String>()
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(kv[0])
            let value = try PostgresAddress.decode(kv.count > 1 ? kv[1] : "", part: key)
            guard seen.insert(key).inserted else { throw BeatError.usage(L10n.pgRepeatedParameter(key)) }
            switch key {
            case "schema": schema = value
            case "host": host = value
            case "port": port = try PostgresAddress.port(Substring(value))
            case "user": user = value
            case "password": password = value
            case "dbname": database = value
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else { throw BeatError.usage(L10n.pgBadSSLMode(value)) }
                tls = mode
            case "sslrootcert": rootCertificate = value
            case "application_name", "connect_timeout": break // libpq's; Beat sets its own
            default: throw BeatError.usage(L10n.pgUnknownParameter(key))
            }
        }
        guard PostgresAddress.isSchemaName(schema) else { throw BeatError.usage(L10n.pgBadSchema(schema)) }
        if host == nil || host!.isEmpty { host = env["PGHOST"].flatMap { $0.isEmpty ? nil : $0 } }
        if port == nil, let p = env["PGPORT"], !p.isEmpty { port = try PostgresAddress.port(Substring(p)) }
        let thePort = port ?? 5432
        let theHost = host ?? "/var/run/postgresql"
        self.endpoint = theHost.hasPrefix("/") ? .socket(folder: theHost, port: thePort) : .tcp(host: theHost, port: thePort)
        let theUser = user.flatMap { $0.isEmpty ? nil : $0 } ?? env["PGUSER"].flatMap { $0.isEmpty ? nil : $0 } ?? PostgresAddress.loginName(env)
        self.user = theUser
        self.database = database.flatMap { $0.isEmpty ? nil : $0 } ?? env["PGDATABASE"].flatMap { $0.isEmpty ? nil : $0 } ?? theUser
        self.schema = schema
        if case .socket = endpoint {
            // libpq sends nothing encrypted over a Unix socket; asking for it there is a mistake.
            if tls == .require || tls == .verifyFull { throw BeatError.usage(L10n.pgSSLOnSocket) }
            self.tls = .disable
        } else {
            self.tls = tls ?? .prefer
        }
        self.rootCertificate = rootCertificate
        self.password = password ?? env["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        if self.password == nil { self.password = PostgresAddress.passwordFromFile(self, environment: env) }
    }

    /// The address for messages and listings: never the password.
    public var display: String { shown(withSchema: true) }

    /// The database alone (no store's schema), for what speaks of the database: `beat store list`.
    public var databaseDisplay: String { shown(withSchema: false) }

    private func shown(withSchema: Bool) -> String {
        var out = "postgresql://" + PostgresAddress.encode(user) + "@"
        var parameters: [String] = []
        switch endpoint {
        case .tcp(let host, let port):
            out += (host.contains(":") ? "[\(host)]" : PostgresAddress.encode(host)) + (port == 5432 ? "" : ":\(port)")
            out += "/" + PostgresAddress.encode(database)
        case .socket(let folder, let port):
            out += "/" + PostgresAddress.encode(database)
            parameters += ["host=" + folder] + (port == 5432 ? [] : ["port=\(port)"])
        }
        if withSchema { parameters.append("schema=" + schema) }
        if tls == .require || tls == .verifyFull { parameters.append("sslmode=" + tls.rawValue) }
        return out + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
    }

    /// The same place with another schema (another store in the same database).
    public func with(schema: String) -> PostgresAddress {
        var copy = self
        copy.schema = schema
        return copy
    }

    /// A schema Beat creates and names unquoted: lower-case letters, digits and `_`, 1–58
    /// characters (the notification channel adds five), not starting with a digit nor with `pg_`.
    public static func isSchemaName(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard (1...58).contains(b.count), !s.hasPrefix("pg_"), !(b[0] >= 48 && b[0] <= 57) else { return false }
        return b.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }

    // MARK: Parts

    private static func decode(_ s: Substring, part: String) throws -> String {
        guard let d = String(s).removingPercentEncoding else { throw BeatError.usage(L10n.pgBadPart(part)) }
        return d
    }

    private static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    private static func port(_ s: Substring) throws -> Int {
        guard let p = Int(s), (1...65535).contains(p) else { throw BeatError.usage(L10n.pgBadPart("port")) }
        return p
    }

    private static func loginName(_ env: [String: String]) -> String {
        if let u = env["USER"], !u.isEmpty { return u }
        if let u = env["LOGNAME"], !u.isEmpty { return u }
        return NSUserName()
    }

    // MARK: The password file

    /// The password the password file gives for this address (libpq's rules: the first line
    /// `host:port:database:user:password` that matches, `*` matching anything, `\:` and `\\`
    /// escaped; a socket matches `localhost`; a file others can read is ignored, as libpq does).
    static func passwordFromFile(_ a: PostgresAddress, environment env: [String: String]) -> String? {
        let file = env["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.pgpass")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 == 0,
              let data = FileManager.default.contents(atPath: file) else { return nil }
        let (host, port): (String, Int)
        switch a.endpoint {
        case .tcp(let h, let p): (host, port) = (h, p)
        case .socket(_, let p): (host, port) = ("localhost", p)
        }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.hasPrefix("#") { continue }
            let fields = splitPassLine(Substring(line))
            guard fields.count == 5 else { continue }
            func matches(_ f: String, _ v: String) -> Bool { f == "*" || f == v }
            if matches(fields[0], host), matches(fields[1], String(port)), matches(fields[2], a.database), matches(fields[3], a.user) {
                return fields[4]
            }
        }
        return nil
    }

    private static func splitPassLine(_ line: Substring) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for ch in line {
            if escaped { fields[fields.count - 1].append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == ":" && fields.count < 5 { fields.append(""); continue }
            fields[fields.count - 1].append(ch)
        }
        return fields
    }
}

extension PostgresAddress: CustomStringConvertible {
    public var description: String { display }
}

extension PostgresAddress: CustomDebugStringConvertible, CustomReflectable {
    public var debugDescription: String { display }
    /// `dump` and the debugger show the display form too: the password stays out.
    public var customMirror: Mirror { Mirror(self, children: ["display": display]) }
}

extension PostgresAddress {
    /// Where a password sits in `text` written as an address (`…://USER:PASSWORD@…` or
    /// `password=…` among the parameters), as UTF-8 byte ranges; empty when it holds none.
    /// What `beat` blanks out of its own command line, so `ps` never shows a password.
    public static func passwordBytes(in text: [UInt8]) -> [Range<Int>] {
        guard let schemeEnd = find(Array("://".utf8), in: text, from: 0) else { return [] }
        let lower = String(decoding: text[..<schemeEnd], as: UTF8.self).lowercased()
        guard lower.hasSuffix("postgresql") || lower.hasSuffix("postgres") else { return [] }
        var out: [Range<Int>] = []
        let start = schemeEnd + 3
        let authorityEnd = text[start...].firstIndex { $0 == 47 || $0 == 63 } ?? text.count  // '/' or '?'
        if let at = text[start..<authorityEnd].lastIndex(of: 64), let colon = text[start..<at].firstIndex(of: 58), colon + 1 < at {
            out.append((colon + 1)..<at)
        }
        if let q = text[start...].firstIndex(of: 63) {
            var i = q + 1
            while i < text.count {
                let end = text[i...].firstIndex(of: 38) ?? text.count  // '&'
                let key = Array("password=".utf8)
                if end - i > key.count, Array(text[i..<(i + key.count)]) == key { out.append((i + key.count)..<end) }
                i = end + 1
            }
        }
        return out
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard hay.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
