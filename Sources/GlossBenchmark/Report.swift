import GlossShell

/// The benchmark's figures: a printed table and a JSON document.
struct Report {
    struct Row {
        let section: String
        let name: String
        let seconds: Double?
        let extra: String
        let runs: Int
    }

    private(set) var rows: [Row] = []

    mutating func add(section: String, name: String, seconds: Double?, extra: String, runs: Int) {
        rows.append(Row(section: section, name: name, seconds: seconds, extra: extra, runs: runs))
    }

    func table() -> String {
        let headers = ["section", "what", "median", "", "runs"]
        let cells = rows.map { [$0.section, $0.name, $0.seconds.map(formatDuration) ?? "", $0.extra, "\($0.runs)"] }
        var widths = headers.map(\.count)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, c in
                i == 2 || i == 4 ? String(repeating: " ", count: widths[i] - c.count) + c : c + String(repeating: " ", count: widths[i] - c.count)
            }.joined(separator: "  ")
        }
        return ([line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + cells.map(line)).joined(separator: "\n")
    }

    func json() -> String {
        let items = rows.map { r in
            "  {\"section\": \(JSON.quote(r.section)), \"name\": \(JSON.quote(r.name)), \"median_seconds\": \(r.seconds.map { "\($0)" } ?? "null"), \"extra\": \(JSON.quote(r.extra)), \"runs\": \(r.runs)}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }
}

/// "12.3 ms", "845 µs", "1.20 s".
func formatDuration(_ seconds: Double) -> String {
    if seconds >= 1 { return format2(seconds) + " s" }
    if seconds >= 0.001 { return format2(seconds * 1000) + " ms" }
    return format2(seconds * 1_000_000) + " µs"
}

/// A number with two decimals (no Foundation).
func format2(_ x: Double) -> String {
    let scaled = (x * 100).rounded()
    guard scaled.isFinite, abs(scaled) < 1e15 else { return "\(x)" }
    let whole = Int(scaled) / 100, frac = abs(Int(scaled) % 100)
    return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
}
