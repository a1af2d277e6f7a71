import Testing
@testable import BibMerge

@Test func bibmergeBuilds() {}
