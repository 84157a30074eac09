/// What a line of the article is, once the layout rules have looked at it.
enum LineRole: Equatable, Sendable {
    case blank
    /// Page furniture: share and comment widgets, navigation, cookie notices.
    case boilerplate
    case photoCredit
    /// A line naming the publication itself ("Example.com").
    case outlet
    case title
    case byline
    /// A line that is only a date ("4 April 2025", "Published: March 18, 2025").
    case dateline
    /// A live-blog time stamp ("10:32 BST").
    case timestamp
    case heading
    /// Article text.
    case body

    /// The `removed` reason for lines left out of analysis, nil for title, heading and body.
    var removalReason: String? {
        switch self {
        case .boilerplate: "boilerplate"
        case .photoCredit: "photo-credit"
        case .outlet: "outlet"
        case .byline: "byline"
        case .dateline: "dateline"
        case .timestamp: "timestamp"
        case .blank, .title, .heading, .body: nil
        }
    }
}
