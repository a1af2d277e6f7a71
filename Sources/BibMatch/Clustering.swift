/// Groups records linked by `.same` decisions into works. Links are taken strongest first. Before two
/// groups are joined, pairs across them are judged (a bounded, evenly spread sample of at most
/// `sampleSize` members of each group): the groups join when no pair across them is a veto (a version
/// link, different identifiers) and the agreeing pairs outweigh the distinct ones (`outweighs`). One noisy
/// record therefore cannot split a work of twenty, while a chain A≈B≈C cannot fuse two works that a rule
/// or the scores keep apart (A vs C: one agreement against one conflict).
struct Clustering {
    /// One accepted link, kept for `--explain`.
    struct Link: Sendable {
        let a: Int
        let b: Int
        let decision: PairDecision
    }

    /// What the pairs across two groups say.
    struct CrossEvidence: Sendable, Equatable {
        /// `.same` pairs count 1, `.review` pairs ½.
        var support = 0.0
        /// `.distinct` pairs.
        var conflicts = 0
        /// A pair that can never be joined across (a version link, different identifiers).
        var vetoed = false

        /// Agreement must be more than twice the conflicts, plus one: a lone link against a lone conflict
        /// (the chain A≈B≈C) does not join; twenty agreeing records against one odd record do.
        var outweighs: Bool { !vetoed && (conflicts == 0 || support >= Double(2 * conflicts + 1)) }
    }

    /// Members of each group sampled when judging pairs across two groups.
    static let sampleSize = 12

    private var parent: [Int]
    private var members: [[Int]]
    private(set) var links: [Link] = []
    /// Links refused, each with the first conflicting pair across the two groups.
    private(set) var refused: [(Link, blockedBy: (Int, Int, PairDecision))] = []
    /// Group pairs already refused, with their sizes then: not judged again until one of them grows.
    private var refusedGroups: [PairKey: Int] = [:]

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
            let groupPair = PairKey(x, y), sizes = members[x].count + members[y].count
            if refusedGroups[groupPair] == sizes { continue }
            let (evidence, conflict) = crossEvidence(x, y, judge: judge)
            if !evidence.outweighs, let conflict {
                refused.append((link, conflict))
                refusedGroups[groupPair] = sizes
                continue
            }
            let (big, small) = members[x].count >= members[y].count ? (x, y) : (y, x)
            parent[small] = big
            members[big] += members[small]
            members[small] = []
            links.append(link)
        }
    }

    /// The evidence across groups `x` and `y`, and the first conflicting pair.
    func crossEvidence(_ x: Int, _ y: Int, judge: (Int, Int) -> PairDecision) -> (CrossEvidence, (Int, Int, PairDecision)?) {
        var evidence = CrossEvidence()
        var first: (Int, Int, PairDecision)?
        for u in Self.sample(members[x]) {
            for v in Self.sample(members[y]) {
                let d = judge(u, v)
                switch d.outcome {
                case .same: evidence.support += 1
                case .review: evidence.support += 0.5
                case .distinct:
                    evidence.conflicts += 1
                    if d.isVeto { evidence.vetoed = true }
                    if first == nil || d.isVeto && first?.2.isVeto != true { first = (u, v, d) }
                case .preprintOf, .publishedVersionOf:
                    evidence.vetoed = true
                    first = (u, v, d)
                    return (evidence, first)
                }
            }
        }
        return (evidence, first)
    }

    /// At most `sampleSize` members, evenly spread over the group.
    static func sample(_ group: [Int]) -> [Int] {
        guard group.count > sampleSize else { return group }
        return (0..<sampleSize).map { group[$0 * group.count / sampleSize] }
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
