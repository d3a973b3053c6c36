extension GlossCommandLine {
    /// `gloss kernel …`: run as a Jupyter kernel (Jupyter starts it from kernel.json), or install and remove
    /// the kernelspec that lets Jupyter find it.
    static let kernel = Subcommand(spec: kernelDeclaration) { o in runKernel(o) }

    private static let kernelDeclaration = CommandSpec(
        "kernel",
        summary: "run as a Jupyter kernel, or install or remove its kernelspec",
        arguments: [.init("ACTION", .values(["install", "uninstall"]), optional: true)],
        options: [
            .valued("--connection-file", "FILE", .files, "run the kernel on the ports and key of the connection file Jupyter wrote"),
            .valued("--article", "PATH", .files, "the article the kernel opens (default: the bundled one)"),
            .flag("--user", "install: the user's Jupyter data directory ($JUPYTER_DATA_DIR, else ~/.local/share/jupyter); the default"),
            .flag("--sys-prefix", "install: the active Python environment ($VIRTUAL_ENV, $CONDA_PREFIX, else python3's sys.prefix)"),
            .valued("--prefix", "DIR", .files, "install: DIR/share/jupyter/kernels"),
            .valued("--name", "NAME", "install: the kernelspec's name (default: gloss)"),
            help,
        ],
        examples: ["gloss kernel install --user", "gloss kernel install --sys-prefix --article article.txt", "gloss kernel uninstall",
                   "gloss kernel --connection-file kernel-1234.json"],
        details: "install writes NAME/kernel.json, which runs this gloss binary by its absolute path with --connection-file; then choose the Gloss kernel in JupyterLab, Notebook or VS Code.")

    private static func runKernel(_ o: Arguments) -> Int32 {
        guard let action = o.positional.first else {
            guard let file = o.value("--connection-file") else {
                return usageFailure("kernel: give install, uninstall or --connection-file FILE", usage: usage(kernelDeclaration))
            }
            for misplaced in ["--user", "--sys-prefix"] where o.has(misplaced) {
                return usageFailure("kernel: \(misplaced) goes with install or uninstall", usage: usage(kernelDeclaration))
            }
            if o.value("--prefix") != nil || o.value("--name") != nil {
                return usageFailure("kernel: --prefix and --name go with install or uninstall", usage: usage(kernelDeclaration))
            }
            return Launcher.kernel(connectionFile: file, articlePath: o.value("--article"))
        }
        if o.value("--connection-file") != nil {
            return usageFailure("kernel: --connection-file runs the kernel; it does not go with \(action)", usage: usage(kernelDeclaration))
        }
        let chosen = [o.has("--user"), o.has("--sys-prefix"), o.value("--prefix") != nil].filter { $0 }.count
        guard chosen <= 1 else { return usageFailure("kernel: choose one of --user, --sys-prefix and --prefix", usage: usage(kernelDeclaration)) }
        if action == "uninstall", o.value("--article") != nil {
            return usageFailure("kernel uninstall takes no --article", usage: usage(kernelDeclaration))
        }
        let location: KernelSpec.Location = o.has("--sys-prefix") ? .sysPrefix : o.value("--prefix").map(KernelSpec.Location.prefix) ?? .user
        return Launcher.kernelSpec(install: action == "install", location: location, name: o.value("--name") ?? "gloss",
                                   articlePath: o.value("--article"))
    }
}
