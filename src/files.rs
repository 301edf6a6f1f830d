//! Files made and read in the browser, with no server: downloads through a Blob URL, the
//! exported JSON written by the engine, imports from a picked file read by the engine.

use crate::text::{amount_error, count, t, Lang};
use srdi_engine::export::Export;
use srdi_engine::money::AmountError;
use srdi_engine::profile::{read_document, Imported, Tree};
use srdi_engine::{catalogue, describe, Problem, Profile, Report};
use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The exported JSON document, written by the engine (the CLI prints the same text).
pub fn export_json(profile: &Profile, report: &Report) -> Result<String, JsValue> {
    Export::new(profile, report, crate::today())
        .to_json()
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Reads a file brought back with the engine's one reader (`profile::read_document`, which the
/// CLI uses too): an exported document's `profile`, or a bare profile (examples/*.json). The
/// error names each field at fault with a short reason in the page's language (the CLI says
/// more, with `describe::problem`, whose long hints the first load cannot afford).
pub fn import_json(text: &str, lang: Lang) -> Result<Imported, String> {
    let tx = t(lang);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = js_sys::JSON::parse(text).map_err(|_| tx.import_not_json.to_string())?;
    read_document(&tree(&value)).map_err(|errors| {
        let words: Vec<String> = errors
            .iter()
            .map(|e| format!("{}{}{}", e.field, tx.colon, why(&e.problem, lang)))
            .collect();
        words.join(tx.list_sep)
    })
}

/// Why a field of a file was refused, in a few words; the page's own words where it has them.
fn why(problem: &Problem, lang: Lang) -> String {
    let tx = t(lang);
    let word = |i: usize| tx.import_problems[i].to_string();
    match problem {
        Problem::Unreadable { .. } => word(0),
        Problem::UnknownField => word(1),
        Problem::OutOfRange { .. } => word(2),
        Problem::UnknownPlace => word(3),
        Problem::CountyNotInCity => word(4),
        Problem::RecognitionAboveTier => word(5),
        Problem::TierNotOfferedHere => word(6),
        Problem::Missing => tx.not_filled.to_string(),
        Problem::TooMany { .. } => tx.loans_max.to_string(),
        Problem::TooPrecise { max_dp } => {
            amount_error(lang, &AmountError::TooPrecise { max_dp: *max_dp }, false)
        }
    }
}

/// A value from `JSON.parse` as the engine's reader takes it; numbers as JavaScript prints them.
fn tree(v: &JsValue) -> Tree {
    if let Some(b) = v.as_bool() {
        Tree::Bool(b)
    } else if let Some(s) = v.as_string() {
        Tree::Text(s)
    } else if v.as_f64().is_some() {
        Tree::Number(String::from(
            v.unchecked_ref::<js_sys::Number>()
                .to_string_with_radix(10)
                .unwrap_or_default(),
        ))
    } else if js_sys::Array::is_array(v) {
        let items: &js_sys::Array = v.unchecked_ref();
        Tree::List(items.iter().map(|x| tree(&x)).collect())
    } else if v.is_object() {
        // Each entry is a [key, value] array (`Object.entries`), in the file's order.
        let entries = js_sys::Object::entries(v.unchecked_ref());
        Tree::Map(
            entries
                .iter()
                .map(|kv| {
                    let kv: &js_sys::Array = kv.unchecked_ref();
                    (kv.get(0).as_string().unwrap_or_default(), tree(&kv.get(1)))
                })
                .collect(),
        )
    } else {
        Tree::Null
    }
}

/// What an import says when it is done: the place, the tier and the loans read
/// ("已导入：永春县 · 小巨人 · 3 笔贷款"), and the rules version the file was made under when it
/// is not this page's.
pub fn imported_words(imported: &Imported, lang: Lang) -> String {
    let tx = t(lang);
    let p = &imported.profile;
    let zh = lang == Lang::Zh;
    let name = |zh_name: &'static str, en_name: &'static str| if zh { zh_name } else { en_name };
    let place = p
        .county
        .as_deref()
        .and_then(catalogue::county)
        .map(|(_, k)| name(k.name, k.name_en))
        .or_else(|| {
            p.city
                .as_deref()
                .and_then(catalogue::city)
                .map(|c| name(c.name, c.name_en))
        });
    let mut parts: Vec<String> = place.into_iter().map(String::from).collect();
    parts.extend(p.tier.map(|tier| describe::tier(tier, lang).to_string()));
    parts.push(count(p.loans.len(), tx.imported_loan, tx.imported_loans));
    let mut words = format!("{}{}", tx.imported, parts.join(" · "));
    if let Some(v) = imported.other_version() {
        words.push(' ');
        words.push_str(
            &tx.imported_other_version
                .replace("{file}", v)
                .replace("{this}", srdi_engine::CATALOGUE_VERSION),
        );
    }
    words
}
