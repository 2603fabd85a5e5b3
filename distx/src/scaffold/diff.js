/** A unified diff of every change, the way `git diff` shows new files and edits. */
export async function unifiedDiff(changes) {
    const { createTwoFilesPatch } = await import('diff');
    return changes
        .map((change) => {
        const patch = createTwoFilesPatch(change.before === undefined ? '/dev/null' : `a/${change.path}`, `b/${change.path}`, change.before ?? '', change.after, undefined, undefined, { context: 3 });
        // Drop the "====" banner line jsdiff puts first; git's format starts at ---.
        return patch.replace(/^=+\n/, '');
    })
        .join('');
}
