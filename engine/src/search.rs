//! The policy library's text search: it finds what a person types. Terms match in any order;
//! a Chinese phrase typed without spaces matches where the text splits it ("专利质押" finds
//! "利用专利、商标进行质押融资"); white space, punctuation and full-width forms are ignored; and
//! amounts are compared by value ("50万" finds "50 万元" and "500,000").

use rust_decimal::Decimal;

/// What was typed, ready to match against many texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// Each term as units: a character, or a whole amount as `#value#`.
    terms: Vec<Vec<String>>,
}

impl Query {
    /// Reads what was typed; white space (also the full-width space) separates terms.
    pub fn new(typed: &str) -> Query {
        let folded: Vec<char> = typed.chars().map(fold).collect();
        // "50 万元" is one amount, not the terms "50" and "万元".
        let mut joined = String::new();
        for (i, c) in folded.iter().enumerate() {
            let unit_follows = || {
                folded[i..]
                    .iter()
                    .find(|c| **c != ' ')
                    .is_some_and(|c| matches!(c, '万' | '亿' | '元'))
            };
            let after_digit = joined.ends_with(|p: char| p.is_ascii_digit());
            if !(*c == ' ' && after_digit && unit_follows()) {
                joined.push(*c);
            }
        }
        let terms = joined
            .split_whitespace()
            .map(units)
            .filter(|u| !u.is_empty())
            .collect();
        Query { terms }
    }

    /// Whether nothing searchable was typed (every text matches).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every term occurs in one of `fields`, each term in pieces of at least two
    /// characters (or one whole amount) that may lie anywhere in the field.
    pub fn matches(&self, fields: &[&str]) -> bool {
        if self.terms.is_empty() {
            return true;
        }
        let hay: Vec<String> = fields.iter().map(|f| normalise(f)).collect();
        self.terms.iter().all(|t| hay.iter().any(|h| covered(t, h)))
    }
}

/// Full-width ASCII to half-width, the ideographic space to a space, ASCII to lower case (full
/// Unicode case mapping would add its tables to the page for no Chinese text's benefit).
fn fold(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// Characters that carry no meaning for a search: punctuation, ASCII and Chinese.
fn ignored(c: char) -> bool {
    c.is_whitespace()
        || (c.is_ascii_punctuation() && c != '%')
        || matches!(
            c,
            '、' | '，'
                | '。'
                | '；'
                | '：'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '（'
                | '）'
                | '《'
                | '》'
                | '【'
                | '】'
                | '！'
                | '？'
                | '—'
                | '…'
                | '·'
                | '〔'
                | '〕'
        )
}

/// A text as units: each meaningful character, amounts as one `#value#` unit each (in 元 when
/// a 万 or 亿 follows: "50 万元" and "500,000" are both `#500000#`).
fn units(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().map(fold).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let (unit, next) = amount(&chars, i);
            out.push(unit);
            i = next;
        } else {
            if !ignored(c) {
                out.push(c.to_string());
            }
            i += 1;
        }
    }
    out
}

/// The amount starting at `start` (a digit) and the index after it: digits with thousands
/// separators and a decimal point, then optionally 万 or 亿 (white space allowed before it)
/// and 元 (taken with the amount).
fn amount(chars: &[char], start: usize) -> (String, usize) {
    let digit_at = |j: usize| chars.get(j).is_some_and(|c| c.is_ascii_digit());
    let mut digits = String::new();
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            digits.push(c);
        } else if c == '.' && digit_at(i + 1) && !digits.contains('.') {
            digits.push('.');
        } else if c == ',' && digit_at(i + 1) && !digits.contains('.') {
            // A thousands separator: left out.
        } else {
            break;
        }
        i += 1;
    }
    let mut j = i;
    while chars.get(j).is_some_and(|c| *c == ' ') {
        j += 1;
    }
    let scale = match chars.get(j) {
        Some('万') => Some(Decimal::from(10_000)),
        Some('亿') => Some(Decimal::from(100_000_000)),
        _ => None,
    };
    // Not `str::parse`: `Decimal::from_str` would bring its whole parser into the page.
    let mut value = crate::money::parse_plain_decimal(&digits);
    if let Some(s) = scale {
        value = value.and_then(|v| v.checked_mul(s));
        j += 1;
    }
    // 元 after an amount says nothing more: "500,000 元" is "500000".
    if chars.get(j) == Some(&'元') {
        i = j + 1;
    } else if scale.is_some() {
        i = j;
    }
    let shown = value.map_or(digits, |v| v.normalize().to_string());
    (format!("#{shown}#"), i)
}

fn normalise(s: &str) -> String {
    units(s).concat()
}

/// Whether the term's units can be cut into pieces that each occur in `hay`: pieces of at
/// least two units, an amount counting as two (so a lone character never matches everywhere);
/// a one-character term must occur itself.
fn covered(term: &[String], hay: &str) -> bool {
    let weight = |u: &String| if u.starts_with('#') { 2 } else { 1 };
    let n = term.len();
    if n == 1 {
        return hay.contains(term[0].as_str());
    }
    let mut reachable = vec![false; n + 1];
    reachable[0] = true;
    for i in 0..n {
        if !reachable[i] {
            continue;
        }
        let mut piece = String::new();
        let mut w = 0;
        for j in i..n {
            piece.push_str(&term[j]);
            w += weight(&term[j]);
            if w >= 2 {
                // A longer piece holds this one: once it is not found, none is.
                if !hay.contains(piece.as_str()) {
                    break;
                }
                reachable[j + 1] = true;
            }
        }
    }
    reachable[n]
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLEDGE: &str =
        "对利用专利、商标进行质押融资的专精特新企业，按不超过贷款市场报价利率（LPR）的60%给予贴息";

    fn finds(typed: &str, text: &str) -> bool {
        Query::new(typed).matches(&[text])
    }

    #[test]
    fn terms_in_any_order_and_phrases_split_where_the_text_splits_them() {
        assert!(finds("专利质押", PLEDGE));
        assert!(finds("质押 专利", PLEDGE));
        assert!(finds("质押专利", PLEDGE));
        assert!(finds("贴息", PLEDGE));
        assert!(!finds("专利补贴", PLEDGE), "补贴 is not in the text");
        assert!(!finds("租金", PLEDGE));
    }

    #[test]
    fn white_space_punctuation_and_full_width_forms_are_ignored() {
        assert!(finds("ＬＰＲ", PLEDGE));
        assert!(finds("lpr", PLEDGE));
        assert!(finds("专利，商标", PLEDGE));
        assert!(finds("专利　商标", PLEDGE), "full-width space");
        assert!(
            finds("专 利", "利用专利"),
            "two one-character terms, each found"
        );
        assert!(finds("由县财政给予", "由县 财政给予"));
    }

    #[test]
    fn amounts_are_compared_by_value() {
        let rent = "单家企业不超过 50万元。";
        assert!(finds("50万", rent));
        assert!(finds("500,000", rent));
        assert!(finds("500000元", rent));
        assert!(finds("５０万", rent), "full-width digits");
        assert!(finds("50万", "最高奖励 500,000 元"));
        assert!(finds("50 万元", "500000"));
        assert!(!finds("5万", rent), "5万 is not 50万");
        assert!(
            !finds("500", rent),
            "an amount matches whole, not a part of another"
        );
        assert!(finds("1亿", "研发创新贷款上限从5000万元提高至1亿元"));
        assert!(finds("100000000", "研发创新贷款上限从5000万元提高至1亿元"));
        assert!(finds("0.05元", "每千瓦时 0.05元的奖励"));
        assert!(finds("3%", "按不高于服务费用 3%给予"));
    }

    /// What the library finds in the catalogue itself (titles and clauses, as the page searches).
    #[test]
    fn the_catalogue_is_found_as_people_type() {
        let found = |typed: &str| -> Vec<&str> {
            let q = Query::new(typed);
            crate::catalogue::ENTRIES
                .iter()
                .filter(|e| q.matches(&[e.title, e.title_en, e.clause()]))
                .map(|e| e.id)
                .collect()
        };
        assert!(found("专利质押").contains(&"xm-ip-pledge-discount"));
        assert!(found("质押 专利").contains(&"xm-ip-pledge-discount"));
        assert!(found("50万").contains(&"yc-park-rent"));
        assert!(found("500,000").contains(&"yc-park-rent"));
        assert!(found("1亿 研发").contains(&"xm-tech-fund-rd-discount"));
        assert!(found("patent pledge").contains(&"xm-ip-pledge-discount"));
        assert_eq!(found("ＩＰ 质押"), found("ip 质押"));
        assert!(found("不存在的政策xyz").is_empty());
    }

    #[test]
    fn anything_typed_gives_an_answer_never_a_panic() {
        let long = "专利".repeat(3000);
        for typed in [
            "",
            "   ",
            "#",
            "1,",
            ".5",
            "9".repeat(80).as_str(),
            "万",
            "1万万",
            "%%",
            &long,
        ] {
            let _ = Query::new(typed).matches(&[PLEDGE, "", "1,000.5 万元"]);
        }
        assert!(Query::new("  ").is_empty());
        assert!(Query::new("").matches(&[PLEDGE]));
    }
}
