import Testing
import MatrixSupport

struct YAMLReaderTests {
    private func node(_ text: String) throws -> YAMLValue {
        try YAMLDocument.parse(SourceText(text: "v: \(text)\n", path: "t.yaml")).mappingValue("v")
    }

    private func read<T>(_ text: String, _ body: (YAMLReader, YAMLValue) -> T?) throws -> (T?, [String]) {
        let reader = YAMLReader()
        let value = body(reader, try node(text))
        return (value, reader.diagnostics.map(\.description))
    }

    @Test func mappingReportsUnknownKeysWithSuggestionsAndMissingKeys() throws {
        let (map, messages) = try read("{wieght: 1, colour: red}") { reader, node in
            reader.mapping(node, what: "dimension 'x'", required: ["id", "weight"], optional: ["color"])
        }
        #expect(map?.entries.map(\.key) == ["wieght", "colour"])
        #expect(messages == [
            "t.yaml:1:5: unknown key 'wieght' in dimension 'x' (did you mean 'weight'?)",
            "t.yaml:1:16: unknown key 'colour' in dimension 'x' (did you mean 'color'?)",
            "t.yaml:1:4: missing required key 'id' in dimension 'x'",
            "t.yaml:1:4: missing required key 'weight' in dimension 'x'",
        ])
    }

    @Test func mappingWithoutASuggestionForAFarKey() throws {
        let (_, messages) = try read("{zzzzzz: 1}") { reader, node in reader.mapping(node, what: "scale", required: []) }
        #expect(messages == ["t.yaml:1:5: unknown key 'zzzzzz' in scale"])
    }

    @Test func mappingRefusesOtherKinds() throws {
        let (map, messages) = try read("[1]") { reader, node in reader.mapping(node, what: "scale", required: []) }
        #expect(map == nil)
        #expect(messages == ["t.yaml:1:4: scale must be a mapping, found a list"])
    }

    @Test func listReadsNullAsEmptyAndRefusesOtherKinds() throws {
        let (empty, none) = try read("~") { reader, node in reader.list(node, what: "lessons") }
        #expect(empty == [])
        #expect(none == [])
        let (list, messages) = try read("{a: 1}") { reader, node in reader.list(node, what: "lessons") }
        #expect(list == nil)
        #expect(messages == ["t.yaml:1:4: lessons must be a list, found a mapping"])
    }

    @Test func stringRefusesEmptyTextNullAndCollections() throws {
        #expect(try read("'  '") { $0.string($1, what: "title") }.1 == ["t.yaml:1:4: title must not be empty"])
        #expect(try read("null") { $0.string($1, what: "title") }.1 == ["t.yaml:1:4: title must be text, found null"])
        #expect(try read("[a]") { $0.string($1, what: "title") }.1 == ["t.yaml:1:4: title must be text, found a list"])
        #expect(try read("42") { $0.string($1, what: "title") }.0 == "42")
    }

    @Test func identifierChecksTheCharacters() throws {
        #expect(try read("power_sharing-2") { $0.identifier($1, what: "id") }.0 == "power_sharing-2")
        #expect(try read("Power") { $0.identifier($1, what: "id") }.1
            == ["t.yaml:1:4: id 'Power' must use only a-z, 0-9, '-' and '_', start with a letter or digit, and be at most 64 characters"])
        #expect(YAMLReader.isIdentifier(String(repeating: "a", count: 64)))
        #expect(!YAMLReader.isIdentifier(String(repeating: "a", count: 65)))
        #expect(!YAMLReader.isIdentifier("_a"))
        #expect(!YAMLReader.isIdentifier(""))
    }

    @Test func numberReadsPlainNumbersOnly() throws {
        #expect(try read("2.5") { $0.number($1, what: "weight") }.0 == 2.5)
        #expect(try read("1_000") { $0.number($1, what: "weight") }.0 == 1000)
        #expect(try read("\"2\"") { $0.number($1, what: "weight") }.1 == ["t.yaml:1:4: weight must be a number, found text"])
        #expect(try read("heavy") { $0.number($1, what: "weight") }.1 == ["t.yaml:1:4: weight must be a number, found 'heavy'"])
        #expect(try read("~") { $0.number($1, what: "weight") }.1 == ["t.yaml:1:4: weight must be a number, found null"])
        #expect(try read("[1]") { $0.number($1, what: "weight") }.1 == ["t.yaml:1:4: weight must be a number, found a list"])
        #expect(try read(".nan") { $0.number($1, what: "weight") }.1 == ["t.yaml:1:4: weight must be a finite number, found '.nan'"])
        #expect(try read("-.inf") { $0.number($1, what: "weight") }.1 == ["t.yaml:1:4: weight must be a finite number, found '-.inf'"])
        #expect(try read("7") { $0.number($1, what: "weight", in: 0...5) }.1 == ["t.yaml:1:4: weight 7 is out of range 0...5"])
        #expect(try read("1e400") { $0.number($1, what: "weight", in: 0...5) }.1 == ["t.yaml:1:4: weight 1e400 is out of range 0...5"])
        #expect(try read("-1e400") { $0.number($1, what: "weight", in: 0...5) }.1 == ["t.yaml:1:4: weight -1e400 is out of range 0...5"])
    }

    @Test func integerRefusesFractions() throws {
        #expect(try read("3") { $0.integer($1, what: "level") }.0 == 3)
        #expect(try read("2.5") { $0.integer($1, what: "level") }.1 == ["t.yaml:1:4: level must be a whole number, found 2.5"])
        #expect(try read("12") { $0.integer($1, what: "level", in: 0...10) }.1 == ["t.yaml:1:4: level 12 is out of range 0...10"])
    }

    @Test func booleanReadsPlainTrueAndFalseOnly() throws {
        #expect(try read("true") { $0.boolean($1, what: "at_table") }.0 == true)
        #expect(try read("False") { $0.boolean($1, what: "at_table") }.0 == false)
        #expect(try read("yes") { $0.boolean($1, what: "at_table") }.1 == ["t.yaml:1:4: at_table must be true or false"])
        #expect(try read("'true'") { $0.boolean($1, what: "at_table") }.1 == ["t.yaml:1:4: at_table must be true or false"])
    }

    @Test func choiceSuggestsTheNearestWord() throws {
        #expect(try read("mediam") { $0.choice($1, what: "era", among: ["mean", "median"]) }.1
            == ["t.yaml:1:4: era 'mediam' is not one of mean, median (did you mean 'median'?)"])
        #expect(try read("mean") { $0.choice($1, what: "era", among: ["mean", "median"]) }.0 == "mean")
        #expect(try read("quartile") { $0.choice($1, what: "era", among: ["mean", "median"]) }.1
            == ["t.yaml:1:4: era 'quartile' is not one of mean, median"])
    }

    @Test func closestPrefersTheSmallestDistanceThenAlphabeticalOrder() {
        #expect(YAMLReader.closest(to: "wieght", among: ["weight", "height"]) == "weight")
        #expect(YAMLReader.closest(to: "cat", among: ["bat", "hat"]) == "bat")
        #expect(YAMLReader.closest(to: "x", among: []) == nil)
    }

    @Test func closestDoesNotSuggestAWordTheEditWouldRewriteWhole() {
        #expect(YAMLReader.closest(to: "pdf", among: ["xlsx", "csv", "txt", "md"]) == nil)
        #expect(YAMLReader.closest(to: "mdd", among: ["xlsx", "csv", "txt", "md"]) == "md")
        #expect(YAMLReader.closest(to: "titel", among: ["title", "owner"]) == "title")
    }
}

extension YAMLValue {
    /// The value under `key` of a mapping node, for tests.
    func mappingValue(_ key: String) throws -> YAMLValue {
        guard case let .mapping(entries) = content, let entry = entries.first(where: { $0.key == key }) else {
            throw MissingKey(key: key)
        }
        return entry.value
    }
}

struct MissingKey: Error {
    var key: String
}
