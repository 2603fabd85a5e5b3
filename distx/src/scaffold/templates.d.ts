/** Renders `templates/<generator>/<variant>/<name>.hbs`; a missing value is an error, never an empty string. */
export declare function render(generator: string, variant: string, name: string, context: object): Promise<string>;
