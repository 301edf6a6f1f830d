// Subresource Integrity in index.html, kept true when a build step rewrites a file it pins.
import { createHash } from 'node:crypto';

/** The SRI token of `bytes` for `alg` ("sha256", "sha384", "sha512"). */
export const sri = (alg, bytes) => `${alg}-${createHash(alg).update(bytes).digest('base64')}`;

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns `html` with every integrity hash of each rewritten file moved from its old bytes to
 * its new ones (`files`: [name, oldBytes, newBytes]), and the list of what was re-pinned.
 * Throws when an integrity value given for one of the files matches neither its old nor its
 * new bytes: index.html and the files would disagree.
 */
export function repin(html, files) {
  const pinned = [];
  for (const [file, oldBytes, newBytes] of files) {
    for (const alg of ['sha256', 'sha384', 'sha512']) {
      const from = sri(alg, oldBytes), to = sri(alg, newBytes);
      const n = html.split(from).length - 1;
      if (n) { html = html.split(from).join(to); pinned.push(`${file} ${alg} ×${n}`); }
    }
  }
  for (const tag of html.match(/<(?:link|script)\b[^>]*>/g) ?? []) {
    const integrity = tag.match(/\bintegrity\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/);
    if (!integrity) continue;
    const file = files.find(([f]) => new RegExp(`(?:src|href)\\s*=\\s*["']?(?:\\./)?${esc(f)}["'\\s>]`).test(tag));
    if (!file) continue;
    for (const token of (integrity[1] ?? integrity[2] ?? integrity[3]).split(/\s+/).filter(Boolean)) {
      const alg = token.split('-')[0];
      if (token !== sri(alg, file[2])) throw new Error(`integrity ${token} for ${file[0]} matches neither the old nor the new file`);
    }
  }
  return { html, pinned };
}

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
};

/**
 * Returns `html` with the loader's fetch of the wasm carrying the wasm's integrity value.
 * Trunk pins it only on a `<link rel=preload as=fetch>`, which Chromium does not check, and its
 * loader lets the glue fetch the wasm with no integrity at all: a tampered wasm would run. The
 * loader's `init({ module_or_path: 'X_bg.wasm' })` becomes `init({ module_or_path: fetch('X_bg.wasm',
 * { integrity: '…' }) })` with the preload's own value (and the preload's CORS mode, so the
 * browser answers the fetch from the preload), and a failed start (a refused wasm) is told to
 * the crash notice (www/crash.js) by a `srdi-failed` event. The value is then one more occurrence
 * of the wasm's hash in index.html, which `repin` keeps true. Throws when the loader or the
 * preload is not as Trunk writes them.
 */
export function pinWasmFetch(html) {
  const preload = (html.match(/<link\b[^>]*>/g) ?? []).find((t) => attr(t, 'as') === 'fetch' && /_bg\.wasm$/.test(attr(t, 'href') ?? ''));
  if (!preload) throw new Error('no <link rel=preload as=fetch> of the wasm in index.html');
  const [href, integrity] = [attr(preload, 'href'), attr(preload, 'integrity')];
  if (!integrity) throw new Error(`the preload of ${href} carries no integrity value`);
  const call = /init\(\s*\{\s*module_or_path:\s*(['"])([^'"]+_bg\.wasm)\1\s*\}\s*\)/;
  const m = html.match(call);
  if (!m) throw new Error("no init({ module_or_path: '…_bg.wasm' }) loader in index.html");
  if (m[2] !== href) throw new Error(`the loader fetches ${m[2]}, the preload is of ${href}`);
  const fetchCall = `fetch('${href}',{integrity:'${integrity}'})`;
  const failed = ".catch((e)=>{dispatchEvent(new CustomEvent('srdi-failed',{detail:e}));throw e})";
  return html.replace(call, `init({module_or_path:${fetchCall}})${failed}`);
}

// node scripts/sri.mjs [dist/index.html]: pins the wasm's fetch (scripts/build.sh, after the
// steps that rewrite the wasm and its glue).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const file = process.argv[2] ?? 'dist/index.html';
  writeFileSync(file, pinWasmFetch(readFileSync(file, 'utf8')));
  console.log(`${file}: the wasm's fetch carries its integrity value`);
}
