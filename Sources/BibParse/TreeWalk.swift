import CLibXML2

/// Visits a libxml2 subtree in document order by following child, next-sibling and parent pointers: no
/// recursion (pages nest tags 100,000 deep) and no stack of pending siblings.
enum TreeWalk {
    /// What to do after entering a node.
    enum Step { case descend, skip, stop }

    /// Walks the children of `container` (an element or the document) and their descendants. `enter` sees each
    /// node and says whether to walk its children; every node it descended into is then passed to `leave`
    /// after its last descendant (at once when it has none). `leave` returning false stops the walk.
    static func walk(childrenOf container: UnsafeMutableRawPointer, first: xmlNodePtr?,
                     enter: (xmlNodePtr) -> Step, leave: (xmlNodePtr) -> Bool) {
        var node = first
        while let n = node {
            switch enter(n) {
            case .stop:
                return
            case .descend:
                if let child = n.pointee.children {
                    node = child
                    continue
                }
                if !leave(n) { return }
            case .skip:
                break
            }
            var current = n
            while current.pointee.next == nil {
                guard let up = current.pointee.parent, UnsafeMutableRawPointer(up) != container else { return }
                if !leave(up) { return }
                current = up
            }
            node = current.pointee.next
        }
    }
}
