@testable import BeatTUI
import Foundation
import XCTest

/// The man page and the shell completions shipped in share/ are the binary's own (made by
/// `share/regenerate`), name every command and option, and complete in a real bash.
final class ShellFilesTests: XCTestCase {
    static let share = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("share").path
    static let scripts = ["bash": "bash-completion/completions/beat", "zsh": "zsh/site-functions/_beat",
                          "fish": "fish/vendor_completions.d/beat.fish"]
    static let manual = "man/man1/beat.1"

    var beat: BeatBinary { BeatBinary(data: temporaryFolder(self)) }

    func shipped(_ path: String) throws -> String {
        try String(contentsOfFile: Self.share + "/" + path, encoding: .utf8)
    }

    /// The command tree as the binary's parser describes it.
    func tree() throws -> CommandTree {
        struct Dump: Decodable { var command: CommandTree }
        let r = try beat.run(["--experimental-dump-help"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return try JSONDecoder().decode(Dump.self, from: Data(r.stdout.utf8)).command
    }

    func testTheShippedFilesAreTheBinarysOwn() throws {
        for (shell, path) in Self.scripts {
            let r = try beat.run(["--generate-completion-script", shell])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(r.stdout, try shipped(path), "share/\(path) is out of date: run share/regenerate")
        }
        let page = try shipped(Self.manual)
        let date = try XCTUnwrap(page.split(separator: "\n").first { $0.hasPrefix(".TH BEAT 1 ") }?.split(separator: " ")[3])
        let r = try beat.run(["manual", "--date", String(date)])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, page, "share/\(Self.manual) is out of date: run share/regenerate")
    }

    func testEveryFileNamesEverySubcommand() throws {
        let tree = try tree()
        let commands = tree.visible()
        XCTAssertGreaterThan(commands.count, 30)
        XCTAssertFalse(commands.contains { $0.path.first == "debug" || $0.path.first == "manual" }, "hidden commands stay hidden")
        let page = try shipped(Self.manual)
        for (shell, path) in Self.scripts {
            let script = try shipped(path)
            for (p, _) in commands {
                let name = try XCTUnwrap(p.last)
                XCTAssertNotNil(script.range(of: "\\b" + NSRegularExpression.escapedPattern(for: name) + "\\b", options: .regularExpression),
                                "\(shell) completion lacks \(p.joined(separator: " "))")
            }
        }
        for (p, c) in commands {
            let heading = ".SS \"" + Manual.roff((["beat"] + p).joined(separator: " "))
            XCTAssertTrue(page.contains(heading), "the man page lacks \(p.joined(separator: " "))")
            // Every option and every value it takes.
            for a in c.arguments ?? [] where a.shouldDisplay {
                for n in a.names ?? [] { XCTAssertTrue(page.contains("\\fB" + Manual.roff(n.spelled) + "\\fR"), "\(p): \(n.spelled)") }
                for v in a.allValues ?? [] { XCTAssertTrue(page.contains(Manual.roff(v)), "\(p): value \(v)") }
            }
        }
    }

    func testTheManPageReadsInMan() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else { throw XCTSkip("no man here") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/man")
        p.arguments = ["-l", Self.share + "/" + Self.manual]
        p.environment = ["MANWIDTH": "80", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "MANPAGER": "cat", "PAGER": "cat"]
        let r = try BeatBinary.capture(p)
        let text = r.stdout, warnings = r.stderr
        XCTAssertEqual(r.status, 0, warnings)
        XCTAssertEqual(warnings, "", "roff warnings")
        for words in ["beat task status ID STATUS", "EXIT STATUS", "BEAT_LOCK_TIMEOUT", "Values: open, in-progress, done, not-done, cancelled."] {
            XCTAssertTrue(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(words), words)
        }
    }

    func testBashCompletesCommandsOptionsAndValues() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { throw XCTSkip("no bash here") }
        // The completion function, called as bash calls it for each line typed so far.
        let script = """
        source '\(Self.share)/\(Self.scripts["bash"]!)'
        complete() { COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$COMP_LINE"
          [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=()
          _beat beat "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; echo "${COMPREPLY[*]}"; }
        complete "beat ta"
        complete "beat task "
        complete "beat task list --status "
        complete "beat task status 3 "
        complete "beat report "
        complete "beat contact add --channel "
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        p.environment = ["PATH": URL(fileURLWithPath: BeatBinary.path).deletingLastPathComponent().path + ":/usr/bin:/bin"]
        let lines = try BeatBinary.capture(p).stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "task",
            "-h --help list add status note support",
            "open in-progress done not-done cancelled",
            "open in-progress done not-done cancelled",
            "progress officer plan contacts districts letter meeting invitation programme threats",
            "beat office-hours phone email letter community-meeting map-report",
        ])
    }
}
