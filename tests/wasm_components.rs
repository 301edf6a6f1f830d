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

/// A Yongchun firm first recognised as 省级专精特新 on 2024-03-01 sees the county's 100,000 元
/// (永政办规〔2024〕1号 四、（一）) in the total and as a line citing the document.
#[wasm_bindgen_test]
async fn app_shows_the_yongchun_line_with_citation() {
    let s = state(vec![
        Action::SetCity("quanzhou".into()),
        Action::SetCounty("yongchun".into()),
        Action::SetTier("provincial".into()),
        Action::SetDate(
            Field::Recognition(srdi_engine::Tier::Provincial),
            "2024-03-01".into(),
        ),
    ]);
    let root = render(s).await;
    assert_eq!(text(&root, "#total-exact"), "100,000 元");
    let line = text(&root, "li.line[data-entry=yc-first-provincial]");
    assert!(line.contains("100,000 元"), "{line}");
    assert!(line.contains("永政办规〔2024〕1号 四、（一）"), "{line}");
    assert!(line.contains("县（区）级") || text(&root, ".level-county h3").contains("县（区）级"));
}

/// Bad input stays in the field with a message beside it, and the last valid result stays.
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
