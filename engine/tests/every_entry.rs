//! Every catalogue entry is named by a hand-worked test (issue 16 D).
//!
//! A test "names" an entry when the entry's id appears as a string literal (`"id"`) in one of
//! engine/tests/*.rs. The files that do not hand-work values are not counted: this one, the
//! catalogue's documentation test, the property tests and the steady-span test.

use srdi_engine::catalogue::ENTRIES;
use std::path::Path;

/// Test files that quote ids without working out an expected value from the text.
const NOT_HAND_WORKED: &[&str] = &[
    "every_entry.rs",
    "catalogue_doc.rs",
    "properties.rs",
    "steady_span.rs",
];

/// The text of every counted test file, with its name.
fn hand_worked_sources() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut sources: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_owned();
            if NOT_HAND_WORKED.contains(&name.as_str()) {
                return None;
            }
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            Some((name, text))
        })
        .collect();
    sources.sort();
    sources
}

#[test]
fn every_entry_is_named_by_a_hand_worked_test() {
    let sources = hand_worked_sources();
    assert!(
        sources.len() >= 5,
        "found only {} test files in tests/",
        sources.len()
    );
    let unnamed: Vec<&str> = ENTRIES
        .iter()
        .map(|e| e.id)
        .filter(|id| {
            let literal = format!("\"{id}\"");
            !sources.iter().any(|(_, text)| text.contains(&literal))
        })
        .collect();
    assert!(
        unnamed.is_empty(),
        "{} catalogue entries are named by no hand-worked test (a string literal \"id\" in \
         engine/tests/*.rs other than {}): {}",
        unnamed.len(),
        NOT_HAND_WORKED.join(", "),
        unnamed.join(", ")
    );
}

#[test]
fn the_excluded_files_exist() {
    // A renamed file would silently start counting (or stop being read): keep the list true.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for name in NOT_HAND_WORKED {
        assert!(
            dir.join(name).is_file(),
            "tests/{name} is gone: update NOT_HAND_WORKED"
        );
    }
}
