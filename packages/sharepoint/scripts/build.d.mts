/** Types of build.mjs (for the host-page tests, which build the web part into a temporary folder). */
export declare const WEB_PART_FILE: 'spp-sharepoint.js';
export declare function buildSharePoint(options?: { outDir?: string; source?: boolean }): Promise<{ file: string; bytes: number }>;
