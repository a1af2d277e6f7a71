/// The inbox watcher.
public enum BibInboxModule {}
