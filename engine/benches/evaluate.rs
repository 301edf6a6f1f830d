//! Criterion benchmarks of the policy engine, run natively (not in wasm).
//!
//! What is measured (group / bench id):
//!
//! - `engine/full_profile` / `evaluate`: [`srdi_engine::evaluate`] of a profile with every field
//!   filled (place, tier, a recognition date for every tier, park, every amount, the facts,
//!   five loans of five purposes, evaluation date, LPR override) in the Xiamen Torch zone, on
//!   2025-06-01. This is the page's worst realistic case: one recalculation.
//! - `engine/loans` / `1`, `10`, `50`: the same profile with 1, 10 and 50 loans (the most a profile holds), to see how the
//!   interest-discount lines grow with the loan list.
//! - `engine/catalogue_x10` / `x1`, `x10`: [`srdi_engine::evaluate::evaluate_entries`] of the
//!   full profile over the catalogue as it is and over the catalogue repeated ten times, to see
//!   how evaluation grows with the catalogue.
//!
//! Run it from the workspace root:
//!
//! ```text
//! cargo bench -p srdi-engine --bench evaluate
//! cargo bench -p srdi-engine --bench evaluate -- engine/loans   # one group
//! ```
//!
//! Results are in `target/criterion/<group>/<bench id>/new/estimates.json` (nanoseconds per
//! call: `median.point_estimate`, `mean.point_estimate`, with confidence intervals). Criterion
//! makes directory names file-safe, so the `/` of a group name becomes `_`: the full-profile
//! median is at `target/criterion/engine_full_profile/evaluate/new/estimates.json`. A second
//! run also prints the change against the previous one (`base/`).
//!
//! Cargo's `bench` profile inherits the workspace's `release` profile, which is tuned for the
//! page's size (`opt-level = "z"`, fat LTO, one codegen unit): the figures are for that code
//! generation, on the host CPU. Each bench warms up for 1 s and measures for 3 s, so the whole
//! run takes well under a minute once compiled. Criterion has no default features here: no
//! plots, no HTML report, no rayon.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use srdi_engine::catalogue::{Entry, ENTRIES};
use srdi_engine::evaluate::evaluate_entries;
use srdi_engine::{
    evaluate, Date, Decimal, Fact, Loan, LoanPurpose, ParkResidency, Profile, Quantity, Report,
    Tier,
};
use std::hint::black_box;
use std::time::Duration;

/// Inside every window the Xiamen Torch profile meets: the Xiamen measures (2024-09-11 to
/// 2026-12-31) and the provincial ones (2023-12-28 to 2026-12-31).
const ON: Date = Date::ymd(2025, 6, 1);

fn d(s: &str) -> Decimal {
    s.parse().expect("decimal literal")
}

/// The five purposes in turn, with principals, rates, terms and start dates that differ from
/// loan to loan; every start falls inside the Xiamen window (from 2024-09-11) and before
/// [`ON`]. Loan 5 (the second working-capital loan) already has another provincial discount,
/// so from 10 loans on the skip rule is exercised too.
fn loans(n: usize) -> Vec<Loan> {
    const PURPOSES: [LoanPurpose; 5] = [
        LoanPurpose::WorkingCapital,
        LoanPurpose::IpPledge,
        LoanPurpose::TechInnovationFund,
        LoanPurpose::ParkPremises,
        LoanPurpose::Other,
    ];
    const RATES: [&str; 5] = ["0.0365", "0.0345", "0.038", "0.04", "0.042"];
    const TERMS: [u32; 5] = [12, 12, 36, 24, 6];
    (0..n)
        .map(|i| {
            let k = i % 5;
            // Months 2024-10 .. 2025-05 in turn, days 1 .. 28.
            let m = (i % 8) as u8;
            let (year, month) = if m < 3 { (2024, 10 + m) } else { (2025, m - 2) };
            Loan {
                purpose: PURPOSES[k],
                principal: Decimal::from(2_000_000 + 1_000_000 * (i % 19) as i64),
                annual_rate: d(RATES[k]),
                term_months: TERMS[k],
                start: Date::ymd(year, month, 1 + (i * 7 % 28) as u8),
                other_provincial_discount: i % 15 == 5,
            }
        })
        .collect()
}

/// Every field of [`Profile`] filled.
///
/// Place: 火炬高新区 (the Torch zone, a Xiamen district). Xiamen has the most entries of any
/// place in the catalogue (25 of its own plus the 14 provincial ones, against 30 for Yongchun
/// and 36 for a Sanming county whose measures are a draft), its three loan entries cover all
/// three kinds of interest discount (fixed rate, rate above a floor, share of the rate within
/// the LPR), and its credit-insurance entry counts a base only up to a share of another amount.
fn full_profile(n_loans: usize) -> Profile {
    let mut p = Profile {
        city: Some("xiamen".into()),
        county: Some("torch".into()),
        tier: Some(Tier::KeyLittleGiant),
        // Every entry of the place is measured; the Xiamen measures read no park, but the
        // field is part of a full answer set.
        park: ParkResidency::SrdiPark,
        loans: loans(n_loans),
        evaluation_date: Some(ON),
        // The LPR on the evaluation date (set since 2025-05-20), typed in by the user.
        lpr_override: Some(d("0.03")),
        ..Profile::default()
    };
    // Climbing the tiers; the Little Giant title inside the Xiamen window so its awards apply.
    for (tier, date) in [
        (Tier::Innovative, Date::ymd(2023, 5, 10)),
        (Tier::Provincial, Date::ymd(2024, 1, 15)),
        (Tier::LittleGiantReserve, Date::ymd(2024, 4, 20)),
        (Tier::LittleGiant, Date::ymd(2024, 10, 8)),
        (Tier::KeyLittleGiant, Date::ymd(2025, 4, 1)),
    ] {
        p.recognitions.insert(tier, date);
    }
    for (q, v) in [
        (Quantity::ParkRentPerYear, "600000"),
        (Quantity::ParkRentMonths, "12"),
        (Quantity::ParkFirstYearKwh, "2500000"),
        (Quantity::RdSpend, "12000000"),
        // Between 1 and 5 million: the subsidy line, not the unquantified large-project one.
        (Quantity::EquipmentPrevYear, "3200000"),
        (Quantity::EquityTransformationFund, "20000000"),
        (Quantity::EquitySmeFund, "30000000"),
        (Quantity::JointLabEquipment, "4000000"),
        (Quantity::StandardsLed, "2"),
        (Quantity::DigitalUpgradeSpend, "800000"),
        (Quantity::ConsultingFees, "200000.50"),
        (Quantity::TrainingPersonDays, "120"),
        (Quantity::DomesticFairVenueRent, "60000"),
        // The premium is above 7‰ of the insured amount, so the base limit applies.
        (Quantity::CreditInsuranceInsured, "50000000"),
        (Quantity::CreditInsurancePremium, "400000"),
        (Quantity::FirstSetUnitPrice, "6000000"),
        (Quantity::TechReformEquipment, "15000000"),
        (Quantity::TechReformTotal, "25000000"),
        (Quantity::AvgTaxLast3Years, "18000000"),
    ] {
        p.amounts.insert(q, d(v));
    }
    // Every fact, except those that exclude one another (one contest prize, one kind of new
    // manufacturing innovation centre, one level of first set) or that belong to another city.
    for f in Fact::ALL.iter().copied().filter(|f| {
        !matches!(
            f,
            Fact::ContestSecondPrize
                | Fact::ContestThirdPrize
                | Fact::NewProvincialMfgInnovationCenterPilot
                | Fact::FirstSetProvincial
                | Fact::NewlyAttractedToQuanzhou
        )
    }) {
        p.facts.insert(f);
    }
    assert_eq!(p.validate(), Vec::new(), "bench profile must be valid");
    p
}

fn lines_of(report: &Report, id: &str) -> usize {
    report.lines.iter().filter(|l| l.entry == id).count()
}

fn bench_full_profile(c: &mut Criterion) {
    let profile = full_profile(5);
    let report = evaluate(&profile, ON);
    assert!(
        report.lines.len() >= 30,
        "full profile gives only {} lines",
        report.lines.len()
    );
    for id in [
        "fj-working-capital-discount",
        "xm-ip-pledge-discount",
        "xm-tech-fund-discount",
        "xm-credit-insurance",
    ] {
        assert_eq!(lines_of(&report, id), 1, "no line {id}");
    }
    assert!(report.totals.all.exact > Decimal::ZERO);

    let mut group = c.benchmark_group("engine/full_profile");
    group.bench_function("evaluate", |b| {
        b.iter(|| evaluate(black_box(&profile), black_box(ON)))
    });
    group.finish();
}

fn bench_loans(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine/loans");
    // 50: the most loans a profile holds (profile::MAX_LOANS).
    for n in [1, 10, 50] {
        let profile = full_profile(n);
        let report = evaluate(&profile, ON);
        assert!(report.lines.len() >= 30);
        assert_eq!(lines_of(&report, "fj-working-capital-discount"), 1);
        group.bench_with_input(BenchmarkId::from_parameter(n), &profile, |b, p| {
            b.iter(|| evaluate(black_box(p), black_box(ON)))
        });
    }
    group.finish();
}

fn bench_catalogue(c: &mut Criterion) {
    let profile = full_profile(5);
    // The catalogue repeated ten times, built once and leaked so it is `'static` like ENTRIES.
    let x10: &'static [Entry] = Box::leak(
        (0..10)
            .flat_map(|_| ENTRIES.iter().cloned())
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let x1 = evaluate_entries(&profile, ON, ENTRIES);
    // No Xiamen or provincial entry is in a not-both group or describes another's reward, so
    // every line is repeated: the x10 case does ten times the work, nothing is merged away.
    assert_eq!(
        evaluate_entries(&profile, ON, x10).lines.len(),
        10 * x1.lines.len()
    );

    let mut group = c.benchmark_group("engine/catalogue_x10");
    for (id, entries) in [("x1", ENTRIES), ("x10", x10)] {
        group.bench_with_input(BenchmarkId::from_parameter(id), &entries, |b, e| {
            b.iter(|| evaluate_entries(black_box(&profile), black_box(ON), black_box(e)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = bench_full_profile, bench_loans, bench_catalogue
}
criterion_main!(benches);
