//! Money and other amounts: the one rounding rule, display with thousands separators, and the
//! parser for what people type.
//!
//! Rounding rule: every line is worked out exactly in `Decimal`, its cap applied, and only then
//! rounded to the fen (0.01 元), half away from zero. Totals are sums of rounded lines, so a
//! total always equals the sum of the lines shown.

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds a line's amount to the fen, half away from zero: the project's one rounding rule.
pub fn round_fen(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Reads a plain decimal as the engine writes it: an optional `-`, ASCII digits, an optional `.`
/// followed by digits, within `Decimal`'s range (96 bits, 28 decimals). No exponent, no spaces,
/// no `+`.
///
/// Why not `Decimal::from_str`: it also reads scientific notation ("1e5"), which pulls 3 KB of
/// code into the page for a form no one types and no share link holds.
pub fn parse_plain_decimal(s: &str) -> Option<Decimal> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let (int_ok, frac_ok) = (
        int.bytes().all(|b| b.is_ascii_digit()),
        frac.bytes().all(|b| b.is_ascii_digit()),
    );
    let dotted = digits.contains('.');
    if int.is_empty() || !int_ok || !frac_ok || (dotted && frac.is_empty()) {
        return None;
    }
    // 38 digits always fit in an i128; Decimal's own range is checked below.
    if int.len() + frac.len() > 38 {
        return None;
    }
    let mut mantissa: i128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        mantissa = mantissa * 10 + i128::from(b - b'0');
    }
    if negative {
        mantissa = -mantissa;
    }
    Decimal::try_from_i128_with_scale(mantissa, frac.len() as u32).ok()
}

/// Digits grouped by thousands, with the decimals that are not zero kept (at most `max_dp`).
pub fn group(amount: Decimal, max_dp: u32) -> String {
    let a = amount
        .round_dp_with_strategy(max_dp, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let text = a.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if a.is_sign_negative() && !a.is_zero() {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// "1,234,567.89 元": money with separators and fen shown only when not zero.
pub fn yuan(amount: Decimal) -> String {
    format!("{} 元", group(amount, 2))
}

/// "123.4568 万元": the same amount in units of 10,000 yuan, up to four decimals.
pub fn wan(amount: Decimal) -> String {
    format!("{} 万元", group(amount / Decimal::from(10_000), 4))
}

/// An amount in English as a reader would say it: in full below a million ("80,000 yuan"),
/// else in millions ("1.21 million yuan", up to four decimals of a million, i.e. to 100 yuan).
pub fn yuan_en_short(amount: Decimal) -> String {
    let million = Decimal::from(1_000_000);
    if amount.abs() < million {
        format!("{} yuan", group(amount, 2))
    } else {
        format!("{} million yuan", group(amount / million, 4))
    }
}

/// A rate as a percentage: 0.2 → "20%", 0.007 → "0.7%".
pub fn percent(rate: Decimal) -> String {
    format!("{}%", group(rate * Decimal::from(100), 4))
}

/// Why typed text is not an amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    /// Characters that are not digits, separators or a known unit.
    NotANumber,
    Negative,
    /// More decimals than the field allows (fen for money).
    TooPrecise {
        max_dp: u32,
    },
    /// Above the largest value the field accepts.
    TooLarge {
        max: Decimal,
    },
    /// Below the smallest value the field accepts (a loan of 0 months).
    TooSmall {
        min: Decimal,
    },
}

/// Parses an amount as people type it: ASCII or full-width digits (１２３), thousands separators
/// (`,` `，` and spaces), a trailing unit (`元`, `万`, `万元`, `千瓦时`, `kWh`, `度`, `月`, `个`, `人天`,
/// `yuan`, `RMB`), where `万` multiplies by 10,000, and in English `million`, `mn`, `m` by
/// 1,000,000 and `thousand`, `k` by 1,000 ("2.4 million", "2.4m", "240k"; any case). No
/// exponent ("2.4e6" is not an amount). A percent sign is not an amount: see
/// [`parse_rate_percent`].
pub fn parse_amount(text: &str, max_dp: u32, max: Decimal) -> Result<Decimal, AmountError> {
    parse_number(text, max_dp, max, true)
}

/// [`parse_amount`] without the multipliers (万, million, k): for months and rates, where "12m"
/// means months, not 12 million.
fn parse_number(
    text: &str,
    max_dp: u32,
    max: Decimal,
    multipliers: bool,
) -> Result<Decimal, AmountError> {
    let mut s: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' => '-',
            '％' => '%',
            _ => c,
        })
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，' && *c != '\'')
        .collect();
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    let mut scale = Decimal::ONE;
    for unit in [
        "元",
        "千瓦时",
        "kWh",
        "kwh",
        "度",
        "个月",
        "月",
        "个",
        "项",
        "人天",
        "人次",
        "yuan",
        "rmb",
    ] {
        if let Some(rest) = strip_suffix_ascii_case(&s, unit) {
            s = rest.to_string();
            break;
        }
    }
    if multipliers {
        for (word, by) in [
            ("万", 10_000),
            ("million", 1_000_000),
            ("mn", 1_000_000),
            ("m", 1_000_000),
            ("thousand", 1_000),
            ("k", 1_000),
        ] {
            if let Some(rest) = strip_suffix_ascii_case(&s, word) {
                s = rest.to_string();
                scale = Decimal::from(by);
                break;
            }
        }
    }
    if s.starts_with('-') {
        return Err(AmountError::Negative);
    }
    if s.is_empty()
        || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        || s.matches('.').count() > 1
    {
        return Err(AmountError::NotANumber);
    }
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    if int.len() > 15 {
        return Err(AmountError::TooLarge { max });
    }
    let raw = parse_plain_decimal(&s).ok_or(AmountError::NotANumber)?;
    let value = raw
        .checked_mul(scale)
        .ok_or(AmountError::TooLarge { max })?;
    if frac.len() > 12 || value.normalize().scale() > max_dp {
        return Err(AmountError::TooPrecise { max_dp });
    }
    if value > max {
        return Err(AmountError::TooLarge { max });
    }
    Ok(value.normalize())
}

/// `s` without the suffix `suffix`, compared ignoring ASCII case ("2.4M", "2.4 Million").
fn strip_suffix_ascii_case<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let (rest, tail) = (s.get(..cut)?, s.get(cut..)?);
    tail.eq_ignore_ascii_case(suffix).then_some(rest)
}

/// Largest money or kWh amount accepted (1 万亿): beyond it, a typo; below it, no overflow.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

/// Money in 元: "1,200,000", "120万", "１２０万元", "3 000 000 元"; at most two decimals (fen).
pub fn parse_money(text: &str) -> Result<Decimal, AmountError> {
    parse_amount(text, 2, MAX_AMOUNT)
}

/// Electricity in kWh: "2,000,000", "200万", "2000000千瓦时", "200万度".
pub fn parse_kwh(text: &str) -> Result<Decimal, AmountError> {
    parse_amount(text, 2, MAX_AMOUNT)
}

/// An annual rate typed in percent: "3.45", "3.45%", "３．４５％" → 0.0345; at most 36%.
/// The errors are in the percent the user typed: [`AmountError::TooLarge`] carries 36 (not the
/// fraction 0.36, which a message would show as "0"), [`AmountError::TooPrecise`] 4 decimals.
pub fn parse_rate_percent(text: &str) -> Result<Decimal, AmountError> {
    let t = text.trim().replace('％', "%");
    let number = t.strip_suffix('%').unwrap_or(&t);
    if number.trim().is_empty() && !t.is_empty() {
        return Err(AmountError::NotANumber);
    }
    let percent = parse_number(number, 4, MAX_RATE_PERCENT, false)?;
    Ok((percent / Decimal::from(100)).normalize())
}

/// The largest rate typed, in percent (`profile::MAX_LOAN_RATE` as a percentage).
pub const MAX_RATE_PERCENT: Decimal = Decimal::from_parts(36, 0, 0, false, 0);

/// The percent a user probably meant when the rate typed reads as a fraction: 0.036 (%) is
/// 3.6 % written as a fraction of one. Below 1 % a year no bank loan is plausible (the 1-year
/// LPR is above 3 %), so a typed percent under 1 whose hundredfold is still a rate the field
/// takes (at most 36 %) is asked about: `rate` is the parsed rate (0.00036), the answer the
/// percent to suggest (3.6). Zero is taken as meant.
pub fn rate_typed_as_fraction(rate: Decimal) -> Option<Decimal> {
    let percent = rate * Decimal::from(100);
    let meant = (rate * Decimal::from(10_000)).normalize();
    (percent > Decimal::ZERO && percent < Decimal::ONE && meant <= MAX_RATE_PERCENT)
        .then_some(meant)
}

/// A loan term in months: "12", "12个月", "１２", "1年" (12), "2年" (24); 1 to 600.
pub fn parse_months(text: &str) -> Result<u32, AmountError> {
    let t: String = text.trim().replace('个', "");
    let (number, per) = match t.strip_suffix('年') {
        Some(years) => (years.to_string(), 12),
        None => (t.strip_suffix('月').unwrap_or(&t).to_string(), 1),
    };
    let max = Decimal::from(600);
    let n = parse_number(&number, 0, max, false)?;
    let months = n * Decimal::from(per);
    if months > max {
        return Err(AmountError::TooLarge { max });
    }
    match u32::try_from(months.mantissa()) {
        Ok(0) => Err(AmountError::TooSmall { min: Decimal::ONE }),
        Ok(m) => Ok(m),
        Err(_) => Err(AmountError::TooLarge { max }),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_decimals_read_as_written_and_nothing_else() {
        use super::parse_plain_decimal as p;
        use rust_decimal::Decimal;
        assert_eq!(p("0.0345"), Some(Decimal::new(345, 4)));
        assert_eq!(p("2000000.5"), Some(Decimal::new(20_000_005, 1)));
        assert_eq!(p("-1.50"), Some(Decimal::new(-150, 2)));
        assert_eq!(p("00012"), Some(Decimal::from(12)));
        assert_eq!(p("79228162514264337593543950335"), Some(Decimal::MAX));
        for bad in [
            "", "-", ".", "1.", ".5", "1e5", "1.2.3", "+1", " 1", "1,000", "１", "--1",
        ] {
            assert_eq!(p(bad), None, "{bad:?}");
        }
        // Beyond Decimal: one more than its maximum, 40 digits, 29 decimals.
        assert_eq!(p("79228162514264337593543950336"), None);
        assert_eq!(p(&"9".repeat(40)), None);
        assert_eq!(p(&format!("0.{}", "1".repeat(29))), None);
        // Every value Decimal writes reads back the same.
        for d in [
            Decimal::new(-12345, 3),
            Decimal::ZERO,
            Decimal::new(1, 28),
            Decimal::MIN,
        ] {
            assert_eq!(p(&d.to_string()), Some(d), "{d}");
        }
    }

    use super::*;
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn rounding_is_half_away_from_zero_at_the_fen() {
        assert_eq!(round_fen(d("0.005")), d("0.01"));
        assert_eq!(round_fen(d("0.015")), d("0.02"));
        assert_eq!(round_fen(d("2.004999")), d("2.00"));
        assert_eq!(round_fen(d("83333.333333")), d("83333.33"));
        assert_eq!(round_fen(d("41666.665")), d("41666.67"));
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(yuan(d("1234567.8")), "1,234,567.8 元");
        assert_eq!(yuan(d("500000.00")), "500,000 元");
        assert_eq!(yuan(d("999")), "999 元");
        assert_eq!(wan(d("500000")), "50 万元");
        assert_eq!(wan(d("12345")), "1.2345 万元");
        assert_eq!(percent(d("0.2")), "20%");
        assert_eq!(percent(d("0.007")), "0.7%");
    }

    #[test]
    fn english_multipliers_like_wan() {
        let max = MAX_AMOUNT;
        for (typed, value) in [
            ("2.4 million", "2400000"),
            ("2.4m", "2400000"),
            ("2.4 m", "2400000"),
            ("2.4M", "2400000"),
            ("2.4 Million yuan", "2400000"),
            ("1.5mn", "1500000"),
            ("240k", "240000"),
            ("240 K", "240000"),
            ("12 thousand", "12000"),
            ("0.08 million", "80000"),
            ("1,200 k", "1200000"),
            ("300000 RMB", "300000"),
            ("120万", "1200000"),
        ] {
            assert_eq!(parse_amount(typed, 2, max), Ok(d(value)), "{typed:?}");
        }
        for bad in [
            "2.4e6", "2.4E6", "2e6m", "m", "k", "2.4mm", "2.4 mk", "2.4 kk", "million", "2.4 b",
        ] {
            assert_eq!(
                parse_amount(bad, 2, max),
                Err(AmountError::NotANumber),
                "{bad:?}"
            );
        }
        // Fen still bound the decimals after the multiplier: 1.0000001 million is 1,000,000.1.
        assert_eq!(parse_amount("1.0000001m", 2, max), Ok(d("1000000.1")));
        assert_eq!(
            parse_amount("1.000000001m", 2, max),
            Err(AmountError::TooPrecise { max_dp: 2 })
        );
        assert!(matches!(
            parse_amount("2000000 million", 2, max),
            Err(AmountError::TooLarge { .. })
        ));
        // Months and rates take no multiplier: "12m" is not 12 million months.
        assert_eq!(parse_months("12"), Ok(12));
        assert_eq!(parse_months("12m"), Err(AmountError::NotANumber));
        assert_eq!(parse_rate_percent("3k"), Err(AmountError::NotANumber));
    }

    #[test]
    fn english_amounts_in_full_below_a_million() {
        assert_eq!(yuan_en_short(d("80000")), "80,000 yuan");
        assert_eq!(yuan_en_short(d("999999.99")), "999,999.99 yuan");
        assert_eq!(yuan_en_short(d("1000000")), "1 million yuan");
        assert_eq!(yuan_en_short(d("1210000")), "1.21 million yuan");
        assert_eq!(yuan_en_short(d("0")), "0 yuan");
    }

    #[test]
    fn parses_what_people_type() {
        let max = d("1000000000000");
        assert_eq!(parse_amount("1,200,000", 2, max), Ok(d("1200000")));
        assert_eq!(parse_amount("12万", 2, max), Ok(d("120000")));
        assert_eq!(parse_amount("１２３", 2, max), Ok(d("123")));
        assert_eq!(parse_amount(" 3 000 000 元 ", 2, max), Ok(d("3000000")));
        assert_eq!(parse_amount("1.5万元", 2, max), Ok(d("15000")));
        assert_eq!(parse_rate_percent("4.35%"), Ok(d("0.0435")));
        assert_eq!(
            parse_amount("4.35%", 6, d("1")),
            Err(AmountError::NotANumber)
        );
        assert_eq!(parse_amount("", 2, max), Err(AmountError::Empty));
        assert_eq!(parse_amount("abc", 2, max), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("-5", 2, max), Err(AmountError::Negative));
        assert_eq!(
            parse_amount("1.234", 2, max),
            Err(AmountError::TooPrecise { max_dp: 2 })
        );
        assert_eq!(parse_amount("1.2.3", 2, max), Err(AmountError::NotANumber));
        assert!(matches!(
            parse_amount("99999999999999999999", 2, max),
            Err(AmountError::TooLarge { .. })
        ));
    }
}
