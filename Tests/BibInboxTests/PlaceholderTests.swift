import Testing
@testable import BibInbox

@Test func bibinboxBuilds() {}
