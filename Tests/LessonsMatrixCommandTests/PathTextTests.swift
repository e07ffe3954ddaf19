import LessonsMatrix
import Testing

/// `PathText.folder(of:)` agrees with `deletingLastPathComponent` where that works, and does not trap where it does not.
struct PathTextTests {
    @Test(arguments: [
        ("Rubrics/default.yaml", "Rubrics"),
        ("a/b/c", "a/b"),
        ("a/b/", "a"),
        ("a//b", "a"),
        ("/x", "/"),
        ("/", "/"),
        ("x.yaml", ""),
        ("r", ""),
        ("r/", ""),
        ("", ""),
    ])
    func folderOfAPath(path: String, folder: String) {
        #expect(PathText.folder(of: path) == folder)
    }
}
