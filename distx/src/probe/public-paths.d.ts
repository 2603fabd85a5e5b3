/** Public by design: health, docs, discovery documents and the root page. Auth and rate-limit checks look elsewhere. */
export declare function isPublicByDesign(path: string): boolean;
