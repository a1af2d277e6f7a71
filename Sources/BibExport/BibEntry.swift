import BibModel

/// One BibTeX/biblatex entry ready to print: type, key and fields in output order.
struct BibEntry: Sendable, Equatable {
    /// A field value: braced text (already escaped) or a bare macro name such as a month (`may`).
    enum Value: Sendable, Equatable {
        case braced(String)
        case macro(String)
    }

    var type: String
    var key: String
    var fields: [(name: String, value: Value)]

    /// The entry as text: one field per line, two-space indent, a trailing comma after each field.
    var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(fields.reduce(type.utf8.count + key.utf8.count + 8) { total, field in
            switch field.value {
            case .braced(let v), .macro(let v): return total + field.name.utf8.count + v.utf8.count + 10
            }
        })
        out.append(0x40)
        out += type.utf8
        out.append(0x7B)
        out += key.utf8
        out += ",\n".utf8
        for field in fields {
            out += "  ".utf8
            out += field.name.utf8
            switch field.value {
            case .braced(let v):
                out += " = {".utf8
                out += v.utf8
                out += "},\n".utf8
            case .macro(let m):
                out += " = ".utf8
                out += m.utf8
                out += ",\n".utf8
            }
        }
        out += "}\n".utf8
        return String(decoding: out, as: UTF8.self)
    }

    static func == (a: BibEntry, b: BibEntry) -> Bool {
        a.type == b.type && a.key == b.key && a.fields.elementsEqual(b.fields) { $0.name == $1.name && $0.value == $1.value }
    }
}

/// The pieces of a record a BibTeX-family entry can hold. Formats name them differently per entry type.
enum BibSlot: Int, Sendable, Hashable, CaseIterable {
    case author, title, host, container, containerShort, publisher
    case date, year, month
    case volume, issue, pages, articleNumber
    case doi, url, eprint, eprinttype, pmid, pmcid, issn
    case abstract, keywords, language
}

/// The value of each slot a record fills: a table indexed by slot, the one lookup the writer does per field.
struct BibSlotValues {
    private static let slotCount = BibSlot.allCases.count
    private var values = [BibEntry.Value?](repeating: nil, count: slotCount)

    subscript(slot: BibSlot) -> BibEntry.Value? {
        get { values[slot.rawValue] }
        set { values[slot.rawValue] = newValue }
    }
}

/// One entry type of a format: when it applies and which slots it writes under which field names.
struct BibEntryRule: Sendable {
    /// The entry type name ("article", "online").
    var type: String
    /// Each inner list is "at least one of these slots must have a value"; all lists must hold.
    var requires: [[BibSlot]]
    /// Type-specific slots and their field names (added to the format's common fields).
    var fields: [BibSlot: String]
    /// Constant fields stating what the source said about the kind of work ("note = {Preprint}").
    var fixed: [(name: String, value: String)] = []
}

/// A BibTeX-family format: its entry-type table, the fields every type writes, and how text is spelled.
struct BibFormat: Sendable {
    var encoding: TeXEncoding
    /// Work type → preferred entry rule; used when its requirements hold, else `fallback`.
    var rules: [WorkType: BibEntryRule]
    /// The rule for works whose preferred rule does not apply; `nil` requirements failing means omission.
    var fallback: BibEntryRule
    /// Slots written for every entry type, with their field names.
    var common: [BibSlot: String]
    /// Field order in the output, by slot.
    var order: [BibSlot]
    /// Whether a PubMed id goes into `eprint`/`eprinttype` when there is no arXiv id (biblatex).
    var pubmedAsEprint: Bool
    /// The field that lists other keys of an entry (biblatex `ids`); nil where the format has none.
    var aliasField: String? = nil
    /// Whether an article number goes into `pages` when the entry type has no field of its own for it and no page
    /// range is known (classic BibTeX: the standard styles print `pages` and ignore `eid`, as Zotero and Better
    /// BibTeX write it).
    var articleNumberAsPages: Bool = false
}
