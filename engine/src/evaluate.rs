//! Evaluation: a profile and a date in, a report out. Each entry of the catalogue either
//! becomes a line (with its calculation) or an exclusion (with its reason); then not-both groups
//! and rewards described twice are resolved, and totals are summed from the rounded lines.

use crate::catalogue::{self, Entry, Formula, InterestRate, Status, ENTRIES, LPR_1Y};
use crate::date::Date;
use crate::money::round_fen;
use crate::profile::Profile;
use crate::vocab::*;
use rust_decimal::Decimal;
use serde::Serialize;

/// The result for one profile on one date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub evaluation_date: Date,
    /// Entries the firm qualifies for, counted or not (expired, draft).
    pub lines: Vec<Line>,
    /// Entries of the firm's place that it does not get, with the reason.
    pub excluded: Vec<Exclusion>,
    pub totals: Totals,
}

/// One entry the firm qualifies for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    pub entry: &'static str,
    pub payer: PayerLevel,
    pub kind: Kind,
    /// Status of the entry's document on the evaluation date.
    pub status: Status,
    /// Rounded to the fen; `None` for unquantified lines.
    pub amount: Option<Decimal>,
    /// Whether the line is in the totals: in force, not a draft.
    pub counted: bool,
    pub calculation: Calculation,
    /// Another document describes the same reward differently; this line was used.
    pub conflict: Option<Conflict>,
}

/// The same reward in two documents with different numbers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    pub other_entry: &'static str,
    pub other_amount: Option<Decimal>,
    pub reason: ConflictChoice,
}

/// Why this line was used rather than the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictChoice {
    /// The other text is a draft (征求意见稿) or not in force; this one is.
    InForceOverDraft,
    /// Both stand equally; the larger amount is shown.
    Larger,
}

/// How a line's amount was worked out, with the firm's numbers.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Calculation {
    Fixed {
        amount: Decimal,
    },
    Terms {
        terms: Vec<TermCalc>,
        sum: Decimal,
        cap: Option<Decimal>,
        amount: Decimal,
    },
    Loans {
        loans: Vec<LoanCalc>,
        sum: Decimal,
        cap: Option<Decimal>,
        amount: Decimal,
    },
    Unquantified,
}

/// rate × base for one term.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TermCalc {
    pub rate: Decimal,
    pub base: Quantity,
    pub base_value: Decimal,
    /// Months counted (at most 12) when the base is an annual figure.
    pub months: Option<Decimal>,
    /// The base limit (rate × other amount) when the base counts only up to it.
    pub base_limit: Option<Decimal>,
    /// Base after pro-rating and limits.
    pub counted_base: Decimal,
    pub value: Decimal,
}

/// The discount on one loan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LoanCalc {
    /// Position in the profile's loan list.
    pub index: usize,
    pub principal: Decimal,
    pub loan_rate: Decimal,
    /// The 1-year LPR used, for discounts that count the rate only up to it.
    pub lpr: Option<Decimal>,
    /// Annual discount rate applied to the principal.
    pub discount_rate: Decimal,
    pub term_months: u32,
    /// min(term, 12)
    pub counted_months: u32,
    pub value: Decimal,
}

/// An entry of the firm's place that does not pay, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Exclusion {
    pub entry: &'static str,
    pub payer: PayerLevel,
    pub status: Status,
    pub reason: Reason,
}

/// Why an entry does not pay.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    NoTier {
        needs: Tier,
    },
    TierTooLow {
        needs: Tier,
        has: Tier,
    },
    TierTooHigh {
        max: Tier,
        has: Tier,
    },
    NoRecognitionDate {
        tier: Tier,
    },
    /// The event (recognition, loan start) falls outside the document's window.
    OutsideWindow {
        event: Date,
        from: Date,
        to: Option<Date>,
    },
    NotInPark,
    MissingFact {
        fact: Fact,
    },
    MissingAmount {
        quantity: Quantity,
    },
    BelowThreshold {
        quantity: Quantity,
        value: Decimal,
    },
    NoQualifyingLoan {
        purpose: LoanPurpose,
    },
    /// The formula gives nothing for the firm's numbers.
    Zero,
    /// In a not-both group (不重复享受) with a line that pays more.
    NotCombined {
        with: &'static str,
        amount: Option<Decimal>,
        other_amount: Option<Decimal>,
    },
    /// The same reward, counted once under the other entry.
    CountedOnce {
        with: &'static str,
        amount: Option<Decimal>,
        other_amount: Option<Decimal>,
    },
}

/// Sums by payer level and overall. Only counted lines (in force, not draft) are summed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    pub county: LevelTotal,
    pub city: LevelTotal,
    pub province: LevelTotal,
    pub all: LevelTotal,
}

/// Exact and "up to" amounts kept apart, with the number of unquantified lines.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LevelTotal {
    pub exact: Decimal,
    pub up_to: Decimal,
    pub unquantified: u32,
}

impl Totals {
    pub fn level(&self, level: PayerLevel) -> &LevelTotal {
        match level {
            PayerLevel::County => &self.county,
            PayerLevel::City => &self.city,
            PayerLevel::Province => &self.province,
        }
    }
    fn level_mut(&mut self, level: PayerLevel) -> &mut LevelTotal {
        match level {
            PayerLevel::County => &mut self.county,
            PayerLevel::City => &mut self.city,
            PayerLevel::Province => &mut self.province,
        }
    }
}

impl LevelTotal {
    fn add(&mut self, line: &Line) {
        match (line.kind, line.amount) {
            (Kind::Exact, Some(a)) => self.exact += a,
            (Kind::UpTo, Some(a)) => self.up_to += a,
            _ => self.unquantified += 1,
        }
    }
}

/// Evaluates `profile` against the whole catalogue. `today` is used when the profile has no
/// evaluation date. The profile should have passed [`Profile::validate`]; every input is then
/// bounded so that no arithmetic below can overflow.
pub fn evaluate(profile: &Profile, today: Date) -> Report {
    evaluate_entries(profile, today, ENTRIES)
}

/// [`evaluate`] over a given list of entries (benchmarks scale the catalogue with it).
pub fn evaluate_entries(profile: &Profile, today: Date, entries: &'static [Entry]) -> Report {
    let on = profile.evaluation_date.unwrap_or(today);
    let places = profile.place_ids();
    let mut lines = Vec::new();
    let mut excluded = Vec::new();
    for entry in entries {
        if !entry.eligibility.places.iter().any(|p| places.contains(p)) {
            continue;
        }
        let status = entry.document().status_on(on);
        match assess(entry, profile, on) {
            Ok((amount, calculation)) => lines.push(Line {
                entry: entry.id,
                payer: entry.payer,
                kind: entry.kind,
                status,
                amount,
                counted: status == Status::InForce,
                calculation,
                conflict: None,
            }),
            Err(reason) => excluded.push(Exclusion {
                entry: entry.id,
                payer: entry.payer,
                status,
                reason,
            }),
        }
    }
    resolve_exclusive_groups(&mut lines, &mut excluded);
    resolve_same_rewards(&mut lines, &mut excluded);
    let mut totals = Totals::default();
    for line in lines.iter().filter(|l| l.counted) {
        totals.level_mut(line.payer).add(line);
        totals.all.add(line);
    }
    Report {
        evaluation_date: on,
        lines,
        excluded,
        totals,
    }
}

fn assess(entry: &Entry, p: &Profile, on: Date) -> Result<(Option<Decimal>, Calculation), Reason> {
    let el = &entry.eligibility;
    if let Some(needs) = el.tier {
        match p.tier {
            None => return Err(Reason::NoTier { needs }),
            Some(has) if !has.includes(needs) => return Err(Reason::TierTooLow { needs, has }),
            _ => {}
        }
    }
    if let (Some(max), Some(has)) = (el.max_tier, p.tier) {
        if has > max {
            return Err(Reason::TierTooHigh { max, has });
        }
    }
    let doc = entry.document();
    let window = |event: Date| {
        if doc.covers(event) {
            Ok(())
        } else {
            Err(Reason::OutsideWindow {
                event,
                from: doc.valid_from,
                to: doc.valid_to,
            })
        }
    };
    match entry.event {
        catalogue::Event::Recognition(tier) => {
            let date = *p
                .recognitions
                .get(&tier)
                .ok_or(Reason::NoRecognitionDate { tier })?;
            window(date)?;
        }
        catalogue::Event::EvaluationDate => window(on)?,
        // Checked loan by loan below.
        catalogue::Event::LoanStart => {}
    }
    if let Some(park) = el.park {
        if p.park != park {
            return Err(Reason::NotInPark);
        }
    }
    if let Some(fact) = el.facts.iter().find(|f| !p.facts.contains(f)) {
        return Err(Reason::MissingFact { fact: *fact });
    }
    for c in el.conditions {
        let value = p.amount(c.quantity).ok_or(Reason::MissingAmount {
            quantity: c.quantity,
        })?;
        if !c.holds(value) {
            return Err(Reason::BelowThreshold {
                quantity: c.quantity,
                value,
            });
        }
    }
    let (amount, calculation) = match &entry.formula {
        Formula::Unquantified => return Ok((None, Calculation::Unquantified)),
        Formula::Fixed(a) => (*a, Calculation::Fixed { amount: *a }),
        Formula::Terms { terms, cap } => {
            let mut calcs = Vec::new();
            // In a sum of terms (5% of one fund + 1% of another) an amount left empty counts as
            // zero, as long as one of them is given.
            if let Some(first) = terms
                .first()
                .filter(|_| terms.iter().all(|t| p.amount(t.base).is_none()))
            {
                return Err(Reason::MissingAmount {
                    quantity: first.base,
                });
            }
            for t in *terms {
                let base_value = p.amount(t.base).unwrap_or_default();
                let months = match t.months {
                    Some(m) => Some(
                        p.amount(m)
                            .ok_or(Reason::MissingAmount { quantity: m })?
                            .min(Decimal::from(12)),
                    ),
                    None => None,
                };
                let base_limit = match &t.base_cap {
                    Some(bc) => Some(
                        bc.rate
                            * p.amount(bc.of)
                                .ok_or(Reason::MissingAmount { quantity: bc.of })?,
                    ),
                    None => None,
                };
                let mut counted_base = base_value;
                if let Some(m) = months {
                    counted_base = counted_base * m / Decimal::from(12);
                }
                if let Some(limit) = base_limit {
                    counted_base = counted_base.min(limit);
                }
                let value = t.rate * counted_base;
                calcs.push(TermCalc {
                    rate: t.rate,
                    base: t.base,
                    base_value,
                    months,
                    base_limit,
                    counted_base,
                    value,
                });
            }
            let sum: Decimal = calcs.iter().map(|c| c.value).sum();
            let amount = round_fen(cap.map_or(sum, |c| sum.min(c)));
            (
                amount,
                Calculation::Terms {
                    terms: calcs,
                    sum,
                    cap: *cap,
                    amount,
                },
            )
        }
        Formula::LoanInterest {
            purpose,
            rate,
            skip_if_other_provincial,
            cap,
        } => {
            let mut calcs = Vec::new();
            let mut outside = None;
            for (index, loan) in p.loans.iter().enumerate() {
                if loan.purpose != *purpose
                    || (*skip_if_other_provincial && loan.other_provincial_discount)
                {
                    continue;
                }
                if let Err(r) = window(loan.start) {
                    outside = Some(r);
                    continue;
                }
                let lpr = match rate {
                    InterestRate::ShareWithinLpr(_) => {
                        Some(p.lpr_override.unwrap_or_else(|| LPR_1Y.at(loan.start)))
                    }
                    _ => None,
                };
                let discount_rate = match rate {
                    InterestRate::Fixed(r) => *r,
                    InterestRate::Above(floor) => (loan.annual_rate - floor).max(Decimal::ZERO),
                    InterestRate::ShareWithinLpr(share) => {
                        loan.annual_rate.min(lpr.unwrap_or_default()) * share
                    }
                };
                let counted_months = loan.term_months.min(12);
                let value = loan.principal * discount_rate * Decimal::from(counted_months)
                    / Decimal::from(12);
                calcs.push(LoanCalc {
                    index,
                    principal: loan.principal,
                    loan_rate: loan.annual_rate,
                    lpr,
                    discount_rate,
                    term_months: loan.term_months,
                    counted_months,
                    value,
                });
            }
            if calcs.is_empty() {
                return Err(outside.unwrap_or(Reason::NoQualifyingLoan { purpose: *purpose }));
            }
            let sum: Decimal = calcs.iter().map(|c| c.value).sum();
            let amount = round_fen(cap.map_or(sum, |c| sum.min(c)));
            (
                amount,
                Calculation::Loans {
                    loans: calcs,
                    sum,
                    cap: *cap,
                    amount,
                },
            )
        }
    };
    if amount.is_zero() {
        return Err(Reason::Zero);
    }
    Ok((Some(amount), calculation))
}

/// In each not-both group keep the line that pays most (the first on a tie); the others become
/// exclusions that name it.
fn resolve_exclusive_groups(lines: &mut Vec<Line>, excluded: &mut Vec<Exclusion>) {
    let group_of = |l: &Line| catalogue::entry(l.entry).and_then(|e| e.exclusive_group);
    let mut i = 0;
    while i < lines.len() {
        let Some(group) = group_of(&lines[i]) else {
            i += 1;
            continue;
        };
        let best = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| group_of(l) == Some(group))
            .fold(None::<(usize, Decimal)>, |best, (j, l)| {
                let a = l.amount.unwrap_or_default();
                match best {
                    Some((_, b)) if b >= a => best,
                    _ => Some((j, a)),
                }
            })
            .map(|(j, _)| j);
        if best == Some(i) {
            i += 1;
            continue;
        }
        let winner = best.map(|j| (lines[j].entry, lines[j].amount));
        let line = lines.remove(i);
        if let Some((with, other_amount)) = winner {
            excluded.push(Exclusion {
                entry: line.entry,
                payer: line.payer,
                status: line.status,
                reason: Reason::NotCombined {
                    with,
                    amount: line.amount,
                    other_amount,
                },
            });
        }
    }
}

/// Where two entries describe the same reward, keep one: the in-force official text over a
/// draft, else the larger. The kept line carries the conflict so the user sees both numbers.
fn resolve_same_rewards(lines: &mut Vec<Line>, excluded: &mut Vec<Exclusion>) {
    let mut i = 0;
    while i < lines.len() {
        let Some(target) = catalogue::entry(lines[i].entry).and_then(|e| e.same_as) else {
            i += 1;
            continue;
        };
        let Some(j) = lines.iter().position(|l| l.entry == target) else {
            i += 1;
            continue;
        };
        let (a, b) = (&lines[i], &lines[j]);
        let rank = |l: &Line| (l.status == Status::InForce, l.amount.unwrap_or_default());
        let keep_i = rank(a) > rank(b);
        let (keep, drop) = if keep_i { (i, j) } else { (j, i) };
        let reason =
            if lines[keep].status == Status::InForce && lines[drop].status != Status::InForce {
                ConflictChoice::InForceOverDraft
            } else {
                ConflictChoice::Larger
            };
        lines[keep].conflict = Some(Conflict {
            other_entry: lines[drop].entry,
            other_amount: lines[drop].amount,
            reason,
        });
        let dropped = lines.remove(drop);
        excluded.push(Exclusion {
            entry: dropped.entry,
            payer: dropped.payer,
            status: dropped.status,
            reason: Reason::CountedOnce {
                with: lines[if keep > drop { keep - 1 } else { keep }].entry,
                amount: dropped.amount,
                other_amount: lines[if keep > drop { keep - 1 } else { keep }].amount,
            },
        });
        if drop < i {
            i -= 1;
        } else if drop == i {
            continue;
        }
        i += 1;
    }
}
