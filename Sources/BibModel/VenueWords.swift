/// Words by which a container's name says what kind of container it is, in full and abbreviated forms: read by
/// matching (is this venue a journal or a meeting?) and by extraction (is this line a venue's name?).
public enum VenueWords {
    /// Words by which a name says it is a journal-like periodical.
    public static let periodical: Set<String> = ["journal", "j", "jour", "transactions", "trans", "letters", "lett", "bulletin",
                                                 "bull", "newsletter", "magazine", "mag", "record", "annals", "ann", "acta",
                                                 "archives", "arch", "review", "reviews", "rev", "gazette", "quarterly",
                                                 "revista", "zeitschrift", "jahrbuch"]
    /// Words by which a name says it is a meeting.
    public static let conference: Set<String> = ["conference", "conf", "proceedings", "proc", "symposium", "symp", "workshop",
                                                 "congress", "meeting", "colloquium", "summit", "convention"]
}
