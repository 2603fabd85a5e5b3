import { createRequire } from 'node:module';
import type { Parser, Tree } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
let loading: Promise<Parser> | undefined;

/** Loads web-tree-sitter and the Python grammar once per process, on first use. */
export function loadPythonParser(): Promise<Parser> {
  loading ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const python = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
    const parser = new Parser();
    parser.setLanguage(python);
    return parser;
  })();
  return loading;
}

export function parsePython(parser: Parser, text: string): Tree {
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** The first ERROR or MISSING node, descending only into subtrees that contain errors. */
export function firstSyntaxError(tree: Tree): { row: number; column: number; message: string } | undefined {
  if (!tree.rootNode.hasError) return undefined;
  let node = tree.rootNode;
  for (;;) {
    if (node.type === 'ERROR' || node.isMissing) {
      return { row: node.startPosition.row, column: node.startPosition.column, message: node.isMissing ? `missing ${node.type}` : 'invalid syntax' };
    }
    const next = node.children.find((child) => child && (child.hasError || child.isMissing || child.type === 'ERROR'));
    if (!next) return { row: node.startPosition.row, column: node.startPosition.column, message: 'invalid syntax' };
    node = next;
  }
}
