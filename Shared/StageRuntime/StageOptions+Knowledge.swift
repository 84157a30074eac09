import ArgumentParser
import Knowledge

extension StageOptions {
    /// The shipped knowledge base extended by every `--kb` file, or a clear error naming the file.
    public func loadKnowledge() throws -> KnowledgeBase {
        do {
            return try KnowledgeBase.load(extraFiles: knowledgeFiles)
        } catch {
            throw ValidationError("cannot load the knowledge base: \(error)")
        }
    }
}
