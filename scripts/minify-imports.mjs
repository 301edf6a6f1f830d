// Gives every function the page's wasm imports from its JS glue a short name ("a", "b", …),
// in place, in both files: wasm-bindgen names them `__wbg_setAttribute_2a8f…` (hashed, about 30
// bytes each, over a hundred of them), and each name is stored twice, in the wasm's import
// section and as a key of the glue's import object. Measured on the release build of 2026-11-23
// (127 imports; scripts/sizes.mjs, zopfli .gz): the wasm 150,100 -> 148,045 bytes, the glue
// 6,429 -> 4,881, the page's whole first load 162,663 -> 159,060 bytes (-3.5 KB).
// Usage, in scripts/build.sh right after `trunk build` and before the CSP, service-worker and
// .gz steps: node scripts/minify-imports.mjs [dist]
//
// What changes, and nothing else:
// - dist/<name>_bg.wasm (the page's, not dist/api/): the field names in its import section. The
//   module name the glue provides (e.g. "./srdi-calculator_bg.js") is kept. Also, for the
//   compressors (docs/performance.md, "First load after the clients and inputs work"): its data
//   segments are merged into one (the same initial memory, checked), and the custom sections
//   "producers" and "target_features" are left out. Its functions are put in the order of their
//   type and first bytes (binaryen renumbers every reference to them). Nothing else changes.
// - dist/<name>.js (its glue): the same names where they are keys of the import object inside
//   `__wbg_get_imports`. Each old name must occur in the glue exactly once, as such a key.
// - dist/index.html: the Subresource Integrity hashes (integrity="sha384-…") Trunk pinned for
//   the two files, recomputed from the new bytes, wherever the old hashes occur.
// - A stale .gz or .br twin of any of these three files is deleted (scripts/precompress.mjs
//   writes fresh ones; until then scripts/serve.mjs sends the file itself).
// The file names keep Trunk's content hash of the files as Trunk wrote them: it no longer is the
// hash of the bytes, but it stays unique per build, which is all the names are for (caching).
//
// Before writing anything, the result is checked in node: the new glue must link the new wasm
// (WebAssembly.Instance, stopped before the module's start runs), every renamed import must
// resolve to a function with exactly the source text the old name resolved to in the old glue,
// and the module must validate. Anything unexpected stops the script with a message and a
// non-zero exit, leaving dist/ untouched.
import { repin } from './sri.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.argv[2] ?? 'dist';
const fail = (msg) => { console.error(`minify-imports: ${msg}`); process.exit(1); };

// ---- The page's wasm and its glue -------------------------------------------------------------
const wasms = readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'));
if (wasms.length !== 1) fail(`expected one ${dist}/*_bg.wasm, found ${wasms.length}: ${wasms.join(', ')}`);
const wasmName = wasms[0];
const jsName = wasmName.replace(/_bg\.wasm$/, '.js');
const wasmPath = join(dist, wasmName), jsPath = join(dist, jsName), htmlPath = join(dist, 'index.html');
for (const p of [jsPath, htmlPath]) if (!existsSync(p)) fail(`${p} not found`);
const html = readFileSync(htmlPath, 'utf8');
for (const f of [wasmName, jsName]) if (!html.includes(f)) fail(`${htmlPath} does not load ${f}`);
const oldWasm = readFileSync(wasmPath);
const oldJs = readFileSync(jsPath, 'utf8');

// ---- The wasm's import section ---------------------------------------------------------------
function readLeb(buf, pos) {
  let value = 0, shift = 0, byte;
  do {
    if (pos >= buf.length) fail('wasm: truncated LEB128');
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}
function leb(n) {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}
const name = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([leb(b.length), b]); };

if (!oldWasm.subarray(0, 8).equals(Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))) fail(`${wasmPath} is not a wasm module (version 1)`);
let importSection = null; // { start, end } of the whole section (id, size, contents)
for (let pos = 8; pos < oldWasm.length;) {
  const start = pos, id = oldWasm[pos++];
  let size; [size, pos] = readLeb(oldWasm, pos);
  if (pos + size > oldWasm.length) fail('wasm: section runs past the end of the file');
  if (id === 2) {
    if (importSection) fail('wasm: two import sections');
    importSection = { start, contents: pos, end: pos + size };
  }
  pos += size;
}
if (!importSection) fail(`${wasmPath} has no import section`);

// Each import: module name, field name, then the import description, copied byte for byte.
const imports = [];
{
  let pos = importSection.contents, count;
  [count, pos] = readLeb(oldWasm, pos);
  const str = () => {
    let n; [n, pos] = readLeb(oldWasm, pos);
    const s = oldWasm.toString('utf8', pos, pos + n); pos += n; return s;
  };
  for (let i = 0; i < count; i++) {
    const module = str(), field = str(), descStart = pos, kind = oldWasm[pos++];
    const limits = () => { const flags = oldWasm[pos++]; [, pos] = readLeb(oldWasm, pos); if (flags & 1) [, pos] = readLeb(oldWasm, pos); };
    if (kind === 0) [, pos] = readLeb(oldWasm, pos); // function: type index
    else if (kind === 1) { pos++; limits(); } // table: reftype, limits
    else if (kind === 2) limits(); // memory
    else if (kind === 3) pos += 2; // global: valtype, mutability
    else if (kind === 4) { pos++; [, pos] = readLeb(oldWasm, pos); } // tag: attribute, type index
    else fail(`wasm: import ${module}.${field} has unknown kind ${kind}`);
    imports.push({ module, field, kind, desc: oldWasm.subarray(descStart, pos) });
  }
  if (pos !== importSection.end) fail('wasm: the import section has bytes after its last import');
}

// ---- The glue's import object ----------------------------------------------------------------
// wasm-bindgen 0.2.130 (--target web) writes
//   function __wbg_get_imports() { const import0 = { __proto__: null, __wbg_…: function(…) {…}, … };
//     return { __proto__: null, "./srdi-calculator_bg.js": import0, }; }
// Whitespace and quoting may differ (a minifier), the shape may not.
const getImports = oldJs.search(/function\s+__wbg_get_imports\s*\(/);
if (getImports < 0) fail(`${jsPath}: no function __wbg_get_imports`);
const modules = [...new Set(imports.map((i) => i.module))];
if (modules.length !== 1) fail(`wasm imports from ${modules.length} modules (${modules.join(', ')}); expected exactly one, the glue`);
const moduleName = modules[0];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const bindingRe = new RegExp(`(?:"${esc(moduleName)}"|'${esc(moduleName)}'|(?<![\\w$."'])${esc(moduleName)}(?![\\w$]))\\s*:\\s*([A-Za-z_$][\\w$]*)`, 'g');
bindingRe.lastIndex = getImports;
const binding = bindingRe.exec(oldJs);
if (!binding) fail(`${jsPath}: no "${moduleName}": <import object> in __wbg_get_imports`);
const objectVar = binding[1];
const objectStart = oldJs.slice(getImports, binding.index).search(new RegExp(`(?:const|let|var)\\s+${esc(objectVar)}\\s*=\\s*\\{`));
if (objectStart < 0) fail(`${jsPath}: the import object ${objectVar} is not defined in __wbg_get_imports`);
const range = [getImports + objectStart, binding.index];

const funcImports = imports.filter((i) => i.kind === 0);
if (funcImports.length !== imports.length) fail('wasm imports something other than functions; not handled');
// Short names: valid bare JS identifiers, one letter first, in the order of the import section.
const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => { let s = ''; do { s = alphabet[i % 52] + s; i = Math.floor(i / 52) - 1; } while (i >= 0); return s; };
const rename = new Map();
for (const imp of funcImports) {
  if (rename.has(imp.field)) fail(`wasm imports ${imp.field} twice`);
  rename.set(imp.field, shortName(rename.size));
}
if ([...rename].every(([from, to]) => from.length <= to.length)) fail(`${wasmPath}: the imports already have short names (run this once, on a fresh trunk build)`);

// Each old name: exactly once in the whole glue (as a whole identifier), and that once as a key
// of the import object: `NAME:` / `"NAME":` after `{` or `,`, between its start and the binding.
const edits = [];
for (const [from, to] of rename) {
  const hits = [...oldJs.matchAll(new RegExp(`(?<![\\w$])${esc(from)}(?![\\w$])`, 'g'))].map((m) => m.index);
  if (hits.length !== 1) fail(`${jsPath}: import ${from} occurs ${hits.length} times, expected exactly once`);
  const at = hits[0];
  if (at < range[0] || at > range[1]) fail(`${jsPath}: import ${from} is not inside the import object ${objectVar}`);
  const q = oldJs[at - 1] === '"' || oldJs[at - 1] === "'" ? oldJs[at - 1] : '';
  if (q && oldJs[at + from.length] !== q) fail(`${jsPath}: import ${from}: unbalanced quotes`);
  const before = oldJs.slice(0, at - q.length), after = oldJs.slice(at + from.length + q.length);
  if (!/[{,]\s*$/.test(before) || !/^\s*:/.test(after)) {
    fail(`${jsPath}: import ${from} is not an object key ("…${oldJs.slice(at - 20, at + from.length + 20)}…")`);
  }
  edits.push({ at, from, to });
}
// The new names must not already be keys of the import object (wasm-bindgen's are all `__wb…`).
const objectText = oldJs.slice(...range);
for (const to of rename.values()) {
  if (new RegExp(`[{,]\\s*["']?${esc(to)}["']?\\s*:`).test(objectText)) fail(`${jsPath}: the short name ${to} is already a key of the import object`);
}
let newJs = oldJs;
for (const { at, from, to } of edits.sort((a, b) => b.at - a.at)) newJs = newJs.slice(0, at) + to + newJs.slice(at + from.length);

// ---- The wasm's data: one segment instead of hundreds ------------------------------------------
// wasm-opt's memory packing cuts the initial memory into a segment per run of non-zero bytes
// (over 300), each with its own header and absolute offset, which compress badly. As one segment,
// the gaps stored as the zeros they are, the wasm is 5.6 KB larger raw but 1.2 KB smaller in
// gzip and 0.9 KB in brotli (release build of 2026-12-01), and the memory it starts with is the
// same byte for byte (checked below). Only active segments with a constant offset are merged.
function readSleb(buf, pos) {
  let value = 0, shift = 0, byte;
  do { byte = buf[pos++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  if (byte & 0x40) value -= 2 ** shift;
  return [value, pos];
}
function sleb(n) {
  const out = [];
  for (;;) {
    const b = n & 0x7f; n = Math.floor(n / 128);
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return Buffer.from(out); }
    out.push(b | 0x80);
  }
}
function dataSegments(contents) {
  let pos = 0, count;
  [count, pos] = readLeb(contents, pos);
  const segments = [];
  for (let i = 0; i < count; i++) {
    if (contents[pos++] !== 0 || contents[pos++] !== 0x41) fail('wasm: a data segment that is not active at a constant offset; not handled');
    let offset, size;
    [offset, pos] = readSleb(contents, pos);
    if (contents[pos++] !== 0x0b) fail('wasm: a data segment offset that is not a single i32.const');
    [size, pos] = readLeb(contents, pos);
    segments.push({ offset, bytes: contents.subarray(pos, pos + size) });
    pos += size;
  }
  if (pos !== contents.length) fail('wasm: the data section has bytes after its last segment');
  return segments;
}
const memoryImage = (segments) => {
  const end = Math.max(0, ...segments.map((s) => s.offset + s.bytes.length));
  const image = Buffer.alloc(end);
  for (const s of segments) s.bytes.copy(image, s.offset);
  return image;
};
function mergedData(contents) {
  const segments = dataSegments(contents);
  if (segments.length < 2) return null;
  const start = Math.min(...segments.map((s) => s.offset));
  const image = memoryImage(segments).subarray(start);
  return { count: 1, contents: Buffer.concat([leb(1), Buffer.from([0, 0x41]), sleb(start), Buffer.from([0x0b]), leb(image.length), image]) };
}

// ---- The new wasm: the import and data sections rebuilt, two custom sections the browser never
// reads left out ("producers": the compiler's name and version; "target_features"), everything
// else copied --------------------------------------------------------------------------------
const body = Buffer.concat([leb(imports.length), ...imports.flatMap((i) => [name(i.module), name(rename.get(i.field) ?? i.field), i.desc])]);
const unread = new Set(['producers', 'target_features']);
const sections = [];
let merged = null;
for (let pos = 8; pos < oldWasm.length;) {
  const start = pos, id = oldWasm[pos++];
  let size; [size, pos] = readLeb(oldWasm, pos);
  const contents = oldWasm.subarray(pos, pos + size);
  pos += size;
  if (id === 0) {
    let n, at; [n, at] = readLeb(contents, 0);
    if (unread.has(contents.toString('utf8', at, at + n))) continue;
  }
  if (id === 2) { sections.push(Buffer.concat([Buffer.from([2]), leb(body.length), body])); continue; }
  if (id === 11 && (merged = mergedData(contents))) { sections.push(Buffer.concat([Buffer.from([11]), leb(merged.contents.length), merged.contents])); continue; }
  sections.push(oldWasm.subarray(start, pos));
}
// The data count section (id 12), when there is one, must match the new number of segments.
const packedWasm = (() => {
  const out = [oldWasm.subarray(0, 8)];
  for (const s of sections) {
    if (s[0] === 12 && merged) { const c = leb(merged.count); out.push(Buffer.from([12]), leb(c.length), c); } else out.push(s);
  }
  return Buffer.concat(out);
})();
// ---- The functions in the order of their type and their first bytes ----------------------------
// Trunk's wasm-opt writes them in the order of their names (docs/performance.md), which keeps a
// module's functions together; ordered by type signature, then by the bytes their bodies begin
// with (their locals and first instructions), alike functions sit next to each other inside the
// compressors' window: 0.9 KB less gzip, 0.8 KB less brotli than by name (release build of
// 2026-12-01), the same code. binaryen does the reordering (`--reorder-functions-by-name` over
// names made for the purpose: every index in calls, tables and exports follows), then drops the
// names; the imports keep their order.
function reorderFunctions(bytes) {
  let imported = 0, types = [], bodies = [];
  for (let pos = 8; pos < bytes.length;) {
    const id = bytes[pos++]; let size; [size, pos] = readLeb(bytes, pos);
    let at = pos, count; [count, at] = readLeb(bytes, at);
    if (id === 2) imported = count; // every import is a function (checked above)
    if (id === 3) for (let i = 0; i < count; i++) { let t; [t, at] = readLeb(bytes, at); types.push(t); }
    if (id === 10) for (let i = 0; i < count; i++) { let n; [n, at] = readLeb(bytes, at); bodies.push(bytes.subarray(at, at + n)); at += n; }
    pos += size;
  }
  if (types.length !== bodies.length) fail('wasm: function and code sections differ in length');
  const pad = (n, w) => String(n).padStart(w, '0');
  const names = [];
  for (let i = 0; i < imported; i++) names.push(`0 ${pad(i, 6)}`);
  bodies.forEach((b, i) => names.push(`1 ${pad(types[i], 5)} ${b.subarray(0, 24).toString('hex')} ${pad(i, 6)}`));
  const entries = names.map((n, i) => Buffer.concat([leb(i), name(n)]));
  const functionNames = Buffer.concat([leb(names.length), ...entries]);
  const nameSection = Buffer.concat([name('name'), Buffer.from([1]), leb(functionNames.length), functionNames]);
  const dir = mkdtempSync(join(tmpdir(), 'minify-imports-'));
  try {
    writeFileSync(join(dir, 'in.wasm'), Buffer.concat([bytes, Buffer.from([0]), leb(nameSection.length), nameSection]));
    const root = join(dirname(fileURLToPath(import.meta.url)), '..');
    execFileSync(join(root, 'node_modules', '.bin', 'wasm-opt'), [
      '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
      '--enable-reference-types', '--enable-multivalue', '--reorder-functions-by-name', '--strip-debug',
      join(dir, 'in.wasm'), '-o', join(dir, 'out.wasm'),
    ], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(join(dir, 'out.wasm'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const newWasm = reorderFunctions(packedWasm);
{
  const data = (bytes) => {
    for (let pos = 8; pos < bytes.length;) {
      const id = bytes[pos++]; let size; [size, pos] = readLeb(bytes, pos);
      if (id === 11) return memoryImage(dataSegments(bytes.subarray(pos, pos + size)));
      pos += size;
    }
    return Buffer.alloc(0);
  };
  if (!data(oldWasm).equals(data(newWasm))) fail('the merged data segment does not give the same initial memory');
}

// ---- Check in node before writing: the new glue links the new wasm, function for function -----
async function linkImports(js, bytes) {
  if (!WebAssembly.validate(bytes)) fail('the new wasm does not validate');
  const module = new WebAssembly.Module(bytes);
  // A copy of the glue as its own module instance; initSync instantiates (linking every import,
  // a LinkError if one is missing), then would run the wasm's start: stopped before that.
  const glue = await import(`data:text/javascript;base64,${Buffer.from(js + `\n//${Math.random()}`).toString('base64')}`);
  const Instance = WebAssembly.Instance, stop = Symbol('linked');
  let object;
  WebAssembly.Instance = function (m, imp) { new Instance(m, imp); object = imp; throw stop; };
  try { glue.initSync({ module }); } catch (e) { if (e !== stop) throw e; } finally { WebAssembly.Instance = Instance; }
  return { module, object };
}
try {
  const before = await linkImports(oldJs, oldWasm);
  const after = await linkImports(newJs, newWasm);
  const names = WebAssembly.Module.imports(after.module);
  if (names.length !== imports.length) fail('the new wasm has a different number of imports');
  for (const [i, imp] of WebAssembly.Module.imports(before.module).entries()) {
    const to = rename.get(imp.name);
    if (names[i].module !== imp.module || names[i].name !== to || names[i].kind !== imp.kind) fail(`import ${i}: ${imp.name} did not become ${to}`);
    const oldFn = before.object[imp.module][imp.name], newFn = after.object[imp.module][to];
    if (typeof newFn !== 'function' || String(newFn) !== String(oldFn)) fail(`the new glue's ${to} is not the old ${imp.name}`);
  }
} catch (e) {
  fail(`the rewritten files do not link: ${e?.message ?? e}`);
}

// ---- Subresource Integrity in index.html ------------------------------------------------------
let newHtml, pinned;
try {
  ({ html: newHtml, pinned } = repin(html, [[wasmName, oldWasm, newWasm], [jsName, Buffer.from(oldJs), Buffer.from(newJs)]]));
} catch (e) {
  fail(`${htmlPath}: ${e.message}`);
}
if (!pinned.length) console.warn(`minify-imports: note: ${htmlPath} pins no integrity hash for ${jsName} or ${wasmName}`);

// ---- Write -------------------------------------------------------------------------------------
writeFileSync(wasmPath, newWasm);
writeFileSync(jsPath, newJs);
writeFileSync(htmlPath, newHtml);
for (const p of [wasmPath, jsPath, htmlPath]) for (const t of ['.gz', '.br']) rmSync(p + t, { force: true });
console.log(`${wasmPath}: ${rename.size} imports from "${moduleName}" renamed, ${oldWasm.length} -> ${newWasm.length} bytes`);
console.log(`${jsPath}: ${Buffer.byteLength(oldJs)} -> ${Buffer.byteLength(newJs)} bytes; ${htmlPath}: integrity updated (${pinned.join(', ') || 'none pinned'})`);
