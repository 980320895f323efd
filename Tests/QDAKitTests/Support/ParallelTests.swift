import Foundation
import Testing

@testable import QDAKit

@Suite("Work on several threads gives the results in the original order")
struct ParallelTests {
    @Test("map and mapWaiting equal a plain map, for no, one and many items")
    func sameAsPlainMap() {
        for count in [0, 1, 2, 7, 1000] {
            let items = Array(0..<count)
            let expected = items.map { $0 * $0 + 1 }
            #expect(Parallel.map(items) { $0 * $0 + 1 } == expected)
            #expect(Parallel.mapWaiting(items) { $0 * $0 + 1 } == expected)
        }
    }

    @Test("mapWaiting runs eight items at once: each waits until all eight have started")
    func eightAtOnce() {
        let barrier = Barrier(parties: Parallel.waitingWidth)
        // On fewer threads the first items would wait for items that never start: they give up
        // after 10 s and report false.
        let met = Parallel.mapWaiting(Array(0..<Parallel.waitingWidth)) { _ in barrier.arriveAndWait(seconds: 10) }
        #expect(met == Array(repeating: true, count: Parallel.waitingWidth))
    }
}

/// Lets threads wait until `parties` of them have arrived.
private final class Barrier: @unchecked Sendable {
    private let condition = NSCondition()
    private let parties: Int
    /// Guarded by `condition`.
    private var arrived = 0

    init(parties: Int) { self.parties = parties }

    /// Whether all parties arrived within `seconds`.
    func arriveAndWait(seconds: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        condition.broadcast()
        let deadline = Date(timeIntervalSinceNow: seconds)
        while arrived < parties {
            if !condition.wait(until: deadline) { return arrived >= parties }
        }
        return true
    }
}
