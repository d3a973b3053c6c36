// Placeholder so the package builds on this branch; the real entry point comes with the shell.
