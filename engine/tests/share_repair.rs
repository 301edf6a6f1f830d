//! The share link's repair (issue 17.3): a damaged part costs only itself. Over random valid
//! profiles, damaging k parts of the link (a whole `key=value` part or one item of a list)
//! keeps every undamaged part, and the decoder reports exactly the damaged ones.

use srdi_engine::catalogue::CITIES;
use srdi_engine::share::{decode, encode, Unreadable};
use srdi_engine::{
    Date, Decimal, Fact, Loan, LoanPurpose, Occasion, ParkResidency, Profile, Quantity, Tier,
};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
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
        Date::ymd(
            2022 + self.below(5) as u16,
            1 + self.below(12) as u8,
            1 + self.below(28) as u8,
        )
    }
}

fn random_profile(rng: &mut Rng) -> Profile {
    let city = &CITIES[rng.below(CITIES.len() as u64) as usize];
    let mut p = Profile {
        city: Some(city.id.into()),
        ..Profile::default()
    };
    if !city.counties.is_empty() && rng.chance(80) {
        p.county = Some(
            city.counties[rng.below(city.counties.len() as u64) as usize]
                .id
                .into(),
        );
    }
    let tiers: Vec<Tier> = Tier::ALL
        .iter()
        .copied()
        .filter(|t| *t != Tier::LittleGiantReserve || city.id == "xiamen")
        .collect();
    let tier = tiers[rng.below(tiers.len() as u64) as usize];
    p.tier = Some(tier);
    for t in tiers.iter().copied().filter(|t| tier.includes(*t)) {
        if rng.chance(60) {
            p.recognitions.insert(t, rng.date());
        }
    }
    // The link carries the tier the recognitions imply at most: the highest one is the tier.
    if let Some(top) = p.recognitions.keys().max().copied() {
        p.tier = Some(top.max(tier));
    }
    if rng.chance(50) {
        p.park = ParkResidency::SrdiPark;
    }
    for q in Quantity::ALL {
        if rng.chance(30) {
            let max = q.unit().max().min(Decimal::from(600));
            let v = Decimal::from(1 + rng.below(1_000_000)).min(max);
            p.amounts.insert(*q, v);
        }
    }
    for f in Fact::ALL {
        if rng.chance(20) {
            p.facts.insert(*f);
        }
    }
    for o in Occasion::ALL {
        if rng.chance(20) {
            p.dates.insert(*o, rng.date());
        }
    }
    for _ in 0..rng.below(10) {
        p.loans.push(Loan {
            purpose: LoanPurpose::ALL[rng.below(LoanPurpose::ALL.len() as u64) as usize],
            principal: Decimal::from(1 + rng.below(100_000_000)),
            annual_rate: Decimal::new(1 + rng.below(900) as i64, 4),
            term_months: 1 + rng.below(60) as u32,
            start: rng.date(),
            other_provincial_discount: rng.chance(20),
        });
    }
    if rng.chance(50) {
        p.evaluation_date = Some(rng.date());
    }
    assert!(p.validate().is_empty(), "{:?}", p.validate());
    p
}

/// The pieces of a link: whole `key=value` parts, or for the list keys each item.
fn pieces(link: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in link.split(';').skip(1) {
        let (key, value) = part.split_once('=').expect("key=value");
        match key {
            "r" | "a" | "f" | "e" => out.extend(value.split(',').map(str::to_string)),
            "l" => out.extend(value.split('|').map(str::to_string)),
            _ => out.push(part.to_string()),
        }
    }
    out
}

#[test]
fn a_damaged_part_costs_only_itself() {
    let mut rng = Rng(0x5A4E_D11E_0000_0017);
    let mut damaged_total = 0;
    for round in 0..3000 {
        let p = random_profile(&mut rng);
        let link = encode(&p);
        let all = pieces(&link);
        let k = 1 + rng.below(4).min(all.len() as u64 - 1) as usize;
        // Damage k distinct pieces: a list item becomes unreadable text, a part keeps its key
        // with an unreadable value.
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < k {
            let i = rng.below(all.len() as u64) as usize;
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        let mut damaged_link = String::from("v1");
        let mut expected_bad: Vec<String> = Vec::new();
        for part in link.split(';').skip(1) {
            let (key, value) = part.split_once('=').unwrap();
            let sep = if key == "l" { '|' } else { ',' };
            let is_list = matches!(key, "r" | "a" | "f" | "e" | "l");
            let items: Vec<String> = if is_list {
                value
                    .split(sep)
                    .map(|item| {
                        let i = all.iter().position(|x| x == item).unwrap();
                        if chosen.contains(&i) {
                            let bad = format!("{item}~bad{round}");
                            expected_bad.push(bad.clone());
                            bad
                        } else {
                            item.to_string()
                        }
                    })
                    .collect()
            } else {
                let i = all.iter().position(|x| x == part).unwrap();
                if chosen.contains(&i) {
                    let bad = format!("{key}=~bad{round}");
                    expected_bad.push(bad.clone());
                    damaged_link.push(';');
                    damaged_link.push_str(&bad);
                } else {
                    damaged_link.push(';');
                    damaged_link.push_str(part);
                }
                continue;
            };
            damaged_link.push_str(&format!(";{key}={}", items.join(&sep.to_string())));
        }
        damaged_total += expected_bad.len();
        let (decoded, bad) = decode(&damaged_link);
        assert!(decoded.validate().is_empty());
        let mut reported: Vec<String> = bad.into_iter().map(|Unreadable(s)| s).collect();
        reported.sort();
        expected_bad.sort();
        assert_eq!(reported, expected_bad, "link {damaged_link}");
        // Every undamaged piece is still there when the decoded profile is encoded again.
        let kept = pieces(&encode(&decoded));
        for (i, piece) in all.iter().enumerate() {
            if !chosen.contains(&i) {
                assert!(
                    kept.contains(piece),
                    "{piece} lost from {damaged_link}: now {}",
                    encode(&decoded)
                );
            }
        }
    }
    assert!(damaged_total > 3000);
}

/// Issue 17.3's own link: the -1 loan and the 0.99-rate loan are dropped, the two good ones
/// stay, and the notice names exactly the two bad fields.
#[test]
fn eight_bad_loans_and_one_good_keep_the_good_one_and_the_place() {
    let bad = "wc:-1:0.03:12:2025-01-10";
    let mut link = String::from("v1;c=quanzhou;k=yongchun;t=little_giant;l=");
    let mut loans: Vec<String> = (0..8)
        .map(|_| bad.replace("wc", "working_capital"))
        .collect();
    loans.insert(4, "working_capital:2222:0.03:12:2025-01-10".into());
    link.push_str(&loans.join("|"));
    let (p, reported) = decode(&link);
    assert_eq!(p.city.as_deref(), Some("quanzhou"));
    assert_eq!(p.county.as_deref(), Some("yongchun"));
    assert_eq!(p.tier, Some(Tier::LittleGiant));
    assert_eq!(p.loans.len(), 1);
    assert_eq!(p.loans[0].principal, Decimal::from(2222));
    assert_eq!(reported.len(), 8, "{reported:?}");
}
