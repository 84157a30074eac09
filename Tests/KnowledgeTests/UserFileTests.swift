import Foundation
import Testing

@testable import Knowledge

@Suite struct UserFileTests {
    static let userFile = #"""
        {
          "format": "crosscheck-knowledge/1",
          "source": "test file",
          "entries": [
            {"id": "person:ana-example", "name": "Ana Example", "type": "person", "aliases": ["A. Example"]},
            {"id": "country:RS", "aliases": ["Srbijica"], "demonyms": ["Serbs"]},
            {"id": "org:un", "name": "The UN (renamed)", "replace": true, "type": "organization"}
          ],
          "roles": [{"id": "defence-minister", "forms": ["War Secretary"]}],
          "lexicon": {
            "hedges": ["purportedly-ish"],
            "loadedTerms": [{"term": "regime", "category": "name-calling"}],
            "months": {"Sept": 9},
            "lists": {"stopwords": ["amongst"], "myList": ["Alpha", "beta"]},
            "tables": {"currencies": {"dinar": "RSD", "euros": "EUR"}},
            "numbers": {"numberWords": {"twice": 2}}
          },
          "remove": {"lexicon": ["might"]}
        }
        """#

    @Test func userFileExtendsAndOverrides() throws {
        let path = try KnowledgeBaseTests.writeTemp(Self.userFile)
        let kb = try KnowledgeBase.load(extraFiles: [path])
        let person = try #require(kb.entry(id: "person:ana-example"))
        #expect(person.type == "person" && person.source == "test file")
        let serbia = try #require(kb.entry(id: "country:RS"))
        #expect(serbia.aliases.contains("Srbijica") && serbia.aliases.contains("Republic of Serbia"))
        #expect(serbia.demonyms.filter { $0 == "Serbs" }.count == 1)
        #expect(serbia.capital == "place:belgrade-rs")
        let un = try #require(kb.entry(id: "org:un"))
        #expect(un.name == "The UN (renamed)" && un.aliases.isEmpty)
        #expect(kb.role(id: "defence-minister")?.forms.contains("War Secretary") == true)
        #expect(kb.lexicon.isHedge("purportedly-ish") && kb.lexicon.isHedge("reportedly"))
        #expect(kb.lexicon.loadedCategory("regime") == "name-calling")
        #expect(!kb.lexicon.isSpeculative("might") && kb.lexicon.isSpeculative("could"))
        #expect(kb.lexicon.list("stopwords", contains: "amongst") && kb.lexicon.list("stopwords", contains: "the"))
        #expect(kb.lexicon.list("myList") == ["Alpha", "beta"] && kb.lexicon.list("myList", contains: "ALPHA"))
        #expect(kb.lexicon.table("currencies")["dinar"] == "RSD" && kb.lexicon.table("currencies")["yen"] == "JPY")
        #expect(kb.lexicon.numberTable("numberWords")["twice"] == 2 && kb.lexicon.numberTable("numberWords")["ten"] == 10)

        let found = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets("Ana Example, the War Secretary"))
        #expect(found.flatMap { $0.targets.map(\.id) } == ["person:ana-example", "defence-minister"])
        // The bundled knowledge is untouched.
        #expect(try KnowledgeBase.bundled().entry(id: "person:ana-example") == nil)
    }

    @Test func laterFilesWinOverEarlierOnes() throws {
        let first = try KnowledgeBaseTests.writeTemp(#"{"entries":[{"id":"x:1","name":"First","type":"event"}]}"#)
        let second = try KnowledgeBaseTests.writeTemp(#"{"entries":[{"id":"x:1","name":"Second"}]}"#)
        let kb = try KnowledgeBase.load(extraFiles: [first, second])
        #expect(kb.entry(id: "x:1")?.name == "Second")
        #expect(kb.entry(id: "x:1")?.type == "event")
    }

    @Test func malformedFileErrorNamesTheFile() throws {
        let path = try KnowledgeBaseTests.writeTemp(#"{"entries": [{"name": "no id"}]}"#)
        do {
            _ = try KnowledgeBase.load(extraFiles: [path])
            Issue.record("expected an error")
        } catch let error as KnowledgeError {
            #expect(error.description.contains(path))
            #expect(error.description.contains("id"))
        }
        let broken = try KnowledgeBaseTests.writeTemp("{ not json")
        #expect(throws: KnowledgeError.self) { try KnowledgeBase.load(extraFiles: [broken]) }
        do {
            _ = try KnowledgeBase.load(extraFiles: [broken])
        } catch {
            #expect("\(error)".contains(broken) && "\(error)".contains("malformed"))
        }
    }

    @Test func newEntryWithoutNameAndMissingFileAreClearErrors() throws {
        let path = try KnowledgeBaseTests.writeTemp(#"{"entries": [{"id": "person:nobody"}]}"#)
        #expect(throws: KnowledgeError.invalidItem(path: path, id: "person:nobody", reason: "a new entry needs a \"name\"")) {
            try KnowledgeBase.load(extraFiles: [path])
        }
        let missing = "/nonexistent/kb-\(UUID().uuidString).json"
        do {
            _ = try KnowledgeBase.load(extraFiles: [missing])
            Issue.record("expected an error")
        } catch let error as KnowledgeError {
            guard case .unreadableFile(let reported, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(reported == missing)
        }
    }
}
