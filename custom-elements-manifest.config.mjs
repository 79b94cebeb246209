// Custom Elements Manifest for @spp/elements: `npx cem analyze --config custom-elements-manifest.config.mjs`
// (run from the repository root). Writes packages/elements/custom-elements.json, which ships in the
// package (`"customElements"` / `files`) and feeds Storybook's controls and docs.
//
// Two project-specific plugins:
// - `defineElement()` calls: our define files register tags through `defineElement(tag, Class)`
//   (a guard that warns instead of throwing), which the analyzer does not recognise as
//   `customElements.define()`. Without this plugin no class gets a `tagName`.
// - package-relative paths: the analyzer runs from the repo root, so module paths would start with
//   `packages/elements/`. The manifest lives in that folder, so paths are rewritten relative to it.
// - summary and description: our class JSDoc is `@summary One sentence.` followed by paragraphs of
//   detail; JSDoc gives all of it to `summary`. The first paragraph stays the summary and the rest
//   becomes the `description` (which Storybook shows as the component's docs).

const PACKAGE_DIR = 'packages/elements/';

/** Treats `defineElement('spp-x', SppX)` like `customElements.define('spp-x', SppX)`. */
function defineElementCalls() {
  return {
    name: 'spp-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteralLike(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      // Where the class is declared: the module it is imported from, or this file itself.
      const imported = context.imports?.find((i) => i.name === className && !i.isBareModuleSpecifier);
      let modulePath = moduleDoc.path;
      if (imported) {
        modulePath = new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1);
        if (!/\.[cm]?[jt]s$/.test(modulePath)) modulePath += '.ts';
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, module: modulePath } },
      ];
    },
  };
}

/** Makes every `path`/`module` in the manifest relative to packages/elements/. */
function packageRelativePaths() {
  const strip = (value) => (typeof value === 'string' && value.startsWith(PACKAGE_DIR) ? value.slice(PACKAGE_DIR.length) : value);
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      if ((key === 'path' || key === 'module') && typeof value[key] === 'string') value[key] = strip(value[key]);
      else walk(value[key]);
    }
  };
  return {
    name: 'spp-package-relative-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

/** Splits a multi-paragraph `@summary` into summary (first paragraph) and description (the rest). */
function summaryAndDescription() {
  return {
    name: 'spp-summary-and-description',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (typeof declaration.summary !== 'string' || declaration.description) continue;
          const [first, ...rest] = declaration.summary.split(/\n\s*\n/);
          declaration.summary = first.replace(/\s*\n\s*/g, ' ').trim();
          if (rest.length) declaration.description = rest.join('\n\n').trim();
        }
      }
    },
  };
}

export default {
  globs: [
    'packages/elements/src/**/*.component.ts',
    'packages/elements/src/**/*.define.ts',
    // Base classes, so inherited properties (store, actor-id, cycle-id, …) appear on every widget.
    'packages/elements/src/shared/spp-element.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dev: false,
  plugins: [defineElementCalls(), packageRelativePaths(), summaryAndDescription()],
};
