//! Files made and read in the browser, with no server: downloads through a Blob URL, and the
//! words of an import (the file itself is read by the engine's JS API, as the command line reads
//! it: src/api.rs).

use crate::text::{count, t, Lang};
use srdi_engine::{describe, Profile};
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

/// What an import says when it is done: the place, the tier and the loans read
/// ("已导入：泉州市 永春县 · 小巨人 · 3 笔贷款"), and the rules version the file was made under when it
/// is not this page's.
pub fn imported_words(p: &Profile, other_version: Option<&str>, lang: Lang) -> String {
    let tx = t(lang);
    let place = describe::place(p.city.as_deref(), p.county.as_deref(), lang);
    let mut parts: Vec<String> = (!place.is_empty()).then_some(place).into_iter().collect();
    parts.extend(p.tier.map(|tier| describe::tier(tier, lang).to_string()));
    parts.push(count(p.loans.len(), tx.imported_loan, tx.imported_loans));
    let mut words = format!("{}{}", tx.imported, parts.join(" · "));
    if let Some(v) = other_version {
        words.push(' ');
        words.push_str(
            &tx.imported_other_version
                .replace("{file}", v)
                .replace("{this}", srdi_engine::CATALOGUE_VERSION),
        );
    }
    words
}
