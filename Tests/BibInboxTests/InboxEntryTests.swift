import BibInbox
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a name in the inbox is, decided before anything opens it.
@Suite struct InboxEntryTests {
    @Test(arguments: ["page.html.part", "page.tmp", "page.html~", ".page.html", ".DS_Store", "x.crdownload", "a.PART"])
    func temporaryNamesWaitForTheirRename(name: String) throws {
        let box = try InboxSandbox()
        try Data("Title: x".utf8).write(to: box.inbox.appendingPathComponent(name))
        #expect(InboxEntry.classify(name, in: box.inbox) == .temporary)
    }

    @Test func ordinaryNamesAreFilesWithTheirSize() throws {
        let box = try InboxSandbox()
        try Data(count: 1234).write(to: box.inbox.appendingPathComponent("page.html"))
        #expect(InboxEntry.classify("page.html", in: box.inbox) == .file(size: 1234))
        #expect(InboxEntry.classify("partial-results.txt", in: box.inbox) == .vanished)
    }

    @Test func directoriesAndFIFOsAreSpecial() throws {
        let box = try InboxSandbox()
        try FileManager.default.createDirectory(at: box.inbox.appendingPathComponent("sub"), withIntermediateDirectories: false)
        #expect(mkfifo(box.inbox.appendingPathComponent("pipe").path, 0o644) == 0)
        #expect(InboxEntry.classify("sub", in: box.inbox) == .special("a directory"))
        #expect(InboxEntry.classify("pipe", in: box.inbox) == .special("a FIFO"))
    }

    @Test func linksAreJudgedByWhereTheyLead() throws {
        let box = try InboxSandbox()
        let outside = box.root.appendingPathComponent("secret.txt")
        try Data("Title: secret".utf8).write(to: outside)
        try FileManager.default.createDirectory(at: box.inbox.appendingPathComponent("sub"), withIntermediateDirectories: false)
        try Data(count: 7).write(to: box.inbox.appendingPathComponent("sub/real.txt"))
        #expect(symlink(outside.path, box.inbox.appendingPathComponent("out.txt").path) == 0)
        #expect(symlink("../secret.txt", box.inbox.appendingPathComponent("relative-out.txt").path) == 0)
        #expect(symlink("sub/real.txt", box.inbox.appendingPathComponent("in.txt").path) == 0)
        #expect(symlink("/nonexistent/x", box.inbox.appendingPathComponent("dangling.txt").path) == 0)
        guard case .linkOutside(let why) = InboxEntry.classify("out.txt", in: box.inbox) else {
            Issue.record("a link to a file outside the inbox was not refused")
            return
        }
        #expect(why.contains("outside the inbox"))
        guard case .linkOutside = InboxEntry.classify("relative-out.txt", in: box.inbox) else {
            Issue.record("a relative link leading outside the inbox was not refused")
            return
        }
        #expect(InboxEntry.classify("in.txt", in: box.inbox) == .linkInside(size: 7))
        #expect(InboxEntry.classify("dangling.txt", in: box.inbox) == .linkOutside("a dangling symbolic link"))
    }

    @Test func aNameThatIsGoneHasVanished() throws {
        let box = try InboxSandbox()
        #expect(InboxEntry.classify("ghost.html", in: box.inbox) == .vanished)
    }
}
