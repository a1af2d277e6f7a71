/// Volume and first page: where a work is printed, which two works almost never share.
enum Locators {
    /// Both records state a volume and a first page, and both are the same (and the containers, when
    /// both are named, are compatible).
    static func agree(_ a: MatchFeatures, _ b: MatchFeatures) -> Bool {
        guard let v = a.volume, v == b.volume, let p = a.pages, let q = b.pages, p.prefix == q.prefix, p.first == q.first else {
            return false
        }
        if let x = a.venue, let y = b.venue, !x.isCompatible(with: y) { return false }
        return true
    }

    /// The pages are a range of more than one page, the same on both sides where both print the last page.
    static func spanPages(_ a: MatchFeatures, _ b: MatchFeatures) -> Bool {
        guard let p = a.pages, let q = b.pages, p.first == q.first, p.last > p.first || q.last > q.first else { return false }
        return p.last == p.first || q.last == q.first || p.last == q.last
    }
}
