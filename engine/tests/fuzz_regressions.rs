//! Every input in fuzz/seeds (the seeds and any input that ever found a problem) runs through
//! the same checks as the fuzz targets, on every `cargo test`.
use srdi_engine::{evaluate, share, Date, Decimal, Kind, Profile};

fn files(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = format!("{}/../fuzz/seeds/{target}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| {
            let path = e.expect("entry").path();
            (
                path.display().to_string(),
                std::fs::read(&path).expect("read"),
            )
        })
        .collect()
}

#[test]
fn profile_json_seeds() {
    let seeds = files("profile_json");
    assert!(!seeds.is_empty());
    for (name, data) in seeds {
        let Ok(profile) = serde_json::from_slice::<Profile>(&data) else {
            continue;
        };
        if !profile.validate().is_empty() {
            continue;
        }
        let report = evaluate(&profile, Date::ymd(2025, 6, 1));
        let exact: Decimal = report
            .lines
            .iter()
            .filter(|l| l.counted && l.kind == Kind::Exact)
            .filter_map(|l| l.amount)
            .sum();
        assert_eq!(exact, report.totals.all.exact, "{name}");
    }
}

#[test]
fn share_link_seeds() {
    let seeds = files("share_link");
    assert!(!seeds.is_empty());
    for (name, data) in seeds {
        let (profile, _) = share::decode(&String::from_utf8_lossy(&data));
        assert!(profile.validate().is_empty(), "{name}");
        let (again, bad) = share::decode(&share::encode(&profile));
        assert!(bad.is_empty(), "{name}: {bad:?}");
        assert_eq!(again, profile, "{name}");
    }
}
