import Testing
@testable import BibParse

@Test func bibparseBuilds() {}
