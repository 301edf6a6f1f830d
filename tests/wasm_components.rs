//! Yew components rendered in headless Chromium and read back from the DOM.
#![cfg(target_arch = "wasm32")]

use srdi_calculator::components::app::{App, AppProps};
use srdi_calculator::state::{Action, Field, State, Step};
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
