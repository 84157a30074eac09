import Foundation
import Testing

@testable import Knowledge

/// The bundled knowledge on short news passages about unrelated events, and on the seed bundle.
@Suite struct NewsFixtureTests {
    let kb: KnowledgeBase

    init() throws {
        kb = try KnowledgeBase.bundled()
    }

    func ids(in text: String) -> [String] {
        kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets(text)).flatMap { $0.targets.map(\.id) }
    }

    @Test func sudanCeasefirePassage() {
        let text = """
            KHARTOUM, June 3 (Reuters) - Sudan's army and the Rapid Support Forces agreed to a \
            week-long ceasefire brokered by Saudi Arabia and the United States, the African Union \
            said on Tuesday. Egyptian and Ethiopian officials welcomed the truce in Addis Ababa, \
            while the UN Security Council and UNHCR warned of a humanitarian catastrophe.
            """
        let found = ids(in: text)
        for expected in [
            "place:khartoum-sd", "org:reuters", "country:SD", "armed-forces", "country:SA", "country:US",
            "org:african-union", "country:EG", "country:ET", "official", "place:addis-ababa-et",
            "org:un-security-council", "org:unhcr",
        ] {
            #expect(found.contains(expected), "missing \(expected)")
        }
        let cues = kb.lexiconMatcher.longestMatches(in: TextFolding.foldWithOffsets(text))
            .flatMap { $0.targets.map { "\($0.kind.rawValue):\($0.id)" } }
        #expect(cues.contains("reportingVerb:say"))
        #expect(cues.contains("loadedTerm:appeal-to-fear"))
    }

    @Test func asiaPacificPassageWithSpellingVariants() {
        let text = """
            Beijing accused Taipei of "provocation" after the Philippine and Vietnamese foreign \
            ministers met in Hanoi; Japan's Prime Minister said the ASEAN summit in Kuala Lumpur \
            would address the South China Sea. Kiev and Nur-Sultan were not mentioned.
            """
        let found = ids(in: text)
        for expected in [
            "place:beijing-cn", "place:taipei-tw", "country:PH", "country:VN", "foreign-minister",
            "place:hanoi-vn", "country:JP", "prime-minister", "org:asean", "place:kuala-lumpur-my",
            "place:south-china-sea", "place:kyiv-ua", "place:astana-kz",
        ] {
            #expect(found.contains(expected), "missing \(expected)")
        }
    }

    @Test func latinAmericaPassageWithDiacriticsAndLowercaseCommonWords() {
        let text = "En Bogotá y Brasília, the turkey and the china were served; Türkiye and China were not."
        let found = ids(in: text)
        #expect(found.contains("place:bogota-co"))
        #expect(found.contains("place:brasilia-br"))
        #expect(found.filter { $0 == "country:TR" }.count == 1)
        #expect(found.filter { $0 == "country:CN" }.count == 1)
    }

    @Test func seedBundleMentionsItsStatesAndRoles() throws {
        let seeds = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(names.count == 5)
        var all: [String] = []
        for name in names {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            let matches = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets(scalars))
            for match in matches {
                // Offsets are valid, ordered and non-overlapping.
                #expect(match.start < match.end && match.end <= scalars.count)
            }
            for (earlier, later) in zip(matches, matches.dropFirst()) {
                #expect(earlier.end <= later.start)
            }
            all += matches.flatMap { $0.targets.map(\.id) }
        }
        for expected in ["country:XK", "country:AL", "country:HR", "country:RS", "org:nato", "defence-minister"] {
            #expect(all.contains(expected), "missing \(expected)")
        }
    }
}
