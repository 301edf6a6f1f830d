//! What if: the gain from the next step up — the next tier, moving into a 专精特新 park, the same
//! enterprise in another covered place — each as the difference in totals with the lines that
//! make it, and the other choice of each not-both group.

use crate::catalogue::{self, CITIES};
use crate::evaluate::{evaluate, Reason, Report};
use crate::profile::Profile;
use crate::questions::relevant;
use crate::vocab::*;
use crate::Date;
use rust_decimal::Decimal;
use serde::Serialize;

/// A change to the answers that a scenario makes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// Recognised in `tier` for the first time on `on` (the evaluation date).
    NextTier { tier: Tier, on: Date },
    /// Moves into a 专精特新（示范）园区.
    IntoPark,
    /// The same enterprise registered in another place.
    Place {
        city: &'static str,
        county: Option<&'static str>,
    },
}

/// One "what if" and what it changes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    pub change: Change,
    /// Change of the exact total (may be negative for another place).
    pub exact: Decimal,
    /// Change of the "up to" total.
    pub up_to: Decimal,
    /// Lines paid in the scenario and not now.
    pub gained: Vec<&'static str>,
    /// Lines paid now and not in the scenario.
    pub lost: Vec<&'static str>,
}

/// The other choice of a not-both group: what it would pay instead of the chosen line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Alternative {
    pub chosen: &'static str,
    pub other: &'static str,
    /// Amount of the other line minus the chosen one (≤ 0: the chosen line pays at least as much).
    pub difference: Decimal,
}

fn paid(r: &Report) -> Vec<&'static str> {
    r.lines
        .iter()
        .filter(|l| l.counted)
        .map(|l| l.entry)
        .collect()
}

fn scenario(base: &Profile, base_report: &Report, today: Date, change: Change) -> Scenario {
    let mut p = base.clone();
    match &change {
        Change::NextTier { tier, on } => {
            p.tier = Some(*tier);
            p.recognitions.insert(*tier, *on);
        }
        Change::IntoPark => p.park = ParkResidency::SrdiPark,
        Change::Place { city, county } => {
            p.city = Some((*city).into());
            p.county = county.map(Into::into);
            if p.tier == Some(Tier::LittleGiantReserve) && *city != "xiamen" {
                p.tier = Some(Tier::Provincial);
                p.recognitions.remove(&Tier::LittleGiantReserve);
            }
        }
    }
    let r = evaluate(&p, today);
    let (now, then) = (paid(base_report), paid(&r));
    Scenario {
        exact: r.totals.all.exact - base_report.totals.all.exact,
        up_to: r.totals.all.up_to - base_report.totals.all.up_to,
        gained: then.iter().copied().filter(|e| !now.contains(e)).collect(),
        lost: now.iter().copied().filter(|e| !then.contains(e)).collect(),
        change,
    }
}

/// The next tier above the firm's, as offered in its place (the Xiamen reserve only in Xiamen).
fn next_tier(p: &Profile) -> Option<Tier> {
    let xiamen = p.city.as_deref() == Some("xiamen");
    let offered = |t: &Tier| *t != Tier::LittleGiantReserve || xiamen;
    match p.tier {
        None => Tier::ALL.iter().copied().find(offered),
        Some(t) => Tier::ALL.iter().copied().filter(offered).find(|n| *n > t),
    }
}

/// One representative place per distinct set of rules: each county with a document of its
/// own, one county for each covered city, and a city with provincial rules only.
fn places() -> Vec<(&'static str, Option<&'static str>)> {
    let own_rules = |id: &str| {
        catalogue::ENTRIES
            .iter()
            .any(|e| e.eligibility.places.contains(&id))
    };
    let mut out = Vec::new();
    let mut province_only = false;
    for c in CITIES {
        if c.counties.is_empty() {
            if !province_only {
                out.push((c.id, None));
                province_only = true;
            }
            continue;
        }
        out.extend(
            c.counties
                .iter()
                .filter(|k| own_rules(k.id))
                .map(|k| (c.id, Some(k.id))),
        );
        out.extend(
            c.counties
                .iter()
                .find(|k| !own_rules(k.id))
                .map(|k| (c.id, Some(k.id))),
        );
    }
    out
}

/// Every "what if" worth showing for the profile: the next tier, the park (where a park rule
/// of the place exists and the firm is not in one), and each other place that pays more.
/// `report` is the base profile's own report (the caller already has it).
pub fn scenarios(base: &Profile, report: &Report, today: Date) -> Vec<Scenario> {
    let on = base.evaluation_date.unwrap_or(today);
    let mut out = Vec::new();
    if let Some(tier) = next_tier(base) {
        out.push(scenario(base, report, today, Change::NextTier { tier, on }));
    }
    if base.park != ParkResidency::SrdiPark {
        let mut in_park = base.clone();
        in_park.park = ParkResidency::SrdiPark;
        if relevant(&in_park).park {
            out.push(scenario(base, report, today, Change::IntoPark));
        }
    }
    let mut here = base.place_ids();
    here.retain(|p| *p != "fujian");
    for (city, county) in places() {
        if county.is_some_and(|k| here.contains(&k)) || (county.is_none() && here.contains(&city)) {
            continue;
        }
        let s = scenario(base, report, today, Change::Place { city, county });
        if s.exact > Decimal::ZERO || s.up_to > Decimal::ZERO {
            out.push(s);
        }
    }
    out
}

/// For each not-both group that chose a line, the other choice and what it would change.
pub fn alternatives(report: &Report) -> Vec<Alternative> {
    report
        .excluded
        .iter()
        .filter_map(|x| match &x.reason {
            Reason::NotCombined {
                with,
                amount,
                other_amount,
            } => Some(Alternative {
                chosen: with,
                other: x.entry,
                difference: amount.unwrap_or_default() - other_amount.unwrap_or_default(),
            }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yongchun(tier: Tier) -> Profile {
        let mut p = Profile {
            city: Some("quanzhou".into()),
            county: Some("yongchun".into()),
            tier: Some(tier),
            evaluation_date: Some(Date::ymd(2025, 6, 1)),
            ..Profile::default()
        };
        p.recognitions.insert(tier, Date::ymd(2024, 3, 1));
        p
    }

    /// 永政办规〔2024〕1号 四、（一）: the next tier after 省级 in Yongchun is 小巨人 (the
    /// reserve is Xiamen's), first recognised on the evaluation date: +500,000 from the county.
    #[test]
    fn next_tier_gains_the_little_giant_award() {
        let s = {
            let p = yongchun(Tier::Provincial);
            scenarios(
                &p,
                &evaluate(&p, Date::ymd(2025, 6, 1)),
                Date::ymd(2025, 6, 1),
            )
        };
        let t = s
            .iter()
            .find(|s| matches!(s.change, Change::NextTier { .. }))
            .expect("next tier");
        assert_eq!(
            t.change,
            Change::NextTier {
                tier: Tier::LittleGiant,
                on: Date::ymd(2025, 6, 1)
            }
        );
        assert!(t.gained.contains(&"yc-first-little-giant"));
        assert!(t.exact >= Decimal::from(500_000));
    }

    /// 四、（二）3: moving into the park with 3,000,000 kWh gains 150,000.
    #[test]
    fn into_the_park_gains_the_park_lines() {
        let mut p = yongchun(Tier::Provincial);
        p.amounts
            .insert(Quantity::ParkFirstYearKwh, Decimal::from(3_000_000));
        let s = scenarios(
            &p,
            &evaluate(&p, Date::ymd(2025, 6, 1)),
            Date::ymd(2025, 6, 1),
        );
        let park = s
            .iter()
            .find(|s| s.change == Change::IntoPark)
            .expect("park scenario");
        assert_eq!(park.exact, Decimal::from(150_000));
        assert_eq!(park.gained, vec!["yc-park-electricity"]);
    }

    /// A Jinjiang firm would gain Yongchun's 100,000 for the same first recognition.
    #[test]
    fn another_place_that_pays_more_is_shown() {
        let mut p = yongchun(Tier::Provincial);
        p.county = Some("jinjiang".into());
        let s = scenarios(
            &p,
            &evaluate(&p, Date::ymd(2025, 6, 1)),
            Date::ymd(2025, 6, 1),
        );
        let yc = s
            .iter()
            .find(|s| {
                s.change
                    == Change::Place {
                        city: "quanzhou",
                        county: Some("yongchun"),
                    }
            })
            .expect("Yongchun scenario");
        assert_eq!(yc.exact, Decimal::from(100_000));
    }
}
