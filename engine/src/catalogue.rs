//! The catalogue's types and the catalogue itself. The data lives in `catalogue/*.toml`, one
//! file per document; `build.rs` validates it and turns it into the statics included below.

use crate::date::Date;
use crate::vocab::*;
use rust_decimal::Decimal;

/// A city of Fujian and the counties or districts the questionnaire offers for it.
#[derive(Debug)]
pub struct City {
    pub id: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
    pub counties: &'static [County],
}

/// A county, county-level city, district or zone (县、市、区、管委会).
#[derive(Debug)]
pub struct County {
    pub id: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
}

/// A number that moves with time outside the documents, keyed by the date each value takes
/// effect (e.g. the 1-year LPR).
#[derive(Debug)]
pub struct Parameter {
    pub title: &'static str,
    pub title_en: &'static str,
    pub reference: &'static str,
    pub values: &'static [(Date, Decimal)],
}

impl Parameter {
    /// The value in effect on `date`: the last one that took effect on or before it, or the
    /// first one when `date` is earlier than every value.
    pub fn at(&self, date: Date) -> Decimal {
        self.values
            .iter()
            .rev()
            .find(|(from, _)| *from <= date)
            .or(self.values.first())
            .map_or(Decimal::ZERO, |(_, v)| *v)
    }
}

/// One of the five policy documents.
#[derive(Debug)]
pub struct Document {
    pub id: &'static str,
    pub issuer: &'static str,
    /// 文号, or a short description when the text has none.
    pub number: &'static str,
    pub title: &'static str,
    pub status: DocumentStatus,
    pub valid_from: Date,
    /// `None` when the text gives no end date.
    pub valid_to: Option<Date>,
    /// The sentence of the text that sets the window, verbatim.
    pub validity_clause: &'static str,
    // The analyst's `note` in the TOML stays there (and in docs/catalogue.md's source): it is
    // not compiled in, to keep the page small.
}

/// Where a document stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    InForce,
    Expired,
    NotYetInForce,
    /// A 征求意见稿: shown, never counted in a total.
    Draft,
}

impl Document {
    /// Whether `date` lies inside the document's window (both ends inclusive).
    pub fn covers(&self, date: Date) -> bool {
        date >= self.valid_from && self.valid_to.is_none_or(|end| date <= end)
    }

    /// Status on `date`. A draft is a draft whatever the date.
    pub fn status_on(&self, date: Date) -> Status {
        match self.status {
            DocumentStatus::Draft => Status::Draft,
            _ if date < self.valid_from => Status::NotYetInForce,
            _ if self.valid_to.is_some_and(|end| date > end) => Status::Expired,
            _ => Status::InForce,
        }
    }
}

/// A clause that promises an enterprise money, an interest discount or another benefit.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Stable id, used in share links and exports: never reuse or rename one.
    pub id: &'static str,
    /// Index into [`DOCUMENTS`].
    pub document: usize,
    /// Article of the document, as numbered there (e.g. "四、（一）").
    pub article: &'static str,
    pub title: &'static str,
    pub title_en: &'static str,
    pub payer: PayerLevel,
    /// The departments to approach, exactly as the measure's 责任单位 names them (the text
    /// often drops the level prefix after the first: "县工信商务局、财政局").
    pub departments: &'static [&'static str],
    /// How often it is paid, as the text states it.
    pub frequency: Frequency,
    pub kind: Kind,
    /// The clause, verbatim (build.rs checks it against the source text): [`Entry::clause`].
    /// Kept apart from the entry, in [`CLAUSES`], so that the calculator's page, which never
    /// calls `clause()`, carries none of the texts in its first load: it reads them from
    /// [`CLAUSES_FILE`] once it has started (docs/performance.md).
    pub clause: ClauseRef,
    pub eligibility: Eligibility,
    /// Which date must fall inside the document's window for the entry to apply.
    pub event: Event,
    pub formula: Formula,
    /// Entries of one group are not paid together (不重复享受): the larger one is paid.
    pub exclusive_group: Option<&'static str>,
    /// The same reward described by another entry (in another document): counted once.
    pub same_as: Option<&'static str>,
    // The analyst's `note` on how the text was read stays in the TOML file, beside the entry:
    // not compiled in, to keep the page small.
}

impl Entry {
    pub fn document(&self) -> &'static Document {
        &DOCUMENTS[self.document]
    }

    /// The clause that grants the entry, verbatim.
    pub fn clause(&self) -> &'static str {
        CLAUSES[usize::from(self.clause.0)]
    }
}

/// Where an entry's clause is in [`CLAUSES`].
#[derive(Clone, Copy, Debug)]
pub struct ClauseRef(u16);

/// Who can claim an entry.
#[derive(Clone, Debug)]
pub struct Eligibility {
    /// Place ids ("fujian", a city id or a county id) the entry covers.
    pub places: &'static [&'static str],
    /// Lowest tier that qualifies; tiers are cumulative upward.
    pub tier: Option<Tier>,
    /// Highest tier that qualifies, where a higher tier no longer does (a 小巨人 is no longer
    /// a 小巨人后备).
    pub max_tier: Option<Tier>,
    pub park: Option<ParkResidency>,
    /// Facts that must all be true.
    pub facts: &'static [Fact],
    /// Numeric thresholds that must all hold.
    pub conditions: &'static [Condition],
}

/// A threshold on one amount. Bounds follow the text: 以上/达到 is `at_least` (inclusive),
/// 超 is `above`, 以下/不足 is `below`, 以内/不超过 is `at_most`.
#[derive(Debug)]
pub struct Condition {
    pub quantity: Quantity,
    pub at_least: Option<Decimal>,
    pub above: Option<Decimal>,
    pub below: Option<Decimal>,
    pub at_most: Option<Decimal>,
}

impl Condition {
    pub fn holds(&self, value: Decimal) -> bool {
        self.at_least.is_none_or(|b| value >= b)
            && self.above.is_none_or(|b| value > b)
            && self.below.is_none_or(|b| value < b)
            && self.at_most.is_none_or(|b| value <= b)
    }
}

/// The date an entry's window is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// First recognition in that tier (首次认定).
    Recognition(Tier),
    /// Start of each qualifying loan.
    LoanStart,
    /// The day of something the firm did or got (moved into the park, equity paid in, a
    /// centre recognised…): `Profile::dates`.
    Occasion(Occasion),
    /// The activity is current: the evaluation date itself.
    EvaluationDate,
}

/// How an entry's amount is worked out.
#[derive(Clone, Debug)]
pub enum Formula {
    /// A fixed sum per enterprise.
    Fixed(Decimal),
    /// Sum of rate × base terms, then capped per enterprise.
    Terms {
        terms: &'static [Term],
        cap: Option<Decimal>,
    },
    /// An interest discount on each loan of one purpose, pro-rated by term up to one year,
    /// summed and capped per enterprise.
    LoanInterest {
        purpose: LoanPurpose,
        rate: InterestRate,
        /// 同一笔贷款已享受其他省级贴息政策的，不重复享受.
        skip_if_other_provincial: bool,
        /// The largest principal a loan of this kind can have, by the lowest tier that has it
        /// (lowest tier first): the discount counts the principal only up to it (厦门's fund:
        /// 研发创新贷款上限 5000万元, 1亿元 for a 小巨人).
        principal_caps: &'static [(Tier, Decimal)],
        cap: Option<Decimal>,
    },
    Unquantified,
}

/// rate × base, where the base may be pro-rated by months (at most 12) or limited to a share of
/// another amount (premium counted only within 7‰ of the insured amount).
#[derive(Debug)]
pub struct Term {
    pub rate: Decimal,
    pub base: Quantity,
    /// If set, base × min(months, 12) / 12: the base is an annual figure paid for so many months.
    pub months: Option<Quantity>,
    pub base_cap: Option<BaseCap>,
}

/// The base counts only up to `rate × of`.
#[derive(Debug)]
pub struct BaseCap {
    pub rate: Decimal,
    pub of: Quantity,
}

/// The annual rate of an interest discount.
#[derive(Clone, Copy, Debug)]
pub enum InterestRate {
    /// A fixed annual rate on the principal (1% 贴息).
    Fixed(Decimal),
    /// Everything above a fixed cost the firm bears (企业固定融资成本为2%/年，其余部分由财政贴息).
    Above(Decimal),
    /// A share of the loan rate, counting the rate only up to the 1-year LPR
    /// (按融资利率最高不超过一年期LPR，比例最高60%).
    ShareWithinLpr(Decimal),
}

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The days on which the result for a profile with no dates of its own (no recognition date,
/// no loan, no evaluation date: the empty profile of a first visit) can change: a document's
/// window opens (`valid_from`), its end starts to be announced (90 days before `valid_to`),
/// the day after it closes, and the days a parameter takes a new value. Sorted, without repeats. Between two of them, such a profile gets the
/// same lines, exclusions and what-if scenarios whatever the day (`tests/steady_span.rs`).
pub fn change_days() -> Vec<Date> {
    let mut days: Vec<Date> = DOCUMENTS
        .iter()
        .flat_map(|d| {
            [
                Some(d.valid_from),
                d.valid_to.map(Date::next_day),
                // The day the end is announced at the top of a result (`notice`).
                d.valid_to.map(crate::notice::notice_from),
            ]
        })
        .flatten()
        .chain(
            PARAMETERS
                .iter()
                .flat_map(|p| p.values.iter().map(|(d, _)| *d)),
        )
        .collect();
    days.sort();
    days.dedup();
    days
}

/// The span of days around `date` over which a profile with no dates of its own gets the
/// result it gets on `date`: from the last [`change_days`] day on or before `date` (`None`:
/// since ever) up to, not including, the first one after it (`None`: for ever). The page's
/// pre-rendered first screen is shown only on the days of its span (scripts/prerender.mjs).
pub fn steady_span(date: Date) -> (Option<Date>, Option<Date>) {
    let days = change_days();
    let from = days.iter().rev().find(|d| **d <= date).copied();
    let until = days.iter().find(|d| **d > date).copied();
    (from, until)
}

/// The entry with this id.
///
/// Lines and exclusions carry their entry's own `id` (the same `&'static str`), so a pointer
/// comparison finds it without comparing text: this look-up was 60% of an evaluation's time
/// when it compared strings (criterion, `engine/benches/evaluate.rs`). Any other string, such
/// as an id typed by hand, is then compared as text.
pub fn entry(id: &str) -> Option<&'static Entry> {
    ENTRIES
        .iter()
        .find(|e| std::ptr::eq(e.id, id))
        .or_else(|| ENTRIES.iter().find(|e| e.id == id))
}

/// The city with this id.
pub fn city(id: &str) -> Option<&'static City> {
    CITIES.iter().find(|c| c.id == id)
}

/// The city a county belongs to, with the county.
pub fn county(id: &str) -> Option<(&'static City, &'static County)> {
    CITIES
        .iter()
        .find_map(|c| c.counties.iter().find(|k| k.id == id).map(|k| (c, k)))
}
