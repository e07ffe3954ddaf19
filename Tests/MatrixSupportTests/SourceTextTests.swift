import Foundation
import Testing
import MatrixSupport

struct SourceTextTests {
    private func failure(_ bytes: [UInt8], limits: InputLimits = .standard) -> String? {
        do {
            _ = try SourceText(bytes: Data(bytes), path: "t.yaml", limits: limits)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func acceptsUTF8AndKeepsTheText() throws {
        let source = try SourceText(bytes: Data("id: café\n".utf8), path: "t.yaml")
        #expect(source.text == "id: café\n")
        #expect(source.path == "t.yaml")
    }

    @Test func refusesAnEmptyFile() {
        #expect(failure([]) == "t.yaml:1:1: file is empty")
    }

    @Test func refusesAFileOfOnlyWhitespace() {
        #expect(failure(Array(" \n\t\r\n".utf8)) == "t.yaml:1:1: file is empty")
    }

    @Test func refusesAByteOrderMark() {
        #expect(failure([0xEF, 0xBB, 0xBF] + Array("id: x\n".utf8))
            == "t.yaml:1:1: file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
    }

    @Test func refusesUTF16InBothByteOrders() {
        #expect(failure([0xFF, 0xFE, 0x69, 0x00]) == "t.yaml:1:1: file is UTF-16; save it as UTF-8")
        #expect(failure([0xFE, 0xFF, 0x00, 0x69]) == "t.yaml:1:1: file is UTF-16; save it as UTF-8")
    }

    @Test func refusesANulByteAtItsLineAndColumn() {
        // "é" is two bytes but one column.
        #expect(failure(Array("id: x\ntitle: é".utf8) + [0x00]) == "t.yaml:2:9: file contains a NUL byte")
    }

    @Test func acceptsCRLFLineEndings() throws {
        #expect(try SourceText(bytes: Data("a: 1\r\nb: 2\r\n".utf8), path: "t.yaml").text == "a: 1\r\nb: 2\r\n")
    }

    @Test func refusesALoneCarriageReturnAtItsPosition() {
        // YAML would count the CR as a line break and report "b" on line 3; editors show it on line 2.
        #expect(failure(Array("a: 1\r\nx: y\rb: 2\n".utf8)) == "t.yaml:2:5: file contains a carriage return that does not "
            + "end a line (an old Mac line ending); save it with LF or CRLF line endings")
    }

    @Test func refusesTheLineBreaksOnlyYAMLSees() {
        #expect(failure(Array("a: \"x\u{2028}y\"\n".utf8))
            == "t.yaml:1:6: file contains U+2028 LINE SEPARATOR, which YAML reads as a line break; replace it with a space or a new line")
        #expect(failure(Array("a: 1\nb: é\u{2029}\n".utf8))
            == "t.yaml:2:5: file contains U+2029 PARAGRAPH SEPARATOR, which YAML reads as a line break; replace it with a space or a new line")
        #expect(failure(Array("\u{85}".utf8))
            == "t.yaml:1:1: file contains U+0085 NEXT LINE, which YAML reads as a line break; replace it with a space or a new line")
    }

    @Test func refusesInvalidUTF8AtItsBytePosition() {
        // 0xC3 starts a two-byte sequence that 0x28 cannot continue; it is byte 10, on line 2, column 5.
        #expect(failure(Array("id: x\nab: ".utf8) + [0xC3, 0x28]) == "t.yaml:2:5: file is not valid UTF-8 (byte 10)")
    }

    @Test func refusesAStrayContinuationByte() {
        #expect(failure(Array("abc".utf8) + [0x80]) == "t.yaml:1:4: file is not valid UTF-8 (byte 3)")
    }

    @Test func refusesATruncatedSequenceAtTheEnd() {
        #expect(failure(Array("ab".utf8) + [0xE2, 0x82]) == "t.yaml:1:3: file is not valid UTF-8 (byte 2)")
    }

    @Test func acceptsAFileAtTheSizeLimitAndRefusesOneByteMore() {
        let limits = InputLimits(maximumFileBytes: 8, maximumNodes: 10, maximumDepth: 4, maximumScalarCharacters: 10)
        #expect(failure(Array("a: bcdef".utf8), limits: limits) == nil)
        #expect(failure(Array("a: bcdefg".utf8), limits: limits) == "t.yaml:1:1: file is 9 bytes; the limit is 8 bytes")
    }

    @Test func refusesAFileOverTheStandardLimit() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 4 * 1024 * 1024 + 1)
        #expect(failure(bytes) == "t.yaml:1:1: file is 4194305 bytes; the limit is 4194304 bytes")
    }
}
