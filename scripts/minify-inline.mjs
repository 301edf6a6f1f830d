// Minifies the small classic scripts inlined into a page from www/ (crash.js, update.js,
// api.js…), in place. Trunk's minifier leaves a script as written when it cannot parse it
// (api.js's dynamic `import()`), comments and all; the three pages must also carry the same
// crash notice byte for byte (tests/e2e/heads.test.mjs), so all three go through here. Run
// before scripts/csp.mjs pins each script's hash. Usage: node scripts/minify-inline.mjs page.html…
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

for (const path of process.argv.slice(2)) {
  const html = readFileSync(path, 'utf8');
  let out = html;
  let fewer = 0;
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  for (const [whole, code] of scripts) {
    const min = await minify(code, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
    if (!min.code) throw new Error(`terser produced nothing for an inline script of ${path}`);
    out = out.replace(whole, () => `<script>${min.code}</script>`);
    fewer += code.length - min.code.length;
  }
  writeFileSync(path, out);
  console.log(`${path}: ${scripts.length} inline scripts minified, ${fewer} bytes fewer`);
}
