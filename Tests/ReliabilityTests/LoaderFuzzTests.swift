import Foundation
import LoaderFuzzing
import PropertyBased
import Testing

/// The loaders never crash, hang or misplace a diagnostic: on every input that once broke a promise
/// (Tests/Fixtures/fuzz), and on shipped files damaged by random mutations. scripts/fuzz runs the same checks
/// under libFuzzer for longer.
struct LoaderFuzzTests {
    /// Guards the parameterised test below, which would pass with no arguments if the folder moved.
    @Test func theRegressionsAreFound() {
        #expect(!LoaderInputs.regressions.isEmpty)
    }

    @Test(arguments: LoaderInputs.regressions)
    func everySavedInputIsLoadedOrRefusedSoundly(_ name: String) throws {
        let target = try #require(FuzzTarget(rawValue: String(name.prefix { $0 != "/" })))
        let check = try LoaderCheck(target: target, root: PackagePaths.root.path)
        let input = try Data(contentsOf: PackagePaths.url("Tests/Fixtures/fuzz/\(name)"))
        #expect(check.violations(in: input) == [])
    }

    @Test(arguments: FuzzTarget.allCases)
    func damagedShippedFilesAreLoadedOrRefusedSoundly(_ target: FuzzTarget) async throws {
        let check = try LoaderCheck(target: target, root: PackagePaths.root.path)
        let seeds = try LoaderInputs.seeds(for: target)
        await propertyCheck(count: 150, input: Gen.int(in: 0..<seeds.count), Mutation.lists) { seed, mutations in
            let content = mutations.reduce(seeds[seed].content) { $1.apply(to: $0) }
            let input = Data(seeds[seed].prefix + content)
            let violations = check.violations(in: input)
            #expect(violations == [], """
                \(target.rawValue) input from seed \(seed) after \(mutations); save it in Tests/Fixtures/fuzz/\(target.rawValue)/ \
                once fixed: echo '\(input.base64EncodedString())' | base64 -d > FILE
                """)
        }
    }
}
