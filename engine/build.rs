//! Reads the catalogue (`../catalogue/*.toml`), validates it, and writes it out as Rust statics.
//!
//! Why Rust and not TOML or JSON parsed at start-up: the page would have to ship a parser and
//! spend its first milliseconds parsing; as statics the catalogue costs nothing at start-up and
//! a typo (an unknown tier, a duplicate id, a clause that is not in the source text, an
//! impossible date) stops the build instead of reaching a user.

#[path = "src/vocab.rs"]
#[allow(dead_code)]
mod vocab;

use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use vocab::*;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Places {
    city: Vec<CityToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CityToml {
    id: String,
    name: String,
    name_en: String,
    counties: Vec<(String, String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParameterToml {
    title: String,
    title_en: String,
    reference: String,
    unit: String,
    values: Vec<DatedValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DatedValue {
    from: toml::value::Datetime,
    value: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentFile {
    document: DocumentToml,
    #[serde(default)]
    entry: Vec<EntryToml>,
    #[serde(default)]
    not_entry: Vec<NotEntryToml>,
}

/// A sentence of the source that carries a benefit word but is not an entry, with the reason.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotEntryToml {
    /// The sentence, or a distinctive verbatim fragment of it (white space is ignored).
    sentence: String,
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentToml {
    id: String,
    issuer: String,
    number: String,
    title: String,
    source: String,
    status: String,
    valid_from: toml::value::Datetime,
    valid_to: Option<toml::value::Datetime>,
    validity_clause: String,
    places: Vec<String>,
    #[serde(default)]
    /// The analyst's reading: for people reading the TOML, not compiled in.
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryToml {
    id: String,
    article: String,
    title: String,
    title_en: String,
    payer: String,
    departments: Vec<String>,
    frequency: String,
    kind: String,
    clause: String,
    #[serde(default)]
    places: Option<Vec<String>>,
    #[serde(default)]
    tier: Option<String>,
    #[serde(default)]
    max_tier: Option<String>,
    #[serde(default)]
    park: Option<String>,
    #[serde(default)]
    facts: Vec<String>,
    #[serde(default)]
    conditions: Vec<ConditionToml>,
    #[serde(default)]
    event: Option<String>,
    #[serde(default)]
    formula: Option<FormulaToml>,
    #[serde(default)]
    exclusive_group: Option<String>,
    #[serde(default)]
    same_as: Option<String>,
    #[serde(default)]
    /// The analyst's reading: for people reading the TOML, not compiled in.
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewToml {
    version: String,
    reviewed: toml::value::Datetime,
}

impl Default for ReviewToml {
    fn default() -> Self {
        ReviewToml {
            version: String::new(),
            reviewed: "2000-01-01".parse().expect("a date"),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionToml {
    quantity: String,
    #[serde(default)]
    at_least: Option<String>,
    #[serde(default)]
    above: Option<String>,
    #[serde(default)]
    below: Option<String>,
    #[serde(default)]
    at_most: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormulaToml {
    #[serde(default)]
    fixed: Option<String>,
    #[serde(default)]
    terms: Option<Vec<TermToml>>,
    #[serde(default)]
    loan: Option<String>,
    #[serde(default)]
    rate: Option<String>,
    #[serde(default)]
    rate_above: Option<String>,
    #[serde(default)]
    lpr_share: Option<String>,
    #[serde(default)]
    skip_if_other_provincial: bool,
    #[serde(default)]
    principal_caps: Vec<PrincipalCapToml>,
    #[serde(default)]
    cap: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PrincipalCapToml {
    tier: String,
    cap: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermToml {
    rate: String,
    base: String,
    #[serde(default)]
    months: Option<String>,
    #[serde(default)]
    base_cap: Option<BaseCapToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BaseCapToml {
    rate: String,
    of: String,
}

/// Collects every problem so that one build run reports them all.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, context: &str, message: impl std::fmt::Display) {
        self.0.push(format!("{context}: {message}"));
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let dir = manifest.join("../catalogue");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/vocab.rs");

    let mut problems = Problems::default();
    let mut out = String::from("// @generated by build.rs from catalogue/*.toml. Do not edit.\n\n");

    let places: Places = parse(&dir.join("places.toml"), &mut problems);
    let mut place_ids = BTreeSet::from(["fujian".to_string()]);
    out.push_str("pub static CITIES: &[City] = &[\n");
    for city in &places.city {
        place_ids.insert(city.id.clone());
        write!(
            out,
            "  City {{ id: {:?}, name: {:?}, name_en: {:?}, counties: &[",
            city.id, city.name, city.name_en
        )
        .unwrap();
        for (id, name, name_en) in &city.counties {
            if !place_ids.insert(id.clone()) {
                problems.push("places.toml", format!("duplicate place id {id}"));
            }
            write!(
                out,
                "County {{ id: {id:?}, name: {name:?}, name_en: {name_en:?} }}, "
            )
            .unwrap();
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n\n");

    let review: ReviewToml = parse(&dir.join("review.toml"), &mut problems);
    let reviewed = date(&review.reviewed, "review.toml", &mut problems);
    write!(
        out,
        "/// Version of the catalogue data (catalogue/review.toml): share links and exports carry it.\n\
         pub const CATALOGUE_VERSION: &str = {:?};\n\
         /// The day an analyst last checked the rules against the texts (catalogue/review.toml).\n\
         pub const RULES_REVIEWED: Date = {};\n\n",
        review.version,
        date_rust(reviewed)
    )
    .unwrap();

    let parameters: BTreeMap<String, ParameterToml> =
        parse(&dir.join("parameters.toml"), &mut problems);
    for (name, p) in &parameters {
        let ctx = format!("parameters.toml [{name}]");
        if p.unit != "rate" {
            problems.push(&ctx, "only unit = \"rate\" is supported");
        }
        write!(
            out,
            "pub static {}: Parameter = Parameter {{ title: {:?}, title_en: {:?}, reference: {:?}, values: &[",
            name.to_uppercase(),
            p.title,
            p.title_en,
            p.reference
        )
        .unwrap();
        let mut last = None;
        for v in &p.values {
            let d = date(&v.from, &ctx, &mut problems);
            if last.is_some_and(|l| l >= d) {
                problems.push(&ctx, "values must be in increasing date order");
            }
            last = Some(d);
            write!(
                out,
                "({}, {}), ",
                date_rust(d),
                decimal_rust(&v.value, &ctx, &mut problems)
            )
            .unwrap();
        }
        out.push_str("] };\n");
    }
    // Every parameter, for what must look at all of them (the days a result can change on).
    out.push_str(
        "/// Every parameter of `parameters.toml`.\npub static PARAMETERS: &[&Parameter] = &[",
    );
    for name in parameters.keys() {
        write!(out, "&{}, ", name.to_uppercase()).unwrap();
    }
    out.push_str("];\n");

    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("catalogue directory")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| {
            !matches!(
                p.file_name().and_then(|n| n.to_str()),
                Some("places.toml" | "parameters.toml" | "review.toml")
            )
        })
        .collect();
    files.sort();

    let mut documents = String::from("pub static DOCUMENTS: &[Document] = &[\n");
    let mut entries = String::from("pub static ENTRIES: &[Entry] = &[\n");
    // Each entry's clause, apart from the entries (`ClauseRef`), with its id.
    let mut clauses: Vec<(String, String)> = Vec::new();
    let mut ids = BTreeSet::new();
    let mut same_as = Vec::new();
    let mut groups: BTreeMap<String, usize> = BTreeMap::new();
    let mut ledger = String::from(LEDGER_HEAD);

    for (doc_index, path) in files.iter().enumerate() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let file: DocumentFile = parse(path, &mut problems);
        let d = &file.document;
        let source_path = dir.join(&d.source);
        let source = std::fs::read_to_string(&source_path).unwrap_or_else(|e| {
            problems.push(&name, format!("source {}: {e}", d.source));
            String::new()
        });
        let source_compact = compact(&source);
        let status = DocumentStatus::from_name(&d.status).unwrap_or_else(|| {
            problems.push(&name, format!("unknown status {:?}", d.status));
            DocumentStatus::Official
        });
        let from = date(&d.valid_from, &name, &mut problems);
        let to = d.valid_to.as_ref().map(|t| date(t, &name, &mut problems));
        if to.is_some_and(|t| t < from) {
            problems.push(&name, "valid_to is before valid_from");
        }
        if !source_compact.contains(&compact(&d.validity_clause)) {
            problems.push(&name, "validity_clause is not in the source text");
        }
        for p in &d.places {
            if !place_ids.contains(p) {
                problems.push(&name, format!("unknown place {p}"));
            }
        }
        writeln!(
            documents,
            "  Document {{ id: {:?}, issuer: {:?}, number: {:?}, title: {:?}, status: {}, valid_from: {}, valid_to: {}, validity_clause: {:?} }},",
            d.id, d.issuer, d.number, d.title, status.rust_path(), date_rust(from),
            to.map_or("None".into(), |t| format!("Some({})", date_rust(t))),
            d.validity_clause,
        ).unwrap();

        for e in &file.entry {
            let ctx = format!("{name} [{}]", e.id);
            if !ids.insert(e.id.clone()) {
                problems.push(&ctx, "duplicate id");
            }
            if e.id.is_empty()
                || !e
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                problems.push(&ctx, "id must be lowercase ascii letters, digits and '-'");
            }
            if !source_compact.contains(&compact(&e.clause)) {
                problems.push(&ctx, "clause is not verbatim in the source text");
            }
            let payer = named::<PayerLevel>(&e.payer, "payer", &ctx, &mut problems);
            let kind = named::<Kind>(&e.kind, "kind", &ctx, &mut problems);
            let frequency = named::<Frequency>(&e.frequency, "frequency", &ctx, &mut problems);
            if e.departments.is_empty() || e.departments.iter().any(|d| d.trim().is_empty()) {
                problems.push(
                    &ctx,
                    "departments lists the 责任单位 of the measure, none empty",
                );
            }
            for dep in &e.departments {
                if !source_compact.contains(&compact(dep)) {
                    problems.push(
                        &ctx,
                        format!("department {dep:?} is not in the source text"),
                    );
                }
            }
            let tier = e
                .tier
                .as_deref()
                .map(|t| named::<Tier>(t, "tier", &ctx, &mut problems));
            let max_tier = e
                .max_tier
                .as_deref()
                .map(|t| named::<Tier>(t, "max_tier", &ctx, &mut problems));
            let park = e
                .park
                .as_deref()
                .map(|t| named::<ParkResidency>(t, "park", &ctx, &mut problems));
            let facts: Vec<&str> = e
                .facts
                .iter()
                .map(|f| named::<Fact>(f, "fact", &ctx, &mut problems).rust_path())
                .collect();
            let entry_places = e.places.as_ref().unwrap_or(&d.places);
            for p in entry_places {
                if !place_ids.contains(p) {
                    problems.push(&ctx, format!("unknown place {p}"));
                }
            }
            let event = match e.event.as_deref() {
                None | Some("evaluation_date") => "Event::EvaluationDate".to_string(),
                Some("loan_start") => "Event::LoanStart".to_string(),
                Some(other) => match (
                    other.strip_prefix("recognition:"),
                    other.strip_prefix("date:"),
                ) {
                    (Some(t), _) => format!(
                        "Event::Recognition({})",
                        named::<Tier>(t, "event tier", &ctx, &mut problems).rust_path()
                    ),
                    (_, Some(o)) => format!(
                        "Event::Occasion({})",
                        named::<Occasion>(o, "event occasion", &ctx, &mut problems).rust_path()
                    ),
                    _ => {
                        problems.push(&ctx, format!("unknown event {other:?}"));
                        String::new()
                    }
                },
            };
            let mut conditions = String::new();
            for c in &e.conditions {
                let q = named::<Quantity>(&c.quantity, "condition quantity", &ctx, &mut problems);
                let bound = |v: &Option<String>, problems: &mut Problems| {
                    v.as_ref().map_or("None".to_string(), |v| {
                        format!("Some({})", decimal_rust(v, &ctx, problems))
                    })
                };
                if c.at_least.is_some() && c.above.is_some()
                    || c.below.is_some() && c.at_most.is_some()
                {
                    problems.push(&ctx, "a condition has two lower or two upper bounds");
                }
                write!(
                    conditions,
                    "Condition {{ quantity: {}, at_least: {}, above: {}, below: {}, at_most: {} }}, ",
                    q.rust_path(), bound(&c.at_least, &mut problems), bound(&c.above, &mut problems),
                    bound(&c.below, &mut problems), bound(&c.at_most, &mut problems)
                ).unwrap();
            }
            let formula = match (&e.formula, kind) {
                (None, Kind::Unquantified) => "Formula::Unquantified".to_string(),
                (Some(_), Kind::Unquantified) => {
                    problems.push(&ctx, "an unquantified entry has no formula");
                    String::new()
                }
                (None, _) => {
                    problems.push(&ctx, "an exact or up_to entry needs a formula");
                    String::new()
                }
                (Some(f), _) => formula_rust(f, e.event.as_deref(), &ctx, &mut problems),
            };
            if let Some(g) = &e.exclusive_group {
                *groups.entry(g.clone()).or_default() += 1;
            }
            if let Some(s) = &e.same_as {
                same_as.push((ctx.clone(), s.clone()));
            }
            writeln!(
                entries,
                "  Entry {{ id: {:?}, document: {doc_index}, article: {:?}, title: {:?}, title_en: {:?}, payer: {}, departments: &{:?}, frequency: {}, kind: {}, clause: ClauseRef({}), \
                 eligibility: Eligibility {{ places: &{:?}, tier: {}, max_tier: {}, park: {}, facts: &[{}], conditions: &[{}] }}, \
                 event: {event}, formula: {formula}, exclusive_group: {:?}, same_as: {:?} }},",
                e.id, e.article, e.title, e.title_en, payer.rust_path(), e.departments, frequency.rust_path(), kind.rust_path(), clauses.len(),
                entry_places,
                opt_path(tier), opt_path(max_tier), opt_path(park), facts.join(", "), conditions,
                e.exclusive_group, e.same_as,
            ).unwrap();
            clauses.push((e.id.clone(), e.clause.trim().to_string()));
        }
        ledger_of(&name, doc_index, &source, &file, &mut ledger, &mut problems);
    }
    for (ctx, target) in &same_as {
        if !ids.contains(target) {
            problems.push(ctx, format!("same_as names unknown entry {target}"));
        }
    }
    for (g, n) in &groups {
        if *n < 2 {
            problems.push(
                "catalogue",
                format!("exclusive_group {g} has only one entry"),
            );
        }
    }
    documents.push_str("];\n\n");
    entries.push_str("];\n");
    out.push_str(&documents);
    out.push_str(&entries);
    ledger.push_str("];\n");
    out.push_str(&ledger);
    out.push_str(&clauses_rust(&clauses));

    if !problems.0.is_empty() {
        for p in &problems.0 {
            println!("cargo:warning=catalogue: {p}");
        }
        panic!(
            "the catalogue has {} problem(s):\n{}",
            problems.0.len(),
            problems.0.join("\n")
        );
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("catalogue.rs"), out).expect("write catalogue.rs");
}

/// The words that make a sentence of a source text a promise to check (catalogue/README.md,
/// "Completeness"): a sentence with one of them is quoted by an entry or listed as not an entry.
const BENEFIT_WORDS: &[&str] = &[
    "奖励", "补助", "补贴", "贴息", "资助", "扶持", "支持", "给予", "享受", "优先", "减免", "纳入",
    "奖补", "倾斜", "免收", "减收",
];

const LEDGER_HEAD: &str = "/// One sentence of a source text that carries a benefit word (奖励、补助、支持、给予、优先、纳入…) or is
/// quoted by an entry, and how the catalogue accounts for it: quoted by entries, or listed as not
/// an entry with the reason. The build fails on a benefit sentence that is neither (catalogue/README.md).
#[derive(Clone, Copy, Debug)]
pub struct LedgerSentence {
    /// Index into [`DOCUMENTS`].
    pub document: usize,
    /// The sentence, white space removed.
    pub sentence: &'static str,
    /// The entries whose clause overlaps it.
    pub entries: &'static [&'static str],
    /// Why it is not an entry (its document's `[[not_entry]]`), when no entry quotes it.
    pub not_entry: Option<&'static str>,
}

/// Every benefit sentence of the five texts, in the order of the documents and of each text.
pub static LEDGER: &[LedgerSentence] = &[
";

/// The clauses, verbatim, in the order of `ENTRIES` (an entry's `ClauseRef` is its index), and
/// the name of the file the calculator's page reads them from (`srdi --write-clauses`): named
/// by a hash of every id and clause, so a page never reads another catalogue's clauses.
fn clauses_rust(clauses: &[(String, String)]) -> String {
    // FNV-1a, 64 bits: stable across platforms and Rust versions, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (id, clause) in clauses {
        for b in id.bytes().chain([0]).chain(clause.bytes()).chain([0]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    let mut out = String::from(
        "\n/// Each entry's clause, verbatim, in the order of [`ENTRIES`]: read with [`Entry::clause`].\n\
         pub static CLAUSES: &[&str] = &[\n",
    );
    for (_, clause) in clauses {
        writeln!(out, "  {clause:?},").unwrap();
    }
    out.push_str("];\n\n");
    writeln!(
        out,
        "/// The file, beside the JS API (`dist/api/`), that holds every entry's clause by id for the\n\
         /// calculator's page, which reads them from there (src/clauses.rs), not from [`CLAUSES`].\n\
         pub const CLAUSES_FILE: &str = \"clauses-{hash:016x}.json\";"
    )
    .unwrap();
    out
}

fn numerals(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// Whether a text starts with a heading number: 一、 （一） (一) 1. 1．
fn starts_with_heading_number(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some('（' | '(') => {
            let n = chars.clone().take_while(|c| numerals(*c)).count();
            (1..=2).contains(&n) && matches!(chars.nth(n), Some('）' | ')'))
        }
        Some(c) if numerals(c) => {
            let n = 1 + chars.clone().take_while(|c| numerals(*c)).count();
            n <= 2 && s.chars().nth(n) == Some('、')
        }
        Some(c) if c.is_ascii_digit() => {
            let n = 1 + chars.clone().take_while(|c| c.is_ascii_digit()).count();
            let mut after = s.chars().skip(n);
            n <= 2
                && matches!(after.next(), Some('.' | '．'))
                && after.next().is_some_and(|c| !c.is_ascii_digit())
        }
        _ => false,
    }
}

/// The offsets in the compacted text just after each heading that stands on a line of its own
/// ("（三）实施专精特新特色园区建设行动": a heading number, no punctuation, at most 40 characters),
/// where white space removal would otherwise glue the heading to the first sentence under it.
fn heading_line_ends(source: &str) -> BTreeSet<usize> {
    let mut at = 0;
    let mut out = BTreeSet::new();
    for line in source.lines() {
        let c = compact(line);
        at += c.len();
        if starts_with_heading_number(&c)
            && c.chars().count() <= 40
            && !c.chars().any(|ch| "。；;，,：:".contains(ch))
        {
            out.insert(at);
        }
    }
    out
}

/// A numbered title standing as a sentence of its own ("1.融资贴息。", "（二）支持打造专精特新园区。"):
/// the measure's sentences under it are checked, not its title.
fn is_heading(sentence: &str) -> bool {
    starts_with_heading_number(sentence)
        && sentence.chars().count() <= 24
        && !sentence.chars().any(|ch| "，,：:；;".contains(ch))
}

/// Splits a text (white space already removed) into sentences, as byte ranges: after 。；;,
/// before a heading number or a 责任单位 note, and after a heading that stood on a line of its
/// own (`line_breaks`), which the PDF line breaks no longer separate.
fn sentences(text: &str, line_breaks: &BTreeSet<usize>) -> Vec<(usize, usize)> {
    let heading_at = |i: usize| -> bool {
        if line_breaks.contains(&i) {
            return true;
        }
        let rest = &text[i..];
        let prev = text[..i].chars().next_back();
        if [
            "（责任单位",
            "(责任单位",
            "（牵头单位",
            "(牵头单位",
            "专栏：",
        ]
        .iter()
        .any(|m| rest.starts_with(m))
        {
            return true;
        }
        if (rest.starts_with("责任单位：") || rest.starts_with("责任单位:"))
            && !matches!(prev, Some('（' | '('))
        {
            return true;
        }
        // A heading number, not the middle of a number (2.0, 十一、) or of a list (一、二、).
        starts_with_heading_number(rest)
            && !prev.is_some_and(|p| p.is_ascii_digit() || p == '.' || numerals(p) || p == '、')
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if i > start && heading_at(i) {
            out.push((start, i));
            start = i;
        }
        if matches!(c, '。' | '；' | ';') {
            out.push((start, i + c.len_utf8()));
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// The byte ranges where `needle` occurs in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle)
        .map(|(at, m)| (at, at + m.len()))
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Completeness: every benefit sentence of the document's text (one with a benefit word, or one
/// an entry quotes) is quoted by an entry's clause or listed as a `[[not_entry]]`; each not-entry occurs once in the text, falls on a benefit
/// sentence, and is not also quoted. Writes the document's sentences into the ledger.
fn ledger_of(
    name: &str,
    doc_index: usize,
    source: &str,
    file: &DocumentFile,
    ledger: &mut String,
    problems: &mut Problems,
) {
    let text = &compact(source);
    let clauses: Vec<(&str, Vec<(usize, usize)>)> = file
        .entry
        .iter()
        .map(|e| (e.id.as_str(), occurrences(text, &compact(&e.clause))))
        .collect();
    let mut not_entries = Vec::new();
    for n in &file.not_entry {
        let ctx = format!("{name} [[not_entry]] {:?}", n.sentence);
        let found = occurrences(text, &compact(&n.sentence));
        match found.len() {
            0 => problems.push(&ctx, "is not verbatim in the source text"),
            1 => {}
            _ => problems.push(&ctx, "occurs more than once: quote a distinctive fragment"),
        }
        if n.reason.trim().is_empty() {
            problems.push(&ctx, "needs a reason");
        }
        not_entries.push((n, found, false));
    }
    for (start, end) in sentences(text, &heading_line_ends(source)) {
        let sentence = &text[start..end];
        let quoted: Vec<&str> = clauses
            .iter()
            .filter(|(_, at)| at.iter().any(|a| overlaps(*a, (start, end))))
            .map(|(id, _)| *id)
            .collect();
        // A sentence an entry quotes is a promise whatever its words (减少或取消反担保, 上市辅导).
        if quoted.is_empty()
            && (is_heading(sentence) || !BENEFIT_WORDS.iter().any(|w| sentence.contains(w)))
        {
            continue;
        }
        let mut reason = None;
        for (n, found, used) in not_entries.iter_mut() {
            if found.iter().any(|a| overlaps(*a, (start, end))) {
                *used = true;
                if !quoted.is_empty() {
                    problems.push(
                        name,
                        format!(
                            "[[not_entry]] {:?} is quoted by {}: drop it from the list",
                            n.sentence,
                            quoted.join(", ")
                        ),
                    );
                }
                reason.get_or_insert(n.reason.trim());
            }
        }
        if quoted.is_empty() && reason.is_none() {
            problems.push(
                name,
                format!(
                    "a benefit sentence is neither quoted by an entry nor listed as [[not_entry]]: {sentence}"
                ),
            );
        }
        writeln!(
            ledger,
            "  LedgerSentence {{ document: {doc_index}, sentence: {sentence:?}, entries: &{quoted:?}, not_entry: {reason:?} }},"
        )
        .unwrap();
    }
    for (n, _, used) in &not_entries {
        if !used {
            problems.push(
                name,
                format!(
                    "[[not_entry]] {:?} is on no sentence with a benefit word",
                    n.sentence
                ),
            );
        }
    }
}

fn parse<T: for<'de> Deserialize<'de> + Default>(path: &Path, problems: &mut Problems) -> T {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    match std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| toml::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => {
            problems.push(&name, e);
            T::default()
        }
    }
}

impl Default for DocumentFile {
    fn default() -> Self {
        DocumentFile {
            document: DocumentToml {
                id: String::new(),
                issuer: String::new(),
                number: String::new(),
                title: String::new(),
                source: String::new(),
                status: "official".into(),
                valid_from: "2000-01-01".parse().unwrap(),
                valid_to: None,
                validity_clause: String::new(),
                places: Vec::new(),
                note: None,
            },
            entry: Vec::new(),
            not_entry: Vec::new(),
        }
    }
}

/// The text with every kind of white space removed: the PDF extraction breaks lines and pads
/// numbers with spaces at random, so clauses are compared without it.
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn named<T: Copy + Named>(text: &str, what: &str, ctx: &str, problems: &mut Problems) -> T {
    T::from_name_(text).unwrap_or_else(|| {
        problems.push(ctx, format!("unknown {what} {text:?}"));
        T::fallback()
    })
}

trait Named: Sized {
    fn from_name_(text: &str) -> Option<Self>;
    fn fallback() -> Self;
}

macro_rules! named_impl {
    ($($t:ident),*) => {$(
        impl Named for $t {
            fn from_name_(text: &str) -> Option<Self> { $t::from_name(text) }
            fn fallback() -> Self { $t::ALL[0] }
        }
    )*};
}
named_impl!(
    PayerLevel,
    Kind,
    Frequency,
    Tier,
    ParkResidency,
    Fact,
    Quantity,
    LoanPurpose,
    Occasion
);

fn opt_path<T: RustPath>(v: Option<T>) -> String {
    v.map_or("None".into(), |v| format!("Some({})", v.path()))
}

trait RustPath {
    fn path(self) -> &'static str;
}
impl RustPath for Tier {
    fn path(self) -> &'static str {
        self.rust_path()
    }
}
impl RustPath for ParkResidency {
    fn path(self) -> &'static str {
        self.rust_path()
    }
}

fn date(d: &toml::value::Datetime, ctx: &str, problems: &mut Problems) -> (u16, u8, u8) {
    match (&d.date, &d.time) {
        (Some(date), None) => (date.year, date.month, date.day),
        _ => {
            problems.push(ctx, format!("{d} is not a plain date"));
            (2000, 1, 1)
        }
    }
}

fn date_rust((y, m, d): (u16, u8, u8)) -> String {
    format!("Date::ymd({y}, {m}, {d})")
}

fn decimal_rust(text: &str, ctx: &str, problems: &mut Problems) -> String {
    match Decimal::from_str(text) {
        Ok(d) if d >= Decimal::ZERO => {
            let u = d.unpack();
            format!(
                "Decimal::from_parts({}, {}, {}, false, {})",
                u.lo, u.mid, u.hi, u.scale
            )
        }
        Ok(_) => {
            problems.push(ctx, format!("{text} is negative"));
            "Decimal::ZERO".into()
        }
        Err(e) => {
            problems.push(ctx, format!("{text:?} is not a decimal: {e}"));
            "Decimal::ZERO".into()
        }
    }
}

fn formula_rust(
    f: &FormulaToml,
    event: Option<&str>,
    ctx: &str,
    problems: &mut Problems,
) -> String {
    let cap = f.cap.as_ref().map_or("None".to_string(), |c| {
        format!("Some({})", decimal_rust(c, ctx, problems))
    });
    let shapes = [f.fixed.is_some(), f.terms.is_some(), f.loan.is_some()];
    if shapes.iter().filter(|s| **s).count() != 1 {
        problems.push(ctx, "a formula has exactly one of fixed, terms, loan");
        return String::new();
    }
    if let Some(fixed) = &f.fixed {
        if f.cap.is_some() {
            problems.push(ctx, "a fixed formula has no cap");
        }
        return format!("Formula::Fixed({})", decimal_rust(fixed, ctx, problems));
    }
    if let Some(terms) = &f.terms {
        let mut s = String::from("Formula::Terms { terms: &[");
        for t in terms {
            let base = named::<Quantity>(&t.base, "term base", ctx, problems);
            let months = t
                .months
                .as_deref()
                .map(|m| named::<Quantity>(m, "term months", ctx, problems));
            let base_cap = t.base_cap.as_ref().map_or("None".to_string(), |b| {
                format!(
                    "Some(BaseCap {{ rate: {}, of: {} }})",
                    decimal_rust(&b.rate, ctx, problems),
                    named::<Quantity>(&b.of, "base_cap of", ctx, problems).rust_path()
                )
            });
            write!(
                s,
                "Term {{ rate: {}, base: {}, months: {}, base_cap: {base_cap} }}, ",
                decimal_rust(&t.rate, ctx, problems),
                base.rust_path(),
                months.map_or("None".into(), |m| format!("Some({})", m.rust_path()))
            )
            .unwrap();
        }
        write!(s, "], cap: {cap} }}").unwrap();
        return s;
    }
    let purpose = named::<LoanPurpose>(
        f.loan.as_deref().unwrap_or_default(),
        "loan purpose",
        ctx,
        problems,
    );
    if event != Some("loan_start") {
        problems.push(ctx, "a loan formula needs event = \"loan_start\"");
    }
    let rate = match (&f.rate, &f.rate_above, &f.lpr_share) {
        (Some(r), None, None) => format!("InterestRate::Fixed({})", decimal_rust(r, ctx, problems)),
        (None, Some(r), None) => format!("InterestRate::Above({})", decimal_rust(r, ctx, problems)),
        (None, None, Some(r)) => format!(
            "InterestRate::ShareWithinLpr({})",
            decimal_rust(r, ctx, problems)
        ),
        _ => {
            problems.push(
                ctx,
                "a loan formula has exactly one of rate, rate_above, lpr_share",
            );
            String::new()
        }
    };
    let mut caps = String::new();
    let mut last = None;
    for c in &f.principal_caps {
        let tier = named::<Tier>(&c.tier, "principal_caps tier", ctx, problems);
        if last.is_some_and(|l| l >= tier) {
            problems.push(ctx, "principal_caps must go from the lowest tier up");
        }
        last = Some(tier);
        write!(
            caps,
            "({}, {}), ",
            tier.rust_path(),
            decimal_rust(&c.cap, ctx, problems)
        )
        .unwrap();
    }
    format!(
        "Formula::LoanInterest {{ purpose: {}, rate: {rate}, skip_if_other_provincial: {}, principal_caps: &[{caps}], cap: {cap} }}",
        purpose.rust_path(),
        f.skip_if_other_provincial
    )
}
