// crosscheck-trigger-features: dumps the learned trigger tagger's feature rows for training, the
// claim triggers the extractor picks (see scripts/train-trigger-tagger) and the participant
// candidates of each claim's trigger (see scripts/train-participant-model).
//
// Input (argument 1): JSON {"bundles": [{"id", "docs": [{"id", "text"}]}]}, documents built
// from annotated sentences. Each bundle runs through the real parser, resolver, linker and
// claim extractor in-process, exactly as in a job, so the features are the ones the extractor
// computes at run time. Output (argument 2): one JSON line per document
// {"doc", "rows": [[sentence, start, end, [features]]], "rules": [[start, end, claimStart, claimEnd]], "tagged": […],
//  "participants": [[sentence, triggerStart, triggerEnd, start, end, [features]]]}:
// every word's features, the trigger token and span of each claim without the tagger ("rules")
// and with the shipped tagger ("tagged", empty when no model is installed yet), and every entity
// mention of each claim (with the shipped tagger, the rules' subject and object) with its
// participant features.
import CrosscheckSchema
import Foundation
import Knowledge
import MatcherKit
import TrainingSupport

/// One output line.
struct Output: Encodable {
    var doc: String
    var rows: [[Row]]
    var rules: [[Int]]
    var tagged: [[Int]]
    var participants: [[Row]]

    /// One cell of a row: a number or the feature list.
    enum Row: Encodable {
        case int(Int)
        case strings([String])

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .int(let value): try container.encode(value)
            case .strings(let value): try container.encode(value)
            }
        }
    }
}

/// The triggers a matcher picked, by document, in claim order.
func byDocument(_ triggers: [(doc: String, trigger: Range<Int>, claim: Range<Int>)]) -> [String: [[Int]]] {
    var out: [String: [[Int]]] = [:]
    for t in triggers {
        out[t.doc, default: []].append([t.trigger.lowerBound, t.trigger.upperBound, t.claim.lowerBound, t.claim.upperBound])
    }
    return out
}

TrainingDump.main(tool: "crosscheck-trigger-features") { input, knowledge, pipeline, _ in
    let lexicon = MatcherLexicon(knowledge: knowledge)
    let rules = ClaimMatcher(lexicon: lexicon)
    // try?: before the first training there is no model; the "tagged" triggers are then empty.
    let tagged = (try? TriggerTagger.bundled()).map { ClaimMatcher(lexicon: lexicon, tagger: $0) }
    if tagged == nil {
        FileHandle.standardError.write(Data("crosscheck-trigger-features: no trigger-tagger model; \"tagged\" is empty\n".utf8))
    }
    var lines: [Data] = []
    for bundle in input.bundles {
        let linked = try pipeline.run(bundle).linked
        let ruleDump = rules.claimDump(linked)
        // The participant rows come from the claims the shipped tagger makes, or the rules' without one.
        let taggedDump = tagged?.claimDump(linked)
        let ruleTriggers = byDocument(ruleDump.triggers)
        let taggedTriggers = byDocument(taggedDump?.triggers ?? [])
        var participantsByDoc: [String: [[Output.Row]]] = [:]
        for row in (taggedDump ?? ruleDump).participants {
            let cells: [Output.Row] = [
                .int(row.sentence), .int(row.trigger.lowerBound), .int(row.trigger.upperBound), .int(row.candidate.lowerBound),
                .int(row.candidate.upperBound), .strings(row.features),
            ]
            participantsByDoc[row.doc, default: []].append(cells)
        }
        var rowsByDoc: [String: [[Output.Row]]] = [:]
        for row in rules.triggerRows(linked) {
            rowsByDoc[row.doc, default: []].append([.int(row.sentence), .int(row.start), .int(row.end), .strings(row.features)])
        }
        for doc in bundle.docs {
            let line = Output(
                doc: doc.id, rows: rowsByDoc[doc.id] ?? [], rules: ruleTriggers[doc.id] ?? [], tagged: taggedTriggers[doc.id] ?? [],
                participants: participantsByDoc[doc.id] ?? [])
            lines.append(try TrainingDump.line(line))
        }
    }
    return lines
}
