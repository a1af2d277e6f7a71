import Testing
@testable import BibMatch

@Test func bibmatchBuilds() {}
