import Foundation
import LoaderFuzzing

// Built by scripts/fuzz with `-sanitize=fuzzer -D FUZZING`, this is a libFuzzer target: main hands the command
// line to libFuzzer's driver, which calls `fuzzOneInput` with each input and stops on a crash. The fuzz target
// comes from LOADER_FUZZ_TARGET (rubric, casebook, manifest, mapping, dataset); the package root, where the casebook target finds
// its fixed files, from LOADER_FUZZ_ROOT (default: the current folder).
//
// Built normally, it replays saved inputs, for looking at a crash without the fuzzer:
//
//     LoaderFuzzer TARGET FILE...      # prints every broken promise; exit 1 when there is one

#if FUZZING
/// libFuzzer's entry point for programs that keep their own `main` (SwiftPM names the executable's entry point).
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

private let check: LoaderCheck = {
    let environment = ProcessInfo.processInfo.environment
    guard let name = environment["LOADER_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
        fail("set LOADER_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    do {
        return try LoaderCheck(target: target, root: environment["LOADER_FUZZ_ROOT"] ?? ".")
    } catch {
        fail("cannot prepare the \(name) target: \(error)")
    }
}()

private func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = start.map { Data(bytes: $0, count: count) } ?? Data()
    let violations = check.violations(in: input)
    if !violations.isEmpty {
        FileHandle.standardError.write(Data(("broken promise:\n" + violations.joined(separator: "\n") + "\n").utf8))
        abort()
    }
    return 0
}
#endif

private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

@main
enum LoaderFuzzerCommand {
    static func main() {
        #if FUZZING
        _ = check
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { start, count in fuzzOneInput(start, count) })
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    /// Runs saved inputs through the check of the named target and prints what each broke.
    static func replay(_ arguments: [String]) {
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            fail("usage: LoaderFuzzer \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE...")
        }
        let check: LoaderCheck
        do {
            check = try LoaderCheck(target: target, root: ProcessInfo.processInfo.environment["LOADER_FUZZ_ROOT"] ?? ".")
        } catch {
            fail("cannot prepare the \(name) target: \(error)")
        }
        var failed = false
        for path in arguments.dropFirst() {
            guard let input = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                failed = true
                continue
            }
            let violations = check.violations(in: input)
            print("\(path): " + (violations.isEmpty ? "ok" : violations.joined(separator: "\n  ")))
            failed = failed || !violations.isEmpty
        }
        exit(failed ? 1 : 0)
    }
}
