import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A reader that goes away (`bibd ingest … | head -1`): the command ends quietly with status 141 after the unit
/// of work it reported, never with a crash, and what it did is whole in the store.
@Suite struct ClosedOutputTests {
    /// Runs `bibd ARGS` with its standard output a pipe whose reading end is already closed.
    static func runWithClosedOutput(_ args: [String], in dir: URL) throws -> (status: Int32, err: String) {
        let bibd = try #require(BibdProcess.binary, "the bibd binary was not built next to the tests")
        let p = Process()
        p.executableURL = bibd
        p.arguments = args
        p.currentDirectoryURL = dir
        let pipe = Pipe()
        let err = dir.appendingPathComponent("closed-output.err")
        FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = pipe
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try pipe.fileHandleForReading.close()
        try p.run()
        p.waitUntilExit()
        let status = p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus
        return (status, (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    @Test func ingestIntoAClosedPipeStopsAfterTheFileItReportedWithStatus141() throws {
        let box = try InboxSandbox()
        let pages = box.root.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        for n in 0..<5 { try Data(SyntheticDumps.text("closed", n).utf8).write(to: pages.appendingPathComponent("p\(n).txt")) }
        let r = try Self.runWithClosedOutput(["ingest", "--store", box.store.path, pages.path], in: box.root)
        #expect(r.status == 141, "status \(r.status): \(r.err.suffix(1500))")
        #expect(!r.err.contains("Fatal error") && !r.err.contains("crashed"), "\(r.err.suffix(1500))")
        // The file it reported is stored whole; the store opens and answers.
        let status = try BibdProcess.run(["status", "--store", box.store.path], in: box.root)
        #expect(status.status == 0 && status.out.contains("sources: 1"), "\(status.out) \(status.err)")
        #expect(Set(box.names(in: pages)).count == 5, "an ingested path is never moved or removed")
    }

    @Test func exportAndExtractIntoAClosedPipeNeverCrash() throws {
        let box = try InboxSandbox()
        let page = box.root.appendingPathComponent("p.txt")
        try Data(SyntheticDumps.text("closed", 1).utf8).write(to: page)
        _ = try BibdProcess.run(["ingest", "--store", box.store.path, page.path], in: box.root)
        for args in [["export", "--store", box.store.path, "--format", "bibtex"], ["extract", page.path], ["status", "--store", box.store.path]] {
            let r = try Self.runWithClosedOutput(args, in: box.root)
            #expect(r.status == 141, "\(args[0]): status \(r.status): \(r.err.suffix(1500))")
            #expect(!r.err.contains("Fatal error"), "\(args[0]): \(r.err.suffix(1500))")
        }
    }
}
