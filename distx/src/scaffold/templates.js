import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import { registerHelpers } from './helpers.js';
let loading;
function handlebars() {
    loading ??= (async () => {
        const module = await import('handlebars');
        const instance = module.default.create();
        registerHelpers(instance);
        return instance;
    })();
    return loading;
}
/** Renders `templates/<generator>/<variant>/<name>.hbs`; a missing value is an error, never an empty string. */
export async function render(generator, variant, name, context) {
    const source = readFileSync(join(packageRoot(), 'templates', generator, variant, `${name}.hbs`), 'utf8');
    const template = (await handlebars()).compile(source, { noEscape: true, strict: true });
    return template(context);
}
