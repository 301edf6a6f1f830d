//! Properties of the catalogue data itself.
use srdi_engine::catalogue::{Event, Formula, DOCUMENTS, ENTRIES};
use srdi_engine::questions::Relevant;
use srdi_engine::{Fact, Kind, Occasion, Quantity};

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

/// Every occasion dates some entry, and every entry dated by an occasion can have that date
/// asked beside one of its own answers (an amount it reads or a fact it needs), so the
/// questionnaire asks for a date exactly where it matters.
#[test]
fn every_occasion_dates_an_entry_and_is_asked_beside_its_answer() {
    for o in Occasion::ALL {
        assert!(
            ENTRIES.iter().any(|e| e.event == Event::Occasion(*o)),
            "no entry is dated by {}",
            o.name()
        );
    }
    for e in ENTRIES {
        let Event::Occasion(o) = e.event else {
            continue;
        };
        let beside_amount = Quantity::ALL
            .iter()
            .any(|q| Relevant::occasion_of(*q) == Some(o));
        let beside_fact = e
            .eligibility
            .facts
            .iter()
            .any(|f| Relevant::occasion_of_fact(*f) == Some(o));
        assert!(
            beside_amount || beside_fact,
            "{}: where is {} asked?",
            e.id,
            o.name()
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

fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Nothing invented: each department of an entry appears in the 责任单位 (or 牵头单位) note
/// that closes the measure the entry's clause belongs to — the first such note after the clause.
#[test]
fn departments_come_from_the_measures_responsible_units() {
    let mut mismatches = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogue/sources/");
    for e in ENTRIES {
        let file = match e.document().id {
            "yongchun-2024-1" => "yongchun-2024-1.txt",
            "fujian-2023-11" => "fujian-2023-11.txt",
            "xiamen-2024-11" => "xiamen-2024-11.txt",
            "sanming-draft" => "sanming-draft.txt",
            _ => "quanzhou-action-plan.txt",
        };
        let source =
            compact(&std::fs::read_to_string(format!("{dir}{file}")).expect("source text"));
        let at = source
            .find(&compact(e.clause()))
            .unwrap_or_else(|| panic!("{}: clause not found", e.id));
        let rest = &source[at..];
        let note = ["责任单位：", "责任单位:", "牵头单位：", "牵头单位:"]
            .iter()
            .filter_map(|m| rest.find(m))
            .min()
            .unwrap_or_else(|| panic!("{}: no 责任单位 after the clause", e.id));
        // The note runs to the end of its parenthesis or, without one, to the next heading.
        let note_text: String = rest[note..].chars().take(120).collect();
        for dep in e.departments {
            assert!(
                note_text.contains(&compact(dep)),
                "{}: {dep} not in {note_text}",
                e.id
            );
        }
        // Nothing left out either: the departments are the note's list, exactly, in its order
        // (a trimmed list fails).
        let list = note_text.split_once(['：', ':']).map_or("", |(_, l)| l);
        // 泉州's notes run on into "以下均含各县(市、区)", which is not a department.
        let list = list.split("以下均含").next().unwrap_or("");
        let named = departments_listed(list);
        let given: Vec<String> = e.departments.iter().map(|d| compact(d)).collect();
        if given != named {
            mismatches.push(format!("{}: {given:?} but the note names {named:?}", e.id));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// The departments of a 责任单位 list, split at its commas and 、 outside parentheses, up to
/// the parenthesis that closes the note ("各县（市、区）人民政府" is one department).
fn departments_listed(list: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0;
    for c in list.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' if depth == 0 => break,
            '）' | ')' => depth -= 1,
            '，' | '、' | ',' if depth == 0 => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out.retain(|d| !d.is_empty());
    // 三明's notes have no closing parenthesis: the paragraph ends after "各县（市、区）人民政府"
    // (the line break is gone once white space is removed), and the next heading follows.
    if let Some(i) = out.iter().position(|d| d.contains("人民政府")) {
        let d = &out[i];
        let end = d
            .find("人民政府")
            .map_or(d.len(), |at| at + "人民政府".len());
        out[i] = d[..end].to_string();
        out.truncate(i + 1);
    }
    out
}

/// Nothing invented about how often a benefit is paid: an entry's frequency is stated by the
/// words of its own clause, and an entry marked "not stated" has none of those words.
#[test]
fn frequency_is_what_the_clause_says() {
    use srdi_engine::Frequency;
    // The words that state each frequency in the five texts.
    let words = |f: Frequency| -> &'static [&'static str] {
        match f {
            Frequency::OneOff => &["一次性"],
            Frequency::Yearly => &["每年", "按年度"],
            Frequency::PerLoan => &["贷款", "融资"],
            Frequency::PerProject => &["项目"],
            Frequency::PerPersonDay => &["每天每人次"],
            Frequency::Staged => &["分阶段", "分3年"],
            Frequency::NotStated => &[],
        }
    };
    let stating = ["一次性", "每年", "按年度", "每天每人次", "分阶段"];
    for e in ENTRIES {
        let clause = compact(e.clause());
        if e.frequency == Frequency::NotStated {
            for w in stating {
                assert!(
                    !clause.contains(w),
                    "{}: says {w} but is marked not stated",
                    e.id
                );
            }
        } else {
            assert!(
                words(e.frequency).iter().any(|w| clause.contains(w)),
                "{}: {:?} not stated in its clause",
                e.id,
                e.frequency
            );
        }
    }
    // Hand-checked against the texts: 永政办规〔2024〕1号 四、（一） "每家一次性 1万元"; 闽工信规〔2023〕11号
    // 二、（七） "分阶段分别予以一次性奖励" (staged, not one-off); 厦府办规〔2024〕11号 二、（六）
    // "每家企业每年补助最高30万元".
    let freq = |id: &str| ENTRIES.iter().find(|e| e.id == id).map(|e| e.frequency);
    assert_eq!(freq("yc-first-innovative"), Some(Frequency::OneOff));
    assert_eq!(freq("fj-listing-reserve-award"), Some(Frequency::Staged));
    assert_eq!(freq("xm-consulting-subsidy"), Some(Frequency::Yearly));
}
