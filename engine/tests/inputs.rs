//! What people type, field kind by field kind: every reasonable form is read, the rest refused
//! with the reason. Each table has at least 60 cases; each expected outcome is written by hand.
use srdi_engine::date::DateError;
use srdi_engine::money::{parse_kwh, parse_money, parse_months, parse_rate_percent, AmountError};
use srdi_engine::{Date, Decimal};

fn d(s: &str) -> Decimal {
    s.parse().expect("decimal")
}

/// The outcome a case expects: a value, or the kind of refusal.
#[derive(Debug, PartialEq)]
enum Want {
    Is(&'static str),
    Empty,
    NotANumber,
    Negative,
    TooPrecise,
    TooLarge,
    TooSmall,
}
use Want::*;

fn outcome(r: Result<Decimal, AmountError>) -> Result<Decimal, Want> {
    r.map_err(|e| match e {
        AmountError::Empty => Empty,
        AmountError::NotANumber => NotANumber,
        AmountError::Negative => Negative,
        AmountError::TooPrecise { .. } => TooPrecise,
        AmountError::TooLarge { .. } => TooLarge,
        AmountError::TooSmall { .. } => TooSmall,
    })
}

fn check(table: &[(&str, Want)], parse: impl Fn(&str) -> Result<Decimal, AmountError>, kind: &str) {
    assert!(table.len() >= 60, "{kind}: only {} cases", table.len());
    for (input, want) in table {
        let got = outcome(parse(input));
        match want {
            Is(v) => assert_eq!(got, Ok(d(v)), "{kind} {input:?}"),
            other => assert_eq!(got.err().as_ref(), Some(other), "{kind} {input:?}"),
        }
    }
}

const MONEY: &[(&str, Want)] = &[
    ("0", Is("0")),
    ("1", Is("1")),
    ("1200000", Is("1200000")),
    ("1,200,000", Is("1200000")),
    ("1，200，000", Is("1200000")),
    ("1 200 000", Is("1200000")),
    ("  1200000  ", Is("1200000")),
    ("１２０００００", Is("1200000")),
    ("１，２００，０００", Is("1200000")),
    ("120万", Is("1200000")),
    ("120万元", Is("1200000")),
    ("１２０万", Is("1200000")),
    ("1.5万", Is("15000")),
    ("0.5万", Is("5000")),
    ("1200000元", Is("1200000")),
    ("1200000 元", Is("1200000")),
    ("1,200,000.50", Is("1200000.5")),
    ("1200000.05", Is("1200000.05")),
    ("０．５", Is("0.5")),
    ("1200000。5", Is("1200000.5")),
    ("3000万", Is("30000000")),
    ("1'200'000", Is("1200000")),
    ("999999999999", Is("999999999999")),
    ("1000000000000", Is("1000000000000")),
    ("12.34万", Is("123400")),
    ("0.01", Is("0.01")),
    ("007", Is("7")),
    ("1,2,3", Is("123")),
    ("\t500\t", Is("500")),
    ("500\u{3000}", Is("500")),
    ("", Empty),
    ("   ", Empty),
    ("\u{3000}", Empty),
    ("abc", NotANumber),
    ("十万", NotANumber),
    ("两百万", NotANumber),
    ("1e6", NotANumber),
    ("1.2.3", NotANumber),
    ("$100", NotANumber),
    ("100 USD", NotANumber),
    ("1/2", NotANumber),
    ("一百", NotANumber),
    ("万", NotANumber),
    ("元", NotANumber),
    (".", NotANumber),
    ("0x10", NotANumber),
    ("1万2", NotANumber),
    ("NaN", NotANumber),
    ("inf", NotANumber),
    ("100亿", NotANumber),
    ("1+1", NotANumber),
    ("(100)", NotANumber),
    ("100%", NotANumber),
    ("-1", Negative),
    ("－5", Negative),
    ("-1,000", Negative),
    ("-0.5万", Negative),
    ("1.234", TooPrecise),
    ("0.001", TooPrecise),
    ("1.23456万", Is("12345.6")),
    ("1.2345678万", TooPrecise),
    ("5.125", TooPrecise),
    ("1000000000001", TooLarge),
    ("99999999999999999999", TooLarge),
    ("1000000000万", TooLarge),
    ("123456789012345678901234567890", TooLarge),
];

#[test]
fn money_inputs() {
    check(MONEY, parse_money, "money");
}

const KWH: &[(&str, Want)] = &[
    ("2000000", Is("2000000")),
    ("2,000,000", Is("2000000")),
    ("200万", Is("2000000")),
    ("200万千瓦时", Is("2000000")),
    ("2000000千瓦时", Is("2000000")),
    ("2000000kWh", Is("2000000")),
    ("2000000 kwh", Is("2000000")),
    ("2000000度", Is("2000000")),
    ("200万度", Is("2000000")),
    ("２００万", Is("2000000")),
    ("２，０００，０００", Is("2000000")),
    ("1999999", Is("1999999")),
    ("0", Is("0")),
    ("12.5", Is("12.5")),
    ("12.25", Is("12.25")),
    ("1 000", Is("1000")),
    ("1，000", Is("1000")),
    ("  3000000 ", Is("3000000")),
    ("0.5万", Is("5000")),
    ("1000万", Is("10000000")),
    ("１２.５", Is("12.5")),
    ("5,000,000.5", Is("5000000.5")),
    ("1000000000000", Is("1000000000000")),
    ("7", Is("7")),
    ("10万度", Is("100000")),
    ("300万千瓦时", Is("3000000")),
    ("\t42", Is("42")),
    ("3'000", Is("3000")),
    ("0.01", Is("0.01")),
    ("2.5万kWh", Is("25000")),
    ("", Empty),
    (" ", Empty),
    ("\u{3000}\u{3000}", Empty),
    ("两百万", NotANumber),
    ("abc", NotANumber),
    ("2e6", NotANumber),
    ("1.2.3", NotANumber),
    ("MWh", NotANumber),
    ("5 MWh", NotANumber),
    ("kWh", NotANumber),
    ("度", NotANumber),
    ("千瓦时", NotANumber),
    ("1万2千", NotANumber),
    ("~100", NotANumber),
    ("100±5", NotANumber),
    ("约100万", NotANumber),
    ("100万以上", NotANumber),
    ("≥2000000", NotANumber),
    ("200万+", NotANumber),
    ("一百万", NotANumber),
    ("100 千瓦", NotANumber),
    ("100%", NotANumber),
    ("-1", Negative),
    ("-2000000", Negative),
    ("－１", Negative),
    ("-200万", Negative),
    ("1.234", TooPrecise),
    ("0.001", TooPrecise),
    ("2.12345万", Is("21234.5")),
    ("2.1234567万", TooPrecise),
    ("1000000000001", TooLarge),
    ("1000000000万", TooLarge),
    ("99999999999999999", TooLarge),
];

#[test]
fn kwh_inputs() {
    check(KWH, parse_kwh, "kWh");
}

const RATES: &[(&str, Want)] = &[
    ("3.45", Is("0.0345")),
    ("3.45%", Is("0.0345")),
    ("３．４５", Is("0.0345")),
    ("３．４５％", Is("0.0345")),
    ("3.45 %", Is("0.0345")),
    (" 3.45% ", Is("0.0345")),
    ("4", Is("0.04")),
    ("4%", Is("0.04")),
    ("0", Is("0")),
    ("0%", Is("0")),
    ("36", Is("0.36")),
    ("36%", Is("0.36")),
    ("35.9999", Is("0.359999")),
    ("2.5", Is("0.025")),
    ("2.50", Is("0.025")),
    ("0.1", Is("0.001")),
    ("10", Is("0.1")),
    ("4.35", Is("0.0435")),
    ("4.350%", Is("0.0435")),
    ("3.1", Is("0.031")),
    ("3.10", Is("0.031")),
    ("5.6", Is("0.056")),
    ("1", Is("0.01")),
    ("0.5", Is("0.005")),
    ("7.25％", Is("0.0725")),
    ("12", Is("0.12")),
    ("3.45％", Is("0.0345")),
    ("０", Is("0")),
    ("3.0001", Is("0.030001")),
    ("", Empty),
    ("  ", Empty),
    ("abc", NotANumber),
    ("三点四五", NotANumber),
    ("3.45‰", NotANumber),
    ("LPR", NotANumber),
    ("LPR+50bp", NotANumber),
    ("3,45", TooLarge),
    ("3.4.5", NotANumber),
    ("%", NotANumber),
    ("3.45%%", NotANumber),
    ("年化3.45", NotANumber),
    ("3.45/年", NotANumber),
    ("1e-2", NotANumber),
    ("0x3", NotANumber),
    ("3.45 percent", NotANumber),
    ("百分之三", NotANumber),
    ("~3", NotANumber),
    ("3-4", NotANumber),
    ("3.45%年", NotANumber),
    ("(3.45)", NotANumber),
    ("-3.45", Negative),
    ("-1%", Negative),
    ("－２", Negative),
    ("3.45678901", TooPrecise),
    ("0.0000001", TooPrecise),
    ("1.00000001", TooPrecise),
    ("36.01", TooLarge),
    ("37", TooLarge),
    ("100", TooLarge),
    ("345", TooLarge),
    ("1000%", TooLarge),
    ("99999999999999999999", TooLarge),
    ("50%", TooLarge),
];

#[test]
fn rate_inputs() {
    check(RATES, parse_rate_percent, "rate");
}

const TERMS: &[(&str, Want)] = &[
    ("12", Is("12")),
    ("12个月", Is("12")),
    ("12月", Is("12")),
    ("１２", Is("12")),
    ("１２个月", Is("12")),
    ("1年", Is("12")),
    ("2年", Is("24")),
    ("3年", Is("36")),
    ("１年", Is("12")),
    (" 6 ", Is("6")),
    ("1", Is("1")),
    ("600", Is("600")),
    ("50年", Is("600")),
    ("36", Is("36")),
    ("24 个月", Is("24")),
    ("18", Is("18")),
    ("7", Is("7")),
    ("60", Is("60")),
    ("120", Is("120")),
    ("10年", Is("120")),
    ("5年", Is("60")),
    ("3个月", Is("3")),
    ("9月", Is("9")),
    ("001", Is("1")),
    ("1,2", Is("12")),
    ("", Empty),
    (" ", Empty),
    ("年", Empty),
    ("个月", Empty),
    ("一年", NotANumber),
    ("十二", NotANumber),
    ("abc", NotANumber),
    ("1年半", NotANumber),
    ("12-24", NotANumber),
    ("12~24", NotANumber),
    ("1y", NotANumber),
    ("12 months", NotANumber),
    ("半年", NotANumber),
    ("1e1", NotANumber),
    ("12天", NotANumber),
    ("12周", NotANumber),
    ("3季度", NotANumber),
    ("∞", NotANumber),
    ("12个月左右", NotANumber),
    ("约12", NotANumber),
    ("12/12", NotANumber),
    ("12%", NotANumber),
    ("-1", Negative),
    ("-12个月", Negative),
    ("－3", Negative),
    ("1.5", TooPrecise),
    ("12.5个月", TooPrecise),
    ("0.5年", TooPrecise),
    ("6.01", TooPrecise),
    ("0", TooSmall),
    ("0个月", TooSmall),
    ("0年", TooSmall),
    ("００", TooSmall),
    ("601", TooLarge),
    ("51年", TooLarge),
    ("1000", TooLarge),
    ("99999999999", TooLarge),
    ("100年", TooLarge),
];

#[test]
fn term_inputs() {
    check(TERMS, |t| parse_months(t).map(Decimal::from), "term");
}

/// (year, month, day), or why the text is not a date.
type DateWant = Result<(u16, u8, u8), DateError>;

const DATES: &[(&str, DateWant)] = &[
    ("2024-01-23", Ok((2024, 1, 23))),
    ("2024/01/23", Ok((2024, 1, 23))),
    ("2024.01.23", Ok((2024, 1, 23))),
    ("2024-1-23", Ok((2024, 1, 23))),
    ("2024/1/3", Ok((2024, 1, 3))),
    ("2024年1月23日", Ok((2024, 1, 23))),
    ("2024年01月23日", Ok((2024, 1, 23))),
    ("2024年1月23", Ok((2024, 1, 23))),
    ("２０２４－０１－２３", Ok((2024, 1, 23))),
    ("２０２４年１月２３日", Ok((2024, 1, 23))),
    ("２０２４／１／２３", Ok((2024, 1, 23))),
    (" 2024-01-23 ", Ok((2024, 1, 23))),
    ("2024 - 01 - 23", Ok((2024, 1, 23))),
    ("2024-02-29", Ok((2024, 2, 29))),
    ("2000-02-29", Ok((2000, 2, 29))),
    ("2025-12-31", Ok((2025, 12, 31))),
    ("1990-01-01", Ok((1990, 1, 1))),
    ("2100-12-31", Ok((2100, 12, 31))),
    ("2024—01—23", Ok((2024, 1, 23))),
    ("2024．01．23", Ok((2024, 1, 23))),
    ("2026-11-22", Ok((2026, 11, 22))),
    ("2024-04-30", Ok((2024, 4, 30))),
    ("2024-06-30", Ok((2024, 6, 30))),
    ("2024-09-30", Ok((2024, 9, 30))),
    ("2024-11-30", Ok((2024, 11, 30))),
    ("2023-12-28", Ok((2023, 12, 28))),
    ("2025-02-29", Err(DateError::NoSuchDay)),
    ("2100-02-29", Err(DateError::NoSuchDay)),
    ("2024-02-30", Err(DateError::NoSuchDay)),
    ("2024-04-31", Err(DateError::NoSuchDay)),
    ("2024-06-31", Err(DateError::NoSuchDay)),
    ("2024-09-31", Err(DateError::NoSuchDay)),
    ("2024-11-31", Err(DateError::NoSuchDay)),
    ("2024-13-01", Err(DateError::NoSuchDay)),
    ("2024-00-10", Err(DateError::NoSuchDay)),
    ("2024-01-00", Err(DateError::NoSuchDay)),
    ("2024-01-32", Err(DateError::NoSuchDay)),
    ("2024年13月1日", Err(DateError::NoSuchDay)),
    ("1989-12-31", Err(DateError::OutOfRange)),
    ("2101-01-01", Err(DateError::OutOfRange)),
    ("0001-01-01", Err(DateError::OutOfRange)),
    ("9999-12-31", Err(DateError::OutOfRange)),
    ("", Err(DateError::Format)),
    ("today", Err(DateError::Format)),
    ("2024", Err(DateError::Format)),
    ("2024-01", Err(DateError::Format)),
    ("01/23/2024", Err(DateError::Format)),
    ("23.01.2024", Err(DateError::Format)),
    ("2024-01-23T00:00", Err(DateError::Format)),
    ("2024-01-23-01", Err(DateError::Format)),
    ("二〇二四年一月二十三日", Err(DateError::Format)),
    ("2024-Jan-23", Err(DateError::Format)),
    ("20240123", Err(DateError::Format)),
    ("2024--23", Err(DateError::Format)),
    ("-2024-01-23", Err(DateError::Format)),
    ("24-1-23", Err(DateError::OutOfRange)),
    ("2024-001-23", Err(DateError::Format)),
    ("2024-1.5-23", Err(DateError::Format)),
    ("2024-01-23日日", Err(DateError::Format)),
    ("明天", Err(DateError::Format)),
    ("2024/01/2３x", Err(DateError::Format)),
    ("+2024-01-23", Err(DateError::Format)),
];

#[test]
fn date_inputs() {
    assert!(DATES.len() >= 60, "only {} date cases", DATES.len());
    for (input, want) in DATES {
        let got = Date::parse(input).map(|d| (d.year(), d.month(), d.day()));
        assert_eq!(&got, want, "date {input:?}");
    }
}

/// Issue 17.7: a rate above the ceiling names the ceiling as typed, in percent (36), not the
/// fraction 0.36 (which the page showed as "不能超过 0"); too many decimals names 4 (of a percent).
#[test]
fn rate_errors_name_the_bound_in_percent() {
    assert_eq!(
        parse_rate_percent("36.1"),
        Err(AmountError::TooLarge { max: d("36") })
    );
    assert_eq!(
        parse_rate_percent("36.1%"),
        Err(AmountError::TooLarge { max: d("36") })
    );
    assert_eq!(
        parse_rate_percent("3.12345"),
        Err(AmountError::TooPrecise { max_dp: 4 })
    );
    assert_eq!(parse_rate_percent("36"), Ok(d("0.36")));
}

/// Issue 17.7: 0.036 typed in a percent field is 3.6 % written as a fraction: the page asks.
/// Hand-worked: 0.036 % = 0.00036; its hundredfold, 3.6 %, is a plausible rate.
#[test]
fn a_rate_typed_as_a_fraction_is_noticed() {
    use srdi_engine::money::rate_typed_as_fraction as meant;
    let rate = |s| parse_rate_percent(s).expect("a rate");
    assert_eq!(meant(rate("0.036")), Some(d("3.6")));
    assert_eq!(meant(rate("0.0345")), Some(d("3.45")));
    assert_eq!(meant(rate("0.36")), Some(d("36")));
    // 3.6 % is as meant; 0 is taken as typed; 0.5 % would be 50 %, which no loan is.
    assert_eq!(meant(rate("3.6")), None);
    assert_eq!(meant(rate("1")), None);
    assert_eq!(meant(rate("0")), None);
    assert_eq!(meant(rate("0.5")), None);
}
