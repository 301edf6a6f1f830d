//! What the enterprise tells us: the profile the questionnaire fills, the CLI reads as JSON and
//! the JS API receives. Validation names the field at fault.

use crate::catalogue;
use crate::collections::{VecMap, VecSet};
use crate::date::Date;
use crate::vocab::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The enterprise's answers. Every part is optional so that a half-filled questionnaire still
/// evaluates: what is missing simply excludes the entries that need it, with that reason.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// City id (see catalogue/places.toml); none means "elsewhere in Fujian".
    pub city: Option<String>,
    /// County or district id within the city.
    pub county: Option<String>,
    /// Highest tier the firm holds now.
    pub tier: Option<Tier>,
    /// Date of first recognition in each tier (首次认定).
    pub recognitions: VecMap<Tier, Date>,
    pub park: ParkResidency,
    pub amounts: VecMap<Quantity, Decimal>,
    pub facts: VecSet<Fact>,
    pub loans: Vec<Loan>,
    /// The day of each occasion that dates an entry (moved into the park, equity paid in…).
    pub dates: VecMap<Occasion, Date>,
    /// The day the result is for; the caller supplies today when absent.
    pub evaluation_date: Option<Date>,
    /// Overrides the catalogue's 1-year LPR (a rate, 0.03 = 3%).
    pub lpr_override: Option<Decimal>,
}

// Not derived: the enum comes from the `vocabulary!` macro that build.rs shares.
#[allow(clippy::derivable_impls)]
impl Default for ParkResidency {
    fn default() -> Self {
        ParkResidency::None
    }
}

/// One bank loan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Loan {
    pub purpose: LoanPurpose,
    /// 元
    pub principal: Decimal,
    /// Annual interest rate of the loan (0.0435 = 4.35%).
    pub annual_rate: Decimal,
    pub term_months: u32,
    pub start: Date,
    /// The loan already has another provincial interest discount.
    #[serde(default)]
    pub other_provincial_discount: bool,
}

/// A field and what is wrong with it, in words a user can act on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// Path of the field: "county", "amounts.rd_spend", "loans[1].term_months".
    pub field: String,
    pub problem: Problem,
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    UnknownPlace,
    CountyNotInCity,
    OutOfRange {
        min: Decimal,
        max: Decimal,
    },
    TooPrecise {
        max_dp: u32,
    },
    /// A recognition date for a tier above the firm's tier.
    RecognitionAboveTier,
    /// Reserve status exists only in Xiamen.
    TierNotOfferedHere,
    /// The value is not of the kind the field takes (text that is not an amount, a date or a
    /// name of the vocabulary; a number where text is wanted; a list where an object is…).
    Unreadable {
        found: Found,
    },
    /// The name is not a field of the object it is in (a misspelt key).
    UnknownField,
    /// A required field of a loan is not given.
    Missing,
    /// A list longer than the field allows (more than [`MAX_LOANS`] loans).
    TooMany {
        max: u32,
    },
}

/// The unit an amount is in, which sets its bounds and how it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Yuan,
    Kwh,
    Months,
    Count,
    PersonDays,
}

impl Unit {
    /// Largest accepted value: beyond it the number is a typo, and keeping every input below
    /// it guarantees that no product in the engine can overflow `Decimal`.
    pub fn max(self) -> Decimal {
        match self {
            Unit::Yuan | Unit::Kwh => Decimal::from(1_000_000_000_000_i64),
            Unit::Months => Decimal::from(600),
            Unit::Count | Unit::PersonDays => Decimal::from(100_000),
        }
    }
    /// Decimals allowed: fen for money, whole units otherwise.
    pub fn max_dp(self) -> u32 {
        match self {
            Unit::Yuan => 2,
            Unit::Kwh => 2,
            _ => 0,
        }
    }
}

impl Quantity {
    pub fn unit(self) -> Unit {
        match self {
            Quantity::ParkFirstYearKwh => Unit::Kwh,
            Quantity::ParkRentMonths => Unit::Months,
            Quantity::StandardsLed
            | Quantity::LittleGiantsBroughtIn
            | Quantity::SrdiFirmsInPark => Unit::Count,
            Quantity::TrainingPersonDays => Unit::PersonDays,
            _ => Unit::Yuan,
        }
    }
}

/// Largest loan rate accepted (36% a year is the legal ceiling for private lending; banks are
/// far below it).
pub const MAX_LOAN_RATE: Decimal = Decimal::from_parts(36, 0, 0, false, 2);

/// Most loans a profile holds. Every loan discount of the catalogue is capped per enterprise
/// (永春 500,000 元, the province's 200,000 元, 厦门's IP pledge 300,000 元 and its fund's
/// principal ceilings), so a few loans reach each cap and more add nothing: 50 is far more
/// than a firm lists, and it keeps the loans step quick (a link with 10,000 loans froze the
/// page for 20 s) and every evaluation short.
pub const MAX_LOANS: usize = 50;

impl Profile {
    /// The field names of a profile as read from JSON or JS objects.
    pub const FIELDS: &'static [&'static str] = &[
        "city",
        "county",
        "tier",
        "recognitions",
        "park",
        "amounts",
        "facts",
        "loans",
        "dates",
        "evaluation_date",
        "lpr_override",
    ];

    /// Every problem with the profile; empty when it can be evaluated.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut err = |field: String, problem| errors.push(FieldError { field, problem });
        let city = self.city.as_deref().map(|c| (c, catalogue::city(c)));
        if let Some((_, None)) = city {
            err("city".into(), Problem::UnknownPlace);
        }
        if let Some(county) = self.county.as_deref() {
            match (catalogue::county(county), city) {
                (None, _) => err("county".into(), Problem::UnknownPlace),
                (Some((c, _)), Some((id, _))) if c.id != id => {
                    err("county".into(), Problem::CountyNotInCity)
                }
                _ => {}
            }
        }
        if self.tier == Some(Tier::LittleGiantReserve) && self.city.as_deref() != Some("xiamen") {
            err("tier".into(), Problem::TierNotOfferedHere);
        }
        for tier in self.recognitions.keys() {
            if self.tier.is_none_or(|t| !t.includes(*tier)) {
                err(
                    format!("recognitions.{}", tier.name()),
                    Problem::RecognitionAboveTier,
                );
            }
        }
        for (q, v) in &self.amounts {
            check(&mut err, format!("amounts.{}", q.name()), *v, q.unit());
        }
        if self.loans.len() > MAX_LOANS {
            err(
                "loans".into(),
                Problem::TooMany {
                    max: MAX_LOANS as u32,
                },
            );
        }
        for (i, loan) in self.loans.iter().enumerate() {
            check(
                &mut err,
                format!("loans[{i}].principal"),
                loan.principal,
                Unit::Yuan,
            );
            if loan.annual_rate.is_sign_negative() || loan.annual_rate > MAX_LOAN_RATE {
                err(
                    format!("loans[{i}].annual_rate"),
                    Problem::OutOfRange {
                        min: Decimal::ZERO,
                        max: MAX_LOAN_RATE,
                    },
                );
            }
            if loan.term_months == 0 || loan.term_months > 600 {
                err(
                    format!("loans[{i}].term_months"),
                    Problem::OutOfRange {
                        min: Decimal::ONE,
                        max: Decimal::from(600),
                    },
                );
            }
        }
        if let Some(l) = self.lpr_override {
            if l.is_sign_negative() || l > MAX_LOAN_RATE {
                err(
                    "lpr_override".into(),
                    Problem::OutOfRange {
                        min: Decimal::ZERO,
                        max: MAX_LOAN_RATE,
                    },
                );
            }
        }
        errors
    }

    /// The place ids the firm is in, from the most local: county, city, "fujian". A county
    /// given without its city brings its city (every reader of a profile evaluates through
    /// here, so the city's lines never vanish for want of it).
    pub fn place_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.county.as_deref().into_iter().collect();
        match self.city.as_deref() {
            Some(city) => ids.push(city),
            None => ids.extend(
                self.county
                    .as_deref()
                    .and_then(catalogue::county)
                    .map(|(c, _)| c.id),
            ),
        }
        ids.push("fujian");
        ids
    }

    /// The city, given or derived from the county.
    pub fn city_id(&self) -> Option<&str> {
        self.city.as_deref().or_else(|| {
            self.county
                .as_deref()
                .and_then(catalogue::county)
                .map(|(c, _)| c.id)
        })
    }

    pub fn amount(&self, q: Quantity) -> Option<Decimal> {
        self.amounts.get(&q).copied()
    }
}

fn check(err: &mut impl FnMut(String, Problem), field: String, v: Decimal, unit: Unit) {
    if v.is_sign_negative() || v > unit.max() {
        err(
            field,
            Problem::OutOfRange {
                min: Decimal::ZERO,
                max: unit.max(),
            },
        );
    } else if v.normalize().scale() > unit.max_dp() {
        err(
            field,
            Problem::TooPrecise {
                max_dp: unit.max_dp(),
            },
        );
    }
}

/// A value as a binding reads it (JSON text for the CLI, a JS object for the JS API), before
/// it is a profile. Reading a profile through this tree rather than through serde's derive
/// lets every problem name its field path and say what is allowed, refuses unknown fields at
/// every depth, and collects every problem at once.
#[derive(Clone, Debug, PartialEq)]
pub enum Tree {
    Null,
    Bool(bool),
    /// A number as written (JSON) or as JavaScript prints it.
    Number(String),
    Text(String),
    List(Vec<Tree>),
    Map(Vec<(String, Tree)>),
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{MapAccess, SeqAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Tree;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_none<E>(self) -> Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Tree, D::Error> {
                Tree::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Tree, E> {
                Ok(Tree::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Tree, E> {
                Ok(Tree::Number(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Tree, E> {
                Ok(Tree::Number(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Tree, E> {
                Ok(Tree::Number(v.to_string()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Tree, E> {
                Ok(Tree::Text(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Tree, E> {
                Ok(Tree::Text(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Tree, A::Error> {
                let mut items = Vec::new();
                while let Some(t) = a.next_element()? {
                    items.push(t);
                }
                Ok(Tree::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Tree, A::Error> {
                let mut items = Vec::new();
                while let Some((k, v)) = a.next_entry::<String, Tree>()? {
                    // A key given twice keeps its first place and its last value, as
                    // JavaScript's JSON.parse does: the page reads a file through it.
                    match items.iter_mut().find(|(key, _)| *key == k) {
                        Some((_, old)) => *old = v,
                        None => items.push((k, v)),
                    }
                }
                Ok(Tree::Map(items))
            }
        }
        d.deserialize_any(V)
    }
}

/// A value that could not be read, as found (for the words of the problem).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Found {
    Null,
    Bool(bool),
    Number(String),
    Text(String),
    List,
    Map,
}

impl Found {
    fn of(t: &Tree) -> Found {
        match t {
            Tree::Null => Found::Null,
            Tree::Bool(b) => Found::Bool(*b),
            Tree::Number(n) => Found::Number(n.clone()),
            Tree::Text(s) => Found::Text(s.clone()),
            Tree::List(_) => Found::List,
            Tree::Map(_) => Found::Map,
        }
    }
}

/// What a field of the profile is, from its path: what it allows follows from it
/// (`describe::problem` says it in words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The whole profile.
    Profile,
    City,
    County,
    Tier,
    Recognitions,
    Recognition(Tier),
    Park,
    Amounts,
    Amount(Quantity),
    Facts,
    Fact,
    Loans,
    Loan,
    LoanPurpose,
    LoanPrincipal,
    LoanAnnualRate,
    LoanTermMonths,
    LoanStart,
    LoanOtherProvincialDiscount,
    Dates,
    Date(Occasion),
    EvaluationDate,
    LprOverride,
    /// A path that names no field of a profile.
    Unknown,
}

impl Field {
    /// The field a path names: "loans[0].principal" → `LoanPrincipal`. A leading "profile."
    /// (the profile inside an exported document) is skipped.
    pub fn of(path: &str) -> Field {
        let path = path.strip_prefix("profile.").unwrap_or(path);
        if path.is_empty() || path == "profile" {
            return Field::Profile;
        }
        let (head, rest) = match path.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (path, None),
        };
        let (name, index) = match head.split_once('[') {
            Some((n, _)) => (n, true),
            None => (head, false),
        };
        match (name, index, rest) {
            ("city", false, None) => Field::City,
            ("county", false, None) => Field::County,
            ("tier", false, None) => Field::Tier,
            ("recognitions", false, None) => Field::Recognitions,
            ("recognitions", false, Some(t)) => {
                Tier::from_name(t).map_or(Field::Unknown, Field::Recognition)
            }
            ("park", false, None) => Field::Park,
            ("amounts", false, None) => Field::Amounts,
            ("amounts", false, Some(q)) => {
                Quantity::from_name(q).map_or(Field::Unknown, Field::Amount)
            }
            ("facts", false, None) => Field::Facts,
            ("facts", true, None) => Field::Fact,
            ("loans", false, None) => Field::Loans,
            ("loans", true, None) => Field::Loan,
            ("loans", true, Some(f)) => match f {
                "purpose" => Field::LoanPurpose,
                "principal" => Field::LoanPrincipal,
                "annual_rate" => Field::LoanAnnualRate,
                "term_months" => Field::LoanTermMonths,
                "start" => Field::LoanStart,
                "other_provincial_discount" => Field::LoanOtherProvincialDiscount,
                _ => Field::Unknown,
            },
            ("dates", false, None) => Field::Dates,
            ("dates", false, Some(o)) => Occasion::from_name(o).map_or(Field::Unknown, Field::Date),
            ("evaluation_date", false, None) => Field::EvaluationDate,
            ("lpr_override", false, None) => Field::LprOverride,
            _ => Field::Unknown,
        }
    }

    /// The names allowed inside an object field (its keys), for an unknown key.
    pub fn keys(self) -> Vec<&'static str> {
        match self {
            Field::Profile => Profile::FIELDS.to_vec(),
            Field::Loan => Loan::FIELDS.to_vec(),
            Field::Recognitions => Tier::ALL.iter().map(|t| t.name()).collect(),
            Field::Amounts => Quantity::ALL.iter().map(|q| q.name()).collect(),
            Field::Dates => Occasion::ALL.iter().map(|o| o.name()).collect(),
            _ => Vec::new(),
        }
    }
}

impl Loan {
    /// The field names of a loan; all but `other_provincial_discount` are required.
    pub const FIELDS: &'static [&'static str] = &[
        "purpose",
        "principal",
        "annual_rate",
        "term_months",
        "start",
        "other_provincial_discount",
    ];
}

/// Reads a tree into a profile, field by field; every problem names its path. `null` stands
/// for a field not given. The profile read is then validated (`Profile::validate`), so the
/// errors are every problem of the input at once (an unreadable value is left out of the
/// validation, never defaulted into it).
pub fn read(tree: &Tree) -> Result<Profile, Vec<FieldError>> {
    read_at(tree, "")
}

/// As [`read`], the paths prefixed with `prefix` (e.g. "profile." for an exported document).
pub fn read_at(tree: &Tree, prefix: &str) -> Result<Profile, Vec<FieldError>> {
    let mut r = Reader { errors: Vec::new() };
    let profile = r.profile(tree, prefix);
    // What could be read is validated too, so that every problem is told at once.
    let mut errors = r.errors;
    errors.extend(profile.validate().into_iter().map(|e| FieldError {
        field: format!("{prefix}{}", e.field),
        problem: e.problem,
    }));
    if errors.is_empty() {
        Ok(profile)
    } else {
        Err(errors)
    }
}

/// A file the user brings back: its answers, and the catalogue version of the document they
/// came in (`None` for a bare profile).
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub profile: Profile,
    pub catalogue_version: Option<String>,
}

impl Imported {
    /// The catalogue version the file was exported under, when it is not this one: its result
    /// may differ from the one it shows.
    pub fn other_version(&self) -> Option<&str> {
        self.catalogue_version
            .as_deref()
            .filter(|v| *v != crate::CATALOGUE_VERSION)
    }
}

/// Reads a file the user brings: a document exported by the page or the CLI (an object with a
/// `profile`, read with paths "profile.…"; its `catalogue_version` is kept to compare), or a
/// bare profile such as examples/*.json. The one reader of the page's import and the CLI's
/// input, so the same file gives the same answers in both. Only the `profile` of a document is
/// read: its `share` text, its report and its checklist are what the answers gave then, and a
/// document without a `profile` is read as a profile (so `{"share": ""}` is refused by name,
/// never taken as no answers).
pub fn read_document(tree: &Tree) -> Result<Imported, Vec<FieldError>> {
    let field = |name: &str| match tree {
        Tree::Map(items) => items.iter().find(|(k, _)| k == name).map(|(_, v)| v),
        _ => None,
    };
    match field("profile") {
        Some(profile) => Ok(Imported {
            profile: read_at(profile, "profile.")?,
            catalogue_version: match field("catalogue_version") {
                Some(Tree::Text(v)) => Some(v.clone()),
                _ => None,
            },
        }),
        None => Ok(Imported {
            profile: read(tree)?,
            catalogue_version: None,
        }),
    }
}

struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn err(&mut self, field: String, problem: Problem) {
        self.errors.push(FieldError { field, problem });
    }
    fn wrong(&mut self, field: String, t: &Tree) {
        self.err(
            field,
            Problem::Unreadable {
                found: Found::of(t),
            },
        );
    }

    /// The entries of an object, refusing the keys that are not `known`.
    fn map<'t>(
        &mut self,
        t: &'t Tree,
        path: &str,
        known: &dyn Fn(&str) -> bool,
    ) -> Vec<(&'t str, &'t Tree)> {
        match t {
            Tree::Map(items) => {
                let mut out = Vec::new();
                for (k, v) in items {
                    if known(k) {
                        out.push((k.as_str(), v));
                    } else {
                        self.err(join(path, k), Problem::UnknownField);
                    }
                }
                out
            }
            _ => {
                self.wrong(path.to_string(), t);
                Vec::new()
            }
        }
    }

    fn text<'t>(&mut self, t: &'t Tree, path: &str) -> Option<&'t str> {
        match t {
            Tree::Text(s) => Some(s),
            _ => {
                self.wrong(path.to_string(), t);
                None
            }
        }
    }

    fn name<T>(&mut self, t: &Tree, path: &str, from: fn(&str) -> Option<T>) -> Option<T> {
        let s = self.text(t, path)?;
        let v = from(s);
        if v.is_none() {
            self.wrong(path.to_string(), t);
        }
        v
    }

    fn date(&mut self, t: &Tree, path: &str) -> Option<Date> {
        let s = self.text(t, path)?;
        let d = Date::parse(s).ok();
        if d.is_none() {
            self.wrong(path.to_string(), t);
        }
        d
    }

    /// A decimal written plainly, as the engine writes it ("1200000.50"): the page's one
    /// decimal reader, so that reading a file costs the page no second parser. What only
    /// `Decimal::from_str` reads ("1e5", "+5", ".5", "1_000", 29 decimals rounded away) is
    /// refused by name here, as the form's fields and the share link refuse it.
    fn decimal(&mut self, t: &Tree, path: &str) -> Option<Decimal> {
        let s = self.text(t, path)?;
        let v = crate::money::parse_plain_decimal(s);
        if v.is_none() {
            self.wrong(path.to_string(), t);
        }
        v
    }

    fn profile(&mut self, t: &Tree, prefix: &str) -> Profile {
        let mut p = Profile::default();
        let root = prefix.strip_suffix('.').unwrap_or(prefix);
        for (k, v) in self.map(t, root, &|k| Profile::FIELDS.contains(&k)) {
            if *v == Tree::Null {
                continue;
            }
            let path = format!("{prefix}{k}");
            match k {
                "city" => p.city = self.text(v, &path).map(str::to_string),
                "county" => p.county = self.text(v, &path).map(str::to_string),
                "tier" => p.tier = self.name(v, &path, Tier::from_name),
                "recognitions" => {
                    for (t, d) in self.map(v, &path, &|k| Tier::from_name(k).is_some()) {
                        let at = join(&path, t);
                        if let (Some(tier), Some(day)) = (Tier::from_name(t), self.date(d, &at)) {
                            p.recognitions.insert(tier, day);
                        }
                    }
                }
                "park" => {
                    if let Some(park) = self.name(v, &path, ParkResidency::from_name) {
                        p.park = park;
                    }
                }
                "amounts" => {
                    for (q, a) in self.map(v, &path, &|k| Quantity::from_name(k).is_some()) {
                        let at = join(&path, q);
                        if let (Some(q), Some(a)) = (Quantity::from_name(q), self.decimal(a, &at)) {
                            p.amounts.insert(q, a);
                        }
                    }
                }
                "facts" => match v {
                    Tree::List(items) => {
                        for (i, f) in items.iter().enumerate() {
                            if let Some(f) = self.name(f, &format!("{path}[{i}]"), Fact::from_name)
                            {
                                p.facts.insert(f);
                            }
                        }
                    }
                    _ => self.wrong(path, v),
                },
                "loans" => match v {
                    Tree::List(items) => {
                        for (i, l) in items.iter().enumerate() {
                            if let Some(l) = self.loan(l, &format!("{path}[{i}]")) {
                                p.loans.push(l);
                            }
                        }
                    }
                    _ => self.wrong(path, v),
                },
                "dates" => {
                    for (o, d) in self.map(v, &path, &|k| Occasion::from_name(k).is_some()) {
                        let at = join(&path, o);
                        if let (Some(o), Some(day)) = (Occasion::from_name(o), self.date(d, &at)) {
                            p.dates.insert(o, day);
                        }
                    }
                }
                "evaluation_date" => p.evaluation_date = self.date(v, &path),
                "lpr_override" => p.lpr_override = self.decimal(v, &path),
                _ => {}
            }
        }
        p
    }

    fn loan(&mut self, t: &Tree, path: &str) -> Option<Loan> {
        let fields = self.map(t, path, &|k| Loan::FIELDS.contains(&k));
        if !matches!(t, Tree::Map(_)) {
            return None;
        }
        let get = |name: &str| fields.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
        let mut missing = false;
        let mut required = |r: &mut Reader, name: &str| match get(name) {
            None | Some(Tree::Null) => {
                r.err(join(path, name), Problem::Missing);
                missing = true;
                None
            }
            Some(v) => Some(v),
        };
        let purpose = required(self, "purpose");
        let principal = required(self, "principal");
        let rate = required(self, "annual_rate");
        let term = required(self, "term_months");
        let start = required(self, "start");
        let purpose =
            purpose.and_then(|v| self.name(v, &join(path, "purpose"), LoanPurpose::from_name));
        let principal = principal.and_then(|v| self.decimal(v, &join(path, "principal")));
        let annual_rate = rate.and_then(|v| self.decimal(v, &join(path, "annual_rate")));
        let term_months = term.and_then(|v| {
            let at = join(path, "term_months");
            match v {
                // A whole number, as JSON writes it or JavaScript prints it ("12").
                Tree::Number(n) => match n.parse::<u32>() {
                    Ok(m) => Some(m),
                    Err(_) => {
                        self.wrong(at, v);
                        None
                    }
                },
                _ => {
                    self.wrong(at, v);
                    None
                }
            }
        });
        let start = start.and_then(|v| self.date(v, &join(path, "start")));
        let other_provincial_discount = match get("other_provincial_discount") {
            None | Some(Tree::Null) => false,
            Some(Tree::Bool(b)) => *b,
            Some(v) => {
                self.wrong(join(path, "other_provincial_discount"), v);
                false
            }
        };
        if missing {
            return None;
        }
        Some(Loan {
            purpose: purpose?,
            principal: principal?,
            annual_rate: annual_rate?,
            term_months: term_months?,
            start: start?,
            other_provincial_discount,
        })
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}
