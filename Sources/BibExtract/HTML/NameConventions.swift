import BibModel

/// Name orders that the words of a name cannot show by themselves: Han names (family first, no comma) and
/// lists that mark every family name with capitals ("Kenji SATO", "Daisuke ITO", as J-STAGE prints them).
enum NameConventions {
    /// Two-character Chinese family names; any other unspaced Han name's family name is its first character.
    static let compoundHanSurnames: Set<String> = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
                                                   "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "南宫",
                                                   "西门", "独孤", "呼延", "澹台", "歐陽", "諸葛", "長孫"]

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x2FFFF).contains($0.value) }
    }

    /// "王晓明" → 王, 晓明; "欧阳丽华" → 欧阳, 丽华; "山田 太郎" → 山田, 太郎. Nil when the name is not all Han.
    static func hanName(_ name: String) -> Person? {
        let words = name.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy(isHan) }) else { return nil }
        if words.count == 2 { return Person(family: words[0], given: words[1]) }
        // Unspaced: a Chinese name of two or three characters (four with a compound surname). A longer one is as
        // likely Japanese ("山田太郎", a two-character family name) and is left whole.
        let compound = name.count >= 3 && compoundHanSurnames.contains(String(name.prefix(2)))
        guard words.count == 1, (2...3).contains(name.count) || (name.count == 4 && compound) else { return nil }
        let n = compound ? 2 : 1
        return Person(family: String(name.prefix(n)), given: String(name.dropFirst(n)))
    }

    /// The one word of capitals in a comma-free name ("SATO" in "Kenji SATO"), with its position.
    static func capitalWord(_ name: String) -> (index: Int, word: String)? {
        guard !name.utf8.contains(0x2C) else { return nil }
        let words = name.split(separator: " ").map(String.init)
        let caps = words.enumerated().filter { _, w in
            let letters = w.filter(\.isLetter)
            return letters.count >= 2 && !w.utf8.contains(0x2E) && letters.allSatisfy(\.isUppercase)
                && !Person.postNominals.contains(String(letters))
        }
        guard words.count >= 2, caps.count == 1, words.contains(where: { $0.contains(where: \.isLowercase) }) else { return nil }
        return (caps[0].offset, caps[0].element)
    }

    /// Whether every name of the list marks its family name with capitals, and at least one of those words is
    /// longer than initials can be (so "Smith JA, Jones KM" is never read this way).
    static func capitalFamilies(_ names: [String]) -> Bool {
        let words = names.map(capitalWord)
        return !names.isEmpty && words.allSatisfy { $0 != nil } && words.contains { ($0?.word.count ?? 0) >= 4 }
    }

    /// The person of a name whose capital word is the family name; the capitals are a marker, not the spelling.
    static func capitalFamilyPerson(_ name: String) -> Person? {
        guard let (i, word) = capitalWord(name) else { return nil }
        var words = name.split(separator: " ").map(String.init)
        words.remove(at: i)
        let family = word.split(separator: "-").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
        return Person(family: family, given: words.joined(separator: " "))
    }
}
