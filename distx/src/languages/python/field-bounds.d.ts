import type { PythonFile } from './file.js';
import type { PyNode as Node } from './walk.js';
export type FieldShape = 'str' | 'list';
export interface ModelField {
    name: string;
    /** The `name: type = value` assignment. */
    assignment: Node;
    /** The annotation with module-level aliases resolved one level. */
    annotation: string;
    shape: FieldShape | undefined;
    /** A size bound in the annotation or default, a validator naming the field, or a model-wide string bound. */
    bounded: boolean;
}
/** The annotated fields of a class body, each with its shape and whether something bounds its size. */
export declare function modelFields(classDefinition: Node, file: PythonFile): ModelField[];
/** The value node of Flask's `app.config["MAX_CONTENT_LENGTH"] = …` or `app.config.update(MAX_CONTENT_LENGTH=…)`. */
export declare function flaskBodyLimitValue(node: Node, file: PythonFile): Node | undefined;
