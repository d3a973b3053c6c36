import Testing
@testable import GlossShell

/// The wire format: identities, delimiter, signature, four JSON objects, buffers; and every way a message is refused.
@Suite struct MessageCodecTests {
    let codec = MessageCodec(key: Array("secret".utf8))

    private func message() -> KernelMessage {
        KernelMessage(identities: [Array("client-1".utf8)],
                      header: .object([("msg_id", .string("m1")), ("msg_type", .string("execute_request")), ("version", .string("5.3"))]),
                      content: .object([("code", .string("info")), ("silent", .bool(false))]), buffers: [[0, 1, 2]])
    }

    @Test func encodesFramesInWireOrderAndSignsThem() throws {
        let frames = codec.encode(message())
        #expect(frames.count == 8)
        #expect(frames[0] == Array("client-1".utf8) && frames[1] == MessageCodec.delimiter)
        #expect(String(decoding: frames[3], as: UTF8.self) == #"{"msg_id":"m1","msg_type":"execute_request","version":"5.3"}"#)
        #expect(frames[4] == Array("{}".utf8) && frames[7] == [0, 1, 2])
        #expect(String(decoding: frames[2], as: UTF8.self) == HMACSHA256.hexMAC(key: Array("secret".utf8), parts: Array(frames[3...6])))
        #expect(try codec.decode(frames) == message())
    }

    @Test func refusesAWrongSignatureAnotherKeyAndATamperedFrame() {
        var frames = codec.encode(message())
        #expect(throws: MessageCodec.Failure.badSignature) { try MessageCodec(key: Array("other".utf8)).decode(frames) }
        frames[6] = Array(#"{"code":"save x","silent":false}"#.utf8)
        #expect(throws: MessageCodec.Failure.badSignature) { try codec.decode(frames) }
    }

    @Test func anEmptyKeyMeansUnsigned() throws {
        let unsigned = MessageCodec(key: [])
        let frames = unsigned.encode(message())
        #expect(frames[2].isEmpty)
        #expect(try unsigned.decode(frames).type == "execute_request")
    }

    @Test func refusesMalformedMessagesWithOneLineEach() {
        let header = Array(#"{"msg_type":"kernel_info_request"}"#.utf8)
        func signed(_ parts: [[UInt8]]) -> [[UInt8]] {
            [MessageCodec.delimiter, Array(HMACSHA256.hexMAC(key: Array("secret".utf8), parts: parts).utf8)] + parts
        }
        #expect(throws: MessageCodec.Failure.noDelimiter) { try codec.decode([Array("x".utf8)]) }
        #expect(throws: MessageCodec.Failure.missingFrames(2)) { try codec.decode([MessageCodec.delimiter, [], header]) }
        #expect(throws: MessageCodec.Failure.notAnObject(part: "content")) { try codec.decode(signed([header, [0x7B, 0x7D], [0x7B, 0x7D], [0x5B, 0x5D]])) }
        #expect(throws: MessageCodec.Failure.noType) { try codec.decode(signed([[0x7B, 0x7D], [0x7B, 0x7D], [0x7B, 0x7D], [0x7B, 0x7D]])) }
        do {
            _ = try codec.decode(signed([Array("{\"msg_type\":".utf8), [0x7B, 0x7D], [0x7B, 0x7D], [0x7B, 0x7D]]))
            Issue.record("broken JSON decoded")
        } catch {
            #expect(error.description == "header: invalid JSON at byte 12: unexpected end of input")
        }
        let huge = [UInt8](repeating: 0x20, count: MessageCodec.maximumBytes)
        #expect(throws: MessageCodec.Failure.tooLarge(MessageCodec.maximumBytes + header.count)) { try codec.decode([huge, header]) }
    }
}
