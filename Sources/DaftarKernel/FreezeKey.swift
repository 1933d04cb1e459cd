import DaftarHash
import DaftarNotebook
import Foundation

/// The hash of everything that can change a notebook's results: the code cells (code and
/// options) and inline expressions in order, the front matter, the parameters, the files cells
/// declare they read (`depends`), DaftarKit's sources, the compiler's version and the flags cells
/// are compiled with. Prose is not
/// in it: editing text never forces a re-run. Nothing machine-specific is in it either, so a
/// committed freeze is fresh on CI's machine too.
public enum FreezeKey {
    /// Bumped when the key's recipe or the freeze format changes.
    static let recipe = "daftar-freeze-3"

    public static func compute(
        for notebook: Notebook, parameters: [NotebookParameter], compilerVersion: String, kitStamp: String = Kernel.daftarKitStamp
    ) -> String {
        var hash = SHA256()
        hash.update(field: recipe)
        hash.update(field: "kit:" + kitStamp)
        hash.update(field: "swiftc:" + compilerVersion)
        hash.update(field: "flags:" + SwiftCompiler.codeGenerationFlags.joined(separator: " "))
        hash.update(field: "front-matter:" + canonical(.map(notebook.frontMatter.metadata)))
        for parameter in parameters {
            hash.update(field: "param:\(parameter.name):\(parameter.swiftType)=\(parameter.swiftLiteral)")
        }
        let folder = (notebook.path as NSString).deletingLastPathComponent
        for cell in notebook.cells {
            switch cell {
            case .prose(let blocks):
                for expression in blocks.inlineExpressions { hash.update(field: "inline:" + expression.code) }
            case .code(let code):
                let options = code.options.entries.map { "\($0.key)=" + canonical($0.value) }.joined(separator: ";")
                hash.update(field: "cell:" + options)
                hash.update(field: code.code)
                for file in code.options.depends {
                    let path = file.hasPrefix("/") ? file : (folder.isEmpty ? file : folder + "/" + file)
                    let digest = FileManager.default.contents(atPath: path).map { SHA256.hexDigest(of: $0) } ?? "missing"
                    hash.update(field: "depends:\(file):\(digest)")
                }
            case .fencedCode:
                break
            }
        }
        return hash.hexDigest()
    }

    /// A front matter value as text, without where it was written: a mapping's entries carry
    /// source locations, whose file is the notebook's path as the user spelled it.
    private static func canonical(_ value: MetadataValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let bool): "bool(\(bool))"
        case .int(let int): "int(\(int))"
        case .double(let double): "double(\(double))"
        case .string(let string): "string(\(string.debugDescription))"
        case .list(let items): "list(" + items.map(canonical).joined(separator: ",") + ")"
        case .map(let entries): "map(" + entries.map { $0.key.debugDescription + ":" + canonical($0.value) }.joined(separator: ",") + ")"
        }
    }
}
