import ArgumentParser

/// `--shard i/n`: the i-th of n parts of the notebooks (1-based), every n-th notebook in the order
/// they were found, so that n CI jobs render each notebook exactly once.
struct Shard: ExpressibleByArgument, Sendable {
    let index: Int
    let count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.index = index
        self.count = count
    }

    func select<Element>(_ elements: [Element]) -> [Element] {
        elements.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
