// Placeholder so the package builds on this branch; GlossCore sources land from the segmenter branch.
