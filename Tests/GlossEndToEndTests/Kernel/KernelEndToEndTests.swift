import Foundation
import Testing

/// The Jupyter kernel with real clients: the kernelspec installed into a temporary data directory, jupyter_client's
/// KernelManager driving it (kernel_client.py), and nbconvert executing notebooks that `gloss check` then re-checks.
@Suite(.serialized, .enabled(if: JupyterTools.installed, "python3 with jupyter_client, nbconvert and nbformat is not installed"))
struct KernelEndToEndTests {
    static let client = GlossProcess.packageRoot.appendingPathComponent("Tests/GlossEndToEndTests/Kernel/kernel_client.py").path


    /// A temporary folder with the kernelspec installed in its Jupyter data directory.
    private func installed() throws -> (dir: URL, data: URL) {
        let dir = GlossProcess.temporaryDirectory()
        let data = dir.child("jupyter-data")
        var install = GlossProcess(["kernel", "install", "--user"], in: dir)
        install.environment = ["JUPYTER_DATA_DIR": data.path]
        let result = try install.run()
        #expect(result.status == 0, "\(result.stderr)")
        return (dir, data)
    }

    /// Runs a program (python3, jupyter) in `dir` with the temporary Jupyter data directory.
    private func run(_ arguments: [String], in dir: URL, data: URL, timeout: Double = 180) throws -> GlossProcess.Result {
        var process = GlossProcess(arguments, in: dir)
        process.executable = "/usr/bin/env"
        process.environment = ["JUPYTER_DATA_DIR": data.path, "JUPYTER_PLATFORM_DIRS": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1"]
        return try process.run(timeout: timeout)
    }

    @Test func installWritesAKernelspecJupyterFindsAndUninstallRemovesIt() throws {
        let (dir, data) = try installed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: data.child("kernels/gloss/kernel.json"))) as? [String: Any]
        let argv = spec?["argv"] as? [String] ?? []
        #expect(argv.count == 4 && argv[0].hasPrefix("/") && argv[1...] == ["kernel", "--connection-file", "{connection_file}"], "\(argv)")
        #expect(FileManager.default.isExecutableFile(atPath: argv.first ?? ""))
        #expect(spec?["display_name"] as? String == "Gloss" && spec?["language"] as? String == "gloss")
        let list = try run(["jupyter", "kernelspec", "list", "--json"], in: dir, data: data)
        #expect(list.stdout.contains(data.child("kernels/gloss").path), "\(list.stdout) \(list.stderr)")

        let prefix = dir.child("env")
        let byPrefix = try GlossProcess(["kernel", "install", "--prefix", prefix.path, "--name", "gloss-test"], in: dir).run()
        #expect(byPrefix.status == 0, "\(byPrefix.stderr)")
        #expect(FileManager.default.fileExists(atPath: prefix.child("share/jupyter/kernels/gloss-test/kernel.json").path))
        let removed = try GlossProcess(["kernel", "uninstall", "--prefix", prefix.path, "--name", "gloss-test"], in: dir).run()
        #expect(removed.status == 0 && !FileManager.default.fileExists(atPath: prefix.child("share/jupyter/kernels/gloss-test").path))
        let again = try GlossProcess(["kernel", "uninstall", "--prefix", prefix.path, "--name", "gloss-test"], in: dir).run()
        #expect(again.status == 1 && again.stderr.hasPrefix("gloss: kernel uninstall: no kernelspec at "), "\(again.stderr)")
        let badName = try GlossProcess(["kernel", "install", "--prefix", prefix.path, "--name", "../x"], in: dir).run()
        #expect(badName.status == 2)
    }

    @Test func jupyterClientRunsCellsCompletesInspectsAndInterrupts() throws {
        let (dir, data) = try installed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["python3", Self.client, "session"], in: dir, data: data)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.prefix(2000))")
        #expect(!result.stdout.contains("FAIL"), "\(result.stdout)")
        for name in ["state persists across cells", "counts advance", "a failing command is an error reply", "completion of a command",
                     "inspection is help", "an interrupt stops a slow regex", "the kernel lives after the interrupt",
                     "a restarted kernel starts a fresh session", "shutdown ends the process"] {
            #expect(result.stdout.contains("ok \(name)\n"), "\(name): \(result.stdout)")
        }
        // The kernel journals its cells as the shell does: the next session on the article can recover them. The
        // restarted kernel's journal (one cell) is the latest; the first kernel's, with its tag, the one before.
        let recovered = try GlossProcess([], stdin: "recover\nrecover\ntags\n", in: dir).run()
        #expect(recovered.stdout.hasPrefix("recovering 1 cell "), "\(recovered.stdout.prefix(500))\(recovered.stderr)")
        #expect(recovered.stdout.contains("first"), "the tag's note came back: \(recovered.stdout.suffix(800))\(recovered.stderr)")
    }

    /// Both ways a kernelspec can ask to be interrupted: kernel.json as installed ("signal"), and the same spec
    /// edited to "message", as a front end that cannot send signals (a remote kernel) needs it.
    @Test(arguments: ["signal", "message"])
    func jupyterClientInterruptsALongCellAndTheNextOneRuns(mode: String) throws {
        let (dir, data) = try installed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = data.child("kernels/gloss/kernel.json")
        let json = try spec.read()
        #expect(json.contains("\"interrupt_mode\": \"signal\""), "\(json)")
        try spec.write(json.replacingOccurrences(of: "\"interrupt_mode\": \"signal\"", with: "\"interrupt_mode\": \"\(mode)\""))
        let result = try run(["python3", Self.client, "interrupt", "gloss"], in: dir, data: data)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.prefix(2000))")
        #expect(!result.stdout.contains("FAIL"), "\(result.stdout)")
        for how in ["manager", "request"] {
            for name in ["a long replay stops promptly", "the reply is KeyboardInterrupt", "the next cell runs", "the cells that ran are kept"] {
                #expect(result.stdout.contains("ok \(how): \(name)\n"), "\(how): \(name): \(result.stdout)")
            }
        }
        for name in ["an interrupt_request gets an interrupt_reply", "a multi-line cell stops at the interrupt", "the lines after it did not run",
                     "a slow regex stops", "an idle interrupt is harmless", "shutdown ends the process"] {
            #expect(result.stdout.contains("ok \(name)\n"), "\(name): \(result.stdout)")
        }
    }

    @Test func badMessagesAreRefusedWithOneLogLineEachAndTheKernelServesOn() throws {
        let (dir, data) = try installed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["python3", Self.client, "hostile"], in: dir, data: data)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.prefix(2000))")
        // The huge message's size depends on its header's length; the rest of its line does not.
        let log = result.stderr.split(separator: "\n").filter { $0.hasPrefix("gloss kernel: ") }
            .map { $0.replacing(/: \d+ bytes, over/, with: ": N bytes, over") }
        #expect(log == [
            "gloss kernel: refused a message on shell: bad signature",
            "gloss kernel: refused a message on shell: header: invalid JSON at byte 1: expected a member name",
            "gloss kernel: unknown message type 'no_such_request' on shell",
            "gloss kernel: refused a message on shell: N bytes, over the 16777216-byte limit",
            "gloss kernel: refused a message on shell: no <IDS|MSG> delimiter",
        ], "\(result.stderr.prefix(3000))")
    }

    @Test func nbconvertExecutesAnExportedNotebookAndCheckAcceptsWhatJupyterWrote() throws {
        let (dir, data) = try installed()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Notes before a `$N` cell: Jupyter never sends them to the kernel, so the export renumbers `$5` to `$3`.
        let session = "note # First look\ninfo\nactors\nnote Where Putin is\nfind Putin\nquote $5\ntag 1.1 claim\ntags\nquote 99.1\nexport ipynb s.ipynb\n"
        let exported = try GlossProcess([], stdin: session, in: dir).run()
        #expect(exported.stdout.contains("wrote s.ipynb"), "\(exported.stderr)")
        let convert = try run(["jupyter", "nbconvert", "--to", "notebook", "--execute", "--allow-errors", "s.ipynb", "--output", "ran.ipynb"],
                              in: dir, data: data)
        #expect(convert.status == 0, "\(convert.stderr.suffix(2000))")
        let written = try dir.child("ran.ipynb").read()
        #expect(written.contains("\"iopub.execute_input\""), "nbconvert recorded its own metadata")
        let check = try GlossProcess(["check", "s.ipynb", "ran.ipynb"], in: dir).run()
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout == "s.ipynb: ok (7 cells)\nran.ipynb: ok (7 cells)\n", "\(check.stdout)")
        // Jupyter numbered the cells as the export did, and `quote $3` quoted the find's sentences.
        let ran = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any]
        let code = (ran?["cells"] as? [[String: Any]] ?? []).filter { $0["cell_type"] as? String == "code" }
        #expect(code.map { $0["execution_count"] as? Int } == Array(1...7))
        #expect(code.map { ($0["source"] as? [String] ?? []).joined() }[3] == "quote $3")
        let quoted = (code[3]["outputs"] as? [[String: Any]] ?? []).compactMap { (($0["data"] as? [String: Any])?["text/plain"] as? [String])?.joined() }
        #expect(quoted.count == 1 && quoted[0].contains("\n  — 000_a4bbf854dd06bcc4.txt, ¶1.1, 2.1"), "the find's sentences: \(quoted)")
        let validate = try run(["python3", "-c", "import nbformat,sys; [nbformat.validate(nbformat.read(p, as_version=4)) for p in sys.argv[1:]]",
                                "s.ipynb", "ran.ipynb"], in: dir, data: data)
        #expect(validate.status == 0, "\(validate.stderr)")

        // A changed output is a mismatch with a diff; --update rewrites it and keeps Jupyter's metadata.
        try dir.child("ran.ipynb").write(written.replacingOccurrences(of: "paragraphs  15", with: "paragraphs  16"))
        let mismatch = try GlossProcess(["check", "ran.ipynb"], in: dir).run()
        #expect(mismatch.status == 1 && mismatch.stdout.contains("-paragraphs  16\n+paragraphs  15\n"), "\(mismatch.stdout)")
        let update = try GlossProcess(["check", "--update", "ran.ipynb"], in: dir).run()
        #expect(update.status == 0 && update.stdout.hasSuffix("ran.ipynb: updated 1 cell\n"), "\(update.stdout)")
        #expect(try dir.child("ran.ipynb").read().contains("\"iopub.execute_input\""))
        #expect(try GlossProcess(["check", "ran.ipynb"], in: dir).run().status == 0)
    }

    @Test func theExampleNotebookRunsInJupyterAndChecks() throws {
        let (dir, data) = try installed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = GlossProcess.packageRoot.appendingPathComponent("examples/kernel-tour.ipynb")
        try FileManager.default.copyItem(at: example, to: dir.child("tour.ipynb"))
        let convert = try run(["jupyter", "nbconvert", "--to", "notebook", "--execute", "tour.ipynb", "--output", "ran.ipynb"], in: dir, data: data)
        #expect(convert.status == 0, "\(convert.stderr.suffix(2000))")
        let check = try GlossProcess(["check", "tour.ipynb", "ran.ipynb"], in: dir).run()
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

/// Whether the Python side of the kernel tests (jupyter_client, nbconvert, nbformat, pyzmq) is importable.
enum JupyterTools {
    static let installed: Bool =
        (try? GlossProcess.program("/usr/bin/env", ["python3", "-c", "import jupyter_client, nbconvert, nbformat, zmq"]).run().status) == 0
}
