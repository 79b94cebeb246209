/** Types of build.mjs (for the host-page tests, which build the plugin's module into a temporary folder). */
export declare const MODULE_FILE: 'spp-moodle.js';
export declare function buildMoodle(options?: { outDir?: string; source?: boolean }): Promise<{ file: string; bytes: number }>;
