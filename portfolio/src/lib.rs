//! srdi-portfolio: the wasm of the portfolio page (portfolio/www/index.html), beside the calculator
//! and built from the same engine. Many firms from a spreadsheet ([`book`]), and two firms side
//! by side ([`compare`]); the page's script (portfolio/www/app.js) only lays out what these
//! functions return as JSON, in words of the page's language.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod book;
pub mod compare;
pub mod words;

use srdi_engine::describe::Lang;
use srdi_engine::{share, Date};
use wasm_bindgen::prelude::*;

/// The browser's today ("YYYY-MM-DD"), or the catalogue's review day if it cannot be read.
fn day(text: &str) -> Date {
    Date::parse(text).unwrap_or(srdi_engine::RULES_REVIEWED)
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// Two share-link fragments side by side (the `#compare&a=…&an=…&b=…&bn=…` link), as JSON of
/// [`compare::Comparison`]. A part of a link that cannot be read is left out, as the
/// calculator does; the parts left out are listed in `unread`.
#[wasm_bindgen(js_name = compareLinks)]
pub fn compare_links(
    a: &str,
    a_name: &str,
    b: &str,
    b_name: &str,
    today: &str,
    lang_code: &str,
) -> String {
    let firm = |fragment: &str, name: &str| {
        let (profile, bad) = share::decode(fragment);
        let firm = compare::Firm {
            name: name.to_string(),
            profile,
        };
        (firm, bad.into_iter().map(|b| b.0).collect::<Vec<_>>())
    };
    let (fa, ua) = firm(a, a_name);
    let (fb, ub) = firm(b, b_name);
    let c = compare::compare(&fa, &fb, day(today), Lang::from_code(lang_code));
    json(&serde_json::json!({ "comparison": c, "unread": [ua, ub] }))
}

/// The template (headers only, Chinese as the reader expects them) as a CSV file for Excel/WPS.
#[wasm_bindgen(js_name = templateCsv)]
pub fn template_csv(_lang_code: &str) -> String {
    srdi_engine::template::template_csv()
}

/// The template's file name.
#[wasm_bindgen(js_name = templateFileName)]
pub fn template_file_name(lang_code: &str) -> String {
    match Lang::from_code(lang_code) {
        Lang::Zh => "专精特新企业清单模板.csv".into(),
        Lang::En => "srdi-portfolio-template.csv".into(),
    }
}
