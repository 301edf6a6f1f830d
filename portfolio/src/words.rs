//! Amounts and totals in words of the page's language, the calculator's wording ("最高", "未定额"):
//! the portfolio table, its CSV and the comparison all say them the same way.

use srdi_engine::describe::{money, Lang};
use srdi_engine::evaluate::LevelTotal;
use srdi_engine::{Decimal, Kind, Line};

/// A line's amount: "500,000 元", "最高 300,000 元", or "未定额" when the text states none.
pub fn line_amount(line: &Line, lang: Lang) -> String {
    match (line.amount, lang) {
        (Some(a), _) => amount(a, line.kind, lang),
        (None, Lang::Zh) => "未定额".into(),
        (None, Lang::En) => "amount not stated".into(),
    }
}

/// An amount of a kind: "500,000 元", or "最高 300,000 元" for an "up to" amount.
pub fn amount(a: Decimal, kind: Kind, lang: Lang) -> String {
    match (kind, lang) {
        (Kind::UpTo, Lang::Zh) => format!("最高 {}", money(a, lang)),
        (Kind::UpTo, Lang::En) => format!("up to {}", money(a, lang)),
        _ => money(a, lang),
    }
}

/// A total's summed amounts, without the count of lines with no amount: "600,000 元" or
/// "600,000 元 + 最高 300,000 元" (the portfolio table shows that count once, beside the total).
pub fn summed(t: &LevelTotal, lang: Lang) -> String {
    level_total(
        &LevelTotal {
            unquantified: 0,
            ..t.clone()
        },
        lang,
    )
}

/// A total of one level: "600,000 元", "600,000 元 + 最高 300,000 元 + 1 项未定额", "0 元".
pub fn level_total(t: &LevelTotal, lang: Lang) -> String {
    let mut text = money(t.exact, lang);
    if !t.up_to.is_zero() {
        text += &match lang {
            Lang::Zh => format!(" + 最高 {}", money(t.up_to, lang)),
            Lang::En => format!(" + up to {}", money(t.up_to, lang)),
        };
    }
    if t.unquantified > 0 {
        text += &match (lang, t.unquantified) {
            (Lang::Zh, n) => format!(" + {n} 项未定额"),
            (Lang::En, 1) => " + 1 line without a stated amount".into(),
            (Lang::En, n) => format!(" + {n} lines without a stated amount"),
        };
    }
    text
}

/// A difference with its sign: "+500,000 元", "-100,000 元".
pub fn signed_money(d: Decimal, lang: Lang) -> String {
    if d.is_sign_negative() && !d.is_zero() {
        format!("-{}", money(-d, lang))
    } else {
        format!("+{}", money(d, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_read_as_the_calculator_says_them() {
        let t = LevelTotal {
            exact: Decimal::new(600_000, 0),
            up_to: Decimal::new(300_000, 0),
            unquantified: 2,
        };
        assert_eq!(
            level_total(&t, Lang::Zh),
            "600,000 元 + 最高 300,000 元 + 2 项未定额"
        );
        assert_eq!(
            level_total(&t, Lang::En),
            "600,000 yuan + up to 300,000 yuan + 2 lines without a stated amount"
        );
        assert_eq!(level_total(&LevelTotal::default(), Lang::Zh), "0 元");
        assert_eq!(signed_money(Decimal::new(-5, 0), Lang::Zh), "-5 元");
        assert_eq!(signed_money(Decimal::new(5, 0), Lang::En), "+5 yuan");
    }
}
