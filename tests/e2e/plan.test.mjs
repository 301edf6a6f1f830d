// End-to-end tests of the two planning views of the release build: 办理指引 / next steps (the
// claimable lines grouped by the department to approach, county first, then city, then
// province) and 政策库 / policy library (every catalogue entry, filtered and searched).
//
// Every expected department and amount below was worked out by hand from the source texts in
// catalogue/sources/ (the 责任单位 after each measure, and the clause's numbers); the comment next
// to each value names the document and article. The library's expected sets are derived from
// the catalogue TOML files, read here independently of the page.
//
// Run against a copy of the build: DIST=/tmp/dist-x node --test tests/e2e/plan.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerByForm, appReady, openApp, servedPage, shareFragment } from './browser.mjs';

const env = servedPage(before, after);
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

/** Opens the page (optionally at a share link) and waits for the first result. */
async function open({ fragment = '', viewport = DESKTOP, bypassCSP = false } = {}) {
  // bypassCSP only where axe-core is injected; the page itself runs under its CSP.
  const context = await env.browser.newContext({ viewport, locale: 'zh-CN', bypassCSP });
  const page = await context.newPage();
  await openApp(page, `${env.origin}/${fragment ? `#${fragment}` : ''}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#total-exact');
  // A share link that the page could not read in full shows a notice: none expected here.
  assert.equal(await page.locator('.notice').count(), 0, 'the share link was read in full');
  return { page, context };
}

// ---------------------------------------------------------------------------------------------
// The catalogue, read from the TOML files (a few regular expressions are enough for its form).

function tomlString(block, key) {
  return block.match(new RegExp(`^${key} = "([^"]*)"`, 'm'))?.[1];
}
function tomlList(block, key) {
  const m = block.match(new RegExp(`^${key} = \\[([^\\]]*)\\]`, 'm'));
  return m ? [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]) : undefined;
}
function tomlDate(block, key) {
  return block.match(new RegExp(`^${key} = (\\d{4}-\\d{2}-\\d{2})`, 'm'))?.[1];
}

const catalogueDir = resolve('catalogue');
const documents = [];
const entries = [];
for (const file of readdirSync(catalogueDir).filter((f) => f.endsWith('.toml')).sort()) {
  // places.toml, parameters.toml and review.toml (the catalogue's version) hold no document.
  if (file === 'places.toml' || file === 'parameters.toml' || file === 'review.toml') continue;
  const [head, ...blocks] = readFileSync(resolve(catalogueDir, file), 'utf8').split(/^\[\[entry\]\]$/m);
  const doc = {
    id: tomlString(head, 'id'),
    places: tomlList(head, 'places'),
    draft: tomlString(head, 'status') === 'draft',
    from: tomlDate(head, 'valid_from'),
    to: tomlDate(head, 'valid_to'),
  };
  documents.push(doc);
  for (const b of blocks) {
    entries.push({
      id: tomlString(b, 'id'),
      doc,
      title: tomlString(b, 'title'),
      titleEn: tomlString(b, 'title_en'),
      payer: tomlString(b, 'payer'),
      kind: tomlString(b, 'kind'),
      tier: tomlString(b, 'tier'),
      maxTier: tomlString(b, 'max_tier'),
      places: tomlList(b, 'places') ?? doc.places,
    });
  }
}
const byId = new Map(entries.map((e) => [e.id, e]));

// places.toml: each city with its counties ([id, name, name_en] triples).
const cities = readFileSync(resolve(catalogueDir, 'places.toml'), 'utf8').split(/^\[\[city\]\]$/m).slice(1)
  .map((b) => ({
    id: tomlString(b, 'id'),
    counties: [...(b.match(/^counties = \[([\s\S]*?)^\]/m)?.[1] ?? '').matchAll(/\["([^"]+)"/g)].map((m) => m[1]),
  }));

const TIERS = ['innovative', 'provincial', 'little_giant_reserve', 'little_giant', 'key_little_giant'];

// The five texts of catalogue/sources/; 100 entries since catalogue 2026.12.2 added the 21
// promises that were missing, 105 since 2026.12.3 added the clauses for another role (a
// service institution, a cluster operator, a park operator: 三明 2, 厦门 1, 永春 1) and split
// 三明's guarantee-fee relief by tier (福建 15, 泉州 15, 三明 29, 厦门 31, 永春 15).
test('the catalogue as read by this test: five documents, 105 entries', () => {
  assert.equal(documents.length, 5);
  assert.equal(entries.length, 105);
  assert.deepEqual(documents.map((d) => entries.filter((e) => e.doc === d).length), [15, 15, 29, 31, 15]);
  assert.ok(entries.every((e) => e.id && e.payer && e.kind && e.places?.length && e.titleEn));
});

// ---------------------------------------------------------------------------------------------
// Reading the next-steps view.

const LEVEL_ZH = { county: '县（区）级', city: '市级', province: '省级' };
const LEVEL_EN = { county: 'County / district', city: 'City', province: 'Province' };

/** The next-steps view as shown: groups in order, each with its items. */
async function readNextSteps(page) {
  await page.waitForSelector('.next-steps:not(.print-only)');
  return page.evaluate(() => [...document.querySelectorAll('.next-steps:not(.print-only) .dept')].map((g) => ({
    level: [...g.classList].find((c) => c.startsWith('dept-'))?.slice(5),
    heading: g.querySelector('h3').textContent,
    departments: g.querySelector(':scope > p.help').textContent,
    items: [...g.querySelectorAll('li.item')].map((li) => ({
      entry: li.dataset.entry,
      title: li.querySelector('strong').textContent,
      amount: li.querySelector('.amount').textContent,
      help: [...li.querySelectorAll('p.help')].map((p) => p.textContent),
    })),
  })));
}

/**
 * Checks the view against the hand-worked plan: `expected` is a list of
 * { level, dept, items: { entryId: [amount, frequency] } }, in any order within a level.
 * Levels must come county, then city, then province; each group is headed "level · dept" and
 * holds exactly the expected lines, with the expected amount and frequency.
 */
function assertPlan(groups, expected) {
  const rank = { county: 0, city: 1, province: 2 };
  const levels = groups.map((g) => rank[g.level]);
  assert.deepEqual(levels, [...levels].sort((a, b) => a - b), 'groups come county, then city, then province');
  const key = (level, dept) => `${LEVEL_ZH[level]} · ${dept}`;
  assert.deepEqual(groups.map((g) => g.heading).sort(), expected.map((e) => key(e.level, e.dept)).sort(),
    'the departments to approach');
  for (const e of expected) {
    const g = groups.find((x) => x.heading === key(e.level, e.dept));
    assert.equal(g.level, e.level, `${g.heading}: level class`);
    assert.deepEqual(g.items.map((i) => i.entry).sort(), Object.keys(e.items).sort(), `lines under ${g.heading}`);
    for (const [id, [amount, frequency]] of Object.entries(e.items)) {
      const item = g.items.find((i) => i.entry === id);
      assert.equal(item.title, byId.get(id).title, `${id}: title`);
      assert.equal(item.amount, amount, `${id}: amount`);
      assert.equal(item.help[0], `发放方式：${frequency}`, `${id}: frequency`);
    }
  }
}

/** The "需证明" (facts it depends on) line of one item. */
function dependsOn(groups, id) {
  const item = groups.flatMap((g) => g.items).find((i) => i.entry === id);
  assert.ok(item, `${id} is listed`);
  return item.help.find((h) => h.startsWith('需证明：')) ?? '';
}

const UNQ = '未定额';
const NS = '文件未说明';

// ---------------------------------------------------------------------------------------------
// 1. One full profile per city: the departments to approach and the amounts, worked by hand.

// The provincial lines every full profile below can reach, with the 责任单位 that 闽工信规〔2023〕11号
// names after each measure (the first listed leads). Their amounts depend on the profile.
function provincialPlan({ workingCapital, equity, listing, facts }) {
  const plan = [
    // 二、（八）“专精特新中小企业参加国际性展会…各地结合实际情况予以相关资金支持。（责任单位：省工信厅、
    // 财政厅、商务厅）” — paid by 各地 (the city level, catalogue note), no amount: approach 省工信厅.
    { level: 'city', dept: '省工信厅', items: { 'fj-exhibition-support': [UNQ, NS] } },
    {
      level: 'province', dept: '省工信厅', items: {
        // 二、（七）“年化1%的贴息补助…贴息期限不超过1年”（责任单位：省工信厅、财政厅、金融监管局…）: per loan.
        'fj-working-capital-discount': [workingCapital, '按笔（每笔贷款）'],
        // 二、（二）“申报省重点技改项目时不受投资额条件限制”（责任单位：省工信厅）.
        'fj-tech-reform-priority': [UNQ, NS],
        // 二、（九）“每年度最多可举荐2人直接申报高级职称”（责任单位：省工信厅、工商联、人社厅）: yearly.
        'fj-senior-title-nomination': [UNQ, '按年度'],
        // 二、（八）“鼓励大企业先试、首用专精特新中小企业创新产品，发挥政府采购对专精特新中小企业创新产品迭代
        // 应用作用。（责任单位：省工信厅、财政厅、商务厅）”: for every tier, no amount.
        'fj-innovative-product-first-use': [UNQ, NS],
      },
    },
    {
      level: 'province', dept: '省财政厅', items: {
        // 二、（七）“按照实际到资额分别给予5%、1%奖励，最高100万元”（责任单位：省财政厅、金融监管局、工信厅…）.
        'fj-equity-fund-reward': [equity, NS],
      },
    },
    {
      level: 'province', dept: '省科技厅', items: {
        // 二、（二）“年度自主研发费用1000万元以上…共建联合实验室…按规定给予补助”（责任单位：省科技厅、工信厅、教育厅）.
        'fj-joint-lab-subsidy': [UNQ, NS],
        // 二、（二）“设备原值要求可放宽至不低于600万元”（责任单位：省科技厅、税务局、工信厅）.
        'fj-enterprise-tech-center-threshold': [UNQ, NS],
        // 二、（二）“优先推荐申报各类科技计划项目”（责任单位：省科技厅、税务局、工信厅）.
        'fj-sci-tech-project-priority': [UNQ, NS],
      },
    },
    // 三、（二）“新增投资项目用地需求予以优先支持”（责任单位：省自然资源厅、住建厅、工信厅、财政厅）.
    { level: 'province', dept: '省自然资源厅', items: { 'fj-land-priority': [UNQ, NS] } },
  ];
  // 二、（七）“列入省级重点上市后备企业库的…分阶段分别予以一次性奖励”（责任单位：省财政厅…）: staged.
  if (listing) plan[2].items['fj-listing-reserve-award'] = [UNQ, '分阶段'];
  if (facts.includes('ip_enforcement') || facts.includes('standards_work')) {
    const items = {};
    // 二、（三）“知识产权相关维权的相关费用…给予后补助”（责任单位：省市场监管局、教育厅）.
    if (facts.includes('ip_enforcement')) items['fj-ip-enforcement-subsidy'] = [UNQ, NS];
    // 二、（四）“对参与相关标准研制的企业…给予补助”（责任单位：省市场监管局、工信厅）.
    if (facts.includes('standards_work')) items['fj-standards-subsidy'] = [UNQ, NS];
    plan.push({ level: 'province', dept: '省市场监管局', items });
  }
  // 二、（五）智能制造示范工厂 and 二、（六）国家绿色工厂 “按规定给予奖励”（责任单位：省工信厅…）.
  if (facts.includes('smart_manufacturing')) plan[1].items['fj-smart-manufacturing-award'] = [UNQ, NS];
  if (facts.includes('green_manufacturing')) plan[1].items['fj-green-manufacturing-award'] = [UNQ, NS];
  return plan;
}

// A Yongchun (Quanzhou) national Little Giant in the county's SRDI park, answered through the form.
const YONGCHUN = {
  city: 'quanzhou',
  county: 'yongchun',
  tier: 'little_giant',
  recognitions: { innovative: '2024-02-01', provincial: '2024-03-01', little_giant: '2024-06-15' },
  park: 'srdi_park',
  amounts: {
    park_rent_per_year: '1200000',
    park_rent_months: '12',
    park_first_year_kwh: '2500000',
    rd_spend: '12000000',
    equity_transformation_fund: '6000000',
    equity_sme_fund: '10000000',
    avg_tax_last_3_years: '18000000',
  },
  facts: [
    'relocating_to_standard_park', 'city_recognised_talent_team', 'newly_attracted_to_quanzhou',
    'testing_platform', 'enclave_rd_center', 'provincial_listing_reserve', 'joint_lab', 'ip_enforcement',
    'standards_work', 'smart_manufacturing', 'green_manufacturing', 'international_exhibition',
    'chain_leader_expanding', 'open_pilot_platform', 'innovation_voucher_service',
  ],
  loans: [
    { purpose: 'park_premises', principal: '10000000', annual_rate: '0.04', term_months: 24, start: '2024-07-01' },
    { purpose: 'working_capital', principal: '5000000', annual_rate: '0.0365', term_months: 12, start: '2025-01-10' },
    { purpose: 'working_capital', principal: '3000000', annual_rate: '0.035', term_months: 6, start: '2025-03-20', other_provincial_discount: true },
  ],
  // Inside the Yongchun window (2024-01-23 to 2025-12-31) and after the Quanzhou plan's
  // publication (2025-08-14), so that both are in force.
  evaluation_date: '2025-09-01',
};

test('next steps, Yongchun (Quanzhou) Little Giant answered through the form: county, city and province departments', async () => {
  const { page, context } = await open();
  const done = await answerByForm(page, YONGCHUN, {
    park_rent_per_year: '120万', park_first_year_kwh: '2,500,000', equity_transformation_fund: '600万',
  });
  // Every answer of the profile was asked somewhere in the questionnaire.
  const asked = [...Object.keys(YONGCHUN.amounts), ...YONGCHUN.facts, 'loan-0', 'loan-1', 'loan-2'];
  assert.deepEqual(asked.filter((k) => !done.has(k)), [], 'answers the questionnaire never asked');
  await page.click('.tab:has-text("办理指引")');
  const groups = await readNextSteps(page);
  assertPlan(groups, [
    {
      level: 'county', dept: '县工信商务局', items: {
        // 永政办规〔2024〕1号 四、（一）“县财政分别给予每家一次性 50 万元、10 万元的叠加奖励”（责任单位：县工信商务局、财政局）.
        'yc-first-little-giant': ['500,000 元', '一次性'],
        'yc-first-provincial': ['100,000 元', '一次性'],
        // 四、（一）“对首次认定的创新型中小企业，县财政给予每家一次性 1万元奖励”.
        'yc-first-innovative': ['10,000 元', '一次性'],
        // 四、（二）2 租金 20%, at most 1 year, ≤ 50万: 1,200,000 × 12/12 × 20% = 240,000 元（责任单位：县工信商务局、财政局）.
        // It beats the 四、（二）1 loan discount, 10,000,000 × 1% × 12/12 = 100,000 元: “租金补贴与融资贴息不重复享受”.
        'yc-park-rent': ['240,000 元', NS],
        // 四、（二）3 “用电量达到 200 万千瓦时以上的…每千瓦时 0.05元”: 2,500,000 × 0.05 = 125,000 元 (≤ 50万).
        'yc-park-electricity': ['125,000 元', NS],
        // 四、（三）搬迁入驻标准化园区 “享受…相关政策支持”（责任单位：县工信商务局、财政局）: no amount here.
        'yc-standard-park-relocation': [UNQ, NS],
        // 三、（四）“在重大科技专项中，设置面向专精特新中小企业的专题模块…（责任单位：县工信商务局、县科技局、
        // 财政局）”: led by 县工信商务局, no amount.
        'yc-dedicated-module': [UNQ, NS],
      },
    },
    {
      // 三、（六）（责任单位：县人才办、人社局、工信商务局、科技局）, one note for the whole measure:
      level: 'county', dept: '县人才办', items: {
        // “对…小巨人企业引进经市级认定为高层次人才团队予以政策支持”.
        'yc-talent-team': [UNQ, NS],
        // “推荐符合条件的专精特新“小巨人”企业参评省、市高层次人才自主认定”: a Little Giant.
        'yc-talent-self-recognition': [UNQ, NS],
        // “加大政府补助或购买第三方服务等形式，帮助企业对标专精特新提升经营管理水平”.
        'yc-management-upgrading': [UNQ, NS],
      },
    },
    {
      // 三、（五）“…进一步减少或取消反担保要求…为专精特新企业融资提供增信服务。加强企业上市辅导，大力推进专精
      // 特新企业上市进程。（责任单位：县金融办、财政局）”: two measures under one note, no amount.
      level: 'county', dept: '县金融办', items: {
        'yc-guarantee-counter-guarantee': [UNQ, NS],
        'yc-listing-coaching': [UNQ, NS],
      },
    },
    // 四、（四）用地、用能、用电保障（责任单位：县自然资源局、发改局、工信商务局…）.
    { level: 'county', dept: '县自然资源局', items: { 'yc-resource-guarantee': [UNQ, NS] } },
    {
      // 泉州行动方案 三、（二）4（责任单位:市工信局和市直相关单位）: “对新招引的专精特新“小巨人”企业给予一定
      // 奖励” and “对达到一定经济规模与效益的并购项目实行产业基金参投、跟投”.
      level: 'city', dept: '市工信局和市直相关单位', items: {
        'qz-new-little-giant-award': [UNQ, NS],
        'qz-ma-fund-co-investment': [UNQ, NS],
      },
    },
    {
      level: 'city', dept: '市科技局', items: {
        // 三、（五）1 研发团队政策支持 and 高层次人才自主认定（责任单位：市科技局，市委人才办，市人社局、工信局）.
        'qz-rd-team-support': [UNQ, NS],
        'qz-talent-self-recognition': [UNQ, NS],
        // 三、（三）1 检测设备“按规定给予补贴”（责任单位：市科技局、财政局）.
        'qz-testing-equipment-subsidy': [UNQ, NS],
        // 三、（六）1 飞地研发中心“予以一定的研发投入补助…”（责任单位：市科技局、工信局）.
        'qz-enclave-rd-center': [UNQ, NS],
        // 三、（三）1 “对面向社会开放的中试平台,以“揭榜挂帅”“科技创新券”等政策…给予支持”(责任单位:市科技局、财政局):
        // the firm runs such a platform (open_pilot_platform), and used a voucher service (三、（三）2).
        'qz-pilot-platform-voucher': [UNQ, NS],
        // 三、（三）2 “对符合科技创新券要求的,按其实际发生额予以后补助”(责任单位:市科技局、财政局).
        'qz-innovation-voucher-post-subsidy': [UNQ, NS],
        // 三、（三）4 “在市级重大科技专项中,设置面向专精特新中小企业的专题板块”(责任单位:市科技局、财政局).
        'qz-dedicated-module': [UNQ, NS],
      },
    },
    {
      // 三、（二）3 “推进资源要素向专精特新企业倾斜”(责任单位:市工信局); 三、（五）3 “帮助企业对标专精特新提升经营
      // 管理水平”(责任单位:市工信局、人社局): both led by 市工信局.
      level: 'city', dept: '市工信局', items: {
        'qz-resource-tilt': [UNQ, NS],
        'qz-management-upgrading': [UNQ, NS],
      },
    },
    {
      // 三、（四）4 “进一步减少或取消反担保要求”(责任单位:市金融局、国资委、财政局); 三、（四）5 “大力推进专精特新
      // 企业上市进程”(责任单位:市金融局).
      level: 'city', dept: '市金融局', items: {
        'qz-guarantee-counter-guarantee': [UNQ, NS],
        'qz-listing-coaching': [UNQ, NS],
      },
    },
    // 三、（二）1 “…具备牵引带动力的专精特新龙头企业,有增资扩产需求且近三年年均纳税超1500万元的,可给予单独供地新建园区”:
    // the firm says it is such a leading firm, and 18,000,000 > 15,000,000（责任单位：市资规局、工信局）.
    { level: 'city', dept: '市资规局', items: { 'qz-dedicated-land': [UNQ, NS] } },
    // 一、四 “行政审批服务开绿色通道，存量政策顶格支持”（责任单位：市工信局及市直有关单位）.
    { level: 'city', dept: '市工信局及市直有关单位', items: { 'qz-green-channel': [UNQ, NS] } },
    ...provincialPlan({
      // 闽工信规〔2023〕11号 二、（七）: loan 2, 5,000,000 × 1% × 12/12 = 50,000 元; loan 3 “已享受其他省级贴息
      // 政策的，不重复享受”; the park-premises loan is not a working-capital loan.
      workingCapital: '50,000 元',
      // 二、（七）: 6,000,000 × 5% + 10,000,000 × 1% = 300,000 + 100,000 = 400,000 元 (≤ 100万).
      equity: '400,000 元',
      listing: true,
      facts: YONGCHUN.facts,
    }),
  ]);
  // Not both: the loan discount of the park premises is not a line to claim (四、（二）2).
  assert.ok(!groups.some((g) => g.items.some((i) => i.entry === 'yc-park-loan-interest')));
  // The facts each line depends on, from the answers.
  assert.equal(dependsOn(groups, 'yc-first-little-giant'), '需证明：首次认定为国家专精特新“小巨人”企业：2024-06-15');
  assert.equal(dependsOn(groups, 'yc-park-rent'), '需证明：入驻专精特新（示范）园区；园区产业用房年租金：1,200,000 元；租用月数：12 个月');
  assert.equal(dependsOn(groups, 'yc-park-electricity'), '需证明：入驻专精特新（示范）园区；入驻第一年用电量：2,500,000 千瓦时');
  assert.equal(dependsOn(groups, 'qz-dedicated-land'), '需证明：在产业链设备总装、芯片制造、系统集成、关键新材料研发等环节具备牵引带动力的龙头企业，有增资扩产需求；近三年年均纳税：18,000,000 元');
  const wc = dependsOn(groups, 'fj-working-capital-discount');
  assert.match(wc, /贷款2（流动资金贷款）5,000,000 元，2025-01-10 放款，期限 12 个月/);
  assert.doesNotMatch(wc, /贷款[13]/, 'only the loan the discount is paid on');
  assert.match(dependsOn(groups, 'fj-equity-fund-reward'), /国家制造业转型升级基金股权投资实际到资额：6,000,000 元；中小企业发展基金股权投资实际到资额：10,000,000 元/);
  // The departments line names every 责任单位 of the group's lines.
  const county = groups.find((g) => g.heading === '县（区）级 · 县工信商务局');
  // 四、（一）…（三）（责任单位：县工信商务局、财政局） and 三、（四）（责任单位：县工信商务局、县科技局、财政局）.
  assert.equal(county.departments, '责任单位：县工信商务局、财政局、县科技局');
  await context.close();
});

// A Siming (Xiamen) national Little Giant, loaded from a share link.
const XIAMEN = {
  city: 'xiamen',
  county: 'siming',
  tier: 'little_giant',
  // The first Little Giant title falls inside the Xiamen window (from 2024-09-11).
  recognitions: { provincial: '2023-05-01', little_giant: '2024-10-15' },
  amounts: {
    equipment_prev_year: '3000000',
    joint_lab_equipment: '1500000',
    rd_spend: '12000000',
    standards_led: '2',
    digital_upgrade_spend: '600000',
    consulting_fees: '200000',
    training_person_days: '300',
    domestic_fair_venue_rent: '150000',
    credit_insurance_insured: '20000000',
    credit_insurance_premium: '120000',
    equity_transformation_fund: '6000000',
    equity_sme_fund: '10000000',
  },
  facts: [
    'joint_lab', 'digital_level_2', 'rd_institution_in_progress', 'international_exhibition', 'first_set_equipment',
    'provincial_listing_reserve', 'ip_enforcement', 'standards_work', 'smart_manufacturing', 'green_manufacturing',
  ],
  loans: [
    { purpose: 'tech_innovation_fund', principal: '4000000', annual_rate: '0.036', term_months: 36, start: '2025-04-01' },
    { purpose: 'ip_pledge', principal: '2000000', annual_rate: '0.038', term_months: 12, start: '2025-02-01' },
    { purpose: 'working_capital', principal: '5000000', annual_rate: '0.0365', term_months: 12, start: '2025-01-10' },
  ],
  evaluation_date: '2025-09-01',
};

const XIAMEN_PLAN = [
  {
    // 厦府办规〔2024〕11号: the district lines' notes name 市工信局 first (“责任单位：市工信局、财政局，各区
    // 政府、火炬管委会” and “市工信局、资源规划局，各区政府、火炬管委会”), so 市工信局 leads them too.
    level: 'county', dept: '市工信局', items: {
      // 二、（一）2 “由市级、区级分别给予一次性50万元奖励”（责任单位：市工信局、财政局，各区政府、火炬管委会）:
      // the district's own 500,000 元.
      'xm-first-little-giant-district': ['500,000 元', '一次性'],
      // 二、（二）3 “各区（管委会）对上年度设备投入100～500万元的…按年度给予不超过设备投入10%的补助”:
      // 3,000,000 × 10% = up to 300,000 元, yearly.
      'xm-equipment-subsidy': ['≤ 300,000 元', '按年度'],
      // 二、（四）8 “各区（管委会）牵头…为创新型中小企业提供适宜的经营场地”.
      'xm-premises-for-innovative': [UNQ, NS],
      // 二、（四）8 “鼓励各区（管委会）结合实际新建或新增一定面积的通用厂房，用于保障专精特新中小企业发展”
      // （责任单位：市工信局、资源规划局，各区政府、火炬管委会）: paid by the district, no amount.
      'xm-standard-factory-space': [UNQ, NS],
    },
  },
  {
    level: 'city', dept: '市工信局', items: {
      // 二、（一）2 the city's 500,000 元, 一次性（责任单位：市工信局、财政局…）.
      'xm-first-little-giant-city': ['500,000 元', '一次性'],
      // 二、（二）3 “企业固定融资成本为2%/年，其余部分由财政贴息”: (3.6% − 2%) × 4,000,000 × 12/12 = 64,000 元.
      'xm-tech-fund-discount': ['64,000 元', '按笔（每笔贷款）'],
      // 二、（二）3 小巨人贷款额度上限提高 (a quota, no amount).
      'xm-tech-fund-higher-ceiling': [UNQ, NS],
      // 二、（三）7 “数字化水平达到二级以上的按其…实际投入资金最高30%…单家企业最高25万元”（责任单位：市工信局、财政局）:
      // 600,000 × 30% = up to 180,000 元.
      'xm-digital-upgrade': ['≤ 180,000 元', NS],
      // 二、（三）7 “最高50%的补助，每家企业每年补助最高30万元”: 200,000 × 50% = up to 100,000 元, yearly.
      'xm-consulting-subsidy': ['≤ 100,000 元', '按年度'],
      // 二、（三）7 “按照每天每人次最高500元给予补贴”: 300 × 500 = up to 150,000 元, per person-day.
      'xm-training-subsidy': ['≤ 150,000 元', '按人天'],
      // 二、（四）8 小巨人用地需求倾斜（责任单位：市工信局、资源规划局，各区政府、火炬管委会）.
      'xm-land-priority': [UNQ, NS],
      // 二、（六）13 “单家企业给予不超过10万元的场租补贴”: rent 150,000 → up to 100,000 元（责任单位：市工信局、财政局）.
      'xm-domestic-fair-rent': ['≤ 100,000 元', NS],
      // 二、（六）13 小巨人在机场、高铁…展示产品.
      'xm-public-venue-display': [UNQ, NS],
      // 二、（四）9（责任单位：市工信局、教育局，市委人才办，各区政府、火炬管委会）: “组织企业…考察学习” and
      // “专精特新“小巨人”企业的核心技术高管按规定…纳入本市…C类高层次人才认定范畴” (a Little Giant).
      'xm-study-tours': [UNQ, NS],
      'xm-little-giant-c-talent': [UNQ, NS],
    },
  },
  {
    level: 'city', dept: '市科技局', items: {
      // 二、（二）4（责任单位：市科技局、工信局）: 在建研发机构重点支持; 联合实验室 “新增研发设备…10%给予补助，
      // 最高1000万元”: 1,500,000 × 10% = 150,000 元; 创新引领工程补助.
      'xm-rd-institution-support': [UNQ, NS],
      'xm-joint-lab-subsidy': ['150,000 元', NS],
      'xm-innovation-leading-projects': [UNQ, NS],
    },
  },
  {
    level: 'city', dept: '市市场监管局', items: {
      // 二、（三）5（责任单位：市市场监管局、工信局）: 专利加快预审; 质押融资 “按融资利率最高不超过一年期贷款市场
      // 报价利率，比例最高60%”: LPR on 2025-02-01 is 3.10% (catalogue/parameters.toml, from 2024-10-21),
      // min(3.8%, 3.10%) × 60% × 2,000,000 × 12/12 = up to 37,200 元, per loan.
      'xm-patent-fast-track': [UNQ, NS],
      'xm-ip-pledge-discount': ['≤ 37,200 元', '按笔（每笔贷款）'],
      // 二、（三）6 “主要起草单位制定的国际标准、国家标准、行业标准项目给予最高100万元资助”（责任单位：市市场监管局、
      // 工信局、财政局…）: 2 projects × 1,000,000 = up to 2,000,000 元, per project.
      'xm-standards-award': ['≤ 2,000,000 元', '按项目'],
    },
  },
  {
    level: 'city', dept: '市财政局', items: {
      // 二、（五）11 增信子基金 “提供最高2000万元的融资支持…暂免收增信服务费”（责任单位：市财政局，市委金融办…）.
      'xm-credit-enhancement': [UNQ, NS],
      // 二、（六）15（责任单位：市财政局、工信局，厦门金融监管局）: “单张保单保险费率7‰以内部分的保费，按企业实缴保险
      // 费用40%给予补贴”: 7‰ × 20,000,000 = 140,000 ≥ premium 120,000, so 120,000 × 40% = 48,000 元.
      'xm-credit-insurance': ['48,000 元', NS],
      // 二、（六）15 首台（套）“依法不得以商业业绩为由限制采购”.
      'xm-first-set-procurement': [UNQ, NS],
    },
  },
  // 二、（五）12 专板挂牌绿色通道（责任单位：市委金融办，厦门证监局，市财政局、工信局）.
  { level: 'city', dept: '市委金融办', items: { 'xm-listing-green-channel': [UNQ, NS] } },
  // 二、（六）14 境外参展 “按规定给予补助”（责任单位：市商务局、工信局、财政局、外办，厦门海关）.
  { level: 'city', dept: '市商务局', items: { 'xm-overseas-exhibition': [UNQ, NS] } },
  ...provincialPlan({
    // 闽工信规〔2023〕11号 二、（七）: 5,000,000 × 1% × 12/12 = 50,000 元.
    workingCapital: '50,000 元',
    // 二、（七）: 6,000,000 × 5% + 10,000,000 × 1% = 400,000 元.
    equity: '400,000 元',
    listing: true,
    facts: XIAMEN.facts,
  }),
];

test('next steps, Xiamen (Siming district) Little Giant from a share link: district, city and province departments', async () => {
  const { page, context } = await open({ fragment: shareFragment(XIAMEN) });
  await page.click('.tab:has-text("办理指引")');
  const groups = await readNextSteps(page);
  assertPlan(groups, XIAMEN_PLAN);
  // On 2025-09-01 both texts are in force (厦府办规〔2024〕11号 from 2024-09-11, 闽工信规〔2023〕11号 from
  // 2023-12-28, both to 2026-12-31): every line can be claimed, none is said to be left out.
  assert.equal(await page.locator('.results li.line.not-counted').count(), 0);
  assert.equal(await page.locator('.next-steps .left-out').count(), 0);
  // 二、（一）2 绩效奖励 is for 小巨人后备企业 only: not for a Little Giant. 二、（二）3 500万元（含）以上 does not
  // apply to 3,000,000 元 of equipment.
  const listed = groups.flatMap((g) => g.items.map((i) => i.entry));
  assert.ok(!listed.includes('xm-reserve-performance-award'));
  assert.ok(!listed.includes('xm-equipment-large'));
  assert.equal(dependsOn(groups, 'xm-first-little-giant-district'), '需证明：首次认定为国家专精特新“小巨人”企业：2024-10-15');
  assert.equal(dependsOn(groups, 'xm-equipment-subsidy'), '需证明：上年度设备投入：3,000,000 元');
  assert.match(dependsOn(groups, 'xm-ip-pledge-discount'), /贷款2（专利、商标质押贷款）2,000,000 元，2025-02-01 放款，期限 12 个月/);
  assert.match(dependsOn(groups, 'xm-digital-upgrade'), /改造后数字化水平达到二级以上.*数字化改造实际投入：600,000 元/);
  await context.close();
});

test('next steps in English: every department heading carries an English gloss, every line its English words', async () => {
  const { page, context } = await open({ fragment: shareFragment(XIAMEN) });
  await page.click('#lang');
  await page.click('.tab:has-text("Next steps")');
  const groups = await readNextSteps(page);
  assert.equal(groups.length, XIAMEN_PLAN.length);
  const missing = [];
  for (const g of groups) {
    // "City · 市工信局 (city bureau of industry and IT)": the Chinese name as the text writes it, glossed.
    const m = g.heading.match(/^(.+?) · (\S+) \((.+)\)$/);
    if (!m || m[1] !== LEVEL_EN[g.level]) missing.push(g.heading);
    for (const i of g.items) {
      assert.equal(i.title, byId.get(i.entry).titleEn, `${i.entry}: English title`);
      assert.match(i.amount, /^(≤ )?[\d,.]+ yuan$|^amount not stated$/, `${i.entry}: amount in English`);
      assert.match(i.help[0], /^Paid: (one-off|yearly|per loan|per project|per person-day|in stages|not stated)$/, `${i.entry}: frequency`);
    }
  }
  assert.deepEqual(missing, [], 'department headings without an English gloss');
  const district = groups.find((g) => g.level === 'county');
  // The district's lines are led by 市工信局, the first 责任单位 of their notes (see XIAMEN_PLAN).
  assert.equal(district.heading, 'County / district · 市工信局 (city bureau of industry and IT)');
  await context.close();
});

// A Sanyuan (Sanming) Little Giant. The Sanming text is a 征求意见稿 (draft).
const SANMING = {
  city: 'sanming',
  county: 'sanyuan',
  tier: 'little_giant',
  recognitions: { provincial: '2024-03-01', little_giant: '2024-06-15' },
  amounts: {
    rd_spend: '12000000',
    tech_reform_equipment: '9000000',
    tech_reform_total: '15000000',
    first_set_unit_price: '5000000',
    equity_transformation_fund: '6000000',
    equity_sme_fund: '10000000',
  },
  facts: [
    'new_provincial_tech_center', 'contest_second_prize', 'digital_benchmark', 'first_set_provincial',
    'revenue_grew_after_tech_reform', 'joint_lab', 'international_exhibition',
  ],
  loans: [
    { purpose: 'working_capital', principal: '5000000', annual_rate: '0.0365', term_months: 12, start: '2025-01-10' },
  ],
  evaluation_date: '2025-09-01',
};

test('next steps, Sanming (Sanyuan): the draft\'s lines are shown in the result, not counted, and not listed to claim', async () => {
  const { page, context } = await open({ fragment: shareFragment(SANMING) });
  // The result shows the draft's lines, marked 征求意见稿 and 不计入 (README "Dates and status": draft
  // lines "are shown with that status and never counted in the totals").
  for (const [id, amount] of [
    // 三明方案（征求意见稿）二、（一）2 “市级财政分别再奖励5万元和20万元”.
    ['sm-first-provincial-city', '50,000 元'],
    ['sm-first-little-giant-city', '200,000 元'],
    // 二、（二）2 省级首台（套）“市场销售单价…30%…最高补助金额分别不超过…100万元”: 5,000,000 × 30% = 1,500,000 → 1,000,000 元.
    ['sm-first-set-provincial', '1,000,000 元'],
  ]) {
    const line = page.locator(`li.line[data-entry="${id}"]`);
    assert.equal(await line.count(), 1, `${id} is shown in the result`);
    assert.match(await line.getAttribute('class'), /not-counted/, `${id} is not counted`);
    const text = await line.textContent();
    assert.match(text, /征求意见稿/);
    assert.ok(text.includes(amount), `${id}: ${amount}`);
  }
  // The next-steps view lists only claimable lines — those in force on the evaluation date
  // (engine/src/checklist.rs; the view's help: "整理可申请的项目"): no line of the draft, at any level
  // (its provincial-fund lines included), so nothing at county level and, at city level, only the
  // provincial text's exhibition support.
  await page.click('.tab:has-text("办理指引")');
  const groups = await readNextSteps(page);
  assert.deepEqual(groups.flatMap((g) => g.items.map((i) => i.entry)).filter((id) => id.startsWith('sm-')), []);
  // …and it says so: as many lines left out as the result shows not counted (each draft line).
  const notCounted = await page.locator('.results li.line.not-counted').count();
  assert.ok(notCounted >= 3);
  assert.equal(await page.textContent('.next-steps:not(.print-only) .left-out'),
    `另有 ${notCounted} 项现在不能申请，未列入此处（测算结果中可见）：事项发生时文件有效、但文件已到期（已享有·待确认，请向责任单位确认），事项日期晚于评估日（计划中），或依据的是征求意见稿。`);
  assertPlan(groups, provincialPlan({
    // 闽工信规〔2023〕11号 二、（七）: 5,000,000 × 1% × 12/12 = 50,000 元.
    workingCapital: '50,000 元',
    // The same reward in the draft (二、（三）2, 5‰: 6,000,000 × 0.5% + 100,000 = 130,000) is counted once,
    // under the in-force provincial text: 6,000,000 × 5% + 10,000,000 × 1% = 400,000 元.
    equity: '400,000 元',
    listing: false,
    facts: SANMING.facts,
  }));
  await context.close();
});

// A Fuzhou provincial SRDI SME: Fuzhou has no document of its own, so only provincial lines.
const FUZHOU = {
  city: 'fuzhou',
  tier: 'provincial',
  recognitions: { provincial: '2024-03-01' },
  amounts: { rd_spend: '10000000', equity_transformation_fund: '30000000' },
  facts: ['provincial_listing_reserve', 'joint_lab', 'ip_enforcement', 'standards_work', 'international_exhibition'],
  loans: [
    { purpose: 'working_capital', principal: '5000000', annual_rate: '0.0365', term_months: 12, start: '2025-01-10' },
    { purpose: 'working_capital', principal: '3000000', annual_rate: '0.035', term_months: 6, start: '2025-03-20' },
    { purpose: 'working_capital', principal: '2000000', annual_rate: '0.035', term_months: 12, start: '2025-04-01', other_provincial_discount: true },
  ],
  evaluation_date: '2025-09-01',
};

test('next steps, Fuzhou (no document of its own): the provincial departments only', async () => {
  const { page, context } = await open({ fragment: shareFragment(FUZHOU) });
  await page.click('.tab:has-text("办理指引")');
  const groups = await readNextSteps(page);
  assertPlan(groups, provincialPlan({
    // 闽工信规〔2023〕11号 二、（七）“年化1%…贴息期限不超过1年…最高…20万元”: 5,000,000 × 1% × 12/12 +
    // 3,000,000 × 1% × 6/12 = 50,000 + 15,000 = 65,000 元; the third loan already has another provincial
    // discount (“不重复享受本贴息政策”).
    workingCapital: '65,000 元',
    // 二、（七）“分别给予5%、1%奖励，最高100万元”: 30,000,000 × 5% = 1,500,000 → capped at 1,000,000 元.
    equity: '1,000,000 元',
    listing: true,
    // 二、（二）“年度自主研发费用1000万元以上”: 10,000,000 qualifies (以上 is inclusive).
    facts: FUZHOU.facts,
  }));
  assert.ok(!groups.some((g) => g.level === 'county'), 'no county or district line in Fuzhou');
  const wc = dependsOn(groups, 'fj-working-capital-discount');
  assert.match(wc, /贷款1（流动资金贷款）5,000,000 元，2025-01-10 放款，期限 12 个月/);
  assert.match(wc, /贷款2（流动资金贷款）3,000,000 元，2025-03-20 放款，期限 6 个月/);
  assert.doesNotMatch(wc, /贷款3/);
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// 2. The policy library filtered by place.

// The rule (src/components/library.rs, place_ids): filtering by a place lists every entry that a
// firm located there could get —
//   a city:   the province's entries (places "fujian"), the city's own, and those of each of its
//             counties or districts (a Quanzhou firm may be in Yongchun);
//   a county: the province's, its city's and its own.
// The place list offers each city and county that some entry names.
function expectedForPlace(place) {
  const city = cities.find((c) => c.id === place);
  const ids = city ? [place, 'fujian', ...city.counties] : [place, cities.find((c) => c.counties.includes(place)).id, 'fujian'];
  return entries.filter((e) => e.places.some((p) => ids.includes(p))).map((e) => e.id).sort();
}

/** Follows the calculator's 政策库 link (`label`) to the library page, a page of its own that
 *  gets the same answers in its fragment, and waits until the library is drawn. */
async function toLibrary(page, label = '政策库') {
  const fragment = new URL(page.url()).hash;
  await Promise.all([page.waitForURL(/\/library\//), page.click(`a.tab:has-text("${label}")`)]);
  await page.waitForSelector('.library .count');
  assert.equal(new URL(page.url()).hash, fragment, 'the library page gets the answers');
}

async function shownEntries(page) {
  const ids = await page.$$eval('.library li.entry', (lis) => lis.map((li) => li.dataset.entry));
  const count = Number((await page.textContent('.library .count')).match(/\d+/)[0]);
  assert.equal(count, ids.length, 'the count matches the list');
  return ids.sort();
}

test('the library filtered to a place lists exactly the entries a firm there could get', async () => {
  const { page, context } = await open({ fragment: 'v1;d=2025-09-01' });
  await toLibrary(page);
  assert.deepEqual(await shownEntries(page), entries.map((e) => e.id).sort(), 'all 105 entries unfiltered');
  // The places offered: every city (a firm in a city without a document of its own still sees
  // the province's entries) and the counties some entry names.
  const offered = await page.$$eval('#lib-place option', (os) => os.map((o) => o.value));
  const named = new Set(entries.flatMap((e) => e.places));
  const expectedOffered = [''];
  for (const c of cities) {
    expectedOffered.push(c.id);
    for (const k of c.counties) if (named.has(k)) expectedOffered.push(k);
  }
  assert.deepEqual(offered, expectedOffered);
  assert.deepEqual(offered.slice(0, 5), ['', 'quanzhou', 'yongchun', 'xiamen', 'sanming']);
  assert.ok(offered.includes('fuzhou'));
  for (const place of offered.slice(1)) {
    await page.selectOption('#lib-place', place);
    assert.deepEqual(await shownEntries(page), expectedForPlace(place), `place ${place}`);
  }
  // By hand, from the [[entry]] blocks of each file: 15 entries of 闽工信规〔2023〕11号 (every city)
  // + 泉州 15 + 永春 15 = 45; 厦门 31 + 15 = 46; 三明 29 + 15 = 44 (catalogue 2026.12.3: the
  // entries for another role, 永春 1, 厦门 1, 三明 2, and 三明's guarantee fee split by tier).
  assert.equal(expectedForPlace('quanzhou').length, 45);
  assert.equal(expectedForPlace('yongchun').length, 45);
  assert.equal(expectedForPlace('xiamen').length, 46);
  assert.equal(expectedForPlace('sanming').length, 44);
  // Combined with the payer level: Xiamen's district lines are five: 二、（一）2 “由市级、区级分别给予一次性50万元
  // 奖励” (the district's half), 二、（二）3 “各区（管委会）对上年度设备投入100～500万元的…补助” and “上年度设备投入
  // 500万元（含）以上的按照现行工业固投补助政策执行”, 二、（四）8 “各区（管委会）牵头…提供适宜的经营场地” and
  // “鼓励各区（管委会）…新建或新增一定面积的通用厂房”.
  await page.selectOption('#lib-place', 'xiamen');
  await page.selectOption('#lib-payer', 'county');
  assert.deepEqual(await shownEntries(page),
    entries.filter((e) => e.places.includes('xiamen') && e.payer === 'county').map((e) => e.id).sort());
  assert.equal((await shownEntries(page)).length, 5);
  // Status on the evaluation date 2025-06-01: only the Quanzhou plan (published 2025-08-14) is
  // not yet in force; on that date the Sanming text is a draft whatever its window.
  await page.selectOption('#lib-payer', '');
  await page.selectOption('#lib-place', '');
  await context.close();
  const early = await open({ fragment: 'v1;d=2025-06-01' });
  await toLibrary(early.page);
  await early.page.selectOption('#lib-status', 'not_yet_in_force');
  assert.deepEqual(await shownEntries(early.page), entries.filter((e) => e.doc.id === 'quanzhou-action-plan').map((e) => e.id).sort());
  await early.page.selectOption('#lib-status', 'draft');
  assert.deepEqual(await shownEntries(early.page), entries.filter((e) => e.doc.draft).map((e) => e.id).sort());
  await early.context.close();
});

test('the library\'s tier filter lists only what a firm of that tier can get', async () => {
  // What a user expects from "层级: 国家专精特新“小巨人”企业": the entries a Little Giant can get —
  // those with no tier or a lowest tier at or below it, and no highest tier below it.
  // 厦府办规〔2024〕11号 二、（一）2 绩效奖励 is for 小巨人后备企业 only (catalogue max_tier).
  const { page, context } = await open({ fragment: 'v1;d=2025-09-01' });
  await toLibrary(page);
  const wrong = [];
  for (const tier of TIERS) {
    await page.selectOption('#lib-tier', tier);
    const rank = TIERS.indexOf(tier);
    const expected = entries.filter((e) => (!e.tier || TIERS.indexOf(e.tier) <= rank)
      && (!e.maxTier || rank <= TIERS.indexOf(e.maxTier))).map((e) => e.id);
    const shown = await shownEntries(page);
    const extra = shown.filter((id) => !expected.includes(id));
    const missing = expected.filter((id) => !shown.includes(id));
    if (extra.length || missing.length) wrong.push({ tier, extra, missing });
  }
  // The catalogue has three entries with a highest tier: the Xiamen reserve award, and 二、（四）9 “专精特新重点
  // “小巨人”、专精特新“小巨人”企业的核心技术高管按规定分别纳入本市B类、C类高层次人才认定范畴”: C类 for a
  // Little Giant only (a 重点“小巨人” gets B类, its own entry).
  // And 三明 二、（三）2 “为专精特新中小企业提供500万元以下担保贷款，为专精特新“小巨人”企业提供1000万元以下担保贷款”:
  // the 500万 half stops below 小巨人 (the 1000万 half is its own entry).
  assert.equal(entries.filter((e) => e.maxTier).map((e) => e.id).join(), 'sm-guarantee-fee,xm-reserve-performance-award,xm-little-giant-c-talent');
  // PAGE PROBLEM (this fails on the 2026-11 build): src/components/library.rs `matches` checks only
  // the lowest tier (eligibility.tier), never max_tier, so the 国家专精特新“小巨人” and 重点“小巨人”
  // filters also list xm-reserve-performance-award (厦府办规〔2024〕11号 二、（一）2, for 后备企业 only),
  // which the engine itself refuses to a Little Giant (Reason::TierTooHigh).
  assert.deepEqual(wrong, [], 'entries the tier filter shows or hides wrongly');
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// 3. The library by keyboard alone.

test('keyboard only: filters, search, an entry opened with Enter and Space, its button to the question', async () => {
  const { page, context } = await open({
    fragment: shareFragment({ city: 'quanzhou', county: 'yongchun', tier: 'provincial', evaluation_date: '2025-09-01' }),
  });
  const active = () => page.evaluate(() => {
    const a = document.activeElement;
    return { id: a?.id ?? '', tag: a?.tagName ?? '', text: a?.textContent?.trim().slice(0, 40) ?? '', entry: a?.closest('li.entry')?.dataset.entry ?? '' };
  });
  const tabUntil = async (what, ok, max = 60) => {
    for (let i = 0; i < max && !ok(await active()); i++) await page.keyboard.press('Tab');
    assert.ok(ok(await active()), `could not reach ${what} with Tab (focus on ${JSON.stringify(await active())})`);
  };
  // The view buttons come before the views: Tab to 政策库 (a link to the library's own page),
  // Enter follows it. (A link opens on its result, the focus on the result's heading: the view
  // buttons are just before it.)
  await page.waitForFunction(() => document.activeElement?.id === 'results-title');
  await page.keyboard.press('Shift+Tab');
  await tabUntil('the 政策库 link', (a) => a.tag === 'A' && a.text === '政策库');
  await Promise.all([page.waitForURL(/\/library\//), page.keyboard.press('Enter')]);
  await page.waitForSelector('.library .count');
  // The search box, then the filters, in that order.
  await tabUntil('#lib-search', (a) => a.id === 'lib-search', 10);
  await page.keyboard.type('租金');
  await page.keyboard.press('Tab');
  assert.equal((await active()).id, 'lib-place', 'the place filter follows the search box');
  for (let i = 0; i < 5 && (await page.inputValue('#lib-place')) !== 'yongchun'; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#lib-place'), 'yongchun', 'the place filter changes with the arrow keys');
  await page.keyboard.press('Tab');
  assert.equal((await active()).id, 'lib-payer');
  await page.keyboard.press('ArrowDown'); // 县（区）级
  assert.equal(await page.inputValue('#lib-payer'), 'county');
  await page.keyboard.press('Tab');
  assert.equal((await active()).id, 'lib-tier');
  await page.keyboard.press('Tab');
  assert.equal((await active()).id, 'lib-kind');
  await page.keyboard.press('Tab');
  assert.equal((await active()).id, 'lib-status');
  await page.keyboard.press('ArrowDown'); // 有效
  assert.equal(await page.inputValue('#lib-status'), 'in_force');
  // 永政办规〔2024〕1号 四、（二）2 is the only Yongchun county clause with 租金 in force on 2025-09-01.
  assert.deepEqual(await shownEntries(page), ['yc-park-rent']);
  // Tab to the entry's summary; Enter opens it, Space closes and opens it again.
  await tabUntil('the entry', (a) => a.tag === 'SUMMARY' && a.entry === 'yc-park-rent', 5);
  const open_ = () => page.$eval('li.entry[data-entry="yc-park-rent"] details', (d) => d.open);
  assert.equal(await open_(), false);
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, 'none', 'the focused entry is visibly outlined');
  await page.keyboard.press('Enter');
  assert.equal(await open_(), true, 'Enter opens the entry');
  await page.keyboard.press('Space');
  assert.equal(await open_(), false, 'Space closes it');
  await page.keyboard.press('Space');
  assert.equal(await open_(), true, 'Space opens it');
  // Its button is the next stop; Enter goes to the question that decides it (the park residency).
  await page.keyboard.press('Tab');
  const button = await active();
  assert.equal(button.tag, 'BUTTON');
  assert.equal(button.text, '去填写相关问题');
  assert.equal(button.entry, 'yc-park-rent');
  // It goes back to the calculator (same answers) on that step.
  await Promise.all([page.waitForURL((u) => !u.pathname.includes('/library/')), page.keyboard.press('Enter')]);
  await appReady(page);
  await page.waitForSelector('#park');
  assert.equal(await page.textContent('.questionnaire fieldset.step > legend'), '园区与厂房');
  await page.waitForFunction(() => document.activeElement?.id === 'park');
  // The page moved to the question: it is on screen.
  const onScreen = await page.$eval('#park', (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(onScreen, '#park is scrolled into view');
  // The button leaves the library page; a keyboard or screen-reader user must not be left on
  // <body> to Tab from the top of the calculator again (WCAG 2.4.3 focus order): the focus is on
  // the first question of the step, #park ("是否入驻专精特新（示范）园区").
  assert.equal((await active()).id, 'park', `focus after "去填写相关问题": ${JSON.stringify(await active())}`);
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// 4. Accessibility: axe-core on next steps and the library page, phone and desktop, 中文 and English.

async function axe(page, where) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  }
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone 360 px', PHONE]]) {
  for (const lang of ['zh', 'en']) {
    test(`axe-core: next steps and library, ${name}, ${lang === 'zh' ? '中文' : 'English'}`, async () => {
      const { page, context } = await open({ fragment: shareFragment(XIAMEN), viewport, bypassCSP: true });
      if (lang === 'en') {
        await page.click('#lang');
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
      }
      const [nextTab, libraryTab] = lang === 'zh' ? ['办理指引', '政策库'] : ['Next steps', 'Policy library'];
      const problems = [];
      await page.click(`.tab:has-text("${nextTab}")`);
      await page.waitForSelector('.next-steps:not(.print-only) .dept');
      problems.push(...await axe(page, 'next steps'));
      await toLibrary(page, libraryTab);
      // The library page follows the language chosen in the calculator (kept on this device).
      assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-CN' : 'en');
      problems.push(...await axe(page, 'library'));
      await page.selectOption('#lib-place', 'xiamen');
      await page.locator('li.entry[data-entry="xm-ip-pledge-discount"] summary').click();
      problems.push(...await axe(page, 'library with an entry open'));
      await page.fill('#lib-search', 'no such words');
      await page.waitForSelector('.library .empty');
      problems.push(...await axe(page, 'library with no match'));
      assert.deepEqual(problems, [], 'axe violations');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'horizontal scrolling');
      await context.close();
    });
  }
}
