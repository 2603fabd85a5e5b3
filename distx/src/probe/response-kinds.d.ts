import type { ProbeResponse } from './http-types.js';
export declare function isSuccess(response: ProbeResponse): boolean;
export declare function isJsonResponse(response: ProbeResponse): boolean;
export declare function isHtmlResponse(response: ProbeResponse): boolean;
/** The body as JSON, or undefined when it is not (or was cut at the size cap). */
export declare function jsonBody(response: ProbeResponse): unknown;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** The path part of a response URL, for messages. */
export declare function pathOf(url: string): string;
/** Answers in this set mean "no such route here", so a check moves on to its next candidate. */
export declare const NOT_FOUND_STATUSES: Set<number>;
