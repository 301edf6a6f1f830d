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
