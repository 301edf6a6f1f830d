//! docs/profile.schema.json is generated from the profile's types and vocabulary
//! (`Profile::FIELDS`, `Loan::FIELDS`, `Tier::ALL`, `Quantity::ALL` with each `unit()`'s bounds,
//! `Fact::ALL`, `Occasion::ALL`, `LoanPurpose::ALL`, the places of the catalogue); this test
//! fails when the committed file is out of date, and when docs/profile.md leaves a field or an
//! enum value undescribed. Regenerate with
//! `UPDATE_DOCS=1 cargo test -p srdi-engine --test profile_schema`.

use serde_json::{json, Map, Value};
use srdi_engine::catalogue::CITIES;
use srdi_engine::profile::{Loan, Tree, Unit, MAX_LOANS, MAX_LOAN_RATE};
use srdi_engine::*;

const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

fn date(description: &str) -> Value {
    json!({
        "type": "string",
        "format": "date",
        "pattern": DATE_PATTERN,
        "description": format!("{description} YYYY-MM-DD, a real day of 1990–2100 (the engine also reads 2024/3/1, 2024.3.1, 2024年3月1日 and full-width digits)."),
    })
}

fn unit_name(u: Unit) -> &'static str {
    match u {
        Unit::Yuan => "元",
        Unit::Kwh => "kWh",
        Unit::Months => "months",
        Unit::Count => "count",
        Unit::PersonDays => "person-days",
    }
}

/// A non-negative decimal written as text, with at most `max_dp` significant decimals.
fn amount(u: Unit, description: &str) -> Value {
    let pattern = match u.max_dp() {
        0 => "^[0-9]+(\\.0+)?$".to_string(),
        n => format!("^[0-9]+(\\.[0-9]{{1,{n}}}0*)?$"),
    };
    json!({
        "type": "string",
        "pattern": pattern,
        "description": format!(
            "{description} In {}, as text: from 0 to {}, at most {} decimals.",
            unit_name(u),
            u.max(),
            u.max_dp()
        ),
    })
}

fn rate(description: &str) -> Value {
    json!({
        "type": "string",
        "pattern": "^[0-9]+(\\.[0-9]+)?$",
        "description": format!("{description} A yearly rate as a fraction written as text (\"0.035\" = 3.5%), from 0 to {MAX_LOAN_RATE}."),
    })
}

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| name(*v)).collect()
}

fn object(properties: Map<String, Value>, required: &[&str], description: &str) -> Value {
    json!({
        "type": "object",
        "description": description,
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

pub fn schema() -> Value {
    let mut recognitions = Map::new();
    for t in Tier::ALL {
        recognitions.insert(
            t.name().into(),
            date("Date of first recognition (首次认定) in this tier."),
        );
    }
    let mut amounts = Map::new();
    for q in Quantity::ALL {
        amounts.insert(
            q.name().into(),
            amount(
                q.unit(),
                &format!("{}.", describe::quantity(*q, describe::Lang::En)),
            ),
        );
    }
    let mut dates = Map::new();
    for o in Occasion::ALL {
        dates.insert(
            o.name().into(),
            date(&format!("{}.", describe::occasion(*o, describe::Lang::En))),
        );
    }
    let mut loan = Map::new();
    loan.insert("purpose".into(), json!({
        "enum": names(LoanPurpose::ALL, LoanPurpose::name),
        "description": "What the loan is for; each interest-discount rule reads loans of one purpose.",
    }));
    loan.insert(
        "principal".into(),
        amount(Unit::Yuan, "Principal of the loan."),
    );
    loan.insert("annual_rate".into(), rate("The loan's interest rate."));
    loan.insert(
        "term_months".into(),
        json!({
            "type": "integer", "minimum": 1, "maximum": 600,
            "description": "Term of the loan in months, a JSON integer from 1 to 600.",
        }),
    );
    loan.insert("start".into(), date("The day the loan started (放款日)."));
    loan.insert(
        "other_provincial_discount".into(),
        json!({
            "type": "boolean", "default": false,
            "description": "The loan already has another provincial interest discount.",
        }),
    );
    assert_eq!(
        loan.keys().map(String::as_str).collect::<Vec<_>>().len(),
        Loan::FIELDS.len()
    );
    let loan = object(loan, &Loan::FIELDS[..5], "One bank loan.");
    let mut p = Map::new();
    p.insert("city".into(), json!({
        "enum": CITIES.iter().map(|c| c.id).collect::<Vec<_>>(),
        "description": "City id (catalogue/places.toml); leave it out for elsewhere in Fujian. Given with a county, it must be the county's city; left out, it follows from the county.",
    }));
    p.insert("county".into(), json!({
        "enum": CITIES.iter().flat_map(|c| c.counties.iter().map(|k| k.id)).collect::<Vec<_>>(),
        "description": "County, county-level city, district or zone id (县、市、区、管委会) within the city.",
    }));
    p.insert("tier".into(), json!({
        "enum": names(Tier::ALL, Tier::name),
        "description": "Highest tier (梯度) the firm holds now; little_giant_reserve only in Xiamen.",
    }));
    p.insert(
        "recognitions".into(),
        object(
            recognitions,
            &[],
            "Date of first recognition in each tier the firm holds (none above `tier`).",
        ),
    );
    p.insert(
        "park".into(),
        json!({
            "enum": names(ParkResidency::ALL, ParkResidency::name),
            "default": "none",
            "description": "Whether the firm is in a designated 专精特新（示范）园区.",
        }),
    );
    p.insert(
        "amounts".into(),
        object(amounts, &[], "The amounts the firm gives, by name."),
    );
    p.insert(
        "facts".into(),
        json!({
            "type": "array",
            "uniqueItems": true,
            "items": { "enum": names(Fact::ALL, Fact::name) },
            "description": "Yes/no facts that hold for the firm (a fact not listed does not hold).",
        }),
    );
    p.insert(
        "loans".into(),
        json!({
            "type": "array",
            "items": loan,
            "maxItems": MAX_LOANS,
            "description": format!("The firm's bank loans, at most {MAX_LOANS} (every loan discount is capped per enterprise)."),
        }),
    );
    p.insert(
        "dates".into(),
        object(dates, &[], "The day of each occasion that dates an entry."),
    );
    p.insert(
        "evaluation_date".into(),
        date("The day the result is for; today when left out."),
    );
    p.insert(
        "lpr_override".into(),
        rate("Overrides the catalogue's 1-year LPR."),
    );
    assert_eq!(p.keys().collect::<Vec<_>>().len(), Profile::FIELDS.len());
    // Properties in the order of Profile::FIELDS.
    let mut ordered = Map::new();
    for f in Profile::FIELDS {
        ordered.insert((*f).into(), p.remove(*f).expect("every field described"));
    }
    let mut s = object(
        ordered,
        &[],
        "The profile of 专精特新惠企计算器: the enterprise's answers, as the CLI reads them and calculate() takes them. Every field is optional; null stands for a field left out. Generated by engine/tests/profile_schema.rs; see docs/profile.md.",
    );
    let s_obj = s.as_object_mut().expect("object");
    let mut head = Map::new();
    head.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    head.insert(
        "$id".into(),
        json!("https://srdi.invalid/profile.schema.json"),
    );
    head.insert("title".into(), json!("Profile"));
    head.extend(std::mem::take(s_obj));
    Value::Object(head)
}

fn render() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("JSON");
    text.push('\n');
    text
}

#[test]
fn docs_profile_schema_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/profile.schema.json");
    let expected = render();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &expected).expect("write docs/profile.schema.json");
        return;
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/profile.schema.json is out of date: run UPDATE_DOCS=1 cargo test -p srdi-engine --test profile_schema"
    );
}

/// docs/profile.md names every field of a profile and of a loan, and every value of each
/// enumeration, as `code`.
#[test]
fn docs_profile_md_describes_every_field_and_value() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/profile.md"))
        .expect("docs/profile.md");
    let mut names: Vec<&str> = Profile::FIELDS.to_vec();
    names.extend(Loan::FIELDS);
    names.extend(names_of(Tier::ALL, Tier::name));
    names.extend(names_of(ParkResidency::ALL, ParkResidency::name));
    names.extend(names_of(Quantity::ALL, Quantity::name));
    names.extend(names_of(Fact::ALL, Fact::name));
    names.extend(names_of(Occasion::ALL, Occasion::name));
    names.extend(names_of(LoanPurpose::ALL, LoanPurpose::name));
    let missing: Vec<&str> = names
        .into_iter()
        .filter(|n| !doc.contains(&format!("`{n}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/profile.md does not describe: {missing:?}"
    );
}

fn names_of<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    names(all, name)
}

/// The schema and the reader agree on the shape: every profile in examples/ is read without a
/// problem, and each one's keys are properties of the schema (additionalProperties: false).
#[test]
fn examples_are_read_and_fit_the_schema() {
    let s = schema();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples");
    let mut n = 0;
    for e in std::fs::read_dir(dir).expect("examples/") {
        let path = e.expect("entry").path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        let tree: Tree = serde_json::from_str(&text).expect("JSON");
        if let Err(errors) = profile::read(&tree) {
            panic!("{}: {errors:?}", path.display());
        }
        let value: Value = serde_json::from_str(&text).expect("JSON");
        fits(&value, &s, &path.display().to_string());
        n += 1;
    }
    assert!(n >= 6, "{n} examples");
}

/// A small check of a value against the parts of JSON Schema the generator writes.
fn fits(v: &Value, s: &Value, at: &str) {
    if let Some(allowed) = s.get("enum").and_then(Value::as_array) {
        assert!(allowed.contains(v), "{at}: {v} not in enum");
    }
    match s.get("type").and_then(Value::as_str) {
        Some("object") => {
            let props = s["properties"].as_object().expect("properties");
            for (k, x) in v
                .as_object()
                .unwrap_or_else(|| panic!("{at}: not an object"))
            {
                let p = props
                    .get(k)
                    .unwrap_or_else(|| panic!("{at}.{k}: not in the schema"));
                fits(x, p, &format!("{at}.{k}"));
            }
            for r in s["required"].as_array().expect("required") {
                assert!(
                    v.get(r.as_str().expect("name")).is_some(),
                    "{at}: needs {r}"
                );
            }
        }
        Some("array") => {
            for (i, x) in v.as_array().expect("array").iter().enumerate() {
                fits(x, &s["items"], &format!("{at}[{i}]"));
            }
        }
        Some("string") => {
            let text = v.as_str().unwrap_or_else(|| panic!("{at}: not a string"));
            if s.get("format").is_some() {
                assert!(
                    Date::parse(text).is_ok() && text.len() == 10,
                    "{at}: {text}"
                );
            } else {
                assert!(text.parse::<Decimal>().is_ok(), "{at}: {text}");
            }
        }
        Some("integer") => assert!(v.is_u64(), "{at}: not an integer"),
        Some("boolean") => assert!(v.is_boolean(), "{at}: not a boolean"),
        _ => {}
    }
}
