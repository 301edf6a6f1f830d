//! docs/catalogue.md is generated from the catalogue; this test fails when it is out of date.
//! Regenerate with `UPDATE_DOCS=1 cargo test -p srdi-engine --test catalogue_doc`.

use srdi_engine::catalogue::{Event, DOCUMENTS, ENTRIES, LEDGER};
use srdi_engine::describe::{self, Lang};

fn render() -> String {
    let mut out = String::from(
        "# The catalogue\n\n<!-- Generated from catalogue/*.toml by engine/tests/catalogue_doc.rs. Do not edit. -->\n\n",
    );
    out.push_str(&format!(
        "{} entries from {} documents. Catalogue version {}.\n",
        ENTRIES.len(),
        DOCUMENTS.len(),
        srdi_engine::CATALOGUE_VERSION
    ));
    out.push_str(
        "\n## Ledger: every benefit sentence accounted for\n\n\
         The build splits each source text into sentences and picks those with a benefit word \
         (奖励、补助、补贴、贴息、资助、扶持、支持、给予、享受、优先、减免、纳入、奖补、倾斜、免收、减收), \
         or that an entry quotes (catalogue/README.md, \"Completeness\"). Each is quoted by an entry's clause or listed in its \
         document's TOML as not an entry, with the reason; the build fails on any other.\n\n\
         | document | benefit sentences | quoted by entries | not entries | entries |\n|---|---|---|---|---|\n",
    );
    for (i, doc) in DOCUMENTS.iter().enumerate() {
        let (quoted, not) = ledger_counts(i);
        out.push_str(&format!(
            "| {} | {} | {quoted} | {not} | {} |\n",
            doc.number,
            quoted + not,
            ENTRIES.iter().filter(|e| e.document == i).count()
        ));
    }
    for (i, doc) in DOCUMENTS.iter().enumerate() {
        out.push_str(&format!(
            "\n## {} {}\n\n{}. Validity: {}{}.\n\n",
            doc.number,
            doc.title,
            doc.issuer,
            describe::window(doc, Lang::En),
            if doc.status == srdi_engine::DocumentStatus::Draft {
                " (draft for comment, never counted in totals)"
            } else {
                ""
            }
        ));
        out.push_str("| id | article | payer | kind | tier | amount rule | event | validity |\n|---|---|---|---|---|---|---|---|\n");
        for e in ENTRIES.iter().filter(|e| e.document == i) {
            let event = match e.event {
                Event::Recognition(t) => format!("first recognition as {}", t.name()),
                Event::LoanStart => "loan start".into(),
                Event::Occasion(o) => describe::occasion(o, Lang::En).into(),
                Event::EvaluationDate => "evaluation date (no event of its own)".into(),
            };
            let mut rule = describe::rule(e, Lang::Zh);
            if let Some(g) = e.exclusive_group {
                rule.push_str(&format!("; not-both group `{g}`"));
            }
            if let Some(s) = e.same_as {
                rule.push_str(&format!("; same reward as `{s}`"));
            }
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | {} | {} | {} | {} |\n",
                e.id,
                e.article,
                e.payer.name(),
                e.kind.name(),
                e.eligibility.tier.map_or("any", |t| t.name()),
                rule.replace('|', "\\|"),
                event,
                describe::window(doc, Lang::En)
            ));
        }
        let (quoted, not) = ledger_counts(i);
        out.push_str(&format!(
            "\n### Ledger of {}\n\n{} benefit sentences: {quoted} quoted by entries, {not} not entries.\n\n\
             | # | sentence | accounted for |\n|---|---|---|\n",
            doc.number,
            quoted + not
        ));
        for (n, s) in LEDGER.iter().filter(|s| s.document == i).enumerate() {
            let how = if s.entries.is_empty() {
                format!("not an entry: {}", s.not_entry.unwrap_or("?"))
            } else {
                let ids: Vec<String> = s.entries.iter().map(|id| format!("`{id}`")).collect();
                format!("entries {}", ids.join(", "))
            };
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                n + 1,
                s.sentence.replace('|', "\\|"),
                how.replace('|', "\\|")
            ));
        }
    }
    out
}

/// How many benefit sentences of document `i` are quoted by entries, and how many are listed
/// as not entries.
fn ledger_counts(i: usize) -> (usize, usize) {
    let of_doc = || LEDGER.iter().filter(move |s| s.document == i);
    let quoted = of_doc().filter(|s| !s.entries.is_empty()).count();
    (quoted, of_doc().count() - quoted)
}

#[test]
fn docs_catalogue_md_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/catalogue.md");
    let expected = render();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &expected).expect("write docs/catalogue.md");
        return;
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/catalogue.md is out of date: run UPDATE_DOCS=1 cargo test -p srdi-engine --test catalogue_doc"
    );
}
