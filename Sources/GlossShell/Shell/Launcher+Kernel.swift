import GlossCore

extension Launcher {
    /// `gloss kernel --connection-file FILE [--article PATH]`: serves Jupyter until it asks the kernel to shut down.
    /// The session is the shell's: the same sandbox (unrestricted, as at the prompt), journal and recovery offer.
    public static func kernel(connectionFile: String, articlePath: String?) -> Int32 {
        let connection: ConnectionInfo
        do { connection = try ConnectionInfo.load(connectionFile) } catch {
            Terminal.writeError("gloss: \(error.description)\n")
            return 1
        }
        guard let article = openArticle(articlePath) else { return 1 }
        let session = makeSession(on: article, settings: Settings(color: .never))
        _ = attachJournal(to: session, errorPrefix: "gloss kernel")
        let transport: ZeroMQTransport
        do { transport = try ZeroMQTransport() } catch {
            Terminal.writeError("gloss: kernel: \(error)\n")
            return 1
        }
        let banner = "Gloss — \(TextLayout.sanitize(article.source)): \(RefFormatting.count(article.paragraphs.count, "paragraph")), "
            + "\(RefFormatting.count(article.sentences.count, "sentence")). Type help for commands.\n"
            + (pendingNotice(session.workspace.context.pendingJournals) ?? "")
        let kernel: GlossKernel
        do { kernel = try GlossKernel(connection: connection, session: session, transport: transport, banner: banner) } catch {
            Terminal.writeError("gloss: kernel: \(error)\n")
            transport.close()
            return 1
        }
        Interruption.install()
        return kernel.serve()
    }

    /// `gloss kernel install|uninstall`: writes or removes the kernelspec; prints where.
    public static func kernelSpec(install: Bool, location: KernelSpec.Location, name: String, articlePath: String?) -> Int32 {
        guard KernelSpec.isValidName(name) else {
            Terminal.writeError("gloss: kernel: --name takes letters, digits, '.', '_' and '-'\n")
            return 2
        }
        var environment = [String: String]()
        for key in ["JUPYTER_DATA_DIR", "HOME", "XDG_DATA_HOME", "VIRTUAL_ENV", "CONDA_PREFIX"] {
            if let value = getenv(key) { environment[key] = String(cString: value) }
        }
        do {
            let directory = try KernelSpec.directory(location, name: name, environment: environment)
            if install {
                guard let binary = KernelSpec.runningBinary() else {
                    Terminal.writeError("gloss: kernel install: cannot find the path of the gloss binary\n")
                    return 1
                }
                var article: String?
                if let articlePath {
                    // Jupyter starts the kernel in the notebook's directory: the article needs its absolute path.
                    guard let resolved = realpath(articlePath, nil) else {
                        Terminal.writeError("gloss: \(TextLayout.sanitize(articlePath)): no such file\n")
                        return 1
                    }
                    article = String(cString: resolved)
                    free(resolved)
                }
                _ = try KernelSpec.install(at: directory, binary: binary, articlePath: article)
                Terminal.write("Installed the Gloss kernelspec '\(name)' in \(directory)\n")
            } else {
                try KernelSpec.uninstall(at: directory)
                Terminal.write("Removed the Gloss kernelspec '\(name)' from \(directory)\n")
            }
            return 0
        } catch {
            Terminal.writeError("gloss: \(error.description)\n")
            return 1
        }
    }
}
