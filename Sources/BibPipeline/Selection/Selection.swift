import BibModel
import Foundation

/// Which works an export writes: the whole store, or the works with these citation keys.
public enum Selection: Sendable, Equatable {
    /// Every work in the store (no selection, `\citation{*}`, biblatex's `\nocite{*}`, Pandoc's `nocite: '@*'`).
    case all
    /// The works with these citation keys, in the order they were first cited, without repeats.
    case keys([String])
}

/// Collects cited keys in first-cited order; a `*` anywhere turns the result into `.all`.
struct CitedKeys {
    private(set) var all = false
    private(set) var keys: [String] = []
    private var seen: Set<String> = []

    init() {}

    /// Adds one key; blank keys (as in `\citation{a,,b}`) are dropped, and `*` means all.
    mutating func add(_ key: String) {
        let key = key.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else { return }
        if key == "*" { all = true; return }
        if seen.insert(key).inserted { keys.append(key) }
    }

    mutating func add(_ other: Selection) {
        switch other {
        case .all: all = true
        case .keys(let ks): ks.forEach { add($0) }
        }
    }

    var selection: Selection { all ? .all : .keys(keys) }
}

/// The works a selection picks, in store order; the selected keys that no work in the store has (in the order
/// they were cited), so the caller can warn about each; and the selected keys that are aliases (the key of a work
/// since fused into another) with the key they now resolve to. Keys match exactly, as Biber and Pandoc match them.
public func select(_ works: [Work], by selection: Selection)
    -> (works: [Work], missing: [String], renamed: [(alias: String, key: String)]) {
    switch selection {
    case .all:
        return (works, [], [])
    case .keys(let keys):
        let wanted = Set(keys)
        let picked = works.filter { w in w.citekey.map(wanted.contains) ?? false || w.aliases.contains(where: wanted.contains) }
        let primary = Set(picked.compactMap(\.citekey))
        var keyOfAlias: [String: String] = [:]
        for w in picked { for a in w.aliases { keyOfAlias[a] = w.citekey ?? w.id } }
        let renamed = keys.filter { !primary.contains($0) }.compactMap { k in keyOfAlias[k].map { (alias: k, key: $0) } }
        return (picked, keys.filter { !primary.contains($0) && keyOfAlias[$0] == nil }, renamed)
    }
}
