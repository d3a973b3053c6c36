/// Opens articles: from a file (read, decoded, analysed) or the bundled one.
public enum ArticleLoader {
    /// The article in the file at `path`, or an error naming the file and the problem.
    public static func load(path: String) throws(GlossCoreError) -> Article {
        let bytes = try FileReader.readBytes(atPath: path)
        let text = try TextDecoder.decode(bytes, name: path)
        return Article(text: text, source: path, sha256: SHA256.hexDigest(bytes))
    }

    /// The article compiled into the binary.
    public static func bundled() -> Article {
        Article(text: BundledArticle.text, source: BundledArticle.name, sha256: BundledArticle.sha256)
    }
}
