//! Bureau for JavaScript: the engine's JSON operations as a wasm-bindgen module.
//!
//! Built twice from this source: the *core* module (without the `render` feature: no typst,
//! no fonts; PDF and PNG are refused with `render.unavailable`) and the *renderer* module (with
//! it). The JS wrapper loads the core first and the renderer on the first PDF or preview.
//!
//! Inputs are JSON text, bytes (`Uint8Array`) or plain objects (serialised with
//! `JSON.stringify`, so a number where a decimal belongs is reported, not rounded); results are
//! plain objects parsed from the engine's JSON, so `JSON.stringify(result)` gives the same
//! bytes as every other surface. Failures throw a `BureauError` (an `Error` with `code`,
//! `errors` and `raw`, the error body's exact text).
#![forbid(unsafe_code)]

use js_sys::{Reflect, Uint8Array, JSON};
use wasm_bindgen::prelude::*;

/// The input's bytes, whichever form it came in.
fn input_bytes(value: &JsValue, name: &str) -> Result<Vec<u8>, JsValue> {
    if let Some(s) = value.as_string() {
        return Ok(s.into_bytes());
    }
    if value.is_instance_of::<Uint8Array>() {
        return Ok(Uint8Array::new(value).to_vec());
    }
    if value.is_object() {
        let text = JSON::stringify(value)
            .map_err(|_| fail(argument_error(name, "cannot be written as JSON (a cycle or a BigInt?)")))?;
        return Ok(String::from(text).into_bytes());
    }
    if value.is_null() || value.is_undefined() {
        let missing = bureau::Problem::new(
            bureau::Code::ArgumentNull,
            "",
            format!("The argument `{name}` is missing; pass JSON text, a Uint8Array or a plain object."),
        );
        return Err(fail(bureau::Error::Rejected(vec![missing])));
    }
    Err(fail(argument_error(name, "must be JSON text, a Uint8Array or a plain object")))
}

fn argument_error(name: &str, what: &str) -> bureau::Error {
    bureau::Error::Rejected(vec![bureau::Problem::new(
        bureau::Code::ArgumentInvalid,
        "",
        format!("The argument `{name}` {what}."),
    )])
}

/// A `BureauError` for `e`.
fn fail(e: bureau::Error) -> JsValue {
    let body = e.to_json();
    let raw = String::from_utf8_lossy(&body).into_owned();
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("BureauError");
    let obj: &JsValue = err.as_ref();
    let _ = Reflect::set(obj, &"code".into(), &e.code().into());
    if let Ok(parsed) = JSON::parse(&raw) {
        let _ =
            Reflect::set(obj, &"errors".into(), &Reflect::get(&parsed, &"errors".into()).unwrap_or(JsValue::UNDEFINED));
    }
    let _ = Reflect::set(obj, &"raw".into(), &raw.into());
    err.into()
}

fn finish(result: Result<Vec<u8>, bureau::Error>) -> Result<JsValue, JsValue> {
    let bytes = result.map_err(fail)?;
    let text = String::from_utf8(bytes).map_err(|e| fail(bureau::Error::Internal(e.to_string())))?;
    JSON::parse(&text)
        .map_err(|_| fail(bureau::Error::Internal("the engine produced JSON that JavaScript cannot parse".into())))
}

/// The ABI version of this module (the same number as the C library's).
#[wasm_bindgen(js_name = abiVersion)]
pub fn abi_version() -> u32 {
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    n(env!("CARGO_PKG_VERSION_MAJOR")) * 1000 + n(env!("CARGO_PKG_VERSION_MINOR"))
}

/// Whether this module renders PDF and PNG (the renderer module) or only JSON (the core).
#[wasm_bindgen(js_name = hasRenderer)]
pub fn has_renderer() -> bool {
    cfg!(feature = "render")
}

/// Sets this module's engine options: `{}` (the defaults) or `{ limits: { lines: 500, … } }`
/// to lower its limits for every later call. Bad options throw `options.invalid`.
#[wasm_bindgen]
pub fn configure(options: JsValue) -> Result<(), JsValue> {
    let bytes = input_bytes(&options, "options")?;
    let limits = bureau::api::engine_options(&bytes).map_err(fail)?;
    bureau::limits::set_default(limits);
    Ok(())
}

/// Test hook: traps this module as a bug in the engine would (a panic aborts in WASM), so the
/// wrapper's recovery is tested with a real trap. Calling it only costs a module reset.
#[wasm_bindgen(js_name = "__trapForTests")]
#[allow(clippy::panic, reason = "the trap a test asks for")]
pub fn trap_for_tests() {
    panic!("a trap a test asked for");
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Checks a project, partner directory or proforma: `{ ok, format, warnings }`.
#[wasm_bindgen]
pub fn validate(document: JsValue) -> Result<JsValue, JsValue> {
    let bytes = input_bytes(&document, "document")?;
    finish(bureau::api::validate(&bytes))
}

/// Splits a project into segments; with `previous` (or `undefined`), adds the diff.
#[wasm_bindgen]
pub fn segment(project: JsValue, previous: JsValue) -> Result<JsValue, JsValue> {
    let bytes = input_bytes(&project, "project")?;
    let prev =
        if previous.is_undefined() || previous.is_null() { None } else { Some(input_bytes(&previous, "previous")?) };
    finish(bureau::api::segment(&bytes, prev.as_deref()))
}

/// The Back Office's reconciliation of a source's `proforma/1` against its segment, with
/// `settings` (or `undefined`): `{ tolerances?, fx?, rounding?, format?, …document settings }`.
/// Returns the bytes of the report (`format` `"json"`, the default), or of its PDF or PNG.
#[wasm_bindgen]
pub fn reconcile(project: JsValue, proforma: JsValue, settings: JsValue) -> Result<Uint8Array, JsValue> {
    let project = input_bytes(&project, "project")?;
    let proforma = input_bytes(&proforma, "proforma")?;
    let settings =
        if settings.is_undefined() || settings.is_null() { None } else { Some(input_bytes(&settings, "settings")?) };
    let bytes = bureau::api::reconcile(&project, &proforma, settings.as_deref()).map_err(fail)?;
    Ok(Uint8Array::from(bytes.as_slice()))
}

/// The Front Office's client invoice: `request` is `{ segments, seller, costs?, proformas?,
/// format?, …settings }`. Returns the bytes of `{ invoice, warnings }` (`format` `"json"`, the
/// default), the PDF or a PNG preview: the same bytes as every other surface.
#[wasm_bindgen]
pub fn invoice(project: JsValue, request: JsValue) -> Result<Uint8Array, JsValue> {
    let project = input_bytes(&project, "project")?;
    let request = input_bytes(&request, "request")?;
    let bytes = bureau::api::invoice(&project, &request).map_err(fail)?;
    Ok(Uint8Array::from(bytes.as_slice()))
}

/// An amount in words: `{ amount, currency, language }` → `{ text }`.
#[wasm_bindgen]
pub fn words(request: JsValue) -> Result<JsValue, JsValue> {
    let bytes = input_bytes(&request, "request")?;
    finish(bureau::api::words(&bytes))
}

/// The catalogue of error and warning codes.
#[wasm_bindgen]
pub fn codes() -> Result<JsValue, JsValue> {
    finish(bureau::api::codes())
}

/// One document: `request` is `{ kind, segment?, format?, …settings }`. Returns the file's
/// bytes: the PDF (`format` `"pdf"`, the default), a PNG preview, a spreadsheet or CSV (`"xlsx"`,
/// `"csv"`), or for `"json"` the text of `{ document, warnings }`. Same project and request, same bytes as every other surface.
#[wasm_bindgen]
pub fn document(project: JsValue, request: JsValue) -> Result<Uint8Array, JsValue> {
    let project = input_bytes(&project, "project")?;
    let request = input_bytes(&request, "request")?;
    let bytes = bureau::api::document(&project, &request).map_err(fail)?;
    Ok(Uint8Array::from(bytes.as_slice()))
}

/// A partner directory loaded once into an index: query it with `recommend` and `letter` as
/// often as needed, change it with `update`. Free it with `free()` when done.
#[wasm_bindgen]
pub struct Directory {
    index: bureau::partners::PartnerIndex,
    summary: Vec<u8>,
}

#[wasm_bindgen]
impl Directory {
    /// Loads a `partner-directory/1`; throws a BureauError listing every problem.
    #[wasm_bindgen(constructor)]
    pub fn new(directory: JsValue) -> Result<Directory, JsValue> {
        let bytes = input_bytes(&directory, "directory")?;
        let (index, summary) = bureau::api::load_directory(&bytes).map_err(fail)?;
        Ok(Directory { index, summary })
    }

    /// What was loaded: `{ companies, partnerships, warnings }`.
    pub fn summary(&self) -> Result<JsValue, JsValue> {
        finish(Ok(self.summary.clone()))
    }

    /// Applies an update (companies and partnerships to add or replace; `expired` ends a
    /// partnership): `{ companies_added, partnerships_added, … }`. A rejected update changes nothing.
    pub fn update(&mut self, update: JsValue) -> Result<JsValue, JsValue> {
        let bytes = input_bytes(&update, "update")?;
        finish(bureau::api::update_directory(&mut self.index, &bytes))
    }

    /// The directory as it stands, updates applied: `partner-directory/1` bytes to save and
    /// load next time.
    pub fn save(&self) -> Result<Uint8Array, JsValue> {
        let bytes = bureau::api::save_directory(&self.index).map_err(fail)?;
        Ok(Uint8Array::from(bytes.as_slice()))
    }

    /// Supplier recommendations for a project, with `options` (or `undefined`):
    /// `{ needs, ranking, cover, uncovered, proposals, … }`.
    pub fn recommend(&self, project: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let project = input_bytes(&project, "project")?;
        let options =
            if options.is_undefined() || options.is_null() { None } else { Some(input_bytes(&options, "options")?) };
        finish(bureau::api::recommend(&project, &self.index, options.as_deref()))
    }

    /// A partnership proposal letter: `request` is `{ manufacturer, supplier?, format?, …settings }`.
    /// Returns the PDF (default) or PNG bytes, or for `"json"` the bytes of `{ letter, warnings }`.
    pub fn letter(&self, project: JsValue, request: JsValue) -> Result<Uint8Array, JsValue> {
        let project = input_bytes(&project, "project")?;
        let request = input_bytes(&request, "request")?;
        let bytes = bureau::api::letter(&project, &self.index, &request).map_err(fail)?;
        Ok(Uint8Array::from(bytes.as_slice()))
    }
}

/// A deal: one project in Office, changed by `apply`, saved with `json()` and loaded back with
/// `Deal.load`. Free it with `free()` when done. Deals live in the core module only (the JS
/// wrapper opens them there), so the renderer module carries no deal code.
#[cfg(not(feature = "render"))]
#[wasm_bindgen]
pub struct Deal {
    deal: bureau::deal::Deal,
    opened: Vec<u8>,
}

#[cfg(not(feature = "render"))]
#[wasm_bindgen]
impl Deal {
    /// Opens a deal on a project. Throws a BureauError listing every problem of a bad project.
    #[wasm_bindgen(constructor)]
    pub fn new(project: JsValue) -> Result<Deal, JsValue> {
        let bytes = input_bytes(&project, "project")?;
        let (deal, opened) = bureau::api::deal_new(&bytes, None).map_err(fail)?;
        Ok(Deal { deal, opened })
    }

    /// Opens a deal on a project with a directory: the segments that need a supplier list the
    /// recommended ones.
    #[wasm_bindgen(js_name = openWith)]
    pub fn open_with(project: JsValue, directory: &Directory) -> Result<Deal, JsValue> {
        let bytes = input_bytes(&project, "project")?;
        let (deal, opened) = bureau::api::deal_new(&bytes, Some(&directory.index)).map_err(fail)?;
        Ok(Deal { deal, opened })
    }

    /// A saved deal (`deal/1`), rebuilt by replaying its event log; a cut, edited or newer file
    /// throws (`json.syntax`, `deal.tampered`, `deal.format_newer`).
    pub fn load(saved: JsValue) -> Result<Deal, JsValue> {
        let bytes = input_bytes(&saved, "deal")?;
        let deal = bureau::api::deal_load(&bytes).map_err(fail)?;
        Ok(Deal { deal, opened: Vec::new() })
    }

    /// The deal as it was opened (its `deal/1` bytes; empty for a loaded deal).
    pub fn opened(&self) -> Uint8Array {
        Uint8Array::from(self.opened.as_slice())
    }

    /// Applies an action for its actor: `{ version, repeated, events, warnings }`. A refusal
    /// throws and leaves the deal as it was.
    pub fn apply(&mut self, action: JsValue) -> Result<JsValue, JsValue> {
        let bytes = input_bytes(&action, "action")?;
        finish(bureau::api::deal_apply(&mut self.deal, &bytes, None))
    }

    /// As `apply`, with a directory: refusals carry recommended suppliers, invitations find
    /// companies in it.
    #[wasm_bindgen(js_name = applyWith)]
    pub fn apply_with(&mut self, action: JsValue, directory: &Directory) -> Result<JsValue, JsValue> {
        let bytes = input_bytes(&action, "action")?;
        finish(bureau::api::deal_apply(&mut self.deal, &bytes, Some(&directory.index)))
    }

    /// The deal as `deal/1` bytes, for the host to save.
    pub fn json(&self) -> Result<Uint8Array, JsValue> {
        let bytes = self.deal.to_json().map_err(fail)?;
        Ok(Uint8Array::from(bytes.as_slice()))
    }

    /// What `audience` (a company id of the deal, or `client`) may see.
    pub fn view(&self, audience: &str) -> Result<JsValue, JsValue> {
        finish(bureau::api::deal_view(&self.deal, audience))
    }

    /// A document of the deal for one party (`request`: `audience`, an issued document's
    /// `number` or the `report` with its `as_of`, `format`): its bytes. This module answers
    /// JSON, XLSX and CSV; PDF and PNG are `render.unavailable` here (the JS wrapper asks the
    /// renderer's `dealDocument`).
    pub fn document(&self, request: JsValue) -> Result<Uint8Array, JsValue> {
        let request = input_bytes(&request, "request")?;
        let bytes = bureau::api::deal_document(&self.deal, &request).map_err(fail)?;
        Ok(Uint8Array::from(bytes.as_slice()))
    }
}

/// A document of a saved deal (`deal/1` bytes, loaded by replay) for one party: how the
/// renderer prints a deal that lives in the core module.
#[wasm_bindgen(js_name = dealDocument)]
pub fn deal_document(deal: JsValue, request: JsValue) -> Result<Uint8Array, JsValue> {
    let saved = input_bytes(&deal, "deal")?;
    let request = input_bytes(&request, "request")?;
    let deal = bureau::api::deal_load(&saved).map_err(fail)?;
    let bytes = bureau::api::deal_document(&deal, &request).map_err(fail)?;
    Ok(Uint8Array::from(bytes.as_slice()))
}
