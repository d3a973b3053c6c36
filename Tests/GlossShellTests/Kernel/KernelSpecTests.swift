import Testing
@testable import GlossShell

/// Where `gloss kernel install` puts the kernelspec, and what kernel.json says.
@Suite struct KernelSpecTests {
    @Test func userInstallsHonourJupyterDataDirThenXDGThenHome() throws {
        #expect(try KernelSpec.directory(.user, name: "gloss", environment: ["JUPYTER_DATA_DIR": "/j", "HOME": "/h"]) == "/j/kernels/gloss")
        #if !os(macOS)
        #expect(try KernelSpec.directory(.user, name: "g2", environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/jupyter/kernels/g2")
        #expect(try KernelSpec.directory(.user, name: "gloss", environment: ["HOME": "/h"]) == "/h/.local/share/jupyter/kernels/gloss")
        #endif
        #expect(throws: (any Error).self) { try KernelSpec.directory(.user, name: "gloss", environment: [:]) }
    }

    @Test func sysPrefixIsTheActiveEnvironmentAndPrefixIsGiven() throws {
        #expect(try KernelSpec.directory(.sysPrefix, name: "gloss", environment: ["VIRTUAL_ENV": "/venv", "CONDA_PREFIX": "/conda"])
                == "/venv/share/jupyter/kernels/gloss")
        #expect(try KernelSpec.directory(.sysPrefix, name: "gloss", environment: ["CONDA_PREFIX": "/conda"]) == "/conda/share/jupyter/kernels/gloss")
        #expect(try KernelSpec.directory(.prefix("/opt/p"), name: "gloss", environment: [:]) == "/opt/p/share/jupyter/kernels/gloss")
    }

    @Test func kernelJSONRunsTheBinaryWithTheConnectionFileAndSignalInterrupts() throws {
        let spec = try JSONParser.parse(KernelSpec.kernelJSON(binary: "/usr/local/bin/gloss", articlePath: "/data/a.txt"))
        #expect(spec["argv"] == .array(["/usr/local/bin/gloss", "kernel", "--connection-file", "{connection_file}", "--article", "/data/a.txt"].map(JSONValue.string)))
        #expect(spec["display_name"] == .string("Gloss") && spec["language"] == .string("gloss"))
        #expect(spec["interrupt_mode"] == .string("signal"))
    }

    @Test(arguments: [("gloss", true), ("gloss-2.x_y", true), ("", false), ("../x", false), ("a b", false), ("é", false)])
    func namesAreWhatJupyterAccepts(name: String, valid: Bool) {
        #expect(KernelSpec.isValidName(name) == valid)
    }
}
