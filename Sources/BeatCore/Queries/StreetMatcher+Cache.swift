import Foundation

extension StreetMatcher {
    /// The matcher for `model`, kept from one call to the next while the model's beats and
    /// districts stay the same. Building one folds every street of every beat; the contact
    /// form asks at each place typed and at each save, and a city's streets made that the
    /// larger part of a save on the komenda store.
    public static func of(_ model: Model) -> StreetMatcher {
        cache.matcher(for: model)
    }

    private static let cache = Cache()

    /// The last matcher built, with what it was built from (arrays shared with the model
    /// compare in constant time while unchanged).
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var last: (beats: [Beat], districts: [District], matcher: StreetMatcher)?

        func matcher(for model: Model) -> StreetMatcher {
            lock.lock()
            defer { lock.unlock() }
            if let last, last.beats == model.beats, last.districts == model.districts { return last.matcher }
            let matcher = StreetMatcher(model)
            last = (model.beats, model.districts, matcher)
            return matcher
        }
    }
}
