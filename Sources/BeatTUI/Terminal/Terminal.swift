/// Where the interface is shown and keys come from: curses on a real terminal, or a
/// virtual grid (tests, `--headless`). Everything above this protocol is plain values.
protocol Terminal: AnyObject {
    /// Rows and columns now.
    var size: (rows: Int, cols: Int) { get }
    /// Shows the canvas (only what changed, where the terminal can tell).
    func show(_ canvas: Canvas)
    /// The next key, waiting at most `timeout` seconds; nil when none came.
    func nextKey(timeout: Double) -> Key?
    /// Steps aside while `body` runs another program on the terminal (an editor), then
    /// takes the screen back and redraws it whole.
    func suspended<T>(_ body: () -> T) -> T
}

/// A terminal in memory: keys are queued in advance, the last canvas shown is kept.
final class VirtualTerminal: Terminal {
    var size: (rows: Int, cols: Int)
    var keys: [Key]
    private(set) var shown: Canvas?
    private(set) var frames = 0

    init(rows: Int, cols: Int, keys: [Key] = []) {
        size = (rows, cols)
        self.keys = keys
    }

    func show(_ canvas: Canvas) {
        shown = canvas
        frames += 1
    }

    func nextKey(timeout: Double) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    func suspended<T>(_ body: () -> T) -> T { body() }

    /// Changes the size, as a resize of a real terminal would, and queues the resize key.
    func resize(rows: Int, cols: Int) {
        size = (rows, cols)
        keys.insert(.resize, at: 0)
    }
}
