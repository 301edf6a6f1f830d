//! Which questions can change the result for a firm's place and tier: the questionnaire asks
//! only these. Worked out from the catalogue itself, so a new entry brings its questions.

use crate::catalogue::{Entry, Event, Formula, ENTRIES};
use crate::collections::VecSet;
use crate::profile::Profile;
use crate::vocab::*;

/// The inputs that some entry of the firm's place and tier reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Relevant {
    pub quantities: VecSet<Quantity>,
    pub facts: VecSet<Fact>,
    pub park: bool,
    pub loan_purposes: VecSet<LoanPurpose>,
    /// Tiers whose first-recognition date some entry needs.
    pub recognitions: VecSet<Tier>,
    /// Whether a loan's "already has another provincial discount" flag matters.
    pub other_provincial_flag: bool,
    /// Occasions whose date dates some entry (moved into the park, equity paid in…).
    pub occasions: VecSet<Occasion>,
}

impl Relevant {
    /// The occasion whose date dates the entries reading `q`, when there is one: the page
    /// asks for that date right beside the amount (the rent period's first day beside the
    /// rent). `None` for amounts whose entries have no occasion of their own.
    pub fn occasion_of(q: Quantity) -> Option<Occasion> {
        ENTRIES.iter().find_map(|e| match e.event {
            Event::Occasion(o) if reads(e, q) => Some(o),
            _ => None,
        })
    }

    /// The occasion that dates the entries needing `f`, when there is one (the day a centre
    /// was newly recognised beside "新认定为省级企业技术中心").
    pub fn occasion_of_fact(f: Fact) -> Option<Occasion> {
        ENTRIES.iter().find_map(|e| match e.event {
            Event::Occasion(o) if e.eligibility.facts.contains(&f) => Some(o),
            _ => None,
        })
    }
}

/// Whether `entry` reads the amount `q` (in a term or a threshold).
fn reads(entry: &Entry, q: Quantity) -> bool {
    entry.eligibility.conditions.iter().any(|c| c.quantity == q)
        || matches!(&entry.formula, Formula::Terms { terms, .. }
            if terms.iter().any(|t| t.base == q || t.months == Some(q)))
}

/// Whether `entry` can apply to a firm of `profile`'s place and tier (ignoring everything else).
pub fn in_play(entry: &Entry, profile: &Profile) -> bool {
    let places = profile.place_ids();
    let place = entry.eligibility.places.iter().any(|p| places.contains(p));
    let tier_ok = match (entry.eligibility.tier, profile.tier) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(needs), Some(has)) => has.includes(needs),
    };
    let max_ok = match (entry.eligibility.max_tier, profile.tier) {
        (Some(max), Some(has)) => has <= max,
        _ => true,
    };
    place && tier_ok && max_ok
}

/// The questions that matter for `profile`'s place and tier.
pub fn relevant(profile: &Profile) -> Relevant {
    let mut r = Relevant::default();
    for e in ENTRIES.iter().filter(|e| in_play(e, profile)) {
        // An entry for a role asks whether the user answers in that role; its other questions
        // come once the role is chosen (a firm is not asked for a service institution's fees).
        if !crate::evaluate::holds_its_role(e, profile) {
            r.facts
                .extend(e.eligibility.facts.iter().copied().filter(|f| f.is_role()));
            continue;
        }
        r.facts.extend(e.eligibility.facts.iter().copied());
        r.quantities
            .extend(e.eligibility.conditions.iter().map(|c| c.quantity));
        r.park |= e.eligibility.park.is_some();
        match e.event {
            Event::Recognition(t) => {
                r.recognitions.insert(t);
            }
            Event::Occasion(o) => {
                r.occasions.insert(o);
            }
            Event::LoanStart | Event::EvaluationDate => {}
        }
        match &e.formula {
            Formula::Terms { terms, .. } => {
                for t in *terms {
                    r.quantities.insert(t.base);
                    r.quantities.extend(t.months);
                    r.quantities.extend(t.base_cap.as_ref().map(|b| b.of));
                }
            }
            Formula::LoanInterest {
                purpose,
                skip_if_other_provincial,
                ..
            } => {
                r.loan_purposes.insert(*purpose);
                r.other_provincial_flag |= *skip_if_other_provincial;
            }
            Formula::Fixed(_) | Formula::Unquantified => {}
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yongchun_provincial_firm_is_asked_about_the_park() {
        let p = Profile {
            city: Some("quanzhou".into()),
            county: Some("yongchun".into()),
            tier: Some(Tier::Provincial),
            ..Profile::default()
        };
        let r = relevant(&p);
        assert!(r.park);
        assert!(r.quantities.contains(&Quantity::ParkRentPerYear));
        assert!(r.quantities.contains(&Quantity::ParkFirstYearKwh));
        assert!(r.loan_purposes.contains(&LoanPurpose::ParkPremises));
        assert!(r.recognitions.contains(&Tier::Provincial));
        assert!(!r.recognitions.contains(&Tier::LittleGiant));
        // 补贴期限 and 入驻园区后第一年: the rent period's first day and the move-in day.
        assert!(r.occasions.contains(&Occasion::ParkRentStart));
        assert!(r.occasions.contains(&Occasion::ParkMoveIn));
        assert!(!r.occasions.contains(&Occasion::Consulting));
        assert_eq!(
            Relevant::occasion_of(Quantity::ParkRentPerYear),
            Some(Occasion::ParkRentStart)
        );
        assert_eq!(
            Relevant::occasion_of(Quantity::ParkFirstYearKwh),
            Some(Occasion::ParkMoveIn)
        );
        assert_eq!(Relevant::occasion_of(Quantity::AvgTaxLast3Years), None);
        assert_eq!(
            Relevant::occasion_of_fact(Fact::NewProvincialTechCenter),
            Some(Occasion::NewTechCenter)
        );
    }

    #[test]
    fn elsewhere_in_quanzhou_nobody_asks_about_yongchun_park() {
        let p = Profile {
            city: Some("quanzhou".into()),
            county: Some("jinjiang".into()),
            tier: Some(Tier::Provincial),
            ..Profile::default()
        };
        let r = relevant(&p);
        assert!(!r.quantities.contains(&Quantity::ParkRentPerYear));
        assert!(!r.loan_purposes.contains(&LoanPurpose::ParkPremises));
    }
}

/// A question of the questionnaire that decides an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Tier(Tier),
    Recognition(Tier),
    Park,
    Fact(Fact),
    Amount(Quantity),
    Loan(LoanPurpose),
}

/// The questions that decide `entry`, in questionnaire order.
pub fn deciding(entry: &Entry) -> Vec<Question> {
    let el = &entry.eligibility;
    let mut out: Vec<Question> = el.tier.map(Question::Tier).into_iter().collect();
    if let Event::Recognition(t) = entry.event {
        out.push(Question::Recognition(t));
    }
    if el.park.is_some() {
        out.push(Question::Park);
    }
    let mut amounts: Vec<Quantity> = el.conditions.iter().map(|c| c.quantity).collect();
    match &entry.formula {
        Formula::Terms { terms, .. } => {
            for t in *terms {
                amounts.push(t.base);
                amounts.extend(t.months);
                amounts.extend(t.base_cap.as_ref().map(|b| b.of));
            }
        }
        Formula::LoanInterest { purpose, .. } => out.push(Question::Loan(*purpose)),
        _ => {}
    }
    amounts.dedup();
    out.extend(amounts.into_iter().map(Question::Amount));
    out.extend(el.facts.iter().map(|f| Question::Fact(*f)));
    out
}
