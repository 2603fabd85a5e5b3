let loading;
/** ts-morph is heavy; only scaffold and fix load it. */
export function loadTsMorph() {
    loading ??= import('ts-morph');
    return loading;
}
/** An in-memory ts-morph source file for `text`; nothing is read from or written to disk. */
export async function tsSourceFile(path, text) {
    const morph = await loadTsMorph();
    const project = new morph.Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true, manipulationSettings: { quoteKind: morph.QuoteKind.Single } });
    return { file: project.createSourceFile(`/${path}`, text, { overwrite: true }), morph };
}
/** The statement (child of the file or of a block) holding a 1-based line and column. */
function statementAt(file, morph, line, column) {
    const position = file.compilerNode.getPositionOfLineAndCharacter(line - 1, column - 1);
    let node = file.getDescendantAtPos(position);
    while (node && !(morph.Node.isStatement(node) && (morph.Node.isSourceFile(node.getParent()) || morph.Node.isBlock(node.getParent()))))
        node = node.getParent();
    return node;
}
/** Adds imports and statements after the app constructor (AST-located); unchanged text when already attached. */
export async function attachToTsApp(path, text, appLine, appColumn, attachment) {
    const { file, morph } = await tsSourceFile(path, text);
    const anchor = statementAt(file, morph, appLine, appColumn);
    if (!anchor)
        throw new Error(`no statement at ${path}:${appLine}`);
    const container = anchor.getParentOrThrow();
    const present = new Set(container.getStatements().map((statement) => statement.getText().trim()));
    const missing = attachment.statements.filter((statement) => !present.has(statement.trim()));
    if (missing.length > 0)
        container.insertStatements(anchor.getChildIndex() + 1, missing.join('\n'));
    for (const entry of attachment.imports) {
        const existing = file.getImportDeclaration((declaration) => declaration.getModuleSpecifierValue() === entry.module);
        if (!existing) {
            file.insertImportDeclaration(file.getImportDeclarations().length, { moduleSpecifier: entry.module, namedImports: entry.named, defaultImport: entry.default });
            continue;
        }
        const have = new Set(existing.getNamedImports().map((specifier) => specifier.getName()));
        for (const name of entry.named ?? [])
            if (!have.has(name))
                existing.addNamedImport(name);
        if (entry.default && !existing.getDefaultImport())
            existing.setDefaultImport(entry.default);
    }
    return file.getFullText();
}
/** `.js` when the entry's own relative imports carry an extension (NodeNext/ESM), else none. */
export async function relativeSpecifier(path, text, moduleName) {
    const { file } = await tsSourceFile(path, text);
    const relative = file.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()).filter((specifier) => specifier.startsWith('.'));
    if (relative.length > 0 && !relative.some((specifier) => /\.[cm]?js$/.test(specifier)))
        return `./${moduleName}`;
    return `./${moduleName}.js`;
}
