/// Finds many byte patterns in one pass over a text: an Aho–Corasick automaton compiled
/// to a dense transition table.
///
/// The byte alphabet is reduced to the bytes that occur in the patterns plus one class for
/// every other byte, so the table stays small (states × classes) however many patterns there
/// are. Scanning costs two table look-ups per byte of text, whatever the number of patterns.
struct MultiPatternMatcher: Sendable {
    /// The patterns, in the order given.
    let patterns: [[UInt8]]
    private let byteClass: [UInt16]
    private let classCount: Int
    private let transitions: [Int32]
    private let outputStart: [Int32]
    private let outputs: [Int32]

    /// Compiles `patterns` (each non-empty). Equal patterns are both reported.
    init(patterns: [[UInt8]]) {
        self.patterns = patterns
        var classes = [UInt16](repeating: 0, count: 256)
        var next: UInt16 = 1
        for pattern in patterns {
            for byte in pattern where classes[Int(byte)] == 0 {
                classes[Int(byte)] = next
                next += 1
            }
        }
        byteClass = classes
        classCount = Int(next)

        // The trie.
        var children: [[Int32]] = [[Int32](repeating: -1, count: classCount)]
        var ownOutputs: [[Int32]] = [[]]
        for (id, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                let symbol = Int(classes[Int(byte)])
                if children[state][symbol] < 0 {
                    children[state][symbol] = Int32(children.count)
                    children.append([Int32](repeating: -1, count: classCount))
                    ownOutputs.append([])
                }
                state = Int(children[state][symbol])
            }
            ownOutputs[state].append(Int32(id))
        }

        // Breadth-first: failure links, complete transitions, merged outputs.
        let stateCount = children.count
        var table = [Int32](repeating: 0, count: stateCount * classCount)
        var failure = [Int32](repeating: 0, count: stateCount)
        var merged = ownOutputs
        var queue: [Int] = []
        queue.reserveCapacity(stateCount)
        for symbol in 0..<classCount {
            let child = children[0][symbol]
            if child >= 0 {
                table[symbol] = child
                failure[Int(child)] = 0
                queue.append(Int(child))
            } else {
                table[symbol] = 0
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fail = Int(failure[state])
            if !merged[fail].isEmpty { merged[state] += merged[fail] }
            for symbol in 0..<classCount {
                let child = children[state][symbol]
                if child >= 0 {
                    failure[Int(child)] = table[fail * classCount + symbol]
                    table[state * classCount + symbol] = child
                    queue.append(Int(child))
                } else {
                    table[state * classCount + symbol] = table[fail * classCount + symbol]
                }
            }
        }
        transitions = table
        var starts: [Int32] = [0]
        var flat: [Int32] = []
        for list in merged {
            flat += list
            starts.append(Int32(flat.count))
        }
        outputStart = starts
        outputs = flat
    }

    /// Calls `found(pattern, end)` for every occurrence of every pattern in `text`, where
    /// `end` is the index just past the occurrence, in order of `end`.
    func scan(_ text: [UInt8], count: Int? = nil, _ found: (_ pattern: Int, _ end: Int) -> Void) {
        guard !patterns.isEmpty else { return }
        let length = min(count ?? text.count, text.count)
        text.withUnsafeBufferPointer { bytes in
            byteClass.withUnsafeBufferPointer { byteClass in
                transitions.withUnsafeBufferPointer { transitions in
                    outputStart.withUnsafeBufferPointer { outputStart in
                        var state = 0
                        let classCount = self.classCount
                        for index in 0..<length {
                            state = Int(transitions[state &* classCount &+ Int(byteClass[Int(bytes[index])])])
                            let lower = Int(outputStart[state])
                            let upper = Int(outputStart[state &+ 1])
                            if lower != upper {
                                for output in lower..<upper { found(Int(outputs[output]), index + 1) }
                            }
                        }
                    }
                }
            }
        }
    }
}
