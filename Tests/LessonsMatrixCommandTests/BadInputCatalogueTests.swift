import Foundation
import Testing

/// Every broken input of `Tests/Fixtures/bad/` is refused by the binary with its expected one-line messages
/// and exit code, and leaves the folder exactly as it was.
struct BadInputCatalogueTests {
    static let fixtures = BadInputFixture.all()

    @Test func theCatalogueCoversAtLeastFortyInputs() {
        #expect(Self.fixtures.count >= 40)
        #expect(Self.fixtures.allSatisfy { !$0.arguments.isEmpty && $0.exitCode > 0 && !$0.stderrLines.isEmpty })
    }

    @Test func theWorkspaceTheFixturesBreakIsValid() throws {
        let scratch = try ScratchFolder(copying: [BadInputFixture.workspace.appendingPathComponent("Rubrics"),
                                                  BadInputFixture.workspace.appendingPathComponent("Casebook")])
        let run = try scratch.run(["validate"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines == ["valid: 1 rubrics, 2 cases, 2 observations, 2 evidence items, 0 conflicts; quotes not checked (pass --corpus DIR)"])
    }

    @Test(arguments: fixtures)
    func brokenInputIsRefused(_ fixture: BadInputFixture) throws {
        let scratch = try fixture.prepare()
        let before = scratch.snapshot()
        let run = try scratch.run(fixture.arguments)
        #expect(run.status == fixture.exitCode, "\(run)")
        #expect(run.stderrLines == fixture.stderrLines)
        #expect(run.stderrLines.allSatisfy { $0.hasPrefix("error: ") }, "every line is an error line")
        #expect(run.stdout.isEmpty)
        let after = scratch.snapshot()
        #expect(after.keys.sorted() == before.keys.sorted(), "nothing written or removed")
        #expect(after == before, "no file changed")
    }
}
