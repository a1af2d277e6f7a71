import Testing
@testable import BibExport

@Test func bibexportBuilds() {}
