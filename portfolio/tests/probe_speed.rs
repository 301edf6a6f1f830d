use srdi_engine::describe::Lang;
use srdi_engine::template;
use std::time::Instant;
#[test]
fn probe_speed() {
    let head = "企业名称,城市,区县,层级,专精特新中小企业首次认定日,小巨人首次认定日,入驻园区（是/否）,园区产业用房年租金（元）,租用月数（月）,入驻第一年用电量（千瓦时）,评估日";
    let mut text = String::from(head);
    for i in 0..2000 { text += &format!("\n永春甲公司{i},泉州市,永春县,小巨人,2024-03-01,2024-06-15,是,300万,12,2500000,2025-06-01"); }
    let t = Instant::now();
    let grid = template::csv_rows(&text);
    eprintln!("csv_rows {:?}", t.elapsed());
    let t = Instant::now();
    let firms = template::read_grid(&grid);
    eprintln!("read_grid {:?}", t.elapsed());
    let day = srdi_engine::Date::parse("2026-12-01").unwrap();
    let t = Instant::now();
    let sums: Vec<_> = firms.iter().map(|f| template::evaluate_firm(f, day)).collect();
    eprintln!("evaluate_firm {:?}", t.elapsed());
    let t = Instant::now();
    let p = firms[0].profile.as_ref().unwrap();
    for _ in 0..2000 { srdi_engine::evaluate(p, day); }
    eprintln!("evaluate {:?}", t.elapsed());
    let t = Instant::now();
    let mut b = srdi_portfolio::book::Book::of_grid(grid.clone()).unwrap();
    let v = b.next_rows(2000, day, Lang::Zh);
    eprintln!("next_rows {:?}", t.elapsed());
    let t = Instant::now();
    let s = serde_json::to_string(&v).unwrap();
    eprintln!("json {:?} {}", t.elapsed(), s.len());
    let _ = sums;
}
