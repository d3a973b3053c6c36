import GlossCore
import GlossShell

// A closed pipe (`gloss -c read | head -1`) must end the process quietly, not kill it with SIGPIPE.
Platform.ignoreBrokenPipe()
Platform.exit(GlossCommandLine.main(Array(CommandLine.arguments.dropFirst())))
