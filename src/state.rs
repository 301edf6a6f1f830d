//! The page's one state: the profile being built, what the user typed in each field, the
//! errors beside the fields, and the last valid report. Every step reads it; only [`Action`]s
//! change it (as in Yew's function_todomvc example).

use crate::text::{self, Lang};
use srdi_engine::money::{parse_amount, AmountError};
use srdi_engine::profile::Unit;
use srdi_engine::{evaluate, Date, Profile, Quantity, Report, Tier};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// A field of the questionnaire, for errors and typed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    EvaluationDate,
    Recognition(Tier),
    Amount(Quantity),
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub today: Date,
    pub profile: Profile,
    /// What the user typed, kept as typed even when it does not parse.
    pub typed: BTreeMap<Field, String>,
    /// The message beside each field that does not parse.
    pub errors: BTreeMap<Field, String>,
    /// The result of the last valid profile; shown with a note while an error stands.
    pub report: Rc<Report>,
}

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetCity(String),
    SetCounty(String),
    SetTier(String),
    /// Raw text of a date field.
    SetDate(Field, String),
    /// Raw text of an amount field.
    SetAmount(Quantity, String),
}

impl State {
    pub fn new(today: Date) -> State {
        let profile = Profile::default();
        let report = Rc::new(evaluate(&profile, today));
        State {
            lang: Lang::Zh,
            today,
            profile,
            typed: BTreeMap::new(),
            errors: BTreeMap::new(),
            report,
        }
    }

    pub fn typed(&self, field: Field) -> String {
        self.typed.get(&field).cloned().unwrap_or_default()
    }

    fn recompute(&mut self) {
        if self.errors.is_empty() && self.profile.validate().is_empty() {
            self.report = Rc::new(evaluate(&self.profile, self.today));
        }
    }

    fn set_date(&mut self, field: Field, raw: String) {
        let parsed = if raw.trim().is_empty() {
            Ok(None)
        } else {
            Date::parse(&raw).map(Some)
        };
        match parsed {
            Ok(date) => {
                self.errors.remove(&field);
                match field {
                    Field::EvaluationDate => self.profile.evaluation_date = date,
                    Field::Recognition(tier) => match date {
                        Some(d) => {
                            self.profile.recognitions.insert(tier, d);
                        }
                        None => {
                            self.profile.recognitions.remove(&tier);
                        }
                    },
                    Field::Amount(_) => {}
                }
            }
            Err(e) => {
                self.errors.insert(field, text::date_error(self.lang, &e));
            }
        }
        self.typed.insert(field, raw);
    }

    fn set_amount(&mut self, q: Quantity, raw: String) {
        let field = Field::Amount(q);
        let unit = q.unit();
        match parse_amount(&raw, unit.max_dp(), unit.max()) {
            Ok(v) => {
                self.errors.remove(&field);
                self.profile.amounts.insert(q, v);
            }
            Err(AmountError::Empty) => {
                self.errors.remove(&field);
                self.profile.amounts.remove(&q);
            }
            Err(e) => {
                self.errors
                    .insert(field, text::amount_error(self.lang, &e, unit == Unit::Yuan));
            }
        }
        self.typed.insert(field, raw);
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetCity(city) => {
                s.profile.city = (!city.is_empty()).then_some(city);
                s.profile.county = None;
                if s.profile.tier == Some(Tier::LittleGiantReserve)
                    && s.profile.city.as_deref() != Some("xiamen")
                {
                    s.profile.tier = Some(Tier::Provincial);
                }
            }
            Action::SetCounty(county) => s.profile.county = (!county.is_empty()).then_some(county),
            Action::SetTier(tier) => {
                s.profile.tier = Tier::from_name(&tier);
                // Recognition dates follow the tier: those above it drop out of the profile, and
                // what was typed for them comes back if the tier goes up again.
                s.profile.recognitions.clear();
                s.errors.retain(|f, _| !matches!(f, Field::Recognition(_)));
                let have = s.profile.tier;
                for t in Tier::ALL
                    .iter()
                    .copied()
                    .filter(|t| have.is_some_and(|have| have.includes(*t)))
                {
                    if let Some(raw) = s.typed.get(&Field::Recognition(t)).cloned() {
                        s.set_date(Field::Recognition(t), raw);
                    }
                }
            }
            Action::SetDate(field, raw) => s.set_date(field, raw),
            Action::SetAmount(q, raw) => s.set_amount(q, raw),
        }
        s.recompute();
        Rc::new(s)
    }
}
