import { isCodeKind } from './file-kinds.js';
// Chunks are small enough that a worker holding a huge file never leaves the others idle for long.
const CHUNK_BYTES = 64 * 1024;
const CHUNK_FILES = 32;
function laneOf(file) {
    return isCodeKind(file.kind) ? file.kind : 'text';
}
/**
 * The files of a threaded audit, handed out in chunks of one lane, each lane largest file first. Thread `t` keeps to
 * code lane `t` (round robin over the languages present, most bytes first) while it lasts, then takes from the lane
 * with the most bytes left; a chunk given back by a worker that died goes first. A thread that keeps to one language
 * has one parser's and one rule set's code compiled and hot: with chunks of both languages spread over both
 * threads, the bench corpus's default-jobs audit took 11.5–14.5 s, and 9.5–12.0 s with lanes (six alternating runs).
 */
export class ChunkQueue {
    files;
    lanes = new Map();
    codeLanes;
    returned = [];
    constructor(files) {
        this.files = files;
        const order = files.map((_, index) => index).sort((a, b) => files[b].size - files[a].size || a - b);
        for (const index of order) {
            const lane = laneOf(files[index]);
            let entry = this.lanes.get(lane);
            if (!entry)
                this.lanes.set(lane, (entry = { order: [], next: 0, bytesLeft: 0 }));
            entry.order.push(index);
            entry.bytesLeft += files[index].size;
        }
        this.codeLanes = ['python', 'typescript'].filter((lane) => this.lanes.has(lane)).sort((a, b) => this.lanes.get(b).bytesLeft - this.lanes.get(a).bytesLeft);
    }
    giveBack(chunk) {
        if (chunk.length > 0)
            this.returned.push(chunk);
    }
    /** The next chunk for thread `thread` (0 is the main thread); empty when every file is handed out. */
    take(thread) {
        const returned = this.returned.shift();
        if (returned)
            return returned;
        let lane = this.codeLanes.length > 0 ? this.lanes.get(this.codeLanes[thread % this.codeLanes.length]) : undefined;
        if (!lane || lane.next >= lane.order.length) {
            lane = undefined;
            for (const candidate of this.lanes.values()) {
                if (candidate.next < candidate.order.length && (!lane || candidate.bytesLeft > lane.bytesLeft))
                    lane = candidate;
            }
            if (!lane)
                return [];
        }
        const chunk = [];
        let bytes = 0;
        while (lane.next < lane.order.length && chunk.length < CHUNK_FILES && bytes < CHUNK_BYTES) {
            const index = lane.order[lane.next++];
            chunk.push(index);
            bytes += this.files[index].size;
            lane.bytesLeft -= this.files[index].size;
        }
        return chunk;
    }
}
