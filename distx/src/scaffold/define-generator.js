export function defineGenerator(generator) {
    return generator;
}
