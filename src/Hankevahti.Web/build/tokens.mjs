// Writes the Finnish government's design tokens (suomifi-design-tokens on npm) as CSS custom
// properties, so that site.css can use them without a Sass step. Run by the build (Hankevahti.Web.csproj).
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) {
  console.error('usage: node tokens.mjs OUTPUT.css');
  process.exit(2);
}
const { suomifiDesignTokens: tokens } = require('suomifi-design-tokens');
const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([a-z])([0-9])/g, '$1-$2').toLowerCase();

const lines = ['/* Generated from suomifi-design-tokens by build/tokens.mjs; do not edit. */', ':root {'];
for (const [name, value] of Object.entries(tokens.colors)) lines.push(`  --fi-color-${kebab(name)}: ${value};`);
for (const [name, value] of Object.entries(tokens.spacing)) lines.push(`  --fi-spacing-${kebab(name)}: ${value};`);
for (const [name, value] of Object.entries(tokens.radiuses ?? {})) lines.push(`  --fi-radius-${kebab(name)}: ${value};`);
// Typography tokens are whole declarations ("font-family: …; font-size: 18px; …"): keep their parts.
for (const [name, value] of Object.entries(tokens.typography)) {
  for (const part of String(value).split(';')) {
    const [prop, ...rest] = part.split(':');
    if (!prop.trim() || rest.length === 0) continue;
    lines.push(`  --fi-text-${kebab(name)}-${prop.trim()}: ${rest.join(':').trim()};`);
  }
}
lines.push('}', '');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n'));
