import BibExtract
import BibModel
import BibNormalize
import BibParse

/// One parser family a fuzz target exercises: the kind of page its input is read as, and the readers
/// that are called on that page directly (so the family's parser is reached whatever the registry would choose).
public struct FuzzFamily: Sendable {
    /// The kind the fuzz input is parsed as, whatever its content says.
    public let kind: InputKind
    /// The family's own readers, each run on every input.
    public let readers: [any Extractor]
    /// Whether the input also goes through the registry (recognition, then the chosen extractor), as a file does.
    public let throughRegistry: Bool

    public init(kind: InputKind, readers: [any Extractor], throughRegistry: Bool) {
        self.kind = kind; self.readers = readers; self.throughRegistry = throughRegistry
    }

    /// Runs the family on one input; errors are outcomes, only a crash, a hang or a leak is a finding.
    public func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        guard let data, size > 0 else { return }
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        guard let page = try? Page.load(bytes: bytes, as: kind) else { return }
        for reader in readers {
            if let file = reader as? any RecordFileReader {
                normalize(file.read(page).records)
            } else if let records = try? reader.extract(page) {
                normalize(records)
            }
        }
        if throughRegistry, let extraction = try? Registry.extract(page) {
            normalize(extraction.records)
        }
    }

    private func normalize(_ records: [Record]) {
        for r in records { _ = Normalizer.normalize(r) }
    }
}
