import Foundation
import Testing
@testable import BibParse

/// Byte fixtures whose labels lie or are missing, decoded through `Page.load`.
struct CharsetTests {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/html").standardized

    func load(_ name: String) throws -> Page {
        try Page.load(bytes: [UInt8](Data(contentsOf: Self.dir.appendingPathComponent(name))))
    }

    @Test(arguments: ["enc_cp1252_labelled_latin1.html", "enc_utf8_bom.html", "enc_utf16le_bom.html",
                      "enc_utf8_labelled_latin1.html", "enc_latin1_labelled_utf8.html"])
    func westernPagesDecode(_ name: String) throws {
        let page = try load(name)
        #expect(page.kind == .html)
        let title = try #require(page.document?.first("//title"))
        #expect(title == "Café “quoted” – naïve test")
        #expect(page.document?.first("//p")?.hasSuffix("euro sign €.") == true)
        #expect(!page.text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }

    @Test func sniffedEncodings() throws {
        #expect(try load("enc_cp1252_labelled_latin1.html").encoding == "WINDOWS-1252")
        #expect(try load("enc_utf8_labelled_latin1.html").encoding == "UTF-8")
        #expect(try load("enc_latin1_labelled_utf8.html").encoding == "WINDOWS-1252")
        #expect(try load("enc_utf16le_bom.html").encoding == "UTF-16LE")
        #expect(try load("enc_gbk_labelled_gb2312.html").encoding == "GB18030")
    }

    @Test func gbkLabelledGB2312KeepsEveryCharacter() throws {
        let page = try load("enc_gbk_labelled_gb2312.html")
        #expect(page.document?.first("//h1") == "朱镕基与喆的研究：数据去重")
        #expect(page.document?.first("//p")?.hasSuffix("必须按 GBK 解码。") == true)
    }

    @Test func latin1XMLWithCp1252ByteDecodes() throws {
        let xml = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a><t>Azote".utf8) + [0x92] + Array("y Pediatr".utf8)
            + [0xED] + Array("a</t></a>".utf8)
        let page = try Page.load(bytes: xml)
        #expect(page.kind == .xml)
        #expect(page.document?.first("//t") == "Azote’y Pediatría")
    }
}
