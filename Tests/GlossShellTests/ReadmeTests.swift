import Foundation
import Testing
@testable import GlossShell

/// The README's command reference and layout agree with the code.
@Suite struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func readme() throws -> String {
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The table under "Command reference" is every command's declared usage and summary, in `help` order.
    @Test func commandReferenceMatchesTheDeclarations() throws {
        let text = try Self.readme()
        let head = "| command | does |\n|---|---|\n"
        let start = try #require(text.range(of: head)).upperBound
        let table = text[start...].split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("|") }
        let expected = CommandRegistry.standard.commands.map { command in
            "| `\(command.spec.usage.replacing("|", with: "\\|"))` | \(command.spec.summary.replacing("|", with: "\\|")) |"
        }
        #expect(table.map(String.init) == expected, "expected:\n\(expected.joined(separator: "\n"))")
    }

    /// Every folder under Sources/ and Tests/ is named in the README's layout section.
    @Test func layoutNamesEveryFolder() throws {
        let text = try Self.readme()
        let layout = try #require(text.components(separatedBy: "## Layout\n").dropFirst().first?.components(separatedBy: "```").dropFirst().first)
        for folder in ["Sources", "Tests"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent(folder).path)
            for name in names where !name.hasPrefix(".") {
                let named = layout.contains(name + "/") || (name.hasPrefix("GlossFuzz") && layout.contains("GlossFuzz*/"))
                #expect(named, "\(folder)/\(name) is not in the README's layout")
            }
        }
    }
}
