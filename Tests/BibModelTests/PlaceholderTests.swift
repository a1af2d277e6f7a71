import Testing
@testable import BibModel

@Test func bibmodelBuilds() {}
