import CrosscheckSchema
import Foundation

/// Deterministic synthetic news-like articles (titles, bylines, dates, headings, quotes,
/// indirect speech, boilerplate, hard-wrapped lines), for the parser's benchmark and tests.
public enum SyntheticArticles {
    /// Articles totalling at least `bytes`, the same on every machine.
    public static func corpus(bytes: Int) -> [RawDocument] {
        var generator = ArticleGenerator(seed: 0x5EED)
        var documents: [RawDocument] = []
        var total = 0
        while total < bytes {
            let text = generator.article()
            let data = Data(text.utf8)
            total += data.count
            documents.append(RawDocument(id: "bench-\(documents.count)", path: "bench/\(documents.count).txt", data: data))
        }
        return documents
    }
}

/// A small deterministic generator of article-shaped text.
struct ArticleGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(truncatingIfNeeded: (state >> 33) & 0x7FFF_FFFF)
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[next() % items.count] }

    private let people = [
        "Maria Lindqvist", "Tomasz Nowak", "Aiko Tanaka", "Kwame Mensah", "Elena Petrova",
        "Diego Alvarez", "Fatima Zahra", "Jonas Berg", "Priya Raman", "Samuel Okoro",
    ]
    private let roles = ["Finance Minister", "Mayor", "Dr.", "Prime Minister", "union leader", "spokeswoman"]
    private let places = ["Valmora", "Port Keld", "Ostrava", "Lakeside", "Harwick", "San Telmo", "Nordby"]
    private let orgs = [
        "the Harbour Authority", "the Central Bank", "the Transport Board", "Acme Energy",
        "the Regional Council", "the U.N. agency",
    ]
    private let subjects = [
        "The council", "Investors", "Residents", "The company", "Officials", "Farmers",
        "The committee", "Analysts", "Teachers", "The ministry",
    ]
    private let verbs = [
        "approved", "rejected", "delayed", "questioned", "welcomed", "criticised", "funded",
        "reviewed", "extended", "postponed",
    ]
    private let objects = [
        "the new budget", "a plan to expand the port", "the rail link", "higher water prices",
        "the hospital merger", "a tax on short-term rentals", "the wind farm",
        "new rules for delivery vans", "the school reform", "a ban on night flights",
    ]
    private let tails = [
        "after months of debate", "on Tuesday", "despite strong protests", "by a narrow margin",
        "for the second time this year", "at a late-night session", "without a vote",
        "in a surprise move",
    ]
    private let boilerplate = [
        "Share this article", "Read more", "Leave a Reply", "Related Articles",
        "Sign up for our newsletter", "Photo: Getty Images",
    ]

    mutating func sentence() -> String {
        switch next() % 6 {
        case 0:
            return "\(pick(subjects)) \(pick(verbs)) \(pick(objects)) \(pick(tails))."
        case 1:
            return "“We cannot wait any longer. The costs rise every month,” said \(pick(people)), who leads the \(pick(places)) office."
        case 2:
            return "According to \(pick(orgs)), spending rose \(next() % 20).\(next() % 10)% in \(2000 + next() % 25)."
        case 3:
            return "\(pick(roles) == "Dr." ? "Dr. " + pick(people) : pick(people)) told reporters that \(pick(objects)) would cost about"
                + " $\(next() % 900 + 100) million."
        case 4:
            return "Critics called the \(pick(["deal", "plan", "reform"])) a"
                + " “\(pick(["disaster", "gift to developers", "quiet revolution"]))”, and \(pick(subjects).lowercased()) in \(pick(places)) agreed."
        default:
            return "In \(pick(places)), \(pick(subjects).lowercased()) \(pick(verbs)) \(pick(objects)) — a decision that surprised many —"
                + " \(pick(tails))."
        }
    }

    mutating func article() -> String {
        var lines: [String] = []
        lines.append("\(pick(subjects)) \(pick(verbs)) \(pick(objects)) in \(pick(places))")
        lines.append("")
        lines.append("By \(pick(people)) and \(pick(people))")
        lines.append("")
        lines.append("\(next() % 28 + 1) \(pick(["March", "April", "June", "October"])) \(2015 + next() % 10)")
        lines.append("")
        let paragraphs = 12 + next() % 12
        for p in 0..<paragraphs {
            if p > 0 && p % 5 == 0 {
                lines.append("\(pick(["What Comes Next", "Reactions", "The Costs", "Background"]))")
                lines.append("")
            }
            var paragraph = (0..<(3 + next() % 4)).map { _ in sentence() }.joined(separator: " ")
            if p % 4 == 3 { paragraph = wrap(paragraph, width: 72) }
            lines.append(paragraph)
            lines.append("")
            if p % 7 == 6 {
                lines.append(pick(boilerplate))
                lines.append("")
            }
        }
        lines.append("Share this article")
        lines.append("Leave a Reply")
        return lines.joined(separator: "\n")
    }

    private func wrap(_ text: String, width: Int) -> String {
        var out: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, !line.isEmpty {
                out.append(line)
                line = String(word)
            } else {
                line = line.isEmpty ? String(word) : line + " " + word
            }
        }
        if !line.isEmpty { out.append(line) }
        return out.joined(separator: "\n")
    }
}
