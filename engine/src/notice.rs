//! What the top of a result says about time: a text that pays this firm ends within
//! [`NOTICE_DAYS`] of the evaluation date (apply before then), or has ended (what was earned
//! under it is to be confirmed), or every text of the firm's place has ended.

use crate::catalogue::{Document, DOCUMENTS, ENTRIES};
use crate::date::Date;
use crate::evaluate::{Report, Standing};
use crate::profile::Profile;
use crate::vocab::DocumentStatus;
use serde::Serialize;

/// A text ending within this many days of the evaluation date is announced.
pub const NOTICE_DAYS: i64 = 90;

/// One sentence at the top of a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// A text with claimable or planned lines for this firm ends on `end`, at most
    /// [`NOTICE_DAYS`] after the evaluation date: apply before then. (No count of days here:
    /// the notice reads the same on every day of its span, as the pre-rendered first screen
    /// needs; `Date::days_until` gives the count where a line shows it.)
    EndsSoon {
        document: &'static str,
        number: &'static str,
        end: Date,
    },
    /// A text under which this firm earned lines ended on `end`: confirm with its departments.
    Ended {
        document: &'static str,
        number: &'static str,
        end: Date,
    },
    /// Every text of the firm's place (county, city, province) has ended by the evaluation
    /// date: what still counts is what was earned inside their windows.
    AllEnded { last_end: Date },
    /// The firm's county, or its city, has no text of its own in the catalogue (晋江, 福州…):
    /// only the levels above apply. Ids of the places without one.
    NoLocalText {
        county: Option<&'static str>,
        city: Option<&'static str>,
    },
}

/// The notices for a report, nearest end first.
pub fn notices(profile: &Profile, report: &Report) -> Vec<Notice> {
    let on = report.evaluation_date;
    let mut out = Vec::new();
    for doc in DOCUMENTS
        .iter()
        .filter(|d| d.status == DocumentStatus::Official)
    {
        let Some(end) = doc.valid_to else { continue };
        let has = |s: Standing| {
            report.lines.iter().any(|l| {
                l.standing == s
                    && crate::catalogue::entry(l.entry)
                        .is_some_and(|e| std::ptr::eq(e.document(), doc))
            })
        };
        let days_left = on.days_until(end);
        if (0..=NOTICE_DAYS).contains(&days_left)
            && (has(Standing::Claimable) || has(Standing::Planned))
        {
            out.push(Notice::EndsSoon {
                document: doc.id,
                number: doc.number,
                end,
            });
        } else if days_left < 0 && has(Standing::EarnedTextEnded) {
            out.push(Notice::Ended {
                document: doc.id,
                number: doc.number,
                end,
            });
        }
    }
    let place_docs = place_documents(profile);
    let ends: Vec<Option<Date>> = place_docs.iter().map(|d| d.valid_to).collect();
    if !ends.is_empty() && ends.iter().all(|e| e.is_some_and(|e| e < on)) {
        let last_end = ends.iter().flatten().max().copied().unwrap_or(on);
        out.push(Notice::AllEnded { last_end });
    }
    out.sort_by_key(|n| match n {
        Notice::EndsSoon { end, .. } | Notice::Ended { end, .. } => (1, *end),
        Notice::AllEnded { last_end } => (2, *last_end),
        Notice::NoLocalText { .. } => (0, on),
    });
    if let Some(n) = no_local_text(profile) {
        out.insert(0, n);
    }
    out
}

/// [`Notice::NoLocalText`] when the firm's county or city has no entry of its own.
pub fn no_local_text(profile: &Profile) -> Option<Notice> {
    let own = |id: &str| ENTRIES.iter().any(|e| e.eligibility.places.contains(&id));
    let county = profile
        .county
        .as_deref()
        .and_then(crate::catalogue::county)
        .map(|(_, k)| k.id)
        .filter(|id| !own(id));
    let city = profile
        .city_id()
        .and_then(crate::catalogue::city)
        .map(|c| c.id)
        .filter(|id| !own(id));
    (county.is_some() || city.is_some()).then_some(Notice::NoLocalText { county, city })
}

/// The documents with at least one entry for the firm's place.
pub fn place_documents(profile: &Profile) -> Vec<&'static Document> {
    let places = profile.place_ids();
    let mut docs: Vec<&'static Document> = Vec::new();
    for e in ENTRIES {
        if e.eligibility.places.iter().any(|p| places.contains(p))
            && !docs.iter().any(|d| std::ptr::eq(*d, e.document()))
        {
            docs.push(e.document());
        }
    }
    docs
}

/// The first day on which a text's end is announced ([`NOTICE_DAYS`] before it): a day the
/// result of a profile without dates can change on (`catalogue::change_days`).
pub fn notice_from(end: Date) -> Date {
    end.add_days(-NOTICE_DAYS)
}
