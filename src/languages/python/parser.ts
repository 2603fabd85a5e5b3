import { createRequire } from 'node:module';
import type { Parser } from 'web-tree-sitter';
import { copyTree, type PyTree } from './tree.js';

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

/** Parses and copies the tree out of wasm memory (see tree.ts), freeing tree-sitter's copy at once. */
export function parsePython(parser: Parser, text: string): PyTree {
  const raw = parser.parse(text);
  if (!raw) throw new Error('tree-sitter returned no tree');
  try {
    return copyTree(raw, text);
  } finally {
    raw.delete();
  }
}

/** The first ERROR or MISSING node, descending only into subtrees that contain errors. */
export function firstSyntaxError(tree: PyTree): { row: number; column: number; message: string } | undefined {
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
