import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THEME_SLOTS, themeToCssVars } from '../src/theme';
import type { ReadonlyThemeLike } from '../src/spfx';

/** SharePoint's "Teal" site theme, as SPFx's ThemeProvider gives it in a standard section. */
const teal: ReadonlyThemeLike = {
  palette: { themePrimary: '#03787c', themeDarkAlt: '#026d70', neutralPrimary: '#323130', neutralSecondary: '#605e5c', neutralLight: '#edebe9', neutralLighter: '#f3f2f1', white: '#ffffff', redDark: '#a4262c', green: '#107c10', yellowLight: '#fff4ce' },
  semanticColors: { bodyBackground: '#ffffff', bodyText: '#323130', primaryButtonBackground: '#03787c', primaryButtonText: '#ffffff', inputBorder: '#605e5c', errorText: '#a4262c' },
  fonts: { medium: { fontFamily: "'Segoe UI', sans-serif", fontSize: '14px' } },
  effects: { roundedCorner2: '2px' },
};

test('the site theme maps onto the documented --spp-* properties, semantic slots first', () => {
  const vars = themeToCssVars(teal);
  assert.equal(vars['--spp-color-brand'], '#03787c');
  assert.equal(vars['--spp-color-brand-hover'], '#026d70'); // no semantic hover slot: the palette's
  assert.equal(vars['--spp-color-on-brand'], '#ffffff');
  assert.equal(vars['--spp-color-text'], '#323130');
  assert.equal(vars['--spp-color-surface'], '#ffffff');
  assert.equal(vars['--spp-color-danger'], '#a4262c');
  assert.equal(vars['--spp-color-success'], '#107c10');
  assert.equal(vars['--spp-font-family'], "'Segoe UI', sans-serif");
  assert.equal(vars['--spp-font-size'], '14px');
  assert.equal(vars['--spp-radius'], '2px');
  for (const property of Object.keys(vars)) assert.ok(THEME_SLOTS.some(([p]) => p === property), `${property} is not a documented slot`);
});

test('a strong (inverted) section: its semantic colours win over the palette', () => {
  const strong: ReadonlyThemeLike = { ...teal, isInverted: true, semanticColors: { bodyBackground: '#03787c', bodyText: '#ffffff', primaryButtonBackground: '#ffffff', primaryButtonText: '#03787c' } };
  const vars = themeToCssVars(strong);
  assert.equal(vars['--spp-color-surface'], '#03787c');
  assert.equal(vars['--spp-color-text'], '#ffffff');
  assert.equal(vars['--spp-color-brand'], '#ffffff');
  assert.equal(vars['--spp-color-on-brand'], '#03787c');
});

test('no theme, or slots the theme lacks, set nothing (the page’s Fluent tokens then apply)', () => {
  assert.deepEqual(themeToCssVars(undefined), {});
  assert.deepEqual(themeToCssVars(null), {});
  assert.deepEqual(themeToCssVars({ palette: { themePrimary: '#0078d4' } }), { '--spp-color-brand': '#0078d4' });
});

test('values that could break out of a custom property are dropped; numbers are pixels', () => {
  const vars = themeToCssVars({
    palette: { themePrimary: 'red; background: url(https://evil.example/x)' },
    semanticColors: { bodyText: '#000}body{display:none', bodyBackground: 'expression(alert(1))', errorText: '  #b10e1c  ' },
    fonts: { medium: { fontFamily: 'Segoe UI /* x */', fontSize: 15 } },
  });
  assert.equal(vars['--spp-color-brand'], undefined);
  assert.equal(vars['--spp-color-text'], undefined);
  assert.equal(vars['--spp-color-surface'], undefined);
  assert.equal(vars['--spp-color-danger'], '#b10e1c');
  assert.equal(vars['--spp-font-family'], undefined);
  assert.equal(vars['--spp-font-size'], '15px');
});
