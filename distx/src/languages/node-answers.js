/**
 * One question's answers for the nodes of a file, each computed on first ask.
 * Rules ask the same question of the same node in turn (the walk hands each call
 * to some twenty visitors), so the node asked last is answered without a lookup.
 * Lives on the file object and dies with it (see FileMemos for why not a module-level table).
 */
export class NodeAnswers {
    compute;
    // `null` records "no answer", so one `get` both finds the memo and reads it.
    answers = new Map();
    lastKey;
    lastAnswer = null;
    constructor(compute) {
        this.compute = compute;
    }
    get(key) {
        if (key !== this.lastKey) {
            let answer = this.answers.get(key);
            if (answer === undefined)
                this.answers.set(key, (answer = this.compute(key) ?? null));
            this.lastKey = key;
            this.lastAnswer = answer;
        }
        return this.lastAnswer ?? undefined;
    }
}
