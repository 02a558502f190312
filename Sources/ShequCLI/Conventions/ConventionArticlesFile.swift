import Foundation
import ShequCore

/// Reads a convention's articles from a UTF-8 text file: one article per non-empty line,
/// numbered in order; a leading label such as `第五条` is dropped.
enum ConventionArticlesFile {
    static func read(_ path: String) throws -> [ConventionArticle] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.usage("\(path): cannot read the articles file; check the path")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure.usage("\(path): the articles file must be UTF-8 text")
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { throw CommandFailure.usage("\(path): no articles; write one article per line") }
        return lines.enumerated().map { index, line in
            ConventionArticle(number: index + 1, text: stripLabel(line))
        }
    }

    private static func stripLabel(_ line: String) -> String {
        guard line.hasPrefix("第"), let end = line.firstIndex(of: "条"), line.distance(from: line.startIndex, to: end) <= 8 else {
            return line
        }
        let rest = line[line.index(after: end)...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? line : rest
    }
}
