import Foundation
import GlossTestSupport
import Testing

/// kill -9 at random moments of a session that saves and exports: every saved file and the journal are always
/// an old or a new complete version, and recovery restores every completed cell.
@Suite struct KillLoopTests {
    static let lines = [
        "info", "find Kim", "quote $2", "tag 9.1 claim", "save s", "export json out.json --force",
        "read 2", "tag 14.2 fact --note 'a note'", "save s", "export json out.json --force", "tags", "find Putin",
    ]

    /// The fenced cell blocks of a transcript, in order.
    static func cellBlocks(_ text: String) -> [String] {
        var blocks = [String](), current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("```gloss") { current = [line]; continue }
            if current != nil {
                current!.append(line)
                if line == "```" { blocks.append(current!.joined(separator: "\n")); current = nil }
            }
        }
        return blocks
    }

    @Test(.timeLimit(.minutes(2)))
    func fiftyKillsNeverLeaveAPartialFile() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The versions each file can legitimately have: from runs of the script cut after each save and export.
        var sessionVersions: Set<String> = [], exportVersions: Set<String> = []
        let started = Date()
        for cut in [5, 6, 9, 10] {
            let reference = dir.child("reference-\(cut)")
            try FileManager.default.createDirectory(at: reference, withIntermediateDirectories: true)
            _ = try GlossProcess([], stdin: Self.lines.prefix(cut).joined(separator: "\n") + "\n", in: reference).run()
            if let s = try? reference.child("Sessions/s.md").read() { sessionVersions.insert(s) }
            if let e = try? reference.child("out.json").read() { exportVersions.insert(e) }
        }
        let fullRunSeconds = Date().timeIntervalSince(started) / 4
        #expect(sessionVersions.count == 2 && exportVersions.count == 2)
        // Every recorded cell of the whole script, in order.
        let all = dir.child("reference-all")
        try FileManager.default.createDirectory(at: all, withIntermediateDirectories: true)
        _ = try GlossProcess([], stdin: Self.lines.joined(separator: "\n") + "\nsave all\n", in: all).run()
        let allCells = Self.cellBlocks(try all.child("Sessions/all.md").read())
        #expect(allCells.count == 8)

        let work = dir.child("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let journalDir = work.child(".state/gloss/journal")
        var generator = SplitMix64(state: 20_260_129)
        var deepest = 0
        for round in 0..<50 {
            // Stdin stays open, so the batch never ends by itself: only the kill ends it.
            let (process, input) = try GlossProcess([], in: work).startHoldingInput(Self.lines.joined(separator: "\n") + "\n")
            usleep(UInt32(Double.random(in: 0...(fullRunSeconds * 1.2), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()

            if let s = try? work.child("Sessions/s.md").read() {
                #expect(sessionVersions.contains(s), "round \(round): Sessions/s.md is partial")
            }
            if let e = try? work.child("out.json").read() {
                #expect(exportVersions.contains(e), "round \(round): out.json is partial")
            }
            // Each killed session leaves at most its own journal: its cells are the first completed cells, whole.
            // Journals end in .md; a first version killed before its rename (.md.tmp) is never offered for recovery.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: journalDir.path)) ?? [] where name.hasSuffix(".md") {
                let journal = try journalDir.child(name).read()
                #expect(journal.hasPrefix("---\ngloss-transcript: 1\n"), "round \(round): journal header")
                let cells = Self.cellBlocks(journal)
                #expect(Array(allCells.prefix(cells.count)) == cells, "round \(round): journal cells differ from the reference's first \(cells.count)")
                deepest = max(deepest, cells.count)
                if round < 49 { try FileManager.default.removeItem(at: journalDir.child(name)) }
            }
        }
        // The last kill's journal, if any, recovers to the same cells.
        let pending = ((try? FileManager.default.contentsOfDirectory(atPath: journalDir.path)) ?? []).filter { $0.hasSuffix(".md") }
        if let name = pending.first {
            let count = Self.cellBlocks(try journalDir.child(name).read()).count
            let recovered = try GlossProcess([], stdin: "recover\nsave recovered\n", in: work).run()
            #expect(recovered.status == 0, "\(recovered.stderr)")
            let restored = Self.cellBlocks(try work.child("Sessions/recovered.md").read())
            #expect(restored == Array(allCells.prefix(count)), "recovered \(restored.count) of \(count) cells")
        }
        #expect(deepest > 0, "no kill landed after a completed cell")
    }
}
