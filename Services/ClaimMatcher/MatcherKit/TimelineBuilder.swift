import CrosscheckSchema

/// Orders the clusters' full dates and months into a timeline.
///
/// Each date of a non-negated claim becomes an entry; clusters sharing a date share the entry,
/// which takes the label of its first cluster.
struct TimelineBuilder: Sendable {
    let documentIDs: [String]

    func build(_ clusters: [(cluster: Cluster, members: [ClaimFeatures])]) -> [TimelineEntry] {
        struct Entry {
            var clusters: [String]
            var labels: [String]
            var docs: Set<String>
        }
        var byDate: [String: Entry] = [:]
        for (cluster, members) in clusters {
            for m in members where !m.isNegated {
                guard let date = m.date, date.isTimelineDate else { continue }
                var entry = byDate[date.text] ?? Entry(clusters: [], labels: [], docs: [])
                if !entry.clusters.contains(cluster.id) {
                    entry.clusters.append(cluster.id)
                    entry.labels.append(cluster.label)
                }
                entry.docs.insert(documentIDs[m.docIndex])
                byDate[date.text] = entry
            }
        }
        return byDate.keys.sorted().compactMap { date in
            guard let e = byDate[date] else { return nil }
            return TimelineEntry(date: date, label: e.labels.first ?? "", clusters: e.clusters, docs: e.docs.sorted())
        }
    }
}
