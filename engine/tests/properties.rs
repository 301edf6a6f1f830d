//! Properties that must hold for every profile, checked over a few thousand random valid
//! profiles across every place, tier, amount and loan the catalogue knows. Deterministic: a
//! fixed-seed generator, so a failure reproduces.

use srdi_engine::catalogue::{Event, Formula, CITIES, ENTRIES};
use srdi_engine::evaluate::standing;
use srdi_engine::{
    evaluate, Date, Decimal, EventSource, Fact, Kind, Loan, LoanPurpose, Occasion, ParkResidency,
    Profile, Quantity, Standing, Tier, Totals,
};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn date(&mut self) -> Date {
        let y = 2021 + self.below(6) as u16;
        Date::ymd(y, 1 + self.below(12) as u8, 1 + self.below(28) as u8)
    }
    fn amount(&mut self, q: Quantity) -> Decimal {
        let magnitude =
            [10u64, 1_000, 100_000, 1_000_000, 10_000_000, 100_000_000][self.below(6) as usize];
        let v = Decimal::from(self.below(magnitude * 3));
        match q.unit() {
            srdi_engine::profile::Unit::Months => Decimal::from(self.below(25)),
            srdi_engine::profile::Unit::Count | srdi_engine::profile::Unit::PersonDays => {
                Decimal::from(self.below(50))
            }
            _ => v,
        }
    }
}

fn random_profile(rng: &mut Rng) -> Profile {
    let city = &CITIES[rng.below(CITIES.len() as u64) as usize];
    let mut p = Profile {
        city: Some(city.id.into()),
        ..Profile::default()
    };
    if !city.counties.is_empty() && rng.chance(90) {
        p.county = Some(
            city.counties[rng.below(city.counties.len() as u64) as usize]
                .id
                .into(),
        );
    }
    if rng.chance(90) {
        let tiers: Vec<Tier> = Tier::ALL
            .iter()
            .copied()
            .filter(|t| *t != Tier::LittleGiantReserve || city.id == "xiamen")
            .collect();
        let tier = tiers[rng.below(tiers.len() as u64) as usize];
        p.tier = Some(tier);
        for t in Tier::ALL.iter().copied().filter(|t| tier.includes(*t)) {
            if rng.chance(70) {
                p.recognitions.insert(t, rng.date());
            }
        }
    }
    if rng.chance(50) {
        p.park = ParkResidency::SrdiPark;
    }
    for q in Quantity::ALL {
        if rng.chance(60) {
            p.amounts.insert(*q, rng.amount(*q));
        }
    }
    for f in Fact::ALL {
        if rng.chance(40) {
            p.facts.insert(*f);
        }
    }
    for _ in 0..rng.below(4) {
        p.loans.push(Loan {
            purpose: LoanPurpose::ALL[rng.below(LoanPurpose::ALL.len() as u64) as usize],
            principal: Decimal::from(rng.below(100_000_000)),
            annual_rate: Decimal::new(rng.below(900) as i64, 4),
            term_months: 1 + rng.below(60) as u32,
            start: rng.date(),
            other_provincial_discount: rng.chance(20),
        });
    }
    for o in Occasion::ALL {
        if rng.chance(60) {
            p.dates.insert(*o, rng.date());
        }
    }
    p.evaluation_date = Some(rng.date());
    p
}

fn cap_of(id: &str) -> Option<Decimal> {
    ENTRIES
        .iter()
        .find(|e| e.id == id)
        .and_then(|e| match &e.formula {
            Formula::Terms { cap, .. } | Formula::LoanInterest { cap, .. } => *cap,
            Formula::Fixed(a) => Some(*a),
            Formula::Unquantified => None,
        })
}

#[test]
fn invariants_hold_for_random_profiles() {
    let mut rng = Rng(0x5EED_CAFE_F00D_D00D);
    for _ in 0..3000 {
        let p = random_profile(&mut rng);
        assert!(
            p.validate().is_empty(),
            "generator made an invalid profile: {:?}",
            p.validate()
        );
        let r = evaluate(&p, Date::ymd(2025, 6, 1));
        let mut exact = Decimal::ZERO;
        let mut up_to = Decimal::ZERO;
        for l in &r.lines {
            if let Some(a) = l.amount {
                // Never negative, never above the cap, always whole fen.
                assert!(a > Decimal::ZERO, "{} pays {a}", l.entry);
                if let Some(cap) = cap_of(l.entry) {
                    assert!(a <= cap, "{} pays {a} above its cap {cap}", l.entry);
                }
                assert!(
                    a.round_dp(2) == a,
                    "{} not rounded to the fen: {a}",
                    l.entry
                );
            } else {
                assert_eq!(l.kind, Kind::Unquantified);
            }
            // A line's standing follows from its event, its text's window and the evaluation
            // date alone; only claimable lines are in the claimable total.
            let entry = ENTRIES.iter().find(|e| e.id == l.entry).unwrap();
            assert_eq!(
                Ok(l.standing),
                standing(entry.document(), l.event, r.evaluation_date),
                "{}",
                l.entry
            );
            assert_eq!(l.counted, l.standing == Standing::Claimable, "{}", l.entry);
            if l.event_source == EventSource::EvaluationDate {
                assert_eq!(l.event, r.evaluation_date);
            }
            if l.counted {
                match l.kind {
                    Kind::Exact => exact += l.amount.unwrap_or_default(),
                    Kind::UpTo => up_to += l.amount.unwrap_or_default(),
                    Kind::Unquantified => {}
                }
            }
        }
        // Totals equal the sum of their lines, and the levels add up to the whole.
        assert_eq!(r.totals.all.exact, exact);
        assert_eq!(r.totals.all.up_to, up_to);
        assert_eq!(
            r.totals.all.exact,
            r.totals.county.exact + r.totals.city.exact + r.totals.province.exact
        );
        // The earned and planned totals are the sums of their lines too.
        for (total, s) in [
            (&r.ended, Standing::EarnedTextEnded),
            (&r.planned, Standing::Planned),
        ] {
            assert_eq!(*total, sum_of(&r.lines, s));
        }
        assert_eq!(r.totals, sum_of(&r.lines, Standing::Claimable));
        // Not-both groups never pay twice (a loan discount split by standing is one entry).
        let mut entries: Vec<&str> = r.lines.iter().map(|l| l.entry).collect();
        entries.dedup();
        let groups: Vec<&str> = entries
            .iter()
            .filter_map(|l| {
                ENTRIES
                    .iter()
                    .find(|e| e.id == *l)
                    .and_then(|e| e.exclusive_group)
            })
            .collect();
        let mut dedup = groups.clone();
        dedup.sort();
        dedup.dedup();
        assert_eq!(groups.len(), dedup.len(), "a not-both group paid twice");
        // Every entry of the place is either a line or an exclusion, never both.
        for l in &r.lines {
            assert!(r.excluded.iter().all(|x| x.entry != l.entry));
        }
    }
}

/// The totals of the lines of one standing, summed by hand.
fn sum_of(lines: &[srdi_engine::Line], s: Standing) -> Totals {
    let mut t = Totals::default();
    for l in lines.iter().filter(|l| l.standing == s) {
        for level in [match l.payer {
            srdi_engine::PayerLevel::County => &mut t.county,
            srdi_engine::PayerLevel::City => &mut t.city,
            srdi_engine::PayerLevel::Province => &mut t.province,
        }] {
            match (l.kind, l.amount) {
                (Kind::Exact, Some(a)) => level.exact += a,
                (Kind::UpTo, Some(a)) => level.up_to += a,
                _ => level.unquantified += 1,
            }
        }
        match (l.kind, l.amount) {
            (Kind::Exact, Some(a)) => t.all.exact += a,
            (Kind::UpTo, Some(a)) => t.all.up_to += a,
            _ => t.all.unquantified += 1,
        }
    }
    t
}

/// Moving the evaluation date never changes an amount, only the standing: every entry dated
/// by an event of its own (a recognition, a loan, an occasion, all given) pays the same on any
/// two evaluation dates, and is a line on both or on neither. Entries in a not-both group or
/// described twice are left out: their competitor may be dated by the evaluation date.
#[test]
fn moving_the_evaluation_date_changes_only_the_standing() {
    let mut rng = Rng(0x0DA7_E5EE_D000_0001);
    let own_dated = |id: &str| {
        ENTRIES.iter().any(|e| {
            e.id == id
                && e.exclusive_group.is_none()
                && e.same_as.is_none()
                && ENTRIES.iter().all(|o| o.same_as != Some(e.id))
                && !matches!(e.event, Event::EvaluationDate)
        })
    };
    let amounts = |r: &srdi_engine::Report| {
        let mut v: Vec<(&str, Option<Decimal>)> = Vec::new();
        for l in r.lines.iter().filter(|l| own_dated(l.entry)) {
            match v.iter_mut().find(|(id, _)| *id == l.entry) {
                Some((_, a)) => *a = Some(a.unwrap_or_default() + l.amount.unwrap_or_default()),
                None => v.push((l.entry, l.amount)),
            }
        }
        v
    };
    let mut compared = 0;
    for _ in 0..2000 {
        let mut p = random_profile(&mut rng);
        for o in Occasion::ALL {
            if !p.dates.contains_key(o) {
                p.dates.insert(*o, rng.date());
            }
        }
        p.evaluation_date = None;
        let (a, b) = (rng.date(), rng.date());
        let (ra, rb) = (evaluate(&p, a), evaluate(&p, b));
        assert_eq!(amounts(&ra), amounts(&rb), "{p:?} on {a} and {b}");
        compared += amounts(&ra).len();
    }
    assert!(compared > 1000, "only {compared} lines compared");
}

/// Amounts with an upper bound in some entry's conditions (厦门: 设备投入100～500万元; from
/// 500万 another policy applies): crossing the bound can move a firm to an unquantified line, so
/// the text itself is not monotonic there.
fn has_upper_bound(q: Quantity) -> bool {
    ENTRIES
        .iter()
        .flat_map(|e| e.eligibility.conditions)
        .any(|c| c.quantity == q && (c.below.is_some() || c.at_most.is_some()))
}

/// More spend never lowers an award: raising any one amount (without an upper bound in the
/// texts) by a random step never lowers the exact or the up-to total.
#[test]
fn more_never_lowers_the_total() {
    let mut rng = Rng(0xFEED_BEEF_1234_5678);
    for _ in 0..2000 {
        let p = random_profile(&mut rng);
        let before = evaluate(&p, Date::ymd(2025, 6, 1)).totals.all;
        let q = Quantity::ALL[rng.below(Quantity::ALL.len() as u64) as usize];
        if has_upper_bound(q) {
            continue;
        }
        let mut more = p.clone();
        let old = more.amount(q).unwrap_or_default();
        let bump = match q.unit() {
            srdi_engine::profile::Unit::Yuan | srdi_engine::profile::Unit::Kwh => {
                Decimal::from(1 + rng.below(5_000_000))
            }
            _ => Decimal::ONE,
        };
        more.amounts.insert(q, old + bump);
        assert!(more.validate().is_empty());
        let after = evaluate(&more, Date::ymd(2025, 6, 1)).totals.all;
        assert!(
            after.exact + after.up_to >= before.exact + before.up_to,
            "raising {} from {old} lowered the total from {:?} to {:?}",
            q.name(),
            before,
            after
        );
    }
}

/// An answer that no rule of the firm's place reads does not change the total: a Fuzhou firm's
/// park rent is read only by Yongchun's rule.
#[test]
fn answers_no_rule_reads_do_not_change_the_total() {
    let mut rng = Rng(42);
    for _ in 0..500 {
        let mut p = random_profile(&mut rng);
        p.city = Some("fuzhou".into());
        p.county = None;
        if p.tier == Some(Tier::LittleGiantReserve) {
            p.tier = Some(Tier::LittleGiant);
        }
        let before = evaluate(&p, Date::ymd(2025, 6, 1)).totals;
        let mut changed = p.clone();
        changed.amounts.insert(
            Quantity::ParkRentPerYear,
            Decimal::from(rng.below(10_000_000)),
        );
        changed.amounts.insert(
            Quantity::ParkFirstYearKwh,
            Decimal::from(rng.below(10_000_000)),
        );
        changed.park = ParkResidency::SrdiPark;
        assert_eq!(evaluate(&changed, Date::ymd(2025, 6, 1)).totals, before);
    }
}
