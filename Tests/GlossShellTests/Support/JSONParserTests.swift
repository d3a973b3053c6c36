import Testing
@testable import GlossShell

/// The JSON reader: RFC 8259 values, escapes and surrogates, numbers, and one error with an offset for the rest.
@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValueInOrder() throws {
        let value = try JSONParser.parse(#" {"b": [1, -2, 3.5, 1e3, true, false, null], "a": {"x": "y"}, "b": 0} "#)
        #expect(value == .object([("b", .array([.int(1), .int(-2), .double(3.5), .double(1000), .bool(true), .bool(false), .null])),
                                  ("a", .object([("x", .string("y"))])), ("b", .int(0))]))
        #expect(value["b"]?.arrayValue?.count == 7, "the first of a repeated name")
        #expect(value["a"]?["x"]?.stringValue == "y")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#) == .string("a\"\\/\u{8}\u{C}\n\r\té😀"))
        #expect(try JSONParser.parse("\"¶1.1 — ok\"") == .string("¶1.1 — ok"))
    }

    @Test func bigIntegersBecomeDoubles() throws {
        #expect(try JSONParser.parse("9223372036854775807") == .int(Int.max))
        #expect(try JSONParser.parse("9223372036854775808") == .double(9223372036854775808))
    }

    @Test(arguments: [
        ("", 0, "unexpected end of input"), ("{\"a\":1,}", 7, "expected a member name"), ("[1 2]", 3, "expected ',' or ']'"),
        ("01", 1, "unexpected text after the value"), ("\"\\ud800\"", 7, "unpaired surrogate"), ("\"a\u{1}\"", 2, "control character in a string"),
        ("tru", 0, "unexpected character"), ("-1e999", 0, "number out of range"), ("1.", 2, "expected a digit after '.'"), ("\"\\x\"", 3, "bad escape"), ("-", 1, "expected a digit"),
    ])
    func refusesInvalidDocuments(text: String, offset: Int, message: String) {
        #expect(throws: JSONParser.Failure(offset: offset, message: message)) { try JSONParser.parse(text) }
    }

    @Test func refusesInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONParser.Failure(offset: 4, message: "invalid UTF-8 in a string")) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(throws: JSONParser.Failure(offset: JSONParser.maximumDepth, message: "nested deeper than 256 levels")) { try JSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? JSONParser.parse(fine)) != nil)
    }

    @Test func whatTheWriterWritesParsesBack() throws {
        let value = JSONValue.object([("s", .string("line\nquote\" \u{2028} é")), ("n", .array([.int(-3), .double(0.25), .null])), ("e", .object([]))])
        #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
        #expect(try JSONParser.parse(JSONWriter.compact(value)) == value)
        #expect(JSONWriter.compact(value) == #"{"s":"line\nquote\" \u2028 é","n":[-3,0.25,null],"e":{}}"#)
    }
}
