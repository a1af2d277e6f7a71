import ArgumentParser

/// The `bibd` command: a thin shell over BibPipeline.
@main
struct Bibd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bibd",
        abstract: "Turns scraped article pages into one clean, deduplicated bibliography.",
        discussion: """
            Pipeline: inbox → decode → parse → extract → normalize → match → merge → store (SQLite) → export.
            Settings come from --config, $BIBD_CONFIG, ./config/bibd.yaml, or the embedded defaults.
            """,
        version: BibdVersion.string,
        subcommands: [Init.self, Ingest.self, ExtractWorker.self, Watch.self, Refresh.self, Extract.self, Export.self, Show.self, Status.self,
                      Review.self, MergeWorks.self, Split.self, Distinct.self, Rekey.self, Serve.self,
                      Eval.self, BenchExtract.self, BenchRecords.self, BenchExport.self, BenchInbox.self, Dedup.self, BenchDedup.self, BenchServe.self]
    )
}

/// The version reported by `bibd --version` and written into failure sidecars.
enum BibdVersion {
    static let string = "0.1.0"
}
