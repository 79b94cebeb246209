// Editor and framework typings for @spp/elements, generated from packages/elements/custom-elements.json
// (written by `cem analyze`, which `npm run build` runs first):
//
// - dist/vscode.html-custom-data.json  VS Code `html.customData`: tags, attributes (with values)
// - dist/web-types.json                JetBrains IDEs (WebStorm, IntelliJ): the package's `web-types`
// - dist/jsx.d.ts                      framework-neutral prop types per tag (`SppElementProps`)
// - dist/jsx-react.d.ts                React 19: `React.JSX.IntrinsicElements` entries
// - dist/jsx-preact.d.ts               Preact: `preact.JSX.IntrinsicElements` entries
//
// The JSX props are typed from the component classes (`Pick<SppSelfReview, 'cycleId' | …>`, imported
// from dist/types), so they cannot drift from the code; the manifest only says which members are
// public, settable properties and which events each element dispatches.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { elementsDir, elementsDist, elementsSrc, listWidgets, requireFile, root } from './widgets.mjs';

const manifestPath = requireFile(join(elementsDir, 'custom-elements.json'), 'run `npm run analyze` (or `npm run build`) first');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const pkg = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8'));
const widgets = listWidgets();

/** The element declarations of the manifest, by tag, in the order of the define files. */
function elements() {
  const declarations = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.kind === 'class') declarations.set(`${mod.path}#${d.name}`, d);
  }
  const definitions = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const e of mod.exports ?? []) {
      if (e.kind === 'custom-element-definition') definitions.set(e.name, declarations.get(`${e.declaration.module}#${e.declaration.name}`));
    }
  }
  const list = [];
  for (const widget of widgets) {
    for (const { tag, className } of widget.tags) {
      const d = definitions.get(tag);
      if (!d) throw new Error(`${tag} (${relative(root, widget.defineFile)}) is not in custom-elements.json: run \`npm run analyze\``);
      const isPublic = (m) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#');
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
      list.push({
        tag,
        className,
        widget,
        summary: d.summary ?? '',
        description: d.description ?? '',
        attributes: (d.attributes ?? []).filter((a) => a.name),
        // Settable properties: public, not static, not readonly (getters without setters).
        properties: fields.filter((m) => !m.readonly),
        readonlyProperties: fields.filter((m) => m.readonly),
        events: (d.events ?? []).filter((e) => e.name && /^[a-z][a-z0-9:_-]*$/.test(e.name)),
        slots: d.slots ?? [],
        cssParts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      });
    }
  }
  return list;
}

const list = elements();
const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();

/** `'a' | 'b'` -> ['a', 'b']; anything else -> undefined. */
function literalValues(typeText) {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}
const isBoolean = (typeText) => (typeText ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined').join('|') === 'boolean';

/** Markdown for a tag's hover card: summary, description, events, slots, parts. */
function tagDocs(el) {
  const out = [el.summary, el.description].filter(Boolean);
  const section = (title, items) => {
    if (items.length) out.push(`**${title}:** ${items.map((i) => `\`${i.name}\`${i.description ? ` ${oneLine(i.description)}` : ''}`).join('; ')}`);
  };
  section('Events', el.events);
  section('Slots', el.slots.map((s) => ({ ...s, name: s.name || '(default)' })));
  section('CSS parts', el.cssParts);
  const props = el.properties.filter((p) => !p.attribute);
  if (props.length) out.push(`**Properties (JavaScript only):** ${props.map((p) => `\`${p.name}\``).join(', ')}`);
  out.push(`Import: \`import '${pkg.name}/${el.widget.name}';\``);
  return out.join('\n\n');
}

// --- VS Code custom data (https://github.com/microsoft/vscode-custom-data) -----------------------
const vscode = {
  version: 1.1,
  tags: list.map((el) => ({
    name: el.tag,
    description: { kind: 'markdown', value: tagDocs(el) },
    attributes: el.attributes.map((a) => {
      const values = literalValues(a.type?.text);
      const type = a.type?.text ? ` (\`${a.type.text}\`)` : '';
      return {
        name: a.name,
        description: { kind: 'markdown', value: `${oneLine(a.description) || `Sets \`${a.fieldName ?? a.name}\`.`}${type}` },
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
        ...(isBoolean(a.type?.text) ? { valueSet: 'v' } : {}),
      };
    }),
  })),
};

// --- JetBrains web-types (https://github.com/JetBrains/web-types) ----------------------------------
const named = (items, extra = () => ({})) =>
  items.map((i) => ({ name: i.name, ...(i.description ? { description: oneLine(i.description) } : {}), ...extra(i) }));
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: list.map((el) => ({
        name: el.tag,
        description: [el.summary, el.description].filter(Boolean).join('\n\n'),
        source: { module: `${pkg.name}/${el.widget.name}`, symbol: el.className },
        attributes: named(el.attributes, (a) => ({
          value: isBoolean(a.type?.text) ? { kind: 'no-value', type: 'boolean' } : { type: a.type?.text ?? 'string' },
        })),
        slots: named(el.slots.map((s) => ({ ...s, name: s.name ?? '' }))),
        events: named(el.events),
        js: {
          properties: named([...el.properties, ...el.readonlyProperties], (p) => ({
            ...(p.type?.text ? { type: p.type.text } : {}),
            ...(p.readonly ? { 'read-only': true } : {}),
          })),
          events: named(el.events),
        },
        css: { properties: named(el.cssProperties), parts: named(el.cssParts) },
      })),
    },
  },
};

// --- JSX typings -----------------------------------------------------------------------------------
const HEADER = `// Generated by scripts/editor-data.mjs from custom-elements.json (npm run build): do not edit.\n`;
const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const doc = (text, indent) => {
  const t = oneLine(text).replace(/\*\//g, '*\\/');
  return t ? `${indent}/** ${t} */\n` : '';
};
const propsName = (el) => `${el.className}Props`;
/** Attribute types JSX may pass as-is: literal unions, string, number, boolean; anything else is a string. */
function attributeType(typeText) {
  const t = (typeText ?? '').trim();
  if (/^(\s*('[^']*'|"[^"]*"|string|number|boolean|undefined|null)\s*(\||$))+$/.test(t)) return t;
  return 'string';
}

function jsxNeutral() {
  const imports = list.map((el) => `import type { ${el.className} } from './types/${el.widget.folder}/${el.widget.name}.define.js';`);
  // Event files declare the HTMLElementEventMap entries the `on…` props are typed from.
  const eventFiles = [...new Set([...widgets.map((w) => w.folder), 'shared'])]
    .filter((folder) => existsSync(join(elementsSrc, folder)))
    .flatMap((folder) => readdirSync(join(elementsSrc, folder)).filter((f) => /(^|\.)events\.ts$/.test(f)).map((f) => `${folder}/${f}`));
  const eventImports = eventFiles.sort().map((f) => `import type {} from './types/${f.replace(/\.ts$/, '.js')}';`);
  const blocks = list.map((el) => {
    const picked = el.properties.map((p) => q(p.name));
    const propNames = new Set(el.properties.map((p) => p.name));
    const lines = [];
    for (const a of el.attributes) {
      if (propNames.has(a.name)) continue; // same name as the property: the property entry covers it
      lines.push(`${doc(`Attribute${a.fieldName ? ` form of \`${a.fieldName}\`` : ''}${a.description ? `: ${a.description}` : ''}`, '  ')}  ${q(a.name)}?: ${attributeType(a.type?.text)};`);
    }
    for (const e of el.events) {
      lines.push(`${doc(e.description, '  ')}  ${q(`on${e.name}`)}?: (event: SppEvent<${q(e.name)}>) => void;`);
    }
    const base = picked.length ? `Partial<Pick<${el.className}, ${picked.join(' | ')}>>` : '{}';
    return (
      `${doc(`\`<${el.tag}>\`: ${el.summary} Properties are set as DOM properties; attributes (kebab-case) are strings; \`on<event>\` props add event listeners.`, '')}` +
      `export interface ${propsName(el)} extends ${base} {\n${lines.join('\n')}${lines.length ? '\n' : ''}}\n`
    );
  });
  return (
    HEADER +
    `// Framework-neutral JSX prop types of the SPP elements. For React 19 import '${pkg.name}/jsx-react',\n` +
    `// for Preact '${pkg.name}/jsx-preact' (type-only imports), which add them to the framework's JSX.\n` +
    `${imports.join('\n')}\n${eventImports.join('\n')}\n\n` +
    `/** The event dispatched as \`K\` (from the global \`HTMLElementEventMap\`), or \`Event\`. */\n` +
    `export type SppEvent<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : Event;\n\n` +
    `${blocks.join('\n')}\n` +
    `/** Tag -> element class. */\nexport interface SppElements {\n${list.map((el) => `  ${q(el.tag)}: ${el.className};`).join('\n')}\n}\n\n` +
    `/** Tag -> JSX props (without the framework's own: children, ref, key, class/className, style, …). */\n` +
    `export interface SppElementProps {\n${list.map((el) => `  ${q(el.tag)}: ${propsName(el)};`).join('\n')}\n}\n`
  );
}

function jsxReact() {
  return (
    HEADER +
    `// React 19 JSX for the SPP elements: \`import type {} from '${pkg.name}/jsx-react';\` once in your app.\n` +
    `// React 19 sets a prop as a DOM property when the element has it (\`cycle\`, \`store\`, …), otherwise as an\n` +
    `// attribute, and turns \`on<event-name>\` props into listeners for that exact event name\n` +
    `// (\`onspp-stage-change\`). Import the widget's define module before rendering so the element is\n` +
    `// defined (and has its properties) when React first sets them.\n` +
    `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n` +
    `import type { SppElementProps, SppElements } from './jsx.js';\n\n` +
    `type SppReactProps<K extends keyof SppElements> = Omit<DetailedHTMLProps<HTMLAttributes<SppElements[K]>, SppElements[K]>, keyof SppElementProps[K]> &\n` +
    `  SppElementProps[K] & { class?: string };\n\n` +
    `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n` +
    list.map((el) => `      ${q(el.tag)}: SppReactProps<${q(el.tag)}>;`).join('\n') +
    `\n    }\n  }\n}\n`
  );
}

function jsxPreact() {
  return (
    HEADER +
    `// Preact JSX for the SPP elements: \`import type {} from '${pkg.name}/jsx-preact';\` once in your app.\n` +
    `// Preact sets a prop as a DOM property when the element has it, otherwise as an attribute, and\n` +
    `// listens to \`on<event-name>\` props (\`onspp-stage-change\`) under that event name.\n` +
    `import type { JSX as PreactJSX } from 'preact';\n` +
    `import type { SppElementProps, SppElements } from './jsx.js';\n\n` +
    `type SppPreactProps<K extends keyof SppElements> = Omit<PreactJSX.HTMLAttributes<SppElements[K]>, keyof SppElementProps[K]> & SppElementProps[K];\n\n` +
    `declare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements {\n` +
    list.map((el) => `      ${q(el.tag)}: SppPreactProps<${q(el.tag)}>;`).join('\n') +
    `\n    }\n  }\n}\n`
  );
}

mkdirSync(elementsDist, { recursive: true });
const outputs = {
  'vscode.html-custom-data.json': `${JSON.stringify(vscode, null, 2)}\n`,
  'web-types.json': `${JSON.stringify(webTypes, null, 2)}\n`,
  'jsx.d.ts': jsxNeutral(),
  'jsx-react.d.ts': jsxReact(),
  'jsx-preact.d.ts': jsxPreact(),
};
for (const [file, text] of Object.entries(outputs)) writeFileSync(join(elementsDist, file), text);
console.log(`editor-data: ${list.length} elements -> ${Object.keys(outputs).map((f) => `dist/${f}`).join(', ')}`);
