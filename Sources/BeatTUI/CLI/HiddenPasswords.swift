import BeatPostgres
#if canImport(Glibc)
import Glibc
#endif

/// A password given in a `postgresql://` argument is blanked out of the process's own
/// command line (the memory `ps` and /proc/PID/cmdline read) as soon as Beat starts; the
/// arguments Beat parses were copied before.
enum HiddenPasswords {
    static func blankOutOfCommandLine() {
        let argv = CommandLine.unsafeArgv
        for k in 1..<Int(CommandLine.argc) {
            guard let arg = argv[k] else { continue }
            let length = strlen(arg)
            let bytes = (0..<length).map { UInt8(bitPattern: arg[$0]) }
            // `--data=postgresql://…` too: the scheme is found wherever it ends.
            for range in PostgresAddress.passwordBytes(in: bytes) {
                for i in range { arg[i] = 42 } // '*'
            }
        }
    }
}
