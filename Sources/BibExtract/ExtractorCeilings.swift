/// The ceilings of extractors whose `recognizes` reads the whole text (see `Extractor.ceiling`): each gives one
/// fixed score, so the ceiling is that score. A test checks every extractor's scores against its ceiling.
extension ArticleTextExtractor {
    public var ceiling: Int { Self.score }
}

extension LayoutTextExtractor {
    public var ceiling: Int { Self.score }
}
