/// Finds a run of letters and digits that every match of a regular expression must contain, so that a
/// search can skip text without it. Conservative by design: any construct it does not fully understand
/// (alternation, inline options, escapes other than a few classes, a group or class holding the run)
/// gives no literal, and the search then looks at every sentence.
public enum RequiredLiteral {
    /// The longest required run of at least three word characters, case-folded, or nil.
    public static func of(_ pattern: String) -> String? {
        let p = Array(pattern.unicodeScalars)
        // Alternation anywhere could make any run optional; inline options change how text is read.
        if p.contains("|") || pattern.contains("(?") { return nil }
        var best = [Unicode.Scalar]()
        var run = [Unicode.Scalar]()
        var depth = 0
        var i = 0
        func closeRun() {
            if run.count > best.count { best = run }
            run = []
        }
        while i < p.count {
            let c = p[i]
            switch c {
            case "\\":
                // A class escape (\d, \s, \w, \b …) is one non-literal atom; anything else is not understood.
                guard i + 1 < p.count, "dDsSwWbB".unicodeScalars.contains(p[i + 1]) else { return nil }
                closeRun()
                i += 2
                continue
            case "[":
                // Skip the bracket expression (a class is one non-literal atom).
                closeRun()
                var j = i + 1
                if j < p.count, p[j] == "^" { j += 1 }
                if j < p.count, p[j] == "]" { j += 1 }
                while j < p.count, p[j] != "]" {
                    if p[j] == "\\" || p[j] == "[" { return nil }
                    j += 1
                }
                guard j < p.count else { return nil }
                i = j + 1
                continue
            case "(":
                closeRun()
                depth += 1
            case ")":
                closeRun()
                depth -= 1
                if depth < 0 { return nil }
            case "?", "*", "{":
                // The atom before is optional (or repeatable from zero): it leaves the run.
                if !run.isEmpty { run.removeLast() }
                closeRun()
                if c == "{" {
                    while i < p.count, p[i] != "}" { i += 1 }
                }
            case "+":
                // The atom before is required at least once: keep it, but the run cannot go on through it.
                closeRun()
            default:
                if CharacterClass.isASCIIAlphanumeric(c) && depth == 0 {
                    run.append(CharacterClass.isUpper(c) ? Unicode.Scalar(c.value + 32)! : c)
                } else {
                    closeRun()
                }
            }
            i += 1
        }
        closeRun()
        guard best.count >= 3 else { return nil }
        return String(String.UnicodeScalarView(best))
    }
}
