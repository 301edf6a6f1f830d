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
            Quantity::StandardsLed => Unit::Count,
            Quantity::TrainingPersonDays => Unit::PersonDays,
            _ => Unit::Yuan,
        }
    }
}

/// Largest loan rate accepted (36% a year is the legal ceiling for private lending; banks are
/// far below it).
pub const MAX_LOAN_RATE: Decimal = Decimal::from_parts(36, 0, 0, false, 2);

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
