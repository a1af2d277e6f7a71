import Testing
@testable import BibNormalize

@Test func bibnormalizeBuilds() {}
