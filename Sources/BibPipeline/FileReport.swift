/// What happened to one input file.
public struct FileReport: Sendable, Equatable {
    public var file: String
    public var sha256: String?
    public var extractor: String?
    public var outcome: Outcome
    /// How many records the file gave (a record file gives many).
    public var records: Int
    /// How many of them joined a work already in the store before this file.
    public var joinedExisting: Int
    /// What the reader reported by line ("name: line N: why"): records it could not read, records it read
    /// despite a flaw (a RIS record without ER).
    public var problems: [String]

    public init(file: String, sha256: String? = nil, extractor: String? = nil, outcome: Outcome,
                records: Int = 0, joinedExisting: Int = 0, problems: [String] = []) {
        self.file = file; self.sha256 = sha256; self.extractor = extractor; self.outcome = outcome
        self.records = records; self.joinedExisting = joinedExisting; self.problems = problems
    }

    /// The outcomes a file can have: nothing is ever dropped silently.
    public enum Outcome: Sendable, Equatable {
        /// Stored; the ids of the works it created or joined.
        case ingested(works: [String])
        /// The same bytes were ingested before, under this name: nothing changed.
        case duplicate(of: String)
        /// Not ingested, with the reason; the store is unchanged by this file.
        case failed(String)
        /// Not ingested because the store could not be written (no fault of the file: try it again later).
        case storeUnavailable(String)
        /// Not ingested because the extraction worker could not run: it could not start, or was killed from
        /// outside (no fault of the file: it is tried again later, and nothing about it is recorded in the store).
        case workerUnavailable(String)

        public var isFailure: Bool {
            switch self {
            case .failed, .storeUnavailable, .workerUnavailable: return true
            case .ingested, .duplicate: return false
            }
        }

        public var label: String {
            switch self {
            case .ingested: return "ingested"
            case .duplicate: return "duplicate"
            case .failed: return "failed"
            case .storeUnavailable: return "store unavailable"
            case .workerUnavailable: return "extraction worker unavailable"
            }
        }
    }

    /// One line for people: "file: ingested (extractor) → works" or the reason it failed.
    public var message: String {
        switch outcome {
        case .ingested(let works) where works.isEmpty:
            return "ingested by \(extractor ?? "?") as a fragment (no title): kept, not exported, until the work it belongs to arrives"
        case .ingested(let works) where records > 1:
            return "ingested by \(extractor ?? "?"): \(records) records into \(works.count) works, \(joinedExisting) joined existing works"
                + (problems.isEmpty ? "" : "; \(problems.count) problem\(problems.count == 1 ? "" : "s") reported by line")
        case .ingested(let works): return "ingested by \(extractor ?? "?") into \(works.joined(separator: ", "))"
        case .duplicate(let of): return "already ingested (same content as \(of)); nothing changed"
        case .failed(let why), .storeUnavailable(let why), .workerUnavailable(let why): return why
        }
    }
}
