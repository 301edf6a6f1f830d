//! The engine as a JavaScript API, for pages that embed it:
//!
//! ```js
//! import init, { calculate, catalogue, catalogueVersion } from './api/srdi_api.js';
//! await init();
//! const report = calculate({ city: 'quanzhou', county: 'yongchun', tier: 'provincial',
//!   recognitions: { provincial: '2024-03-01' }, evaluation_date: '2025-06-01' });
//! report.totals.county.exact; // "100000"
//! ```
//!
//! Amounts are decimal strings (never floats, so no yuan is lost); dates are "YYYY-MM-DD".
//! A profile that cannot be read or is invalid throws a structured error naming the field.

use serde::Serialize;
use srdi_engine::catalogue::{Status, ENTRIES};
use srdi_engine::describe::{self, Lang};
use srdi_engine::{evaluate, Date, Profile};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS: &'static str = r#"
/** Decimal amount as a string, e.g. "1200000.50" (元) or "0.0345" (a rate). */
export type Decimal = string;
/** A date, "YYYY-MM-DD". */
export type IsoDate = string;
export type Tier = "innovative" | "provincial" | "little_giant_reserve" | "little_giant" | "key_little_giant";
export type PayerLevel = "county" | "city" | "province";
export type Kind = "exact" | "up_to" | "unquantified";
export type Status = "in_force" | "expired" | "not_yet_in_force" | "draft";
export interface Loan {
  purpose: "park_premises" | "working_capital" | "ip_pledge" | "tech_innovation_fund" | "other";
  principal: Decimal; annual_rate: Decimal; term_months: number; start: IsoDate;
  other_provincial_discount?: boolean;
}
/** The enterprise's answers. Every field is optional. Names of amounts and facts: see catalogue(). */
export interface Profile {
  city?: string; county?: string; tier?: Tier;
  recognitions?: Partial<Record<Tier, IsoDate>>;
  park?: "none" | "srdi_park";
  amounts?: Record<string, Decimal>;
  facts?: string[];
  loans?: Loan[];
  evaluation_date?: IsoDate;
  lpr_override?: Decimal;
}
export interface Line {
  entry: string; payer: PayerLevel; kind: Kind; status: Status;
  amount: Decimal | null; counted: boolean; calculation: object; conflict: object | null;
  /** The formula with the profile's numbers, in Chinese. */
  formula: string;
}
export interface Exclusion { entry: string; payer: PayerLevel; status: Status; reason: { kind: string }; why: string }
export interface LevelTotal { exact: Decimal; up_to: Decimal; unquantified: number }
export interface Report {
  evaluation_date: IsoDate; lines: Line[]; excluded: Exclusion[];
  totals: { county: LevelTotal; city: LevelTotal; province: LevelTotal; all: LevelTotal };
}
export interface FieldError { field: string; message: string; problem?: object }
/** Thrown by calculate(): every problem, each naming its field. */
export interface ProfileError { errors: FieldError[] }
export interface CatalogueEntry {
  id: string; document: string; article: string; title: string; title_en: string;
  payer: PayerLevel; kind: Kind; rule: string; clause: string;
  valid_from: IsoDate; valid_to: IsoDate | null; draft: boolean;
}
"#;

#[derive(Serialize)]
struct LineOut<'a> {
    #[serde(flatten)]
    line: &'a srdi_engine::Line,
    formula: String,
}

#[derive(Serialize)]
struct ExclusionOut<'a> {
    #[serde(flatten)]
    exclusion: &'a srdi_engine::Exclusion,
    why: String,
}

#[derive(Serialize)]
struct ReportOut<'a> {
    evaluation_date: Date,
    lines: Vec<LineOut<'a>>,
    excluded: Vec<ExclusionOut<'a>>,
    totals: &'a srdi_engine::Totals,
}

#[derive(Serialize)]
struct FieldErrorOut {
    field: String,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<srdi_engine::Problem>,
}

#[derive(Serialize)]
struct ErrorOut {
    errors: Vec<FieldErrorOut>,
}

fn to_js<T: Serialize>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    ))
    .unwrap_or(Date::ymd(2026, 1, 1))
}

/// Evaluates a profile (a plain object) and returns the report as a plain object. Throws a
/// `ProfileError` naming each field that cannot be read or is out of range.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn calculate(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = read_profile(profile)?;
    let report = evaluate(&profile, today());
    let out = ReportOut {
        evaluation_date: report.evaluation_date,
        lines: report
            .lines
            .iter()
            .map(|l| LineOut {
                line: l,
                formula: describe::formula(l, Lang::Zh),
            })
            .collect(),
        excluded: report
            .excluded
            .iter()
            .map(|x| ExclusionOut {
                exclusion: x,
                why: describe::reason(&x.reason, Lang::Zh),
            })
            .collect(),
        totals: &report.totals,
    };
    Ok(to_js(&out))
}

/// For benchmarks: evaluates a profile `times` times (at least once) inside the wasm and returns
/// the exact total of the last evaluation, as `calculate` would give it. Timing this call
/// measures the engine itself in wasm; `calculate` adds converting the profile and the whole
/// report between JS objects and Rust.
#[wasm_bindgen(js_name = evaluateRepeatedly)]
pub fn evaluate_repeatedly(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    times: u32,
) -> Result<String, JsValue> {
    let profile = read_profile(profile)?;
    let today = today();
    let mut report = evaluate(&profile, today);
    for _ in 1..times {
        // Opaque to the optimiser, so that no evaluation is skipped.
        report = evaluate(std::hint::black_box(&profile), today);
    }
    Ok(report.totals.all.exact.to_string())
}

/// Reads a profile from a plain object, naming every field that cannot be read or is out of
/// range (a `ProfileError`).
fn read_profile(profile: JsValue) -> Result<Profile, JsValue> {
    // serde-wasm-bindgen reads only the fields it knows, so a misspelt key would be ignored
    // silently: name it instead.
    if let Some(object) = profile.dyn_ref::<js_sys::Object>() {
        let unknown: Vec<FieldErrorOut> = js_sys::Object::keys(object)
            .iter()
            .filter_map(|k| k.as_string())
            .filter(|k| !Profile::FIELDS.contains(&k.as_str()))
            .map(|k| FieldErrorOut {
                message: format!(
                    "unknown field `{k}`, expected one of: {}",
                    Profile::FIELDS.join(", ")
                ),
                field: k,
                problem: None,
            })
            .collect();
        if !unknown.is_empty() {
            return Err(to_js(&ErrorOut { errors: unknown }));
        }
    }
    let profile: Profile = serde_wasm_bindgen::from_value(profile).map_err(|e| {
        let message = e.to_string();
        // serde names the field in its message ("unknown field `x`", "missing field `y`").
        let field = message.split('`').nth(1).unwrap_or_default().to_string();
        to_js(&ErrorOut {
            errors: vec![FieldErrorOut {
                field,
                message,
                problem: None,
            }],
        })
    })?;
    let errors = profile.validate();
    if !errors.is_empty() {
        return Err(to_js(&ErrorOut {
            errors: errors
                .into_iter()
                .map(|e| FieldErrorOut {
                    message: format!("{}: {:?}", e.field, e.problem),
                    field: e.field,
                    problem: Some(e.problem),
                })
                .collect(),
        }));
    }
    Ok(profile)
}

#[derive(Serialize)]
struct EntryOut {
    id: &'static str,
    document: &'static str,
    article: &'static str,
    title: &'static str,
    title_en: &'static str,
    payer: srdi_engine::PayerLevel,
    kind: srdi_engine::Kind,
    rule: String,
    clause: &'static str,
    valid_from: Date,
    valid_to: Option<Date>,
    draft: bool,
}

/// Every catalogue entry, with its document, article, amount rule and verbatim clause.
#[wasm_bindgen(unchecked_return_type = "CatalogueEntry[]")]
pub fn catalogue() -> JsValue {
    let entries: Vec<EntryOut> = ENTRIES
        .iter()
        .map(|e| {
            let d = e.document();
            EntryOut {
                id: e.id,
                document: d.number,
                article: e.article,
                title: e.title,
                title_en: e.title_en,
                payer: e.payer,
                kind: e.kind,
                rule: describe::rule(e, Lang::Zh),
                clause: e.clause,
                valid_from: d.valid_from,
                valid_to: d.valid_to,
                draft: d.status_on(d.valid_from) == Status::Draft,
            }
        })
        .collect();
    to_js(&entries)
}

/// The version of the catalogue data the engine carries.
#[wasm_bindgen(js_name = catalogueVersion)]
pub fn catalogue_version() -> String {
    srdi_engine::CATALOGUE_VERSION.to_string()
}
