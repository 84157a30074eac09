// crosscheck-train-features: dumps the learned claim scorer's candidate pairs and feature
// vectors for training (see scripts/train-claim-scorer).
//
// Input (argument 1): JSON {"bundles": [{"id", "docs": [{"id", "text"}]}]}, pseudo-documents
// built from annotated sentences. Each bundle runs through the real parser, resolver, linker
// and claim extractor in-process, exactly as in a job. Output (argument 2): one JSON line per
// bundle {"id", "features", "claims": [[doc, start, end]], "pairs": [[a, b, [values]]],
// "stories", "triggers"} (each claim's trigger lemma, empty when eventless).
// Sentence vectors come from the real encoder when its model is installed (scripts/setup), as
// in a job; without one the `sentenceCosine` feature is 0 and a note says so.
// `--word-stories`: the stories dumped are those of the documents' words alone, without the
// entity pass (`DocumentStories.entityThreshold`), for picking training pairs (scripts/train-claim-scorer).
import CrosscheckSchema
import EncoderKit
import Foundation
import Knowledge
import MatcherKit
import TrainingSupport

/// One output line.
struct Output: Encodable {
    var id: String
    var features: [String]
    var claims: [[String]]
    var pairs: [[Double]]
    var stories: [Int]
    var triggers: [String]
}

TrainingDump.main(tool: "crosscheck-train-features", flags: ["--word-stories"]) { input, knowledge, pipeline, flags in
    let matcher = try ClaimMatcher(knowledge: knowledge)
    // try?: without an installed encoder model the feature is 0, and the next line says so.
    let encoder = DocumentEncoder(encoder: try? SentenceEncoder(directory: ModelLocator.locate()))
    if encoder.encoder == nil {
        FileHandle.standardError.write(Data("crosscheck-train-features: no encoder model; sentenceCosine is 0\n".utf8))
    }
    return try input.bundles.map { bundle in
        let run = try pipeline.run(bundle)
        var linked = run.linked
        if encoder.encoder != nil { linked.sentenceVectors = run.parsed.map { encoder.encode(EncodeRequest($0)) } }
        let table = matcher.pairTable(linked, entityStories: !flags.contains("--word-stories"))
        return try TrainingDump.line(
            Output(
                id: bundle.id, features: table.features,
                claims: table.claims.map { [$0.doc, String($0.start), String($0.end)] },
                pairs: table.pairs.map { [Double($0.a), Double($0.b)] + $0.values }, stories: table.stories, triggers: table.triggers))
    }
}
