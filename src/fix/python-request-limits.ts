import type { PyNode as Node, PyTree as Tree } from '../languages/python/tree.js';
import type { PythonFile } from '../languages/python/file.js';
import { modelFields, type ModelField } from '../languages/python/field-bounds.js';
import { nameWords } from '../languages/money-actions.js';
import { importInsertionOffset, withPythonTree } from '../scaffold/python-source.js';
import type { TextEdit } from '../scaffold/text-edits.js';
import { defineFixer, type Repair } from './define-fixer.js';

/**
 * Size limits for request-body fields, chosen from the field's name:
 * - prompt-sized text (query, prompt, message, …): 10 000 characters, the bound seed review 004
 *   recommends; about 2 500 tokens, room for a long question while capping what one request costs;
 * - identifiers and short labels (`user_id`, `name`, `email`, `model`, …): 256, which holds UUIDs,
 *   ULIDs, e-mail addresses (254 at most) and slugs;
 * - URLs: 2 048, the length browsers and most proxies accept;
 * - any other string: 1 000;
 * - lists: 100 items (a chat history or batch longer than that belongs in server-side state).
 */
const PROMPT_CHARS = 10_000;
const IDENTIFIER_CHARS = 256;
const URL_CHARS = 2_048;
const OTHER_CHARS = 1_000;
const LIST_ITEMS = 100;
const PROMPT_WORDS = new Set([
  'query', 'prompt', 'message', 'text', 'content', 'input', 'question', 'instruction', 'instructions', 'body', 'context', 'description',
  'comment', 'comments', 'note', 'notes', 'answer', 'feedback', 'summary', 'document', 'system', 'request', 'task', 'goal', 'details',
]);
const IDENTIFIER_WORDS = new Set([
  'id', 'ids', 'uuid', 'key', 'name', 'username', 'user', 'email', 'session', 'thread', 'conversation', 'model', 'role', 'type', 'kind',
  'language', 'lang', 'locale', 'slug', 'code', 'status', 'sku', 'currency', 'country', 'phone', 'title', 'tag', 'label', 'mode', 'version',
]);
const URL_WORDS = new Set(['url', 'uri', 'link', 'href', 'endpoint', 'callback', 'webhook']);
// Field constructors that take `max_length` (pydantic v1/v2, SQLModel).
const FIELD_FUNCTIONS = /^(?:pydantic(?:\.fields)?|sqlmodel)\.Field$/;

/** The cap for one field, by what its name says it holds. */
export function fieldLimit(field: Pick<ModelField, 'name' | 'shape'>): number {
  if (field.shape === 'list') return LIST_ITEMS;
  const words = nameWords(field.name);
  const last = words.at(-1) ?? '';
  if (URL_WORDS.has(last)) return URL_CHARS;
  if (IDENTIFIER_WORDS.has(last)) return IDENTIFIER_CHARS;
  if (words.some((word) => PROMPT_WORDS.has(word))) return PROMPT_CHARS;
  return OTHER_CHARS;
}

/** How the file spells pydantic's `Field`, or the edit that imports it (joining an existing `from pydantic import …`). */
function fieldName(tree: Tree, file: PythonFile, text: string): { name: string; edits: TextEdit[] } | undefined {
  for (const [local, qualified] of file.imports) if (FIELD_FUNCTIONS.test(qualified)) return { name: local, edits: [] };
  for (const [local, qualified] of file.imports) if (qualified === 'pydantic') return { name: `${local}.Field`, edits: [] };
  // `Field` already means something else here: no safe spelling.
  if (file.imports.has('Field') || file.moduleAssignments.has('Field')) return undefined;
  const fromPydantic = tree.rootNode.namedChildren.find((child): child is Node => child?.type === 'import_from_statement' && child.childForFieldName('module_name')?.text === 'pydantic' && !child.namedChildren.some((name) => name?.type === 'wildcard_import'));
  const names = fromPydantic?.childrenForFieldName('name').filter((child): child is Node => !!child) ?? [];
  if (names.length > 0) {
    const last = names[names.length - 1];
    return { name: 'Field', edits: [{ start: last.endIndex, end: last.endIndex, text: ', Field' }] };
  }
  const at = importInsertionOffset(tree, text);
  return { name: 'Field', edits: [{ start: at, end: at, text: 'from pydantic import Field\n' }] };
}

/** pydantic v1 spells a list's bound `max_items`; v2 takes `max_length` for strings and lists alike. */
function usesPydanticV1(file: PythonFile): boolean {
  const qualified = [...file.imports.values()];
  return qualified.some((name) => name.startsWith('pydantic.v1') || name === 'pydantic.validator' || name === 'pydantic.root_validator') && !qualified.includes('pydantic.field_validator');
}

/** The `Field(...)` call holding a field's settings: its default, or inside `Annotated[...]`. */
function fieldCall(field: ModelField, file: PythonFile): Node | undefined {
  const value = field.assignment.childForFieldName('right');
  if (value?.type === 'call' && FIELD_FUNCTIONS.test(file.calleeName(value) ?? '')) return value;
  const type = field.assignment.childForFieldName('type');
  return type?.descendantsOfType('call').find((call): call is Node => !!call && FIELD_FUNCTIONS.test(file.calleeName(call) ?? ''));
}

/** The edit that bounds one field, keeping its default and any `Field(...)` arguments it has. */
function boundField(field: ModelField, file: PythonFile, spelling: string, keyword: string): TextEdit | undefined {
  const bound = `${keyword}=${fieldLimit(field).toLocaleString('en-US').replace(/,/g, '_')}`;
  const call = fieldCall(field, file);
  if (call) {
    if (file.hasSplatKeywords(call)) return undefined;
    const argumentList = call.childForFieldName('arguments')!;
    const last = argumentList.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment').pop();
    return last ? { start: last.endIndex, end: last.endIndex, text: `, ${bound}` } : { start: argumentList.endIndex - 1, end: argumentList.endIndex - 1, text: bound };
  }
  const value = field.assignment.childForFieldName('right');
  if (value) return { start: value.startIndex, end: value.endIndex, text: `${spelling}(default=${value.text}, ${bound})` };
  const type = field.assignment.childForFieldName('type')!;
  return { start: type.endIndex, end: type.endIndex, text: ` = ${spelling}(${bound})` };
}

export const pythonRequestFieldLimits = defineFixer({
  id: 'python-request-field-limits',
  ruleId: 'unbounded-request-input',
  language: 'python',
  summary: `request body model field without a size bound → \`Field(max_length=…)\` (prompt text ${PROMPT_CHARS}, ids ${IDENTIFIER_CHARS}, URLs ${URL_CHARS}, other strings ${OTHER_CHARS}, lists ${LIST_ITEMS} items), default and Field arguments kept`,
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs: Repair[] = [];
      const spelling = fieldName(tree, file, text);
      if (!spelling) return repairs;
      const listKeyword = usesPydanticV1(file) ? 'max_items' : 'max_length';
      for (const definition of tree.rootNode.descendantsOfType('class_definition')) {
        if (!definition || !definition.childForFieldName('superclasses')) continue;
        const edits: TextEdit[] = [];
        const bounded: string[] = [];
        for (const field of modelFields(definition, file)) {
          if (!field.shape || field.bounded) continue;
          const edit = boundField(field, file, spelling.name, field.shape === 'list' ? listKeyword : 'max_length');
          if (!edit) continue;
          edits.push(edit);
          bounded.push(`${field.name} ≤ ${fieldLimit(field)}${field.shape === 'list' ? ' items' : ''}`);
        }
        if (edits.length === 0) continue;
        // The finding points at the class (its decorator line when decorated).
        const anchor = file.definitionAnchor(definition);
        const needsImport = edits.some((edit) => edit.text.includes(`${spelling.name}(`));
        repairs.push({ line: anchor.startPosition.row + 1, description: `size limits: ${bounded.join(', ')}`, edits: [...edits, ...(needsImport ? spelling.edits : [])] });
      }
      return repairs;
    });
  },
});

export const PYTHON_REQUEST_LIMIT_FIXERS = [pythonRequestFieldLimits];
