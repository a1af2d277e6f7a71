/// The headings pages and records print over an abstract, lower-case, in English and the other languages journals
/// print beside it: one list for the page rules, the text readings and the normaliser that drops a heading left at
/// the start of an abstract's text.
public enum AbstractHeadings {
    public static let words = [
        "abstract", "summary", "résumé", "resumen", "resumo", "riassunto", "zusammenfassung", "samenvatting",
        "sammanfattning", "sammendrag", "tiivistelmä", "streszczenie", "abstrakt", "özet", "аннотация", "реферат",
        "摘要", "要旨", "抄録", "초록", "요약",
    ]
}
