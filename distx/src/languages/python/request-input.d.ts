import type { PyNode as Node } from './tree.js';
import type { PythonFile } from './file.js';
/**
 * Client-controlled values in Python request handlers: what the request carries
 * (headers, query, body, cookies, path), FastAPI handler parameters, and the A2A
 * request context, followed through local assignments. Used by rules about
 * trusting the client (identity, outbound URLs).
 */
export interface ClientValue {
    /** Human description for messages: `header "X-User-Id"`, `request body`, `A2A context_id`. */
    source: string;
    /** The header/field/attribute name when known (`x-user-id`, `user_id`). */
    field?: string;
}
/**
 * True when FastAPI fills the parameter through dependency injection, not from the
 * request: `Depends(...)`/`Security(...)` as default or inside `Annotated[...]`, or an
 * annotation that is such an `Annotated` alias, defined in this file or imported from
 * an auth/deps module (or named like one: `CurrentUser`, `Principal`, `SessionDep`).
 */
export declare function isInjectedParameter(param: {
    annotation?: Node;
    default?: Node;
}, file: PythonFile): boolean;
/**
 * What client-controlled value `node` is, when it is one: read straight from the
 * request, a FastAPI handler parameter (or its field), the A2A request context,
 * or a local variable assigned from one of those in the same handler.
 */
export declare function clientValue(node: Node, file: PythonFile): ClientValue | undefined;
/** For string building (`f"{base}/x"`, `base + "/x"`): the client value that starts the string, if any. */
export declare function clientValuePrefix(node: Node, file: PythonFile): ClientValue | undefined;
/**
 * Type names in the annotations of route handler parameters that FastAPI (and
 * django-ninja, flask-pydantic) fill from the JSON body: `body: ChatRequest`, `items: list[Item]`,
 * `Annotated[ChatRequest, Body(embed=True)]`. Framework objects, dependencies
 * and query/path/header/form parameters are left out; whether a name is a
 * pydantic model is for the caller to decide.
 */
export declare function bodyParameterTypes(handler: Node, file: PythonFile): string[];
