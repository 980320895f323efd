import Dispatch

/// Runs independent work on all cores.
enum Parallel {
    /// `items.map(transform)`, computed concurrently, in the original order.
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }
}

/// Slots written once each from concurrent iterations; each index is written by exactly
/// one iteration, so no two writes touch the same memory.
private final class ResultSlots<U>: @unchecked Sendable {
    private var storage: [U?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: U) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [U] { storage.map { $0! } }
}

/// Work started on another thread when created; ``wait()`` returns its result.
final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the work, read after `done` was signalled.
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the work to finish and returns its result (the same result every time).
    func wait() -> T {
        done.wait()
        done.signal()
        return result!
    }
}
