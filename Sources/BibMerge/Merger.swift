/// Field-by-field merge of records into works, with provenance.
public enum BibMergeModule {}
