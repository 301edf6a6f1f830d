//! Yew components rendered in headless Chromium and read back from the DOM.
#![cfg(target_arch = "wasm32")]

use srdi_calculator::components::app::{App, AppProps};
use srdi_calculator::state::{Action, Field, State};
use srdi_calculator::step::Step;
use srdi_engine::Date;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew's scheduler render.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn state(actions: Vec<Action>) -> State {
    let mut s = Rc::new(State::new(Date::parse("2025-06-01").unwrap()));
    for a in actions {
        s = s.reduce(a);
    }
    (*s).clone()
}

async fn render(initial: State) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            initial: Some(initial),
        },
    )
    .render();
    settle().await;
    root
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// The answers of a Yongchun firm first recognised as 省级专精特新 on 2024-03-01.
fn yongchun_provincial() -> Vec<Action> {
    vec![
        Action::SetCity("quanzhou".into()),
        Action::SetCounty("yongchun".into()),
        Action::SetTier("provincial".into()),
        Action::SetDate(
            Field::Recognition(srdi_engine::Tier::Provincial),
            "2024-03-01".into(),
        ),
    ]
}

/// A Yongchun firm first recognised as 省级专精特新 on 2024-03-01 sees the county's 100,000 元
/// (永政办规〔2024〕1号 四、（一）) in the total and as a line citing the document, once the line
/// is opened (its details are built only then).
#[wasm_bindgen_test]
async fn app_shows_the_yongchun_line_with_citation() {
    let actions = yongchun_provincial();
    let closed = render(state(actions.clone())).await;
    assert!(!text(&closed, "li.line[data-entry=yc-first-provincial]").contains("永政办规"));
    let s = state([actions, vec![Action::ToggleLine("yc-first-provincial")]].concat());
    let root = render(s).await;
    assert_eq!(text(&root, "#total-exact"), "100,000 元");
    let line = text(&root, "li.line[data-entry=yc-first-provincial]");
    assert!(line.contains("100,000 元"), "{line}");
    assert!(line.contains("永政办规〔2024〕1号 四、（一）"), "{line}");
    assert!(line.contains("县（区）级") || text(&root, ".level-county h3").contains("县（区）级"));
}

/// An opened line quotes its clause once the page has read the clauses' file (src/clauses.rs);
/// before that, and when it cannot be read (there is no file here), it says so instead.
#[wasm_bindgen_test]
async fn opened_line_quotes_its_clause_once_read() {
    let mut actions = yongchun_provincial();
    actions.push(Action::ToggleLine("yc-first-provincial"));
    let s = state(actions);
    let line = "li.line[data-entry=yc-first-provincial]";
    if srdi_calculator::clauses::status() != srdi_calculator::clauses::Status::Read {
        let root = render(s.clone()).await;
        assert!(text(&root, &format!("{line} .clause-missing")).contains("原文未能载入"));
        assert!(text(&root, &format!("{line} blockquote")).is_empty());
    }
    // The file as `srdi --write-clauses` writes it: entry id → clause.
    let texts = js_sys::Object::new();
    for e in srdi_engine::catalogue::ENTRIES {
        js_sys::Reflect::set(&texts, &e.id.into(), &e.clause().into()).unwrap();
    }
    srdi_calculator::clauses::set(texts.into());
    let root = render(s).await;
    // 永政办规〔2024〕1号 四、（一）, verbatim (catalogue/sources): the county's top-up award.
    let quoted = text(&root, &format!("{line} blockquote"));
    assert!(
        quoted.starts_with("对首次认定的国家专精特新“小巨人”企业、省级专精特新中小企业"),
        "{quoted}"
    );
    assert!(quoted.contains("10 万元的叠加奖励"), "{quoted}");
    assert!(text(&root, &format!("{line} .clause-missing")).is_empty());
}

/// Bad input stays in the field with a message beside it, and the result keeps the date the
/// field had when the user last left it.
#[wasm_bindgen_test]
async fn bad_date_keeps_text_and_last_result() {
    let s = state(vec![
        Action::SetCity("quanzhou".into()),
        Action::SetCounty("yongchun".into()),
        Action::SetTier("innovative".into()),
        Action::SetDate(
            Field::Recognition(srdi_engine::Tier::Innovative),
            "2024-03-01".into(),
        ),
        // The user leaves the field: 2024-03-01 is committed.
        Action::Commit,
        Action::SetDate(
            Field::Recognition(srdi_engine::Tier::Innovative),
            "2024-02-30".into(),
        ),
        Action::GoTo(Step::Tier),
    ]);
    assert_eq!(
        s.typed(Field::Recognition(srdi_engine::Tier::Innovative)),
        "2024-02-30"
    );
    let root = render(s).await;
    // 四、（一）: 创新型 1万, from the last valid date.
    assert_eq!(text(&root, "#total-exact"), "10,000 元");
    assert!(text(&root, "#rec-innovative-error").contains("没有这一天"));
    assert!(root.query_selector(".stale").unwrap().is_some());
    let input: web_sys::HtmlInputElement = root
        .query_selector("#eval-date")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "2025-06-01");
}

/// The questionnaire asks only what matters: a Jinjiang firm is never asked about Yongchun's
/// park, a Yongchun provincial firm is; the steps follow.
#[wasm_bindgen_test]
async fn steps_follow_place_and_tier() {
    let yongchun = state(vec![
        Action::SetCity("quanzhou".into()),
        Action::SetCounty("yongchun".into()),
        Action::SetTier("provincial".into()),
        Action::GoTo(Step::Park),
    ]);
    assert!(yongchun.steps().contains(&Step::Park));
    let root = render(yongchun).await;
    assert!(root.query_selector("#park").unwrap().is_some());
    assert!(root
        .query_selector("#q-park_rent_per_year")
        .unwrap()
        .is_some());
    let jinjiang = state(vec![
        Action::SetCity("quanzhou".into()),
        Action::SetCounty("jinjiang".into()),
        Action::SetTier("provincial".into()),
    ]);
    assert!(!jinjiang.steps().contains(&Step::Park));
}

/// The 永春 firm of docs/readings/time-model.md A on 2026-12-01: its four county lines were
/// earned under 永政办规〔2024〕1号, which ended on 2025-12-31 (500,000 + 100,000 + 480,000 +
/// 130,000 = 1,210,000), summed apart from what is claimable now (0), each with its standing
/// in words; the notice names the text and offers the result as of its last day.
#[wasm_bindgen_test]
async fn earned_under_an_ended_text_is_summed_apart() {
    use srdi_engine::{Occasion, Quantity, Tier};
    let mut s = Rc::new(State::new(Date::parse("2026-12-01").unwrap()));
    for a in [
        Action::SetCity("quanzhou".into()),
        Action::SetCounty("yongchun".into()),
        Action::SetTier("little_giant".into()),
        Action::SetDate(Field::Recognition(Tier::Provincial), "2024-03-01".into()),
        Action::SetDate(Field::Recognition(Tier::LittleGiant), "2025-06-10".into()),
        Action::SetPark(true),
        Action::SetAmount(Quantity::ParkRentPerYear, "2,400,000".into()),
        Action::SetAmount(Quantity::ParkRentMonths, "12".into()),
        Action::SetDate(
            Field::Occasion(Occasion::ParkRentStart),
            "2025-01-01".into(),
        ),
        Action::SetAmount(Quantity::ParkFirstYearKwh, "2600000".into()),
        Action::SetDate(Field::Occasion(Occasion::ParkMoveIn), "2025-01-01".into()),
        Action::GoTo(Step::Park),
    ] {
        s = s.reduce(a);
    }
    let root = render((*s).clone()).await;
    assert_eq!(text(&root, "#total-exact"), "0 元");
    assert_eq!(text(&root, "#total-ended"), "1,210,000 元");
    assert!(text(&root, ".time-notices").contains("永政办规〔2024〕1号 已于 2025-12-31 到期"));
    let rent = text(&root, "li.line[data-entry=yc-park-rent] summary");
    assert!(
        rent.contains("480,000 元") && rent.contains("已享有·文件已到期"),
        "{rent}"
    );
    // The date fields sit in the park step, beside the amounts they date.
    assert!(root.query_selector("#d-park_rent_start").unwrap().is_some());
    assert!(root.query_selector("#d-park_move_in").unwrap().is_some());

    // As of the text's last day everything is claimable; back to today, earned again.
    let as_of = s
        .clone()
        .reduce(Action::ViewAsOf(Date::parse("2025-12-31").unwrap()));
    assert_eq!(as_of.typed(Field::EvaluationDate), "2025-12-31");
    assert_eq!(
        as_of.report.totals.all.exact,
        srdi_engine::Decimal::from(1_210_000)
    );
    let back = as_of.reduce(Action::BackToToday);
    assert_eq!(back.profile.evaluation_date, None);
    assert_eq!(
        back.report.ended.all.exact,
        srdi_engine::Decimal::from(1_210_000)
    );
}

/// An occasion date that does not exist stays as typed with its message beside the field,
/// and the result is the last valid one.
#[wasm_bindgen_test]
async fn impossible_occasion_date_keeps_text_and_result() {
    use srdi_engine::{Occasion, Quantity};
    let s = state(vec![
        Action::SetCity("quanzhou".into()),
        Action::SetCounty("yongchun".into()),
        Action::SetTier("provincial".into()),
        Action::SetPark(true),
        Action::SetAmount(Quantity::ParkFirstYearKwh, "2600000".into()),
        Action::SetDate(Field::Occasion(Occasion::ParkMoveIn), "2025-01-01".into()),
        Action::Commit,
        Action::SetDate(Field::Occasion(Occasion::ParkMoveIn), "2024-02-30".into()),
        Action::GoTo(Step::Park),
    ]);
    assert_eq!(s.typed(Field::Occasion(Occasion::ParkMoveIn)), "2024-02-30");
    let root = render(s).await;
    assert!(text(&root, "#d-park_move_in-error").contains("没有这一天"));
    // 2,600,000 kWh × 0.05 = 130,000, moved in 2025-01-01: claimable on 2025-06-01.
    assert!(text(&root, "li.line[data-entry=yc-park-electricity]").contains("130,000 元"));
    assert!(root.query_selector(".stale").unwrap().is_some());
}

fn yongchun_park() -> Vec<Action> {
    vec![
        Action::SetCity("quanzhou".into()),
        Action::SetCounty("yongchun".into()),
        Action::SetTier("provincial".into()),
        Action::SetDate(
            Field::Recognition(srdi_engine::Tier::Provincial),
            "2024-03-01".into(),
        ),
        Action::SetPark(true),
    ]
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

fn value(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .value()
}

/// Issue 17.1: typing "2.4e6" into the rent passes through "2.4", which parses. While the
/// field does not parse, the profile (the result, the link, the exports) holds the value the
/// field had before this edit began (1,000,000 committed when the user left it), never 2.4;
/// the result and the share panel name the field, and an export is refused with a sentence.
#[wasm_bindgen_test]
async fn a_half_typed_number_never_reaches_the_profile() {
    use srdi_engine::Quantity::ParkRentPerYear as Rent;
    let mut actions = yongchun_park();
    actions.push(Action::SetAmount(Rent, "1,000,000".into()));
    actions.push(Action::Commit);
    for typed in ["2", "2.", "2.4", "2.4e", "2.4e6"] {
        actions.push(Action::SetAmount(Rent, typed.into()));
    }
    actions.push(Action::GoTo(Step::Park));
    let s = state(actions);
    let million = srdi_engine::Decimal::from(1_000_000);
    assert_eq!(s.profile.amount(Rent), Some(million));
    assert_eq!(s.typed(Field::Amount(Rent)), "2.4e6");
    let link = srdi_engine::share::encode(&s.profile);
    assert!(link.contains("park_rent_per_year:1000000"), "{link}");
    let root = render(s.clone()).await;
    assert!(text(&root, "#q-park_rent_per_year-error").contains("请输入数字"));
    let listed = text(&root, ".results .pending");
    assert!(listed.contains("园区产业用房年租金"), "{listed}");
    assert!(value(&root, "#share-url").contains("park_rent_per_year:1000000"));
    click(&root, "#export-csv");
    settle().await;
    assert!(text(&root, ".share .status").contains("未导出"));
    // Where the button beside the list goes (the focus itself: tests/e2e/inputs.test.mjs).
    let (_, step, id) = srdi_calculator::view::pending(&s).unwrap();
    assert_eq!((step, id.as_str()), (Step::Park, "q-park_rent_per_year"));

    // Without a commit in between, a value typed in the same edit never counts: "2.4" then
    // "2.4e6" leaves the rent as it was before (none).
    let mut actions = yongchun_park();
    actions.push(Action::SetAmount(Rent, "2.4".into()));
    actions.push(Action::SetAmount(Rent, "2.4e6".into()));
    assert_eq!(state(actions).profile.amount(Rent), None);
}

/// Issue 17.2: an impossible date in a loan's start says so beside it; the committed start
/// keeps the loan counted.
#[wasm_bindgen_test]
async fn an_impossible_loan_start_keeps_the_committed_one() {
    use crate::srdi_engine_loan::*;
    let mut actions = yongchun_park();
    actions.extend(filled_loan(Some(srdi_engine::LoanPurpose::ParkPremises)));
    actions.push(Action::Commit);
    actions.push(Action::SetLoanField(
        0,
        LoanField::Start,
        "2025-02-30".into(),
    ));
    actions.push(Action::GoTo(Step::Loans));
    let s = state(actions);
    assert_eq!(s.profile.loans.len(), 1);
    assert_eq!(s.profile.loans[0].start, Date::parse("2025-01-10").unwrap());
    let root = render(s).await;
    assert!(text(&root, "#loan-0-start-error").contains("没有这一天"));
    assert_eq!(value(&root, "#loan-0-start"), "2025-02-30");
    // A text field, not the browser's date input (which hands the page "" for 02/30).
    let start = root.query_selector("#loan-0-start").unwrap().unwrap();
    assert_eq!(start.get_attribute("type").as_deref(), Some("text"));
}

mod srdi_engine_loan {
    use super::*;
    pub use srdi_calculator::state::LoanField;

    /// A loan of 1,000,000 at 3.6 % for 12 months from 2025-01-10, of `purpose` (none: the
    /// select left on "choose").
    pub fn filled_loan(purpose: Option<srdi_engine::LoanPurpose>) -> Vec<Action> {
        let mut a = vec![Action::AddLoan];
        if purpose.is_some() {
            a.push(Action::SetLoanPurpose(0, purpose));
        }
        for (f, v) in [
            (LoanField::Principal, "1000000"),
            (LoanField::Rate, "3.6"),
            (LoanField::Term, "12"),
            (LoanField::Start, "2025-01-10"),
        ] {
            a.push(Action::SetLoanField(0, f, v.into()));
        }
        a
    }
}

/// Issue 17.7: 36.1 % is refused naming 36 %, not "不能超过 0"; 0.036 is asked about with a
/// one-click fix to 3.6 %; the rate read is echoed under the field.
#[wasm_bindgen_test]
async fn the_rate_names_its_bound_and_asks_about_a_fraction() {
    use crate::srdi_engine_loan::*;
    let mut actions = yongchun_park();
    actions.extend(filled_loan(Some(srdi_engine::LoanPurpose::ParkPremises)));
    actions.push(Action::SetLoanField(0, LoanField::Rate, "36.1".into()));
    actions.push(Action::GoTo(Step::Loans));
    let root = render(state(actions.clone())).await;
    let error = text(&root, "#loan-0-rate-error");
    assert!(
        error.contains("36%") && !error.contains("不能超过 0"),
        "{error}"
    );

    actions.push(Action::SetLoanField(0, LoanField::Rate, "0.036".into()));
    let root = render(state(actions)).await;
    assert!(text(&root, "#loan-0-rate-help").starts_with("= 0.036%"));
    assert!(text(&root, ".hint").contains("是否应为 3.6%"));
    click(&root, "#loan-0-rate-fix");
    // Other tests render at the same time: wait for this app's render, up to a second.
    for _ in 0..100 {
        settle().await;
        if value(&root, "#loan-0-rate") == "3.6" {
            break;
        }
    }
    assert_eq!(value(&root, "#loan-0-rate"), "3.6");
    assert!(text(&root, "#loan-0-rate-help").starts_with("= 3.6%"));
    assert!(root.query_selector(".hint").unwrap().is_none());
}

/// Issue 17.8: in 永春 a new loan has no purpose until the user picks one; until then it counts
/// nowhere, and both the loan and the result say so.
#[wasm_bindgen_test]
async fn a_new_loan_has_no_purpose_until_chosen() {
    use crate::srdi_engine_loan::*;
    let mut actions = yongchun_park();
    actions.extend(filled_loan(None));
    actions.push(Action::GoTo(Step::Loans));
    let s = state(actions);
    assert_eq!(s.loans[0].purpose, None);
    assert!(s.profile.loans.is_empty());
    let root = render(s.clone()).await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#loan-0-purpose")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(select.value(), "");
    assert!(text(&root, "#loan-0-purpose-help").contains("请选择用途"));
    let result = text(&root, ".results .pending");
    assert!(
        result.contains("贷款 1 未计入测算") && result.contains("未选用途"),
        "{result}"
    );
    let chosen = Rc::new(s).reduce(Action::SetLoanPurpose(
        0,
        Some(srdi_engine::LoanPurpose::ParkPremises),
    ));
    assert_eq!(chosen.profile.loans.len(), 1);
}

/// Issue 17.13: at most 50 loans: the 51st is not added, and the button says why.
#[wasm_bindgen_test]
async fn the_add_loan_button_stops_at_fifty() {
    let mut actions = yongchun_park();
    actions.extend(std::iter::repeat_n(Action::AddLoan, 51));
    actions.push(Action::GoTo(Step::Loans));
    let s = state(actions);
    assert_eq!(s.loans.len(), 50);
    let root = render(s).await;
    let add = root.query_selector("#add-loan").unwrap().unwrap();
    assert!(add.has_attribute("disabled"));
    assert!(text(&root, "#loans-max").contains("最多 50 笔贷款"));
}
