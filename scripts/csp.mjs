// Pins the page's Content-Security-Policy into dist/index.html: only the page's own files, no
// connection anywhere but its own origin (the wasm is fetched from it), no inline script but
// Trunk's loader, pinned by its hash, and 'wasm-unsafe-eval' rather than 'unsafe-eval'.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2] ?? 'dist/index.html';
let html = readFileSync(file, 'utf8');
const scripts = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.length !== 1) throw new Error(`expected one inline module script, found ${scripts.length}`);
const hash = createHash('sha256').update(scripts[0]).digest('base64');
export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>\n?/, '');
// Right after the charset (quoted or, once minified, not): the policy must govern everything.
const charset = html.match(/<meta charset="?utf-8"?>/i);
if (!charset) throw new Error('no <meta charset=utf-8> to put the Content-Security-Policy after');
html = html.replace(charset[0], `${charset[0]}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
writeFileSync(file, html);
console.log(`${file}: Content-Security-Policy pinned (loader sha256-${hash})`);
