import BibInbox
import BibPipeline
import Foundation
import Logging
import Testing

/// Any valid file name, up to 255 bytes, ends in processed/ or failed/; control characters never reach a log
/// line or a message unescaped.
@Suite struct NameLimitTests {
    static let loginPage = "<html><head><title>Log in</title></head><body><nav>Home | About</nav></body></html>"

    /// A name of exactly `bytes` UTF-8 bytes (multi-byte characters included) ending in `ext`.
    func longName(_ bytes: Int, ext: String, seed: String) -> String {
        var stem = seed + "-"
        while stem.utf8.count + ext.utf8.count + 2 <= bytes - 20 { stem += "é" }
        while stem.utf8.count + ext.utf8.count < bytes { stem += "x" }
        return stem + ext
    }

    func write(_ text: String, as name: String, in box: InboxSandbox) throws {
        try Data(text.utf8).write(to: box.inbox.appendingPathComponent(name))
    }

    @Test func a255ByteNameThatFailsIsSetAsideWithASidecarNamingIt() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        let name = longName(255, ext: ".html", seed: "a")
        #expect(name.utf8.count == 255)
        try write(Self.loginPage, as: name, in: box)
        #expect(p.process(p.scan()).failed == 1)
        try write("", as: name, in: box)
        #expect(p.process(p.scan()).failed == 1)
        #expect(box.names(in: box.inbox).isEmpty, "the long name stayed in the inbox")
        let kept = box.failedFiles
        #expect(kept.count == 2 && kept.allSatisfy { $0.hasSuffix(".html") && $0.utf8.count <= 255 - 11 })
        for k in kept { #expect(try box.sidecar(k)["file"] == name) }
    }

    /// A file named like a sidecar that failed earlier is never overwritten by the sidecar of a later failure
    /// (a user copying failed/ back into the inbox to retry).
    @Test func aSidecarNeverOverwritesAFailedFileNamedLikeIt() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        try write(Self.loginPage, as: "x.html.error.json", in: box)
        #expect(p.process(p.scan()).failed == 1)
        try write(Self.loginPage, as: "x.html", in: box)
        #expect(p.process(p.scan()).failed == 1)
        let kept = box.names(in: box.failed)
        #expect(kept.count == 4, "two files and their two sidecars: \(kept)")
        let earlier = try String(contentsOf: box.failed.appendingPathComponent("x.html.error.json"), encoding: .utf8)
        #expect(earlier == Self.loginPage, "the earlier failed file was overwritten by a sidecar")
    }

    @Test func maximalNamesThatClashInProcessedAreAllKept() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        let name = longName(255, ext: ".txt", seed: "b")
        for n in 1...3 {
            try write(SyntheticDumps.text("long", n), as: name, in: box)
            #expect(p.process(p.scan()).ingested == 1)
        }
        #expect(box.names(in: box.inbox).isEmpty)
        let kept = box.names(in: box.processed)
        #expect(kept.count == 3 && kept.contains(name) && kept.allSatisfy { $0.utf8.count <= 255 })
    }

    @Test func shortenedNamesOfDifferentLongNamesDiffer() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        let a = longName(255, ext: ".html", seed: "same"), b = String(a.dropLast(6)) + "Z.html"
        try write(Self.loginPage, as: a, in: box)
        try write(Self.loginPage + " ", as: b, in: box)
        #expect(p.process(p.scan()).failed == 2)
        #expect(Set(box.failedFiles).count == 2)
        #expect(Set(try box.failedFiles.map { try box.sidecar($0)["file"] ?? "" }) == [a, b])
    }

    @Test func controlCharactersAreEscapedInEveryLogLine() throws {
        let forged = "page.txt\n2026-01-01T00:00:00Z error bibd.inbox: failed inbox.file=x\r\u{1B}[31m\u{85}\u{2028}"
        for journal in [false, true] {
            let line = BibdLogHandler.line(level: .error, label: "bibd.inbox", message: "failed \(forged)",
                                           metadata: ["inbox.file": .string(forged), "k\nx": "v"], journal: journal, date: Date())
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 })
            #expect(line.contains("page.txt\\n2026-01-01") && line.contains("\\u{1B}[31m"))
        }
        #expect(LogText.escaped("plain name é.txt") == "plain name é.txt")
    }

    @Test func underJournaldLinesCarryTheirSyslogPriority() throws {
        let at = Date(timeIntervalSince1970: 0)
        let lines = [Logger.Level.error, .warning, .info, .debug].map {
            BibdLogHandler.line(level: $0, label: "bibd", message: "m", metadata: [:], journal: true, date: at)
        }
        #expect(lines.map { String($0.prefix(3)) } == ["<3>", "<4>", "<6>", "<7>"])
        let plain = BibdLogHandler.line(level: .error, label: "bibd", message: "m", metadata: [:], journal: false, date: at)
        #expect(plain.hasPrefix("1970-01-01T00:00:00Z error bibd: m"))
    }

    @Test func aNewlineInAFileNameForgesNoLineOfARefresh() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig()
        try write(Self.loginPage, as: "evil\nbibd: error forged.html", in: box)
        let r = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        #expect(r.status == 1)
        #expect(!r.err.split(separator: "\n").contains { $0.hasPrefix("bibd: error forged") }, "\(r.err)")
        #expect(r.err.contains("evil\\nbibd: error forged.html"), "\(r.err)")
        #expect(box.failedFiles == ["evil\nbibd: error forged.html"])
    }
}
