import GlossShell

/// `gloss kernel …`: run as a Jupyter kernel, or install and remove its kernelspec. Kept in its own file so
/// the main dispatch gains one line.
enum KernelCommand {
    static let serve = CommandLineOptions.Spec(
        usage: "gloss kernel --connection-file FILE [--article PATH] | gloss kernel install|uninstall [OPTIONS]",
        help: """
            Run Gloss as a Jupyter kernel (Jupyter starts it; see kernel.json), or manage its kernelspec.

              gloss kernel install [--user|--sys-prefix|--prefix DIR] [--name NAME] [--article PATH]
              gloss kernel uninstall [--user|--sys-prefix|--prefix DIR] [--name NAME]

            Options:
              --connection-file FILE  the connection file Jupyter wrote (ports, address, signing key)
              --article PATH          the article to open (default: the bundled one)
            """,
        valued: ["--connection-file", "--article"], maxPositionals: 0)

    static let manage = CommandLineOptions.Spec(
        usage: "gloss kernel install|uninstall [--user|--sys-prefix|--prefix DIR] [--name NAME] [--article PATH]",
        help: """
            Install (or remove) the kernelspec that lets Jupyter start Gloss: NAME/kernel.json under a Jupyter
            data directory, running this gloss binary by its absolute path.

            Options:
              --user          the user's Jupyter data directory ($JUPYTER_DATA_DIR, else ~/.local/share/jupyter); the default
              --sys-prefix    the active Python environment ($VIRTUAL_ENV, $CONDA_PREFIX, else python3's sys.prefix)
              --prefix DIR    DIR/share/jupyter/kernels
              --name NAME     the kernelspec's name (default: gloss)
              --article PATH  install only: the article the kernel opens (default: the bundled one)
            """,
        flags: ["--user", "--sys-prefix"], valued: ["--prefix", "--name", "--article"], maxPositionals: 0)

    static func run(_ arguments: [String]) -> Never {
        let verb = arguments.first
        guard verb == "install" || verb == "uninstall" else {
            GlossCommand.run(serve, arguments) { o in
                guard let file = o.value("--connection-file") else {
                    Terminal.writeError("gloss: kernel: --connection-file is required\nusage: \(serve.usage)\n")
                    return 2
                }
                return Launcher.kernel(connectionFile: file, articlePath: o.value("--article"))
            }
        }
        GlossCommand.run(manage, Array(arguments.dropFirst())) { o in
            let chosen = [o.has("--user"), o.has("--sys-prefix"), o.value("--prefix") != nil].filter { $0 }.count
            guard chosen <= 1 else {
                Terminal.writeError("gloss: kernel: choose one of --user, --sys-prefix and --prefix\nusage: \(manage.usage)\n")
                return 2
            }
            let location: KernelSpec.Location = o.has("--sys-prefix") ? .sysPrefix : o.value("--prefix").map(KernelSpec.Location.prefix) ?? .user
            if verb == "uninstall", o.value("--article") != nil {
                Terminal.writeError("gloss: kernel uninstall takes no --article\nusage: \(manage.usage)\n")
                return 2
            }
            return Launcher.kernelSpec(install: verb == "install", location: location, name: o.value("--name") ?? "gloss",
                                       articlePath: o.value("--article"))
        }
    }
}
