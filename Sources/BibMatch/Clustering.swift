/// Groups records linked by `.same` decisions into works. Links are taken strongest first, and two
/// groups are joined only when no pair across them is decided distinct, so a chain of weak links
/// (A≈B, B≈C) cannot fuse two works that a rule or the scores keep apart (A vs C).
struct Clustering {
    /// One accepted link, kept for `--explain`.
    struct Link: Sendable {
        let a: Int
        let b: Int
        let decision: PairDecision
    }

    private var parent: [Int]
    private var members: [[Int]]
    private(set) var links: [Link] = []
    /// Links refused because a pair across the two groups is distinct.
    private(set) var refused: [(Link, blockedBy: (Int, Int, PairDecision))] = []

    init(count: Int) {
        parent = Array(0..<count)
        members = (0..<count).map { [$0] }
    }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }

    /// Applies `.same` links in order of decreasing score; `judge` decides pairs not yet decided.
    mutating func build(from candidates: [Link], judge: (Int, Int) -> PairDecision) {
        let ordered = candidates.sorted { ($0.decision.score, $1.a, $1.b) > ($1.decision.score, $0.a, $0.b) }
        for link in ordered {
            let x = find(link.a), y = find(link.b)
            if x == y { continue }
            if let conflict = firstConflict(x, y, judge: judge) {
                refused.append((link, conflict))
                continue
            }
            let (big, small) = members[x].count >= members[y].count ? (x, y) : (y, x)
            parent[small] = big
            members[big] += members[small]
            members[small] = []
            links.append(link)
        }
    }

    private func firstConflict(_ x: Int, _ y: Int, judge: (Int, Int) -> PairDecision) -> (Int, Int, PairDecision)? {
        for u in members[x] {
            for v in members[y] {
                let d = judge(u, v)
                if d.outcome == .distinct || d.outcome == .preprintOf || d.outcome == .publishedVersionOf { return (u, v, d) }
            }
        }
        return nil
    }

    /// Groups of more than one record, each sorted, in order of their first member.
    mutating func groups() -> [[Int]] {
        var out: [[Int]] = []
        for i in 0..<parent.count where find(i) == i && members[i].count > 1 {
            out.append(members[i].sorted())
        }
        return out.sorted { $0[0] < $1[0] }
    }
}
