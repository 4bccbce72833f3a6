export declare const SNAPSHOT: URL;
export declare const TYPES: URL;
/** The TypeScript declarations for one OpenAPI document (its JSON text). */
export declare function generate(openapiJson: string): Promise<string>;
