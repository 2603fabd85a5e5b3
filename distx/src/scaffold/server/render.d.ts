import type { ServerLanguage } from './options.js';
export interface RenderedFile {
    /** Path inside the generated project, always with forward slashes. */
    path: string;
    content: string;
}
export interface TemplateValues {
    name: string;
}
export declare function templateDir(lang: ServerLanguage): string;
/** Renders every template of one language, sorted by output path so runs are byte-identical. */
export declare function renderServer(lang: ServerLanguage, values: TemplateValues): Promise<RenderedFile[]>;
