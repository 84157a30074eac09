import CrosscheckSchema

/// The article's lines sorted into roles, with the metadata the header lines state.
struct PageLayout: Sendable {
    var roles: [LineRole]
    var title: String?
    var outlet: String?
    var authors: [String] = []
    /// ISO date from a date line or byline.
    var published: String?
    var headings: [TextSpan] = []
    var removed: [RemovedSpan] = []
}
