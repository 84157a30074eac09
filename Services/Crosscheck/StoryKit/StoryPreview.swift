import Foundation

/// What one preview add (`ReportTiming.preview`) found its new documents change: the stored
/// documents sharing linking keys with them (`compared`, chosen by `DocumentKeys`) made into a
/// report alone and with the new ones, through the real pipeline, and the two reports' difference.
///
/// It is not the exact difference the story's next report will show: the two reports cover the
/// compared blocks alone, so what depends on documents outside them (TF-IDF weights, the rare-term
/// cut-off, the blocking windows, statuses of clusters with claims elsewhere, `kN` ids) may come
/// out otherwise (`caveat`). `story report` still makes the exact report.
public struct StoryPreview: Codable, Sendable, Equatable {
    /// When the add was made (ISO 8601).
    public var createdAt: String
    /// The new documents the add stored, by id.
    public var added: [String]
    /// The stored documents compared, by id (those the new ones share keys with).
    public var compared: [String]
    public var changes: [StoryChange]
    /// How many of the two reports' changes the story's latest report already showed, left out of
    /// `changes` (`PreviewReconciler`); absent in previews stored before the check existed.
    public var dropped: Int?

    public init(createdAt: String, added: [String], compared: [String], changes: [StoryChange], dropped: Int? = nil) {
        self.createdAt = createdAt
        self.added = added
        self.compared = compared
        self.changes = changes
        self.dropped = dropped
    }

    /// Why a preview's changes may differ from the exact report's (written into `changes.json`).
    public static let caveat = """
        Each preview compares a report of the stored documents that share linking keys with the added ones \
        (compared) with a report of those plus the added ones, both made alone. The story's exact report may \
        differ: TF-IDF weights and the rare-term cut-off are computed over the documents in a report, the \
        blocking windows follow bundle order, clusters holding claims of documents outside the compared set \
        may have other statuses, and cluster ids (kN) are numbered per report. Each change about a cluster is \
        checked against the latest report's claim index: one it already showed is dropped (dropped), the others \
        say check latest-report (previousStatus is the latest report's) or unconfirmed. story report (or story changes \
        --exact) makes the exact report; story changes --since-report then shows the exact difference.
        """
}

/// `changes.json`'s `preview` member: the preview adds whose changes the file lists.
public struct PreviewSummary: Codable, Sendable, Equatable {
    /// Each preview add since the story's latest report, oldest first, without its changes.
    public var adds: [PreviewAdd]
    /// Documents the latest report does not cover (every add since it, previewed or not).
    public var pending: Int
    public var caveat: String
}

/// One preview add as `changes.json` names it.
public struct PreviewAdd: Codable, Sendable, Equatable {
    public var createdAt: String
    public var added: [String]
    public var compared: [String]
    /// Changes left out because the latest report already showed them (`StoryPreview.dropped`).
    public var dropped: Int?
}
