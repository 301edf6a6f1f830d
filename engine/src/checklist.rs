//! From result to action: every line the enterprise can claim now, grouped by the department its
//! text names (责任单位, the first one listed leads), nearest level first, each with how often it
//! is paid and the facts from the enterprise's own answers that it will have to prove; and,
//! listed apart the same way, what it earned under texts that have since ended, to confirm with
//! those departments.

use crate::catalogue::{self, Event, Formula};
use crate::evaluate::{Calculation, Line, Report, Standing, Window};
use crate::profile::Profile;
use crate::vocab::*;
use crate::Date;
use rust_decimal::Decimal;
use serde::Serialize;

/// A fact from the answers that a line depends on.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Evidence {
    Recognition {
        tier: Tier,
        date: Date,
    },
    Park,
    Fact {
        fact: Fact,
    },
    Amount {
        quantity: Quantity,
        value: Decimal,
    },
    Loan {
        index: usize,
        purpose: LoanPurpose,
        principal: Decimal,
        start: Date,
        term_months: u32,
    },
}

/// One line of the result to act on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    pub entry: &'static str,
    pub amount: Option<Decimal>,
    pub kind: Kind,
    pub frequency: Frequency,
    /// Claimable, or earned under a text that has since ended (see [`to_confirm`]).
    pub standing: Standing,
    /// The day of the line's event.
    pub event: Date,
    /// Its text's window (`to`: the last day a claim can rest on; `None`: no end set).
    pub window: Window,
    pub evidence: Vec<Evidence>,
}

/// The lines one department handles.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    pub level: PayerLevel,
    /// The lead department as the text names it.
    pub department: &'static str,
    /// All departments the text names for these lines.
    pub departments: Vec<&'static str>,
    pub items: Vec<Item>,
}

/// What a line depends on, from the profile.
pub fn evidence(
    entry: &catalogue::Entry,
    profile: &Profile,
    calculation: &Calculation,
) -> Vec<Evidence> {
    let mut out = Vec::new();
    if let Event::Recognition(tier) = entry.event {
        if let Some(date) = profile.recognitions.get(&tier) {
            out.push(Evidence::Recognition { tier, date: *date });
        }
    }
    if entry.eligibility.park.is_some() {
        out.push(Evidence::Park);
    }
    out.extend(
        entry
            .eligibility
            .facts
            .iter()
            .map(|f| Evidence::Fact { fact: *f }),
    );
    let mut quantities: Vec<Quantity> = entry
        .eligibility
        .conditions
        .iter()
        .map(|c| c.quantity)
        .collect();
    if let Formula::Terms { terms, .. } = &entry.formula {
        for t in *terms {
            quantities.push(t.base);
            quantities.extend(t.months);
            quantities.extend(t.base_cap.as_ref().map(|b| b.of));
        }
    }
    for q in quantities {
        if let Some(value) = profile.amount(q) {
            let e = Evidence::Amount { quantity: q, value };
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    if let Calculation::Loans { loans, .. } = calculation {
        for l in loans {
            if let Some(loan) = profile.loans.get(l.index) {
                out.push(Evidence::Loan {
                    index: l.index,
                    purpose: loan.purpose,
                    principal: loan.principal,
                    start: loan.start,
                    term_months: loan.term_months,
                });
            }
        }
    }
    out
}

/// Whether the firm can claim a line of the result now: its event is inside the window of a
/// text in force on the evaluation date ([`Standing::Claimable`]). Lines earned under a text
/// that has since ended, planned lines and drafts are not.
pub fn claimable(line: &Line) -> bool {
    line.standing == Standing::Claimable
}

/// Whether a line was earned under a text that has since ended
/// ([`Standing::EarnedTextEnded`]): whether it can still be paid is for the departments the text
/// names to say.
pub fn to_confirm(line: &Line) -> bool {
    line.standing == Standing::EarnedTextEnded
}

/// The claimable lines (see [`claimable`]) grouped by lead department, county first, then city,
/// then province.
pub fn checklist(report: &Report, profile: &Profile) -> Vec<Group> {
    groups(report, profile, claimable)
}

/// The lines earned under texts that have since ended (see [`to_confirm`]), grouped the same
/// way: the departments to ask whether they can still be paid.
pub fn confirm_list(report: &Report, profile: &Profile) -> Vec<Group> {
    groups(report, profile, to_confirm)
}

fn groups(report: &Report, profile: &Profile, keep: fn(&Line) -> bool) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for level in [PayerLevel::County, PayerLevel::City, PayerLevel::Province] {
        for line in report.lines.iter().filter(|l| l.payer == level && keep(l)) {
            let Some(entry) = catalogue::entry(line.entry) else {
                continue;
            };
            let lead = entry.departments.first().copied().unwrap_or("");
            let item = Item {
                entry: entry.id,
                amount: line.amount,
                kind: line.kind,
                frequency: entry.frequency,
                standing: line.standing,
                event: line.event,
                window: line.window,
                evidence: evidence(entry, profile, &line.calculation),
            };
            match groups
                .iter_mut()
                .find(|g| g.level == level && g.department == lead)
            {
                Some(g) => {
                    for d in entry.departments {
                        if !g.departments.contains(d) {
                            g.departments.push(d);
                        }
                    }
                    g.items.push(item);
                }
                None => groups.push(Group {
                    level,
                    department: lead,
                    departments: entry.departments.to_vec(),
                    items: vec![item],
                }),
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::evaluate;
    use crate::profile::Loan;

    /// A Yongchun 省级 firm in the park: the county's 工信商务局 handles the recognition award
    /// (first recognised 2024-06-15) and the rent subsidy (rent 3,000,000 元/yr for 12 months).
    #[test]
    fn groups_by_lead_department_with_evidence() {
        let mut p = Profile {
            city: Some("quanzhou".into()),
            county: Some("yongchun".into()),
            tier: Some(Tier::Provincial),
            park: ParkResidency::SrdiPark,
            evaluation_date: Some(Date::ymd(2025, 6, 1)),
            ..Profile::default()
        };
        p.recognitions
            .insert(Tier::Provincial, Date::ymd(2024, 6, 15));
        p.amounts
            .insert(Quantity::ParkRentPerYear, Decimal::from(3_000_000));
        p.amounts
            .insert(Quantity::ParkRentMonths, Decimal::from(12));
        p.loans.push(Loan {
            purpose: LoanPurpose::WorkingCapital,
            principal: Decimal::from(10_000_000),
            annual_rate: Decimal::new(35, 3),
            term_months: 12,
            start: Date::ymd(2024, 7, 1),
            other_provincial_discount: false,
        });
        let r = evaluate(&p, Date::ymd(2025, 6, 1));
        let groups = checklist(&r, &p);
        let first = &groups[0];
        assert_eq!(
            (first.level, first.department),
            (PayerLevel::County, "县工信商务局")
        );
        let award = first
            .items
            .iter()
            .find(|i| i.entry == "yc-first-provincial")
            .expect("award");
        assert_eq!(award.frequency, Frequency::OneOff);
        assert_eq!(
            award.evidence,
            vec![Evidence::Recognition {
                tier: Tier::Provincial,
                date: Date::ymd(2024, 6, 15)
            }]
        );
        let rent = first
            .items
            .iter()
            .find(|i| i.entry == "yc-park-rent")
            .expect("rent");
        assert!(rent.evidence.contains(&Evidence::Park));
        assert!(rent.evidence.contains(&Evidence::Amount {
            quantity: Quantity::ParkRentPerYear,
            value: Decimal::from(3_000_000)
        }));
        // The provincial working-capital discount goes to 省工信厅, after the county and city.
        let wc = groups
            .iter()
            .find(|g| {
                g.items
                    .iter()
                    .any(|i| i.entry == "fj-working-capital-discount")
            })
            .expect("working-capital group");
        assert_eq!(
            (wc.level, wc.department),
            (PayerLevel::Province, "省工信厅")
        );
        let item = wc
            .items
            .iter()
            .find(|i| i.entry == "fj-working-capital-discount")
            .expect("item");
        assert!(matches!(item.evidence[0], Evidence::Loan { index: 0, .. }));
        // Groups come county, then city, then province.
        let levels: Vec<PayerLevel> = groups.iter().map(|g| g.level).collect();
        let mut sorted = levels.clone();
        sorted.sort();
        assert_eq!(levels, sorted);
    }
}
