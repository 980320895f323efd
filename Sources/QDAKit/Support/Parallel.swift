import Dispatch
import Foundation

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

extension Parallel {
    /// The threads ``mapWaiting(_:_:)`` uses at most.
    static let waitingWidth = 8

    /// `items.map(transform)` for work that mostly waits for the disk (writing and syncing
    /// files), in the original order: on up to ``waitingWidth`` threads, more than there are
    /// cores, so that the waits overlap (a file system commits concurrent syncs together).
    static func mapWaiting<T: Sendable, U: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<U>(count: items.count)
        let next = NextIndex()
        let group = DispatchGroup()
        for _ in 0..<min(waitingWidth, items.count) {
            group.enter()
            Thread {
                while let index = next.take(below: items.count) { results.set(index, transform(items[index])) }
                group.leave()
            }.start()
        }
        group.wait()
        return results.values()
    }
}

/// Hands out the indices 0, 1, 2, … to threads, each once.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var next = 0

    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Slots written once each from concurrent iterations; each index is written by exactly
/// one iteration, so no two writes touch the same memory.
private final class ResultSlots<U>: @unchecked Sendable {
    /// Allocated once and never moved: `Array.withUnsafeMutableBufferPointer` would lend the
    /// array's buffer to one caller at a time (the array is empty meanwhile), so concurrent
    /// writers must not go through it.
    private let storage: UnsafeMutableBufferPointer<U?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: U) { storage[index] = value }

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
