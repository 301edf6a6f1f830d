//! A calendar date, just big enough for validity windows and recognition dates. Written by
//! hand because a date crate would add weight to the page for three comparisons and a parser.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day of the Gregorian calendar. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY-MM-DD.
    Format,
    /// Well-formed, but no such day (2025-02-30).
    NoSuchDay,
    /// Before 1990 or after 2100: certainly a typo for this domain.
    OutOfRange,
}

impl Date {
    /// A date known to be valid (catalogue constants). Out-of-range parts are clamped rather
    /// than checked because this is only called from generated code that build.rs validated.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// The day after this one.
    pub fn next_day(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date::ymd(self.year, self.month, self.day + 1)
        } else if self.month < 12 {
            Date::ymd(self.year, self.month + 1, 1)
        } else {
            Date::ymd(self.year + 1, 1, 1)
        }
    }

    /// Days since 1970-01-01 (negative before), for counting the days between two dates.
    pub fn day_number(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `n` days after this one (before, for a negative `n`).
    pub fn add_days(self, n: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = self.day_number() + n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        // In this domain's years (1990–2100) every part fits its type.
        Date::ymd(y as u16, m as u8, d as u8)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD`, `YYYY.MM.DD`, the Chinese `2024年1月23日`, and
    /// full-width digits), checking that the day exists.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        // Full-width digits and separators, as Chinese input methods type them.
        let folded: String = text
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                '－' | '—' | '–' => '-',
                '／' => '/',
                '．' => '.',
                _ => c,
            })
            .filter(|c| *c != ' ' && *c != '\u{3000}')
            .collect();
        let t = folded.trim();
        let t = t.strip_suffix('日').unwrap_or(t);
        let parts: Vec<&str> = t.split(['-', '/', '.', '年', '月']).collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(DateError::Format);
        };
        let num = |s: &str, max_len: usize| -> Result<u16, DateError> {
            let s = s.trim();
            if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Format);
            }
            s.parse().map_err(|_| DateError::Format)
        };
        let (y, m, d) = (num(y, 4)?, num(m, 2)?, num(d, 2)?);
        if !(1990..=2100).contains(&y) {
            return Err(DateError::OutOfRange);
        }
        if !(1..=12).contains(&m) || d == 0 || d > u16::from(days_in_month(y, m as u8)) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date::ymd(y, m as u8, d as u8))
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&s).map_err(|e| serde::de::Error::custom(format!("{s:?}: {e:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_day_crosses_months_years_and_leap_days() {
        assert_eq!(Date::ymd(2024, 1, 23).next_day(), Date::ymd(2024, 1, 24));
        assert_eq!(Date::ymd(2024, 1, 31).next_day(), Date::ymd(2024, 2, 1));
        assert_eq!(Date::ymd(2024, 2, 28).next_day(), Date::ymd(2024, 2, 29));
        assert_eq!(Date::ymd(2024, 2, 29).next_day(), Date::ymd(2024, 3, 1));
        assert_eq!(Date::ymd(2025, 2, 28).next_day(), Date::ymd(2025, 3, 1));
        assert_eq!(Date::ymd(2100, 2, 28).next_day(), Date::ymd(2100, 3, 1));
        assert_eq!(Date::ymd(2025, 4, 30).next_day(), Date::ymd(2025, 5, 1));
        assert_eq!(Date::ymd(2025, 12, 31).next_day(), Date::ymd(2026, 1, 1));
    }

    #[test]
    fn parses_and_checks_days() {
        assert_eq!(Date::parse("2024-01-23"), Ok(Date::ymd(2024, 1, 23)));
        assert_eq!(Date::parse("2024/1/23"), Ok(Date::ymd(2024, 1, 23)));
        assert_eq!(Date::parse("2024年1月23日"), Ok(Date::ymd(2024, 1, 23)));
        assert_eq!(Date::parse("2024-02-29"), Ok(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::parse("2025-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2025-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("1900-01-01"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse("tomorrow"), Err(DateError::Format));
        assert_eq!(Date::parse(""), Err(DateError::Format));
        assert!(Date::ymd(2024, 1, 23) < Date::ymd(2025, 12, 31));
        assert_eq!(Date::ymd(2024, 1, 3).to_string(), "2024-01-03");
    }

    #[test]
    fn days_between_dates_count_leap_days() {
        assert_eq!(Date::ymd(1970, 1, 1).day_number(), 0);
        // 2026-12-01 to 2026-12-31: the "还剩 30 天".
        assert_eq!(
            Date::ymd(2026, 12, 1).days_until(Date::ymd(2026, 12, 31)),
            30
        );
        // 2024 is a leap year: 366 days to the same day of 2025.
        assert_eq!(Date::ymd(2024, 1, 1).days_until(Date::ymd(2025, 1, 1)), 366);
        assert_eq!(Date::ymd(2025, 1, 1).days_until(Date::ymd(2026, 1, 1)), 365);
        assert_eq!(Date::ymd(2025, 3, 1).days_until(Date::ymd(2025, 2, 28)), -1);
        // Each next_day is one more day, across every month end of four years, and add_days
        // walks the same calendar.
        let start = Date::ymd(2023, 12, 25);
        let mut d = start;
        for n in 0..1500 {
            assert_eq!(start.add_days(n), d, "{start} + {n}");
            assert_eq!(d.add_days(-n), start, "{d} - {n}");
            assert_eq!(d.days_until(d.next_day()), 1, "{d}");
            d = d.next_day();
        }
        assert_eq!(
            Date::ymd(2026, 12, 31).add_days(-90),
            Date::ymd(2026, 10, 2)
        );
    }
}
