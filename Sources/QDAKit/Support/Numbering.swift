/// Numbers distinct values 0, 1, 2, … in the order they are first seen, so that work per
/// occurrence can use arrays indexed by number instead of looking the value up each time.
struct Numbering<Value: Hashable> {
    /// The values, by number.
    private(set) var values: [Value] = []
    private var numbers: [Value: Int] = [:]

    /// The number of `value`, given to it when first seen (then equal to the previous count).
    mutating func number(of value: Value) -> Int {
        if let known = numbers[value] { return known }
        numbers[value] = values.count
        values.append(value)
        return values.count - 1
    }
}
