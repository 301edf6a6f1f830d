//! Files made and read in the browser, with no server: downloads through a Blob URL, imports
//! from a picked file.

use srdi_engine::Profile;
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

/// Reads the answers of an exported document from its `share` field, with the share-link
/// reader: what cannot be read is reported, the rest kept. (Reading the `profile` object instead
/// would put a second deserializer in the page for the same answers.)
pub fn import_json(text: &str) -> Result<(Profile, Vec<String>), String> {
    let value = js_sys::JSON::parse(text).map_err(|_| "not JSON".to_string())?;
    let share = js_sys::Reflect::get(&value, &JsValue::from_str("share"))
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| "no \"share\" field: not a file exported by this page".to_string())?;
    let (profile, bad) = srdi_engine::share::decode(&share);
    Ok((profile, bad.into_iter().map(|b| b.0).collect()))
}
