export declare const SNAPSHOT: string;
export declare const TYPES: string;
/** The TypeScript declarations for one OpenAPI document (its JSON text). */
export declare function generate(openapiJson: string): Promise<string>;
