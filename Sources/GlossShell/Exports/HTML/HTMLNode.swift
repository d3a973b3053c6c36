/// A small type-safe HTML tree. Text is escaped when rendered and markup can come only from `StaticString`s
/// written in this module's source, so article text can never become markup. (JohnSundell/Plot would do
/// the same, but it imports all of Foundation, which costs every start of the shell about 6 ms.)
indirect enum HTMLNode: Sendable {
    case element(HTMLTag, [HTMLAttribute], [HTMLNode])
    /// Text, escaped at render.
    case text(String)
    /// Markup written in the source, such as the page's style sheet.
    case trusted(StaticString)

    /// The node as HTML.
    func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch self {
        case .text(let s): out += HTMLNode.escape(s)
        case .trusted(let s): out += s.description
        case .element(let tag, let attributes, let children):
            out += "<" + tag.rawValue
            for a in attributes { out += " " + a.name.rawValue + "=\"" + HTMLNode.escape(a.value) + "\"" }
            out += ">"
            if tag.isVoid { return }
            for child in children { child.render(into: &out) }
            out += "</" + tag.rawValue + ">"
        }
    }

    /// Escapes the five characters that are markup in text and in quoted attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// The elements the export uses.
enum HTMLTag: String, Sendable {
    case html, head, body, meta, title, style, header, main, article, section, aside, footer
    case h1, h2, p, span, pre, code, div, ol, ul, li, small, b
    case table, thead, tbody, tr, th, td, mark

    /// Elements without content or end tag.
    var isVoid: Bool { self == .meta }
}

/// An attribute; its value is escaped at render.
struct HTMLAttribute: Sendable {
    /// The attributes the export uses.
    enum Name: String, Sendable { case lang, charset, name, content, `class`, id, title }
    let name: Name
    let value: String

    static func `class`(_ v: String) -> HTMLAttribute { HTMLAttribute(name: .class, value: v) }
    static func id(_ v: String) -> HTMLAttribute { HTMLAttribute(name: .id, value: v) }
    static func title(_ v: String) -> HTMLAttribute { HTMLAttribute(name: .title, value: v) }
}

/// Shorthands that read like the page they build.
func el(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = []) -> HTMLNode {
    .element(tag, attributes, children)
}

func el(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], text: String) -> HTMLNode {
    .element(tag, attributes, [.text(text)])
}
