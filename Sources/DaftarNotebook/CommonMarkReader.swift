internal import CCmark

/// Parses CommonMark with libcmark and copies the tree into Swift values.
///
/// The only file that touches cmark (as in swift-markdown): the C tree is walked once, every
/// string copied into Swift, and the tree freed before returning.
struct CommonMarkReader {
    /// A paragraph's or heading's extent in the parsed text: where inline syntax can occur.
    struct InlineRegion {
        var startLine: Int, startColumn: Int
        var endLine: Int, endColumn: Int
    }

    /// The top-level blocks of the document.
    var blocks: [MarkdownBlock] = []
    /// Every paragraph and heading, in document order.
    var inlineRegions: [InlineRegion] = []
    /// Where blocks or inlines first nested deeper than `maximumDepth`; what lies deeper is text.
    private(set) var depthLimitReached: SourceLocation?

    /// The deepest nesting of block quotes and lists, and of emphasis, links and images, read as such
    /// (`NestingBudget.depth`). Past it the rest is its source text (as pandoc and cmark's own renderers
    /// bound nesting), so that a hundred thousand `>` cannot overflow the stack of every recursive pass
    /// and writer after.
    let maximumDepth: Int
    /// The parsed text with its line index, made the first time a node is too deep to read.
    private var source: SourceFile?
    private let text: String

    /// Turns cmark's 1-based line and column in the parsed text into a notebook location.
    private let locate: (_ line: Int, _ column: Int) -> SourceLocation

    /// Parses `text`, nesting at most `maximumDepth` deep; `locate` maps cmark's positions to the notebook's.
    init(parsing text: String, maximumDepth: Int, locate: @escaping (_ line: Int, _ column: Int) -> SourceLocation) {
        self.maximumDepth = maximumDepth
        self.locate = locate
        self.text = text
        let root = text.withCString { cmark_parse_document($0, text.utf8.count, CMARK_OPT_DEFAULT) }!
        defer { cmark_node_free(root) }
        for child in children(of: root) { blocks.append(block(child, depth: 0)) }
    }

    private mutating func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            recordRegion(node)
            return .paragraph(inlines(of: node, depth: 0))
        case CMARK_NODE_HEADING:
            recordRegion(node)
            return .heading(MarkdownHeading(
                level: Int(cmark_node_get_heading_level(node)), content: inlines(of: node, depth: 0), location: start(of: node)))
        case CMARK_NODE_BLOCK_QUOTE where depth >= maximumDepth, CMARK_NODE_LIST where depth >= maximumDepth:
            return .paragraph([.text(sourceText(of: node))])
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(children(of: node).map { block($0, depth: depth + 1) })
        case CMARK_NODE_LIST:
            return .list(MarkdownList(
                isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                isTight: cmark_node_get_list_tight(node) != 0,
                items: children(of: node).map { item in children(of: item).map { block($0, depth: depth + 1) } },
                location: start(of: node)))
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(MarkdownCodeBlock(
                info: string(cmark_node_get_fence_info(node)), code: literal(node), location: start(of: node)))
        case CMARK_NODE_HTML_BLOCK:
            return .htmlBlock(literal(node))
        default:
            return .thematicBreak
        }
    }

    private mutating func inlines(of node: OpaquePointer, depth: Int) -> [MarkdownInline] {
        children(of: node).map { inline($0, depth: depth + 1) }
    }

    private mutating func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline {
        let type = cmark_node_get_type(node)
        if depth > maximumDepth, [CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE].contains(type) {
            return .text(sourceText(of: node))
        }
        return switch type {
        case CMARK_NODE_TEXT: .text(literal(node))
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code(literal(node))
        case CMARK_NODE_HTML_INLINE: .html(literal(node))
        case CMARK_NODE_EMPH: .emphasis(inlines(of: node, depth: depth))
        case CMARK_NODE_STRONG: .strong(inlines(of: node, depth: depth))
        case CMARK_NODE_LINK:
            .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                  content: inlines(of: node, depth: depth))
        case CMARK_NODE_IMAGE:
            // With its place, for the warnings about its file (cmark 0.30 gives inline positions).
            .attributedImage(MarkdownImage(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                                           description: inlines(of: node, depth: depth), location: start(of: node)))
        default: .text(literal(node))
        }
    }

    private mutating func recordRegion(_ node: OpaquePointer) {
        inlineRegions.append(InlineRegion(
            startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node))))
    }

    /// The source of a node nested too deep to read, from its first byte to its last, recording
    /// the first such place.
    private mutating func sourceText(of node: OpaquePointer) -> String {
        if depthLimitReached == nil { depthLimitReached = start(of: node) }
        if source == nil { source = SourceFile(path: "", text: text) }
        let first = source!.offset(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        let last = source!.offset(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
        return String(decoding: source!.bytes[first..<min(max(last + 1, first), source!.bytes.count)], as: UTF8.self)
    }

    private func start(of node: OpaquePointer) -> SourceLocation {
        locate(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
