import GlossFuzzTargets

import GlossCore

/// The target this process fuzzes: GLOSS_FUZZ_TARGET, read once (libFuzzer calls the entry point millions of times).
let selectedTarget: FuzzTarget = {
    let name = getenv("GLOSS_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        complain("gloss-fuzz: set GLOSS_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n")
        exit(2)
    }
    return target
}()

/// Writes a message to stderr (fd 2: the C `stderr` global is not concurrency-safe in Swift 6).
func complain(_ message: String) {
    var message = message
    message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

#if GLOSS_FUZZ
/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget.run(bytes)
    return 0
}

/// libFuzzer's driver (in libclang_rt.fuzzer, linked by -sanitize=fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The process's entry point. SwiftPM links an executable target with `main` bound to `gloss_fuzz_main`,
/// so libFuzzer's own `main` cannot be used: this one hands the command line to libFuzzer's driver.
@_cdecl("gloss_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var argc = argc
    var argv = argv
    _ = selectedTarget
    return runFuzzerDriver(&argc, &argv, fuzzOneInput)
}
#else
/// Without libFuzzer: `gloss-fuzz FILE…` runs each file through the target once (to reproduce a crash by hand).
@main
enum ReplayMain {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else {
                complain("gloss-fuzz: cannot open \(path)\n")
                exit(1)
            }
            var bytes = [UInt8]()
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&chunk, 1, chunk.count, file)
                if n <= 0 { break }
                bytes += chunk[0..<n]
            }
            fclose(file)
            selectedTarget.run(bytes)
            print("\(path): ok")
        }
    }
}
#endif
