/**
 * One question's answers for the nodes of a file, each computed on first ask.
 * Rules ask the same question of the same node in turn (the walk hands each call
 * to some twenty visitors), so the node asked last is answered without a lookup.
 * Lives on the file object and dies with it (see FileMemos for why not a module-level table).
 */
export declare class NodeAnswers<K extends object, V> {
    private readonly compute;
    private readonly answers;
    private lastKey;
    private lastAnswer;
    constructor(compute: (key: K) => V | undefined);
    get(key: K): V | undefined;
}
