//! Any text as a share-link fragment: decoding never panics, always gives a valid profile, and
//! that profile evaluates; encoding it and decoding again gives the same profile.
#![no_main]
use libfuzzer_sys::fuzz_target;
use srdi_engine::{evaluate, share, Date};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (profile, _) = share::decode(&text);
    assert!(profile.validate().is_empty(), "decoded an invalid profile");
    let _ = evaluate(&profile, Date::ymd(2025, 6, 1));
    let (again, bad) = share::decode(&share::encode(&profile));
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(again, profile);
});
