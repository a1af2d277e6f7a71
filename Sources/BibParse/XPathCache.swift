import BibModel
import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide memo of what each XPath string compiles to: its `XPathPlan` (or that it has none) and
/// libxml2's compiled expressions, keyed by the XPath's bytes. Rules use a few hundred fixed XPaths, so nothing
/// is ever evicted.
/// Compiled expressions are only read during evaluation, so documents on several threads share them.
final class XPathCache: @unchecked Sendable {
    static let shared = XPathCache()

    private var mutex = pthread_mutex_t()
    private var plans: [UTF8Key: XPathPlan?] = [:]
    private var compiled: [UTF8Key: xmlXPathCompExprPtr?] = [:]

    private init() { pthread_mutex_init(&mutex, nil) }

    /// The plan for `xpath`, or nil when it must be evaluated whole.
    func plan(_ xpath: String) -> XPathPlan? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if let known = plans[UTF8Key(xpath)] { return known }
        let made = XPathPlan.make(xpath)
        plans[UTF8Key(xpath)] = made
        return made
    }

    /// libxml2's compiled form of `xpath`, or nil when it does not compile.
    func expression(_ xpath: String) -> xmlXPathCompExprPtr? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if let known = compiled[UTF8Key(xpath)] { return known }
        let made = xmlXPathCompile(xpath)
        compiled[UTF8Key(xpath)] = made
        return made
    }
}
