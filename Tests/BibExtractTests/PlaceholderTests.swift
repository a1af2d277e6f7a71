import Testing
@testable import BibExtract

@Test func bibextractBuilds() {}
