import Foundation
import ZIPFoundation

/// The zip container of an XLSX file: its parts by path, parsed as XML, and their relationships.
struct PackageReader {
    /// One relationship of a part.
    struct Relationship {
        let id: String
        /// The relationship type's last path component: "worksheet", "comments", "drawing", "hyperlink"…
        let kind: String
        /// The package path for internal targets, the raw target for external ones.
        let target: String
        let isExternal: Bool
    }

    private let archive: Archive
    let partPaths: [String]

    init(data: Data) throws {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ReadBackError("not a zip archive: \(error)")
        }
        partPaths = archive.map(\.path)
    }

    func data(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw ReadBackError("the package has no part \(path)") }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw ReadBackError("cannot extract \(path): \(error)")
        }
        return data
    }

    func xml(_ path: String) throws -> XMLTree {
        try XMLTree.parse(data(path), part: path)
    }

    func xmlIfPresent(_ path: String) throws -> XMLTree? {
        archive[path] == nil ? nil : try xml(path)
    }

    /// The relationships of `part`, by id; empty if it has none.
    func relationships(of part: String) throws -> [String: Relationship] {
        let directory = (part as NSString).deletingLastPathComponent
        let file = (part as NSString).lastPathComponent
        let relsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
        guard let root = try xmlIfPresent(relsPath) else { return [:] }
        var result: [String: Relationship] = [:]
        for element in root.children("Relationship") {
            guard let id = element.attribute("Id"), let target = element.attribute("Target") else { continue }
            let external = element.attribute("TargetMode") == "External"
            let kind = (element.attribute("Type") ?? "").split(separator: "/").last.map(String.init) ?? ""
            result[id] = Relationship(
                id: id, kind: kind, target: external ? target : Self.resolve(target, from: directory),
                isExternal: external)
        }
        return result
    }

    /// Resolves a relative target against the directory of the part that names it.
    static func resolve(_ target: String, from directory: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = directory.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case "..": if !components.isEmpty { components.removeLast() }
            case ".": continue
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}
