/// The SQLite store.
public enum BibStoreModule {}
