import Testing
@testable import GlossCore

/// Decoding turns bytes into article text or refuses them with a message naming the problem.
@Suite struct TextDecoderTests {
    @Test func stripsBOMAndNormalisesLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("One.\r\nTwo.\rThree.\n".utf8)
        #expect(try TextDecoder.decode(bytes, name: "a.txt") == "One.\nTwo.\nThree.\n")
    }

    static let invalid: [([UInt8], Int)] = {
        let abc: [UInt8] = Array("abc".utf8)
        var cases: [([UInt8], Int)] = []
        cases.append(([0xFF] + abc, 0))                                // invalid at the start
        cases.append((abc + [0xC3, 0x28] + abc, 3))                    // bad continuation in the middle
        cases.append((abc + abc + [0xE2, 0x80], 6))                    // truncated sequence at the end
        cases.append((Array("ab".utf8) + [0xED, 0xA0, 0x80], 2))       // an encoded surrogate
        cases.append((Array("ab".utf8) + [0xC0, 0xAF], 2))             // overlong encoding
        return cases
    }()

    @Test(arguments: invalid)
    func reportsTheByteOffsetOfInvalidUTF8(bytes: [UInt8], offset: Int) {
        #expect(throws: GlossCoreError.invalidUTF8(path: "x.txt", offset: offset)) {
            try TextDecoder.decode(bytes, name: "x.txt")
        }
    }

    @Test func refusesBinaryEmptyAndUTF16() {
        #expect(throws: GlossCoreError.binary(path: "b", offset: 2)) { try TextDecoder.decode([0x41, 0x42, 0, 0x43], name: "b") }
        #expect(throws: GlossCoreError.empty(path: "e")) { try TextDecoder.decode([], name: "e") }
        #expect(throws: GlossCoreError.empty(path: "w")) { try TextDecoder.decode(Array(" \n\t\r\n\u{A0}".utf8), name: "w") }
        // Controls and inner BOMs are trimmed by the article like spaces, so such a text has no paragraph.
        #expect(throws: GlossCoreError.empty(path: "c")) { try TextDecoder.decode(Array("\u{1}\u{FEFF} \u{1B}".utf8), name: "c") }
        #expect(throws: GlossCoreError.utf16(path: "u")) { try TextDecoder.decode([0xFF, 0xFE, 0x41, 0], name: "u") }
    }

    @Test func errorsReadAsOneLineNamingTheFile() {
        let messages = [
            GlossCoreError.invalidUTF8(path: "a.txt", offset: 17).description,
            GlossCoreError.fileNotFound(path: "a.txt").description,
            GlossCoreError.isDirectory(path: "a.txt").description,
        ]
        for m in messages {
            #expect(m.hasPrefix("a.txt: "))
            #expect(!m.contains("\n"))
        }
        #expect(messages[0].contains("byte offset 17"))
    }

    @Test func fileReaderRefusesMissingPathsDirectoriesAndFIFOs() throws {
        #expect(throws: GlossCoreError.fileNotFound(path: "/nonexistent/gloss.txt")) {
            try FileReader.readBytes(atPath: "/nonexistent/gloss.txt")
        }
        #expect(throws: GlossCoreError.isDirectory(path: "/tmp")) { try FileReader.readBytes(atPath: "/tmp") }
        let fifo = "/tmp/gloss-test-fifo-\(UInt32.random(in: 0...UInt32.max))"
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        #expect(throws: GlossCoreError.notARegularFile(path: fifo)) { try FileReader.readBytes(atPath: fifo) }
    }
}
