import BibModel

/// Site-independent wording of publisher article pages saved as text (SpringerLink, ScienceDirect, Wiley,
/// Taylor & Francis, PLOS, MDPI, IEEE Xplore, arXiv, bioRxiv, …): the headings, labels and furniture lines
/// a browser's "select all, copy" keeps around the title, the byline and the abstract.
enum ArticleTextTables {
    /// Headings that open the abstract, lower-cased, without a trailing colon (English and the other languages
    /// journals print beside it).
    static let abstractHeadings = Set(AbstractHeadings.words)

    /// Whole lines (lower-cased, without a trailing colon) that close the abstract.
    static let abstractEndLines: Set<String> = [
        "keywords", "key words", "graphical abstract", "highlights", "introduction", "references", "open research",
        "peer review reports", "competing interest statement", "competing interests", "data availability",
        "data availability statement", "funding", "author information", "supporting information", "article metrics",
        "cited by", "recommended articles", "similar articles", "related research", "download pdf", "share",
        "index terms", "document sections", "metrics", "figures", "citations", "info/history", "preview pdf",
        "back to top", "full text", "pdf", "jel", "acknowledgements", "acknowledgments", "main",
    ]

    /// Line beginnings (lower-case) that close the abstract: labelled lines of the article information.
    static let abstractEndPrefixes = [
        "keywords:", "key words:", "citation:", "editor:", "academic editor:", "handling editor:", "received:",
        "received ", "submission received", "copyright", "©", "competing interests:", "comments:", "subjects:",
        "cite as:", "published in:", "data availability:", "funding:", "jel:", "1. introduction", "1 introduction",
        "i. introduction", "download:", "this article belongs to",
    ]

    /// Lines that introduce a whole citation of the article on the next line.
    static let citationLabels: Set<String> = [
        "cite this article", "mdpi and acs style", "apa style", "ama style", "how to cite", "how to cite this article",
        "cite this paper", "recommended citation", "citation", "cite",
    ]

    /// Line beginnings (lower-case) of a citation of the article given on the same line.
    static let citationPrefixes = ["citation:", "to cite this article:", "cite this article:", "how to cite:",
                                   "recommended citation:"]

    /// Line beginnings (lower-case) of a line stating the article's own DOI.
    static let doiPrefixes = ["doi:", "doi ", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                              "http://dx.doi.org/", "doi.org/", "digital object identifier", "cite this article https://doi.org/",
                              "cite this article http://doi.org/"]

    /// A label alone on its line whose DOI is on the next line.
    static let doiLabels: Set<String> = ["doi", "digital object identifier", "digital object identifier (doi)"]

    /// Short lines between the journal header, the title and the byline that are buttons or badges.
    static let furniture: Set<String> = [
        "author links open overlay panel", "show more", "open access", "free access", "research article", "research",
        "article", "articles", "original article", "original research", "original paper", "review", "review article",
        "new results", "follow this preprint", "by", "cite this", "pdf", "open accessarticle", "search in:",
        "this journal", "anywhere", "advanced search", "list of issues", "current issue", "all issues", "peer-reviewed",
        "x", "listen", "crossmark", "add to mendeley", "share", "cite", "download pdf", "view pdf", "research articles",
        "all authors", "get rights and content", "download full issue", "full article", "figures & data", "metrics",
        "checked for updates", "check for updates", "submit an article", "journal homepage", "views", "altmetric",
        "regular article", "letter", "short communication", "brief report", "editorial", "commentary",
    ]

    /// Line beginnings (lower-case) of furniture lines between the title and the byline.
    static let furniturePrefixes = ["publisher:", "published:", "published online", "first published", "received",
                                    "accepted", "journals & ", "volume ", "vol. "]

    /// Lines between the names of a byline printed one name per line: roles, e-mail, affiliations, badges.
    static let bylineDetailPrefixes = ["roles ", "affiliation", "* e-mail", "e-mail", "email", "contributed equally",
                                       "orcid", "search for more papers", "search for other works", "corresponding author",
                                       "present address", "oxford academic", "google scholar", "pubmed", "correspondence", "†", "‡", "*",
                                       "more by ", "http://orcid", "https://orcid", "[email"]

    /// Words of an affiliation line printed between the names of a one-name-per-line byline.
    static let affiliationWords: Set<String> = [
        "university", "department", "institute", "school", "college", "hospital", "centre", "center", "laboratory",
        "faculty", "division", "unit", "universidad", "université", "universität", "università", "academy", "clinic",
    ]

    /// Article-type labels printed right above the title ("Journal Article", "Research Article").
    static let articleTypeLabels: Set<String> = [
        "journal article", "research article", "original article", "original research", "original research article",
        "review article", "regular article", "article", "research paper", "original paper", "brief report",
        "short communication", "research", "review", "letter", "editorial", "commentary", "perspective",
    ]

    /// Words that are never part of a person's name as a byline prints it (menus and labels that look like
    /// two capitalised words: "Article Menu", "Author Services", "Academic Editor").
    static let nonNameWords: Set<String> = [
        "article", "articles", "menu", "editor", "editors", "access", "services", "journal", "journals", "issue",
        "issues", "sign", "search", "help", "open", "home", "about", "submit", "download", "share", "view", "cite",
        "metrics", "figures", "data", "tools", "related", "references", "abstract", "keywords", "citations", "log",
        "register", "cart", "contact", "privacy", "cookies", "terms", "policy", "university", "department",
        "institute", "school", "library", "online", "research", "information", "books", "topics", "initiatives",
        "account", "settings", "sections", "authors", "author", "more", "sites", "results", "notes", "news", "full",
        "text", "pdf", "print", "email", "next", "previous", "back", "top", "subject", "areas", "version", "versions",
        "statistics", "comments", "coverage", "review", "media", "publish", "browse", "advanced", "alerts",
        "purchase", "details", "permissions", "reprints", "supplementary", "material", "guidelines", "collections",
        "affiliations", "contributions", "received", "revised", "accepted", "published", "posted", "updated",
        "facebook", "twitter", "google", "linkedin", "like", "plus", "tweet", "widget", "types", "content", "activity",
        "recently", "viewed", "partners", "events", "publications", "press", "company", "careers", "learning",
        "explore", "save", "add", "export", "request", "buy", "rent", "get", "follow", "subscribe", "login", "skip",
        "create", "folder", "folders", "cancel", "delete", "edit", "upload", "remove",
    ]

    /// Names glued to a byline name by the copy: icons and profile links.
    static let bylineGlue = ["View ORCID Profile", "ORCID Icon", "ORCID Profile", "ORCID logo", "ORCID", "EMAIL logo", "Email logo",
                             "email logo", "Search for more papers by this author",
                             "(Corresponding author)", "Is a corresponding author", "is a corresponding author",
                             "Corresponding Author", "Corresponding author", "corresponding author", "Email author",
                             "email the author", "Email the author", "Profile"]

    /// Titles printed before a name in a byline ("Dr. Laura Falivene", "Prof. Dr. Steven P. Nolan"), lower-cased:
    /// no part of the name.
    static let honorifics: Set<String> = ["dr.", "dr", "prof.", "prof", "professor", "mr.", "mrs.", "ms.", "pr.", "priv.-doz.", "dipl.-ing."]

    /// Labels of the date the article was published (never received, revised or accepted), most telling first.
    static let publishedLabels = ["published:", "published online:", "published online", "first published:",
                                  "version of record online:", "posted", "[submitted on", "date of publication:",
                                  "publication date:", "published", "available online"]

    /// Line beginnings (lower-case) of a page-range label line ("Pages 1187-1199 | …", "Page(s): 1402 - 1413").
    static let pageLabels = ["page(s):", "pages:", "pages ", "pp. ", "pp "]

    /// Lines that open the furniture after the article (reference lists, recommendations): a volume line or
    /// a labelled DOI past one of them belongs to another work.
    static let tailHeadings: Set<String> = [
        "references", "reference", "cited by", "citing literature", "recommended articles", "similar articles",
        "related research", "people also read", "recommended", "related papers", "related articles",
        "literature cited", "bibliography", "works cited", "you might also like", "you may also like", "related content",
        "more like this", "recommended for you", "readers also read", "related items", "also of interest",
        "more from this journal", "similar content being viewed by others", "other articles of interest",
        // The same headings in the other languages journals print.
        "referencias", "referencias bibliográficas", "referências", "referências bibliográficas", "références",
        "références bibliographiques", "bibliographie", "bibliografía", "bibliografia", "literatur",
        "literaturverzeichnis", "riferimenti bibliografici", "список литературы", "список цитируемой литературы", "литература", "参考文献", "참고문헌",
    ]

    /// Labels of the keyword list (lower-case).
    static let keywordLabels: Set<String> = ["keywords", "key words", "keyword"]

    /// What separates keywords printed on one line.
    static let keywordSeparators: Set<Character> = [";", ",", "·", "|", "；", "，"]

    /// Line fragments (lower-case) saying the page is a preprint.
    static let preprintMarkers = ["this article is a preprint", "follow this preprint", "[submitted on ",
                                  "has not been certified by peer review", "cite as: arxiv:"]

    /// A label that introduces the venue in a volume line ("Published in: IEEE Transactions … ( Volume: 36 …").
    static let venueLabels = ["Published in:", "Source:", "Journal:", "In:"]
}
