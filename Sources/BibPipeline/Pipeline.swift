/// The composition root.
public enum BibPipelineModule {}
