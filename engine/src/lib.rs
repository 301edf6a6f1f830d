//! srdi-engine: the policy logic of 专精特新惠企计算器, with no web dependencies.
//!
//! - [`vocab`]: the closed vocabulary (tiers, payer levels, amounts, facts) the catalogue uses.
//! - [`catalogue`]: the five documents and their entries, generated from `catalogue/*.toml`.
//! - [`profile`]: the enterprise's answers and their validation.
//! - [`evaluate()`]: profile + date → report of lines, exclusions and totals.
//! - [`describe`]: the words for formulas and reasons, in Chinese and English.
//! - [`money`]: the rounding rule, display and input parsing of amounts.
//! - [`questions`]: which questions can change the result for a place and tier.
//! - [`collections`]: the small sorted maps and sets the answers are kept in.
//! - [`json`]: the small JSON writer of the exported document.
//! - [`template`]: the spreadsheet of many firms (CSV or xlsx rows) read into profiles, and a
//!   summary per firm.
// No panics on user-derived data: the page must answer whatever is typed.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod catalogue;
pub mod checklist;
pub mod collections;
pub mod date;
pub mod describe;
pub mod evaluate;
pub mod export;
pub mod json;
pub mod money;
pub mod notice;
pub mod profile;
pub mod questions;
pub mod share;
pub mod template;
pub mod vocab;
pub mod what_if;

pub use date::Date;
pub use evaluate::{
    evaluate, Calculation, EventSource, Exclusion, Line, Reason, Report, Standing, Totals, Window,
};
pub use notice::{notices, Notice};
pub use profile::{FieldError, Loan, Problem, Profile};
pub use rust_decimal::Decimal;
pub use vocab::*;

/// The catalogue's version and the day its rules were last reviewed: catalogue/review.toml.
pub use catalogue::{CATALOGUE_VERSION, RULES_REVIEWED};

macro_rules! serde_by_name {
    ($($t:ty),*) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                <$t>::from_name(&s).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "unknown {} {s:?}; expected one of: {}",
                        stringify!($t),
                        <$t>::ALL.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ")
                    ))
                })
            }
        }
    )*};
}
serde_by_name!(
    Tier,
    PayerLevel,
    Kind,
    Frequency,
    DocumentStatus,
    ParkResidency,
    LoanPurpose,
    Quantity,
    Fact,
    Occasion
);
