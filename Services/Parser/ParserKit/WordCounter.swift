import TextCore

/// Counts word tokens (runs of letters and digits joined by apostrophes, hyphens and dots).
enum WordCounter {
    static func count(_ view: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var words = 0
        var inWord = false
        var i = max(0, start)
        let upper = min(end, view.count)
        while i < upper {
            let c = view[i]
            if ScalarClass.isAlphanumeric(c) || ScalarClass.isMark(c) {
                if !inWord {
                    words += 1
                    inWord = true
                }
            } else if inWord, ScalarClass.isWordJoiner(c), i + 1 < upper, ScalarClass.isAlphanumeric(view[i + 1]) {
                // stays in the word
            } else {
                inWord = false
            }
            i += 1
        }
        return words
    }
}
