//! Properties of the catalogue data itself.
use srdi_engine::catalogue::{Formula, DOCUMENTS, ENTRIES};
use srdi_engine::{Fact, Kind, Quantity};

/// Every amount and fact the profile can carry is read by some entry: the questionnaire never
/// asks for something no rule uses.
#[test]
fn every_quantity_and_fact_is_read_by_an_entry() {
    let reads_q = |q: Quantity| {
        ENTRIES.iter().any(|e| {
            e.eligibility.conditions.iter().any(|c| c.quantity == q)
                || matches!(&e.formula, Formula::Terms { terms, .. }
                    if terms.iter().any(|t| t.base == q || t.months == Some(q) || t.base_cap.as_ref().is_some_and(|b| b.of == q)))
        })
    };
    for q in Quantity::ALL {
        assert!(reads_q(*q), "no entry reads {}", q.name());
    }
    for f in Fact::ALL {
        assert!(
            ENTRIES.iter().any(|e| e.eligibility.facts.contains(f)),
            "no entry reads {}",
            f.name()
        );
    }
}

/// Each document has entries; kinds match formulas; ids are stable-looking and unique (the
/// build checks uniqueness too).
#[test]
fn documents_and_kinds_are_consistent() {
    for (i, d) in DOCUMENTS.iter().enumerate() {
        assert!(
            ENTRIES.iter().any(|e| e.document == i),
            "{} has no entry",
            d.id
        );
    }
    for e in ENTRIES {
        assert_eq!(
            e.kind == Kind::Unquantified,
            matches!(e.formula, Formula::Unquantified),
            "{}",
            e.id
        );
        let prefix = match e.document().id {
            "yongchun-2024-1" => "yc-",
            "fujian-2023-11" => "fj-",
            "xiamen-2024-11" => "xm-",
            "sanming-draft" => "sm-",
            "quanzhou-action-plan" => "qz-",
            other => panic!("unknown document {other}"),
        };
        assert!(e.id.starts_with(prefix), "{} in {}", e.id, e.document().id);
    }
    assert_eq!(DOCUMENTS.len(), 5);
}
