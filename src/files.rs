//! Files made and read in the browser, with no server: downloads through a Blob URL, and the
//! words of an import (the file itself is read by the engine's JS API, as the command line reads
//! it: src/api.rs).

use crate::text::{count, t, Lang};
use srdi_engine::{catalogue, describe, Profile};
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
/// ("已导入：永春县 · 小巨人 · 3 笔贷款"), and the rules version the file was made under when it
/// is not this page's.
pub fn imported_words(p: &Profile, other_version: Option<&str>, lang: Lang) -> String {
    let tx = t(lang);
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
