import Testing
@testable import BibPipeline

@Test func bibpipelineBuilds() {}
