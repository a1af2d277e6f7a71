import Testing
@testable import BibStore

@Test func bibstoreBuilds() {}
