@testable import BeatTUI
import BeatCore
import Foundation

extension ScreenTestCase {
    /// A printout of the test's store as `beat report` renders it, 80 columns wide.
    func printout(_ kind: ReportKind, _ options: ReportOptions = ReportOptions(), width: Int = 80) throws -> String {
        var o = options
        o.width = width
        return try Reports.print(kind: kind, format: .text, model: store.model, options: o, clock: clock,
                                 source: ReportSource(path: path, id: "test", seq: store.model.seq))
    }
}
