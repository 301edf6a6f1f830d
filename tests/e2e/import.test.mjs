// Import (issue 17, item 12): the page reads a file with the engine's one reader
// (`profile::read_document`, as the CLI does): an export's `profile`, or a bare profile such as
// examples/*.json; it says what it read ("已导入：泉州市 永春县 · …") and when the file was exported under
// another catalogue version; `{"share": ""}` and a broken file are refused in the page's
// language and the answers stay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp, servedPage } from './browser.mjs';

const env = servedPage(before, after);
const A = 'v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01';
const share = (page) => page.inputValue('#share-url');

test('import reads an export or a bare profile, confirms it in words, and refuses what it cannot read', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const dir = await mkdtemp(join(tmpdir(), 'srdi-import-'));
  const example = resolve('examples/yongchun-little-giant.json');
  // An export of the example's answers, made by the page.
  const profile = JSON.parse(await readFile(example, 'utf8'));
  await openApp(page, `${env.origin}/`);
  await page.setInputFiles('#import-json', example);
  const status = page.locator('.share .status');
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.startsWith('已导入'));
  assert.equal(await status.textContent(), '已导入：泉州市 永春县 · 国家专精特新“小巨人”企业 · 1 笔贷款');
  assert.match(await share(page), /c=quanzhou;k=yongchun;t=little_giant/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(doc.profile.county, profile.county);

  const files = {
    // A hand-edited export: its profile is read (as by the CLI), not its share text.
    edited: { ...doc, catalogue_version: '2025-01', profile: { ...doc.profile, county: 'jinjiang' } },
    share: { share: '' },
  };
  for (const [name, value] of Object.entries(files)) await writeFile(join(dir, `${name}.json`), JSON.stringify(value));
  await writeFile(join(dir, 'broken.json'), '{"city": "quanzhou",');

  const fresh = async () => { await openApp(page, `${env.origin}/?${Math.random()}#${A}`); };
  await fresh();
  await page.setInputFiles('#import-json', join(dir, 'edited.json'));
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.startsWith('已导入'));
  assert.match(await status.textContent(), /^已导入：泉州市 晋江市 · 国家专精特新“小巨人”企业 · 1 笔贷款 此文件由规则版本 2025-01 导出，本页为 \S+，结果可能不同。$/);
  assert.match(await share(page), /k=jinjiang/);

  // {"share": ""} no longer wipes the answers: refused in words, the answers stay.
  await fresh();
  await page.setInputFiles('#import-json', join(dir, 'share.json'));
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.startsWith('无法读取'));
  assert.match(await status.textContent(), /^无法读取该文件：.*share.*未知/);
  assert.match(await share(page), /c=quanzhou;k=yongchun;t=provincial/);

  await fresh();
  await page.setInputFiles('#import-json', join(dir, 'broken.json'));
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.startsWith('无法读取'));
  assert.equal(await status.textContent(), '无法读取该文件：不是 JSON 文件');
  assert.match(await share(page), /c=quanzhou;k=yongchun;t=provincial/);

  // A bare profile with every part (examples/full-profile.json): read as the CLI reads it, and
  // exported again with the same answers.
  await fresh();
  const fullPath = resolve('examples/full-profile.json');
  const full = JSON.parse(await readFile(fullPath, 'utf8'));
  await page.setInputFiles('#import-json', fullPath);
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.startsWith('已导入'));
  assert.equal(await status.textContent(), '已导入：泉州市 永春县 · 国家专精特新“小巨人”企业 · 6 笔贷款');
  const [again] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const back = JSON.parse(await readFile(await again.path(), 'utf8')).profile;
  for (const k of ['city', 'county', 'tier', 'park', 'recognitions', 'evaluation_date']) assert.deepEqual(back[k], full[k], k);
  const values = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Number(v)]));
  assert.deepEqual(values(back.amounts), values(full.amounts));
  assert.deepEqual([...back.facts].sort(), [...full.facts].sort());
  assert.equal(Number(back.lpr_override), Number(full.lpr_override));
  assert.deepEqual(back.loans.map((l) => [l.purpose, Number(l.principal), Number(l.annual_rate), l.term_months, l.start]),
    full.loans.map((l) => [l.purpose, Number(l.principal), Number(l.annual_rate), l.term_months, l.start]));

  // A number in another notation ("1e5") is refused by name, as the CLI refuses it.
  await writeFile(join(dir, 'exponent.json'), JSON.stringify({ city: 'quanzhou', amounts: { rd_spend: '1e5' } }));
  await fresh();
  await page.setInputFiles('#import-json', join(dir, 'exponent.json'));
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.startsWith('无法读取'));
  // The command line's words for it (describe::problem), in the page's language.
  assert.match(await status.textContent(), /^无法读取该文件：amounts\.rd_spend: “1e5”不是以元计的金额/);
  assert.match(await share(page), /c=quanzhou;k=yongchun;t=provincial/);

  // In English, the reasons and the confirmation are in English; one loan is "1 loan".
  await page.click('#lang');
  await page.setInputFiles('#import-json', join(dir, 'share.json'));
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.startsWith('Could not'));
  assert.match(await status.textContent(), /^Could not read that file: share: .*unknown/i);
  assert.match(await share(page), /c=quanzhou;k=yongchun;t=provincial/);
  await page.setInputFiles('#import-json', example);
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.startsWith('Imported'));
  assert.match(await status.textContent(), /^Imported: .+ · .+ · 1 loan$/);
  await rm(dir, { recursive: true, force: true });
  await context.close();
});
