// Placeholder so the package builds on this branch; GlossCore tests land with GlossCore.
