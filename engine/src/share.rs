//! The share link: a profile encoded in the URL fragment (after `#`, which browsers never send
//! to a server). Compact, readable, and versioned so that links made today still open after the
//! catalogue grows. Decoding never fails as a whole: each part is read on its own, and the parts
//! that cannot be read are reported while everything else is kept.
//!
//! Format (version 1): `v1` then `;`-separated `key=value` parts:
//! `c` city, `k` county, `t` tier, `r` recognitions (`tier:date,…`), `p` park (`1`), `a` amounts
//! (`quantity:value,…`), `f` facts (`fact,…`), `l` loans (`purpose:principal:rate:months:start[:o]|…`),
//! `e` dates of occasions (`occasion:date,…`), `d` evaluation date, `lpr` LPR override; and,
//! written by the page beside the answers, `m` the day the link was made and `rv` the day the
//! catalogue's rules it was made with were last reviewed ([`Stamp`]). Names are the catalogue's snake_case names; values
//! are plain decimals. Unknown keys are ignored (a newer link in an older page) and reported.

use crate::date::Date;
use crate::money::parse_plain_decimal;
use crate::profile::{Loan, Profile, MAX_LOANS};
use crate::vocab::*;

/// The current version; a decoder accepts it and every earlier one.
pub const VERSION: u32 = 1;

/// Encodes the profile as a fragment (without the leading `#`).
pub fn encode(p: &Profile) -> String {
    let mut parts = vec![format!("v{VERSION}")];
    let mut push = |k: &str, v: String| {
        if !v.is_empty() {
            parts.push(format!("{k}={v}"));
        }
    };
    push("c", p.city.clone().unwrap_or_default());
    push("k", p.county.clone().unwrap_or_default());
    push("t", p.tier.map_or(String::new(), |t| t.name().into()));
    push(
        "r",
        p.recognitions
            .iter()
            .map(|(t, d)| format!("{}:{d}", t.name()))
            .collect::<Vec<_>>()
            .join(","),
    );
    push(
        "p",
        if p.park == ParkResidency::SrdiPark {
            "1".into()
        } else {
            String::new()
        },
    );
    push(
        "a",
        p.amounts
            .iter()
            .map(|(q, v)| format!("{}:{}", q.name(), v.normalize()))
            .collect::<Vec<_>>()
            .join(","),
    );
    push(
        "f",
        p.facts
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(","),
    );
    push(
        "l",
        p.loans
            .iter()
            .map(|l| {
                format!(
                    "{}:{}:{}:{}:{}{}",
                    l.purpose.name(),
                    l.principal.normalize(),
                    l.annual_rate.normalize(),
                    l.term_months,
                    l.start,
                    if l.other_provincial_discount {
                        ":o"
                    } else {
                        ""
                    }
                )
            })
            .collect::<Vec<_>>()
            .join("|"),
    );
    push(
        "e",
        p.dates
            .iter()
            .map(|(o, d)| format!("{}:{d}", o.name()))
            .collect::<Vec<_>>()
            .join(","),
    );
    push(
        "d",
        p.evaluation_date.map_or(String::new(), |d| d.to_string()),
    );
    push(
        "lpr",
        p.lpr_override
            .map_or(String::new(), |v| v.normalize().to_string()),
    );
    parts.join(";")
}

/// When a link was made, and the review date of the rules it was made with: shown to whoever
/// opens it, so that an old link is read as of its day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stamp {
    pub made: Option<Date>,
    pub reviewed: Option<Date>,
}

/// [`encode`] followed by the stamp: the day the link is made, and the catalogue's review date.
pub fn encode_stamped(p: &Profile, made: Date) -> String {
    format!("{};m={made};rv={}", encode(p), crate::RULES_REVIEWED)
}

/// The stamp of a fragment, if it has one.
pub fn stamp(fragment: &str) -> Stamp {
    let text = percent_decode(fragment.trim().trim_start_matches('#'));
    let mut stamp = Stamp::default();
    for (key, value) in text.split(';').filter_map(|p| p.split_once('=')) {
        match key {
            "m" => stamp.made = Date::parse(value).ok(),
            "rv" => stamp.reviewed = Date::parse(value).ok(),
            _ => {}
        }
    }
    stamp
}

/// A part of a fragment that could not be read, as it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

/// Decodes a fragment (with or without the leading `#`): the profile from every part that
/// could be read, and the parts that could not. The result is always a valid profile.
pub fn decode(fragment: &str) -> (Profile, Vec<Unreadable>) {
    let mut p = Profile::default();
    let mut bad = Vec::new();
    let mut loans_over = 0usize;
    let text = percent_decode(fragment.trim().trim_start_matches('#'));
    let mut parts = text.split(';').filter(|s| !s.is_empty());
    match parts.next() {
        Some(v)
            if v.strip_prefix('v')
                .and_then(|n| n.parse::<u32>().ok())
                .is_some_and(|n| (1..=VERSION).contains(&n)) => {}
        Some(v) => bad.push(Unreadable(v.to_string())),
        None => return (p, bad),
    }
    for part in parts {
        let Some((key, value)) = part.split_once('=') else {
            bad.push(Unreadable(part.into()));
            continue;
        };
        let ok = match key {
            "c" => crate::catalogue::city(value)
                .map(|c| p.city = Some(c.id.into()))
                .is_some(),
            "k" => crate::catalogue::county(value)
                .map(|(_, k)| p.county = Some(k.id.into()))
                .is_some(),
            "t" => Tier::from_name(value).map(|t| p.tier = Some(t)).is_some(),
            "p" => {
                p.park = if value == "1" {
                    ParkResidency::SrdiPark
                } else {
                    ParkResidency::None
                };
                value == "1" || value == "0"
            }
            "d" => Date::parse(value)
                .map(|d| p.evaluation_date = Some(d))
                .is_ok(),
            // The stamp, read by [`stamp`].
            "m" | "rv" => Date::parse(value).is_ok(),
            "e" => list(value, ',', &mut bad, |item| {
                let (o, d) = item.split_once(':')?;
                p.dates
                    .insert(Occasion::from_name(o)?, Date::parse(d).ok()?);
                Some(())
            }),
            "lpr" => parse_plain_decimal(value)
                .map(|v| p.lpr_override = Some(v))
                .is_some(),
            "r" => list(value, ',', &mut bad, |item| {
                let (t, d) = item.split_once(':')?;
                p.recognitions
                    .insert(Tier::from_name(t)?, Date::parse(d).ok()?);
                Some(())
            }),
            "a" => list(value, ',', &mut bad, |item| {
                let (q, v) = item.split_once(':')?;
                p.amounts
                    .insert(Quantity::from_name(q)?, parse_plain_decimal(v)?);
                Some(())
            }),
            "f" => list(value, ',', &mut bad, |item| {
                p.facts.insert(Fact::from_name(item)?);
                Some(())
            }),
            "l" => list(value, '|', &mut bad, |item| {
                // Loans past the bound are skipped unread, and reported once below.
                if p.loans.len() >= MAX_LOANS {
                    loans_over += 1;
                    return Some(());
                }
                let f: Vec<&str> = item.split(':').collect();
                // Five fields, and a sixth only as the flag "o": anything else is damage.
                if f.len() > 6 || f.get(5).is_some_and(|o| *o != "o") {
                    return None;
                }
                let (purpose, principal, rate, months, start) =
                    (f.first()?, f.get(1)?, f.get(2)?, f.get(3)?, f.get(4)?);
                p.loans.push(Loan {
                    purpose: LoanPurpose::from_name(purpose)?,
                    principal: parse_plain_decimal(principal)?,
                    annual_rate: parse_plain_decimal(rate)?,
                    term_months: months.parse().ok()?,
                    start: Date::parse(start).ok()?,
                    other_provincial_discount: f.get(5) == Some(&"o"),
                });
                Some(())
            }),
            _ => false,
        };
        if !ok {
            bad.push(Unreadable(part.into()));
        }
    }
    if loans_over > 0 {
        // The dropped loans as paths, as `drop_invalid` names what it removes: "loans[50..]"
        // and how many there were.
        bad.push(Unreadable(format!("loans[{MAX_LOANS}..] ({loans_over})")));
    }
    infer_from_the_rest(&mut p);
    drop_invalid(&mut p, &mut bad);
    (p, bad)
}

/// What the other answers imply, so that a damaged part costs only itself: a county brings its
/// city (also for a hand-made link without one), a reserve tier is Xiamen's, and a first
/// recognition in a tier means the firm holds at least that tier.
fn infer_from_the_rest(p: &mut Profile) {
    if p.city.is_none() {
        p.city = p.city_id().map(str::to_string);
    }
    if p.city.is_none() && p.tier == Some(Tier::LittleGiantReserve) {
        p.city = Some("xiamen".into());
    }
    if p.tier.is_none() {
        let xiamen = p.city.as_deref() == Some("xiamen");
        p.tier = p
            .recognitions
            .keys()
            .filter(|t| xiamen || **t != Tier::LittleGiantReserve)
            .max()
            .copied();
    }
}

/// Reads a list item by item; unreadable items are reported, the rest kept. Returns true
/// (the part itself was understood) so that the part is not reported twice.
fn list(
    value: &str,
    sep: char,
    bad: &mut Vec<Unreadable>,
    mut read: impl FnMut(&str) -> Option<()>,
) -> bool {
    for item in value.split(sep).filter(|s| !s.is_empty()) {
        if read(item).is_none() {
            bad.push(Unreadable(item.into()));
        }
    }
    true
}

/// Removes whatever makes the profile invalid (a hand-edited amount out of range, a county of
/// another city), reporting it, so that the decoded profile always evaluates.
fn drop_invalid(p: &mut Profile, bad: &mut Vec<Unreadable>) {
    for _ in 0..3 {
        let errors = p.validate();
        if errors.is_empty() {
            return;
        }
        // Loans are removed after the pass, from the last: removing loans[0] first would make
        // loans[1] of the error list name the loan that was loans[2].
        let mut bad_loans = Vec::new();
        for e in errors {
            bad.push(Unreadable(e.field.clone()));
            let f = e.field.as_str();
            if f == "city" {
                p.city = None;
                p.county = None;
            } else if f == "county" {
                p.county = None;
            } else if f == "tier" {
                p.tier = None;
            } else if f == "lpr_override" {
                p.lpr_override = None;
            } else if let Some(q) = f.strip_prefix("amounts.").and_then(Quantity::from_name) {
                p.amounts.remove(&q);
            } else if let Some(t) = f.strip_prefix("recognitions.").and_then(Tier::from_name) {
                p.recognitions.remove(&t);
            } else if let Some(i) = f
                .strip_prefix("loans[")
                .and_then(|r| r.split(']').next())
                .and_then(|n| n.parse::<usize>().ok())
            {
                bad_loans.push(i);
            }
        }
        bad_loans.sort_unstable();
        bad_loans.dedup();
        for i in bad_loans.into_iter().rev() {
            if i < p.loans.len() {
                p.loans.remove(i);
            }
        }
    }
    // Whatever still does not validate after three passes is dropped wholesale.
    if !p.validate().is_empty() {
        *p = Profile::default();
    }
}

/// Decodes %XX escapes (browsers escape some characters in fragments); invalid escapes are kept
/// as written.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes.get(i),
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (Some(b'%'), Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (Some(b), _, _) => {
                out.push(*b);
                i += 1;
            }
            (None, _, _) => break,
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn full() -> Profile {
        let mut p = Profile {
            city: Some("quanzhou".into()),
            county: Some("yongchun".into()),
            tier: Some(Tier::LittleGiant),
            park: ParkResidency::SrdiPark,
            evaluation_date: Date::parse("2025-06-01").ok(),
            lpr_override: Decimal::from_str("0.031").ok(),
            ..Profile::default()
        };
        p.recognitions
            .insert(Tier::Provincial, Date::ymd(2024, 3, 1));
        p.recognitions
            .insert(Tier::LittleGiant, Date::ymd(2024, 6, 15));
        p.amounts
            .insert(Quantity::ParkRentPerYear, Decimal::from(3_000_000));
        p.amounts.insert(
            Quantity::ParkFirstYearKwh,
            Decimal::from_str("2000000.5").unwrap(),
        );
        p.facts.insert(Fact::JointLab);
        p.dates.insert(Occasion::ParkMoveIn, Date::ymd(2024, 5, 1));
        p.dates
            .insert(Occasion::ParkRentStart, Date::ymd(2024, 6, 1));
        p.loans.push(Loan {
            purpose: LoanPurpose::WorkingCapital,
            principal: Decimal::from(5_000_000),
            annual_rate: Decimal::from_str("0.0345").unwrap(),
            term_months: 12,
            start: Date::ymd(2024, 7, 1),
            other_provincial_discount: true,
        });
        p
    }

    #[test]
    fn round_trips_every_field() {
        let p = full();
        let link = encode(&p);
        assert!(
            link.starts_with("v1;c=quanzhou;k=yongchun;t=little_giant;"),
            "{link}"
        );
        assert_eq!(decode(&link), (p.clone(), vec![]));
        assert_eq!(decode(&format!("#{link}")).0, p);
        assert_eq!(decode("").0, Profile::default());
    }

    #[test]
    fn damaged_parts_are_reported_and_the_rest_kept() {
        let link = encode(&full())
            .replace("t=little_giant", "t=giant")
            .replace("park_rent_per_year:3000000", "park_rent_per_year:3x")
            + ";zz=1;nonsense";
        let (p, bad) = decode(&link);
        // The damaged tier costs only itself: the recognitions (kept) say the firm is at least
        // a 小巨人.
        assert_eq!(p.tier, Some(Tier::LittleGiant));
        assert_eq!(p.recognitions.len(), 2);
        assert_eq!(p.county.as_deref(), Some("yongchun"));
        assert!(p.amount(Quantity::ParkRentPerYear).is_none());
        assert!(p.amount(Quantity::ParkFirstYearKwh).is_some());
        assert!(p.validate().is_empty());
        let mut bad: Vec<String> = bad.into_iter().map(|b| b.0).collect();
        bad.sort();
        assert_eq!(
            bad,
            ["nonsense", "park_rent_per_year:3x", "t=giant", "zz=1"]
        );
    }

    #[test]
    fn out_of_range_values_are_dropped() {
        let (p, bad) = decode("v1;c=xiamen;k=yongchun;a=rd_spend:-5,consulting_fees:1e99;l=ip_pledge:1:0.9:12:2025-01-01");
        assert!(p.validate().is_empty());
        assert_eq!(p.county, None);
        assert!(p.loans.is_empty());
        assert!(!bad.is_empty());
        let (_, bad) = decode("v9;c=xiamen");
        assert_eq!(bad, vec![Unreadable("v9".into())]);
    }

    #[test]
    fn stamp_is_read_apart_from_the_answers() {
        let p = full();
        let link = encode_stamped(&p, Date::ymd(2026, 12, 1));
        assert!(
            link.ends_with(";m=2026-12-01;rv=2026-12-01") || link.contains(";m=2026-12-01;rv="),
            "{link}"
        );
        assert_eq!(decode(&link), (p, vec![]));
        let s = stamp(&link);
        assert_eq!(s.made, Some(Date::ymd(2026, 12, 1)));
        assert_eq!(s.reviewed, Some(crate::RULES_REVIEWED));
        assert_eq!(stamp("v1;c=xiamen"), Stamp::default());
    }

    /// Issue 17.3: each damaged loan costs only itself, whatever its position.
    #[test]
    fn damaged_loans_cost_only_themselves() {
        let (p, bad) = decode(
            "v1;c=xiamen;t=provincial;l=ip_pledge:-1:0.03:12:2025-01-10|ip_pledge:1111:0.03:12:2025-01-10|ip_pledge:2222:0.99:12:2025-01-10|ip_pledge:3333:0.03:12:2025-01-10",
        );
        let kept: Vec<String> = p.loans.iter().map(|l| l.principal.to_string()).collect();
        assert_eq!(kept, ["1111", "3333"]);
        assert_eq!(p.city.as_deref(), Some("xiamen"));
        assert_eq!(p.tier, Some(Tier::Provincial));
        let bad: Vec<String> = bad.into_iter().map(|b| b.0).collect();
        assert_eq!(bad, ["loans[0].principal", "loans[2].annual_rate"]);
    }

    #[test]
    fn percent_escapes_are_read() {
        assert_eq!(decode("v1%3Bc%3Dxiamen").0.city.as_deref(), Some("xiamen"));
        assert_eq!(percent_decode("%E4%B8%AD%zz"), "中%zz");
    }
}
