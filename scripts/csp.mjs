// Pins the page's Content-Security-Policy into dist/index.html: only the page's own files, no
// connection anywhere but its own origin (the wasm is fetched from it), no inline script but
// Trunk's loader, the crash notice and the pre-render's start (scripts/prerender.mjs), no style
// but the inlined stylesheet, each pinned by its hash, and 'wasm-unsafe-eval' rather than
// 'unsafe-eval'.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2] ?? 'dist/index.html';
let html = readFileSync(file, 'utf8');
// Every inline script (a <script> without src): the module loader (Trunk's, or the portfolio
// page's own, whose names Trunk's minifier shortens), the crash notice and the pre-render's
// start.
const scripts = [...html.matchAll(/<script((?:\s+[^>]*)?)>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc\s*=/.test(m[1]))
  .map((m) => m[2]);
if (!scripts.some((s) => /\bimport\b/.test(s))) throw new Error('no inline module loader script found');
const sha = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const hashes = scripts.map(sha);
// The stylesheet is inlined too (index.html): each <style> by its hash, no other style.
const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));
if (!styles.length) throw new Error('no inline <style> found: the stylesheet is expected inlined (index.html)');
export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  `style-src ${styles.join(' ')}`,
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
console.log(`${file}: Content-Security-Policy pinned (${scripts.length} inline scripts, ${styles.length} inline style)`);
