import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type HandlebarsNamespace from 'handlebars';
import { packageRoot } from '../util/package-root.js';
import { registerHelpers } from './helpers.js';

let loading: Promise<typeof HandlebarsNamespace> | undefined;

function handlebars(): Promise<typeof HandlebarsNamespace> {
  loading ??= (async () => {
    const module = await import('handlebars');
    const instance = module.default.create();
    registerHelpers(instance);
    return instance;
  })();
  return loading;
}

/** Renders `templates/<generator>/<variant>/<name>.hbs`; a missing value is an error, never an empty string. */
export async function render(generator: string, variant: string, name: string, context: object): Promise<string> {
  const source = readFileSync(join(packageRoot(), 'templates', generator, variant, `${name}.hbs`), 'utf8');
  const template = (await handlebars()).compile(source, { noEscape: true, strict: true });
  return template(context);
}
