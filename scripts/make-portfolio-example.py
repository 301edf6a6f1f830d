#!/usr/bin/env python3
"""Writes examples/portfolio-50.csv: 50 firms in the portfolio template (docs/template.md), typed
the way people type them, some rows broken on purpose (each differently). The .xlsx and GBK
copies are made from it by `UPDATE_EXAMPLES=1 cargo test -p srdi-cli --test batch`.
Run from the repository root: python3 scripts/make-portfolio-example.py"""
import csv, io

header = next(csv.reader(io.StringIO(open('examples/portfolio-template.csv', encoding='utf-8-sig').read())))
REC = {'innovative': '创新型中小企业首次认定日', 'provincial': '专精特新中小企业首次认定日', 'little_giant': '小巨人首次认定日'}

def firm(name, city='', county='', tier='', **cells):
    row = {'企业名称': name, '城市': city, '区县': county, '层级': tier}
    for k, v in cells.items():
        row[REC.get(k, k)] = v
    return row

def loan(n, purpose, principal, rate, term, start, other=''):
    return {f'贷款{n}用途': purpose, f'贷款{n}本金（元）': principal, f'贷款{n}年利率（%）': rate,
            f'贷款{n}期限（月）': term, f'贷款{n}起始日': start, f'贷款{n}已享其他省级贴息（是/否）': other}

rows = [
    # Hand-worked rows (bindings/cli/tests/batch.rs), rows 2-13.
    firm('永春甲精密机械有限公司', '泉州', '永春县', '专精特新中小企业', provincial='2024-03-01'),
    firm('永春乙新材料股份有限公司', '泉州市', '永春', '国家专精特新“小巨人”', provincial='2024/3/1', little_giant='2024年6月15日'),
    firm('永春丙陶瓷有限公司', '', '永春县', '专精特新', provincial='2023-06-01',
         **{'入驻园区（是/否）': '是', '入驻第一年用电量（千瓦时）': '250万', '入驻园区日期': '2024-05-01',
            '园区产业用房年租金（元）': '3,000,000', '租用月数（月）': '12', '租金补贴期起始日': '2024-05-01'}),
    firm('永春丁食品有限公司', '泉州', '永春', '专精特新', provincial='2023-06-01',
         **{'入驻园区（是/否）': 'Y', '园区产业用房年租金（元）': '100万', '租用月数（月）': '6个月', '租金补贴期起始日': '2024-07-01'},
         **loan(1, '园区用房', '2000万', '4%', '24', '2024-07-01')),
    firm('厦门思明戊科技有限公司', '厦门', '思明区', '小巨人', provincial='2023-05-01', little_giant='2024-10-01'),
    firm('厦门湖里己电子有限公司', '厦门市', '湖里', '专精特新中小企业',
         **{'管理咨询服务实际费用（元）': '20万', '管理咨询费支付日期': '2025-05-01',
            '国内贸易信用保险保险金额（元）': '10,000,000', '国内贸易信用保险实缴保费（元）': '100000', '信用保险投保日期': '2025-04-01'}),
    firm('福州庚智能装备有限公司', '福州', '鼓楼区', '专精特新中小企业', **loan(1, '流动资金', '500万', '3.6%', '12', '2025-03-01')),
    firm('福州辛医疗器械有限公司', '福州市', '', '专精特新',
         **loan(1, '流动资金贷款', '8,000,000', '0.04', '6个月', '2025/9/1'),
         **loan(2, '流动资金', '3000000', '3.2', '12', '2025-10-01', '是')),
    firm('福州壬生物科技有限公司', 'Fuzhou', '', '创新型中小企业',
         **{'国家制造业转型升级基金股权投资实际到资额（元）': '1000万', '中小企业发展基金股权投资实际到资额（元）': '２０００万',
            '股权投资实际到资日': '2025-01-10'}),
    firm('三明永安癸化工有限公司', '三明', '永安市', '专精特新', provincial='2024-05-01'),
    firm('三明沙县子机械有限公司', '三明市', '沙县区', '创新型',
         **{'国家制造业转型升级基金股权投资实际到资额（元）': '10000000', '股权投资实际到资日': '2025-01-10'}),
    firm('晋江丑鞋服有限公司', '泉州', '晋江市', '专精特新中小企业', provincial='2024-09-01'),
    # Broken on purpose, each differently, rows 14-25.
    firm('错例·金额写成汉字', '泉州', '永春', '专精特新', **{'年度自主研发费用（元）': '五十万'}),
    firm('错例·没有这一天', '泉州', '永春', '专精特新', provincial='2024-02-30'),
    firm('错例·省外城市', '上海', '', '专精特新'),
    firm('错例·没有的区县', '泉州', '永春镇', '专精特新'),
    firm('错例·不认识的层级', '厦门', '集美区', '金牌企业'),
    firm('错例·贷款缺利率', '福州', '', '专精特新', **{'贷款1用途': '流动资金', '贷款1本金（元）': '100万', '贷款1期限（月）': '12', '贷款1起始日': '2025-04-01'}),
    firm('错例·利率过高', '福州', '', '专精特新', **loan(1, '流动资金', '100万', '40%', '12', '2025-04-01')),
    firm('错例·是否写成可能', '泉州', '永春', '专精特新', **{'入驻园区（是/否）': '可能'}),
    firm('错例·区县不属城市', '厦门', '永春', '专精特新'),
    firm('错例·认定高于层级', '三明', '三元区', '创新型中小企业', little_giant='2024-08-01'),
    firm('错例·后备不在厦门', '泉州', '丰泽区', '小巨人后备'),
    firm('错例·两格都错', '漳州', '', '专精特新', **{'数字化改造实际投入（元）': '-5万'}, **loan(1, '流动资金', '100万', '3.5%', '十二个月', '2025-04-01')),
]

# Filler rows of every kind of place, rows 26-51: good, varied in how they are typed.
places = [('泉州', '永春县'), ('泉州', '南安市'), ('泉州', '安溪县'), ('泉州', '德化'), ('泉州', '石狮市'),
          ('厦门', '海沧区'), ('厦门', '集美'), ('厦门', '同安区'), ('厦门', '翔安区'), ('厦门', '火炬高新区'),
          ('三明', '三元区'), ('三明', '明溪县'), ('三明', '尤溪'), ('三明', '将乐县'), ('三明', '泰宁县'),
          ('福州', '仓山区'), ('福州', ''), ('漳州', ''), ('莆田', ''), ('龙岩', ''), ('宁德', ''),
          ('南平', ''), ('平潭', ''), ('', '晋江'), ('', '建宁县'), ('', '')]
tiers = ['创新型中小企业', '专精特新中小企业', '小巨人', '专精特新', '创新型', '重点小巨人']
for i, (city, county) in enumerate(places):
    tier = tiers[i % len(tiers)]
    cells = {}
    if tier in ('专精特新中小企业', '专精特新'):
        cells['provincial'] = f'2025-0{1 + i % 9}-15'
    if tier == '小巨人' or tier == '重点小巨人':
        cells['provincial'] = '2022-05-01'
        cells['little_giant'] = f'2025/{1 + i % 12}/1'
    if tier in ('创新型中小企业', '创新型'):
        cells['innovative'] = f'２０２５年{1 + i % 12}月２日'
    cells['年度自主研发费用（元）'] = ['120万', '1,200,000', '３５０万元', '800000'][i % 4]
    cells['与高校院所共建联合实验室（是/否）'] = ['是', 'N', '否', 'Y'][i % 4]
    if i % 3 == 0 and tier != '创新型中小企业' and tier != '创新型':
        cells.update(loan(1, '流动资金', f'{(i + 1) * 100}万', '3.45%', '1年', '2025-06-01'))
    if city == '厦门' and tier != '创新型中小企业' and tier != '创新型':
        cells['数字化改造实际投入（元）'] = '50万'
        cells['数字化改造完成日期'] = '2025-03-31'
    rows.append(firm(f'示例企业{i + 1:02d}（{city or "福建"}{county}）', city, county, tier, **cells))

assert len(rows) == 50, len(rows)
for r in rows:
    for k in r:
        assert k in header, k
out = io.StringIO()
w = csv.writer(out, lineterminator='\r\n')
w.writerow(header)
for r in rows:
    w.writerow([r.get(h, '') for h in header])
open('examples/portfolio-50.csv', 'w', encoding='utf-8-sig', newline='').write(out.getvalue())
print('examples/portfolio-50.csv:', len(rows), 'firms,', len(header), 'columns')
