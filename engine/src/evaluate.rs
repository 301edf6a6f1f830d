//! Evaluation: a profile and a date in, a report out. Each entry of the catalogue either
//! becomes a line (with its calculation) or an exclusion (with its reason); then not-both groups
//! and rewards described twice are resolved, and totals are summed from the rounded lines.

use crate::catalogue::{
    self, Document, Eligibility, Entry, Event, Formula, InterestRate, Status, Term, ENTRIES, LPR_1Y,
};
use crate::date::Date;
use crate::money::round_fen;
use crate::profile::{Loan, Profile};
use crate::vocab::*;
use rust_decimal::Decimal;
use serde::Serialize;

/// The result for one profile on one date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub evaluation_date: Date,
    /// Entries the firm qualifies for, whatever their standing.
    pub lines: Vec<Line>,
    /// Entries of the firm's place that it does not get, with the reason.
    pub excluded: Vec<Exclusion>,
    /// Claimable now: events inside the window of a text in force on the evaluation date.
    pub totals: Totals,
    /// Earned under texts that have since ended: to confirm with the department (责任单位).
    pub ended: Totals,
    /// Planned: events dated after the evaluation date.
    pub planned: Totals,
}

/// Where a line stands on the evaluation date. Drafts are never summed; the three others are
/// summed apart ([`Report::totals`], [`Report::ended`], [`Report::planned`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// The event is inside the window and the text is in force: it can be claimed now.
    Claimable,
    /// The event was inside the window, but the text has ended since: earned; whether it can
    /// still be paid is for the department the text names to say.
    EarnedTextEnded,
    /// The event is dated after the evaluation date (inside the window).
    Planned,
    /// The text is a 征求意见稿: shown, never summed.
    Draft,
}

/// Where a line's event date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventSource {
    /// The date the profile gives for the entry's own event (recognition, loan, occasion).
    Own,
    /// The entry has an event of its own whose date was not given: the evaluation date stands
    /// in until it is.
    Assumed,
    /// The entry has no event of its own: the evaluation date decides.
    EvaluationDate,
}

/// A text's window, both ends inclusive; `to` is `None` when the text sets no end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Window {
    pub from: Date,
    pub to: Option<Date>,
}

impl Window {
    pub fn of(doc: &Document) -> Window {
        Window {
            from: doc.valid_from,
            to: doc.valid_to,
        }
    }
}

/// One entry the firm qualifies for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    pub entry: &'static str,
    pub payer: PayerLevel,
    pub kind: Kind,
    /// Status of the entry's document on the evaluation date.
    pub status: Status,
    /// Where the line stands on the evaluation date, from its event and its text's window.
    pub standing: Standing,
    /// The day of the event that dates the line (for a loan discount: the latest loan start
    /// of the line).
    pub event: Date,
    pub event_source: EventSource,
    /// The text's window.
    pub window: Window,
    /// Rounded to the fen; `None` for unquantified lines.
    pub amount: Option<Decimal>,
    /// Whether the line is in the claimable total ([`Report::totals`]).
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
    pub start: Date,
    pub principal: Decimal,
    /// The largest principal the discount counts for this kind of loan and the firm's tier.
    pub principal_cap: Option<Decimal>,
    /// min(principal, principal_cap)
    pub counted_principal: Decimal,
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
    /// The event (recognition, loan start, occasion) falls outside the document's window.
    OutsideWindow {
        event: Date,
        from: Date,
        to: Option<Date>,
    },
    /// The entry's own event has no date in the profile, and the evaluation date, standing in
    /// for it, falls outside the window: the date is worth giving.
    OutsideWindowAssumed {
        occasion: Occasion,
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

/// Sums by payer level and overall, of the lines of one standing.
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

/// Whether the profile answers in the role an entry is for (a service institution, a cluster or
/// park operator), when it is for one. An entry for a role the user did not choose is not a
/// line at all, not even an excluded one: it is not the firm's benefit.
pub fn holds_its_role(entry: &Entry, profile: &Profile) -> bool {
    entry
        .eligibility
        .facts
        .iter()
        .filter(|f| f.is_role())
        .all(|f| profile.facts.contains(f))
}

/// [`evaluate`] over a given list of entries (benchmarks scale the catalogue with it).
pub fn evaluate_entries(profile: &Profile, today: Date, entries: &'static [Entry]) -> Report {
    let on = profile.evaluation_date.unwrap_or(today);
    let places = profile.place_ids();
    let mut lines = Vec::new();
    let mut excluded = Vec::new();
    for entry in entries {
        if !entry.eligibility.places.iter().any(|p| places.contains(p))
            || !holds_its_role(entry, profile)
        {
            continue;
        }
        let doc = entry.document();
        let status = doc.status_on(on);
        match assess(entry, profile, on) {
            Ok(parts) => lines.extend(parts.into_iter().map(|part| Line {
                entry: entry.id,
                payer: entry.payer,
                kind: entry.kind,
                status,
                standing: part.standing,
                event: part.event,
                event_source: part.source,
                window: Window::of(doc),
                amount: part.amount,
                counted: part.standing == Standing::Claimable,
                calculation: part.calculation,
                conflict: None,
            })),
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
    let mut ended = Totals::default();
    let mut planned = Totals::default();
    for line in &lines {
        let sum = match line.standing {
            Standing::Claimable => &mut totals,
            Standing::EarnedTextEnded => &mut ended,
            Standing::Planned => &mut planned,
            Standing::Draft => continue,
        };
        sum.level_mut(line.payer).add(line);
        sum.all.add(line);
    }
    Report {
        evaluation_date: on,
        lines,
        excluded,
        totals,
        ended,
        planned,
    }
}

/// A line's standing on `on`, from its event's date and its document alone: the event must
/// fall inside the window (both ends inclusive); a draft is a draft; an event after `on` is
/// planned; an event inside the window of a text that ended before `on` was earned under it.
pub fn standing(doc: &Document, event: Date, on: Date) -> Result<Standing, Reason> {
    if !doc.covers(event) {
        return Err(Reason::OutsideWindow {
            event,
            from: doc.valid_from,
            to: doc.valid_to,
        });
    }
    Ok(if doc.status == DocumentStatus::Draft {
        Standing::Draft
    } else if event > on {
        Standing::Planned
    } else if doc.valid_to.is_some_and(|end| end < on) {
        Standing::EarnedTextEnded
    } else {
        Standing::Claimable
    })
}

/// One line's worth of an assessed entry. A loan discount whose loans fall in more than one
/// standing (one drawn under an ended text, one planned) gives one part per standing.
struct Part {
    standing: Standing,
    event: Date,
    source: EventSource,
    amount: Option<Decimal>,
    calculation: Calculation,
}

/// The date that decides an entry's window, and where it came from.
fn event_of(entry: &Entry, p: &Profile, on: Date) -> Result<(Date, EventSource), Reason> {
    match entry.event {
        Event::Recognition(tier) => p
            .recognitions
            .get(&tier)
            .map(|d| (*d, EventSource::Own))
            .ok_or(Reason::NoRecognitionDate { tier }),
        Event::Occasion(o) => Ok(p
            .dates
            .get(&o)
            .map_or((on, EventSource::Assumed), |d| (*d, EventSource::Own))),
        // Loans are dated one by one (`loans`); this is never asked for them.
        Event::EvaluationDate | Event::LoanStart => Ok((on, EventSource::EvaluationDate)),
    }
}

fn assess(entry: &Entry, p: &Profile, on: Date) -> Result<Vec<Part>, Reason> {
    check_tier(&entry.eligibility, p)?;
    let doc = entry.document();
    let dated = match entry.event {
        Event::LoanStart => None,
        _ => {
            let (event, source) = event_of(entry, p, on)?;
            let standing = standing(doc, event, on).map_err(|r| match (r, entry.event) {
                (Reason::OutsideWindow { event, from, to }, Event::Occasion(occasion))
                    if source == EventSource::Assumed =>
                {
                    Reason::OutsideWindowAssumed {
                        occasion,
                        event,
                        from,
                        to,
                    }
                }
                (r, _) => r,
            })?;
            Some((standing, event, source))
        }
    };
    check_facts(&entry.eligibility, p)?;
    let one = |amount: Option<Decimal>, calculation| {
        let (standing, event, source) =
            dated.unwrap_or((Standing::Claimable, on, EventSource::EvaluationDate));
        Ok(vec![Part {
            standing,
            event,
            source,
            amount,
            calculation,
        }])
    };
    match &entry.formula {
        Formula::Unquantified => one(None, Calculation::Unquantified),
        Formula::Fixed(a) => one(Some(*a), Calculation::Fixed { amount: *a }),
        Formula::Terms { terms, cap } => {
            let (amount, calculation) = terms_amount(terms, *cap, p)?;
            one(Some(amount), calculation)
        }
        Formula::LoanInterest {
            purpose,
            rate,
            skip_if_other_provincial,
            principal_caps,
            cap,
        } => {
            let kind = LoanKind {
                purpose: *purpose,
                rate: *rate,
                skip_if_other_provincial: *skip_if_other_provincial,
                principal_cap: principal_cap(principal_caps, p.tier),
            };
            loan_parts(doc, p, on, kind, *cap)
        }
    }
}

/// The lowest and highest tier of an entry.
fn check_tier(el: &Eligibility, p: &Profile) -> Result<(), Reason> {
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
    Ok(())
}

/// Park residency, yes/no facts and thresholds.
fn check_facts(el: &Eligibility, p: &Profile) -> Result<(), Reason> {
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
    Ok(())
}

/// Σ rate × base, each base pro-rated by months and limited where the term says, then capped.
fn terms_amount(
    terms: &[Term],
    cap: Option<Decimal>,
    p: &Profile,
) -> Result<(Decimal, Calculation), Reason> {
    // In a sum of terms (5% of one fund + 1% of another) an amount left empty counts as zero,
    // as long as one of them is given.
    if let Some(first) = terms
        .first()
        .filter(|_| terms.iter().all(|t| p.amount(t.base).is_none()))
    {
        return Err(Reason::MissingAmount {
            quantity: first.base,
        });
    }
    let calcs = terms
        .iter()
        .map(|t| term(t, p))
        .collect::<Result<Vec<_>, _>>()?;
    let sum: Decimal = calcs.iter().map(|c| c.value).sum();
    let amount = round_fen(cap.map_or(sum, |c| sum.min(c)));
    if amount.is_zero() {
        return Err(Reason::Zero);
    }
    Ok((
        amount,
        Calculation::Terms {
            terms: calcs,
            sum,
            cap,
            amount,
        },
    ))
}

fn term(t: &Term, p: &Profile) -> Result<TermCalc, Reason> {
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
    Ok(TermCalc {
        rate: t.rate,
        base: t.base,
        base_value,
        months,
        base_limit,
        counted_base,
        value: t.rate * counted_base,
    })
}

/// The discount on each loan of `purpose` whose start falls inside the window, grouped by
/// standing. The cap is per enterprise: it is used up loan by loan in the order the loans
/// start, so a later group gets only what the earlier ones left.
/// Which loans a discount is for, and how it is worked out on each.
struct LoanKind {
    purpose: LoanPurpose,
    rate: InterestRate,
    skip_if_other_provincial: bool,
    /// The largest principal counted for the firm's tier.
    principal_cap: Option<Decimal>,
}

/// The principal ceiling of the highest listed tier the firm holds.
fn principal_cap(caps: &[(Tier, Decimal)], tier: Option<Tier>) -> Option<Decimal> {
    let tier = tier?;
    caps.iter()
        .rfind(|(t, _)| tier.includes(*t))
        .map(|(_, c)| *c)
}

fn loan_parts(
    doc: &Document,
    p: &Profile,
    on: Date,
    kind: LoanKind,
    cap: Option<Decimal>,
) -> Result<Vec<Part>, Reason> {
    let purpose = kind.purpose;
    let mut dated: Vec<(Standing, LoanCalc)> = Vec::new();
    let mut outside = None;
    for (index, loan) in p.loans.iter().enumerate() {
        if loan.purpose != purpose
            || (kind.skip_if_other_provincial && loan.other_provincial_discount)
        {
            continue;
        }
        match standing(doc, loan.start, on) {
            Ok(s) => dated.push((s, loan_calc(index, loan, &kind, p))),
            Err(r) => outside = Some(r),
        }
    }
    if dated.is_empty() {
        return Err(outside.unwrap_or(Reason::NoQualifyingLoan { purpose }));
    }
    dated.sort_by_key(|(_, c)| (c.start, c.index));
    let mut groups: Vec<(Standing, Vec<LoanCalc>)> = Vec::new();
    for (s, c) in dated {
        match groups.iter_mut().find(|(g, _)| *g == s) {
            Some((_, v)) => v.push(c),
            None => groups.push((s, vec![c])),
        }
    }
    let mut left = cap;
    let mut parts = Vec::new();
    for (standing, mut loans) in groups {
        loans.sort_by_key(|c| c.index);
        let sum: Decimal = loans.iter().map(|c| c.value).sum();
        let amount = round_fen(left.map_or(sum, |l| sum.min(l)));
        left = left.map(|l| (l - amount).max(Decimal::ZERO));
        if amount.is_zero() {
            continue;
        }
        let event = loans.iter().map(|c| c.start).max().unwrap_or(on);
        parts.push(Part {
            standing,
            event,
            source: EventSource::Own,
            amount: Some(amount),
            calculation: Calculation::Loans {
                loans,
                sum,
                cap: left.map(|l| l + amount).filter(|_| cap.is_some()),
                amount,
            },
        });
    }
    if parts.is_empty() {
        return Err(Reason::Zero);
    }
    Ok(parts)
}

fn loan_calc(index: usize, loan: &Loan, kind: &LoanKind, p: &Profile) -> LoanCalc {
    let rate = kind.rate;
    let lpr = match rate {
        InterestRate::ShareWithinLpr(_) => {
            Some(p.lpr_override.unwrap_or_else(|| LPR_1Y.at(loan.start)))
        }
        _ => None,
    };
    let discount_rate = match rate {
        InterestRate::Fixed(r) => r,
        InterestRate::Above(floor) => (loan.annual_rate - floor).max(Decimal::ZERO),
        InterestRate::ShareWithinLpr(share) => {
            loan.annual_rate.min(lpr.unwrap_or_default()) * share
        }
    };
    let counted_months = loan.term_months.min(12);
    let counted_principal = kind
        .principal_cap
        .map_or(loan.principal, |c| loan.principal.min(c));
    let value =
        counted_principal * discount_rate * Decimal::from(counted_months) / Decimal::from(12);
    LoanCalc {
        index,
        start: loan.start,
        principal: loan.principal,
        principal_cap: kind.principal_cap,
        counted_principal,
        loan_rate: loan.annual_rate,
        lpr,
        discount_rate,
        term_months: loan.term_months,
        counted_months,
        value,
    }
}

/// In each not-both group keep the entry that pays most in all (the first on a tie); the
/// others' lines become one exclusion each that names it.
fn resolve_exclusive_groups(lines: &mut Vec<Line>, excluded: &mut Vec<Exclusion>) {
    let group_of = |id: &str| catalogue::entry(id).and_then(|e| e.exclusive_group);
    // An entry's amount over its lines (a loan discount can be split by standing); `None` for
    // an unquantified entry.
    let total = |lines: &[Line], id: &str| -> Option<Decimal> {
        lines
            .iter()
            .filter(|l| l.entry == id)
            .filter_map(|l| l.amount)
            .reduce(|a, b| a + b)
    };
    let mut i = 0;
    while i < lines.len() {
        let Some(group) = group_of(lines[i].entry) else {
            i += 1;
            continue;
        };
        let mut best: Option<(&'static str, Option<Decimal>)> = None;
        for l in lines.iter().filter(|l| group_of(l.entry) == Some(group)) {
            let a = total(lines, l.entry);
            if best.is_none_or(|(_, b)| a.unwrap_or_default() > b.unwrap_or_default()) {
                best = Some((l.entry, a));
            }
        }
        let Some((winner, winner_amount)) = best else {
            i += 1;
            continue;
        };
        if lines[i].entry == winner {
            i += 1;
            continue;
        }
        let loser = lines[i].entry;
        let amount = total(lines, loser);
        let first = lines[i].clone();
        lines.retain(|l| l.entry != loser);
        excluded.push(Exclusion {
            entry: loser,
            payer: first.payer,
            status: first.status,
            reason: Reason::NotCombined {
                with: winner,
                amount,
                other_amount: winner_amount,
            },
        });
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
        let official = |l: &Line| l.standing != Standing::Draft;
        let rank = |l: &Line| (official(l), l.amount.unwrap_or_default());
        let keep_i = rank(a) > rank(b);
        let (keep, drop) = if keep_i { (i, j) } else { (j, i) };
        let reason = if official(&lines[keep]) && !official(&lines[drop]) {
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
