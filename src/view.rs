//! View models: the strings and numbers the components show, worked out here so that the
//! `html!` of each component is layout only.

use crate::state::{Field, LoanField, State};
use crate::step::{entry_step, Step};
use crate::text::{t, Lang};
use srdi_engine::catalogue::{self, Event};
use srdi_engine::describe;
use srdi_engine::evaluate::LevelTotal;
use srdi_engine::questions::Relevant;
use srdi_engine::share::Stamp;
use srdi_engine::{Date, Decimal, EventSource, Kind, Notice, PayerLevel, Reason, Report, Standing};

/// One line of the result, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct LineView {
    pub id: &'static str,
    pub title: &'static str,
    pub kind: Kind,
    pub kind_label: &'static str,
    pub standing: Standing,
    /// "可申领", "已享有·文件已到期", "计划中", "征求意见稿": beside the amount.
    pub standing_label: &'static str,
    /// "standing-claimable", …: the line's class.
    pub standing_class: &'static str,
    /// How long the text has left, when it ended and whom to ask… (inside the details only:
    /// it counts days).
    pub standing_sentence: String,
    /// Which date decided the line.
    pub event_sentence: String,
    /// The date field to fill when the event date was assumed: its name and its step.
    pub assumed: Option<(&'static str, Step)>,
    /// Drafts: shown, never summed.
    pub counted: bool,
    /// "500,000 元" or "—" when unquantified.
    pub amount: String,
    /// "50 万元", empty when unquantified.
    pub amount_wan: String,
    pub formula: String,
    /// "永政办规〔2024〕1号 四、（一）".
    pub citation: String,
    pub issuer: &'static str,
    pub validity: String,
    pub conflict: Option<String>,
    /// The step whose answers decide this line.
    pub edit_step: Step,
}

/// A level's sums for one standing.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupSum {
    pub standing: Standing,
    pub exact: Decimal,
    pub up_to: Decimal,
}

/// The lines one level pays, with its totals.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelView {
    pub level: PayerLevel,
    pub label: &'static str,
    /// Claimable, earned under ended texts, planned: those with anything in them.
    pub sums: Vec<GroupSum>,
    /// "700,000 元", or "可申领 0 元 · 已享有·待确认 1,210,000 元" when split.
    pub total_text: String,
    pub lines: Vec<LineView>,
}

/// An entry the firm does not get.
#[derive(Clone, Debug, PartialEq)]
pub struct ExcludedView {
    pub id: &'static str,
    pub title: &'static str,
    pub payer_label: &'static str,
    pub citation: String,
    pub reason: String,
    pub edit_step: Step,
    /// When the reason is a date that was not given: the field's name, shown on the link.
    pub date_field: Option<&'static str>,
}

/// One row of the totals: claimable now, earned under ended texts, or planned.
#[derive(Clone, Debug, PartialEq)]
pub struct TotalRow {
    /// "claimable", "ended", "planned": the ids `total-…` (the claimable row keeps the ids
    /// `total-exact` and `total-up-to`).
    pub key: &'static str,
    pub label: &'static str,
    pub exact_text: String,
    pub exact_wan: String,
    /// "另最高 300,000 元", only when there is an "up to" amount.
    pub up_to_text: Option<String>,
    /// "另 17 项未定额", only when some lines have no stated amount.
    pub unquantified_text: Option<String>,
}

/// A notice at the top of the result, with the day its button shows the result as of.
#[derive(Clone, Debug, PartialEq)]
pub struct NoticeView {
    pub text: String,
    pub kind: &'static str,
    /// The button "按 2026-12-31 查看" and its day, unless the result is already as of it.
    pub as_of: Option<(String, Date)>,
}

/// The whole result panel.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultView {
    pub levels: Vec<LevelView>,
    pub rows: Vec<TotalRow>,
    /// Whether a row of earned-under-ended-texts is shown (its sentence follows the totals).
    pub has_ended: bool,
    pub has_planned: bool,
    pub excluded: Vec<ExcludedView>,
    pub notices: Vec<NoticeView>,
    pub evaluation_date: String,
    /// The day the result is made (today).
    pub made: String,
    pub rules_reviewed: String,
    /// "正在按 2026-12-31 查看结果", when the evaluation date is not today.
    pub viewing_as_of: Option<String>,
    /// "链接生成于 …（规则核对日 …）", when the page was opened from a stamped link.
    pub stamp: Option<String>,
}

/// What the result is made from, besides the report and the language.
pub struct Context<'a> {
    pub notices: &'a [Notice],
    pub today: Date,
    pub stamp: Stamp,
    pub relevant: &'a Relevant,
}

fn citation(entry: &catalogue::Entry) -> String {
    format!("{} {}", entry.document().number, entry.article)
}

/// The class of a line of this standing.
pub fn standing_class(s: Standing) -> &'static str {
    match s {
        Standing::Claimable => "standing-claimable",
        Standing::EarnedTextEnded => "standing-ended",
        Standing::Planned => "standing-planned",
        Standing::Draft => "standing-draft",
    }
}

/// The words of a standing's total ("现可申领", "已享有·待确认", "计划中").
pub fn group_label(s: Standing, lang: Lang) -> &'static str {
    let tx = t(lang);
    match s {
        Standing::Claimable => tx.total_claimable,
        Standing::EarnedTextEnded => tx.total_ended,
        Standing::Planned | Standing::Draft => tx.total_planned,
    }
}

/// The amount again in 万元 ("121 万元", "1.21 million yuan") to show beside the amount in 元,
/// or nothing when it would say the same (in English below a million).
pub fn wan_beside(v: Decimal, lang: Lang) -> String {
    if lang == Lang::En && v.abs() < Decimal::from(1_000_000) {
        String::new()
    } else {
        describe::wan(v, lang)
    }
}

fn is_empty(l: &LevelTotal) -> bool {
    l.exact.is_zero() && l.up_to.is_zero() && l.unquantified == 0
}

fn sum_text(exact: Decimal, up_to: Decimal, lang: Lang) -> String {
    if up_to.is_zero() {
        describe::money(exact, lang)
    } else if exact.is_zero() {
        format!("≤{}", describe::money(up_to, lang))
    } else {
        format!(
            "{} + ≤{}",
            describe::money(exact, lang),
            describe::money(up_to, lang)
        )
    }
}

pub fn result_view(report: &Report, cx: &Context, lang: Lang) -> ResultView {
    let tx = t(lang);
    let on = report.evaluation_date;
    let groups = [
        (Standing::Claimable, &report.totals),
        (Standing::EarnedTextEnded, &report.ended),
        (Standing::Planned, &report.planned),
    ];
    let levels = [PayerLevel::County, PayerLevel::City, PayerLevel::Province]
        .into_iter()
        .map(|level| {
            let sums: Vec<GroupSum> = groups
                .iter()
                .filter(|(s, t)| *s == Standing::Claimable || !is_empty(t.level(level)))
                .map(|(s, t)| GroupSum {
                    standing: *s,
                    exact: t.level(level).exact,
                    up_to: t.level(level).up_to,
                })
                .collect();
            let total_text = if sums.len() == 1 {
                sum_text(sums[0].exact, sums[0].up_to, lang)
            } else {
                sums.iter()
                    .map(|g| {
                        format!(
                            "{} {}",
                            group_label(g.standing, lang),
                            sum_text(g.exact, g.up_to, lang)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            let lines = report
                .lines
                .iter()
                .filter(|l| l.payer == level)
                .filter_map(|l| catalogue::entry(l.entry).map(|e| (l, e)))
                .map(|(l, e)| LineView {
                    id: e.id,
                    title: if lang == Lang::Zh {
                        e.title
                    } else {
                        e.title_en
                    },
                    kind: l.kind,
                    kind_label: describe::kind(l.kind, lang),
                    standing: l.standing,
                    standing_label: describe::standing(l.standing, lang),
                    standing_class: standing_class(l.standing),
                    standing_sentence: describe::standing_sentence(l, on, lang),
                    event_sentence: describe::event_sentence(l, on, lang),
                    assumed: match (l.event_source, e.event) {
                        (EventSource::Assumed, Event::Occasion(o)) => Some((
                            describe::occasion(o, lang),
                            Step::of_occasion(o, cx.relevant),
                        )),
                        _ => None,
                    },
                    counted: l.standing != Standing::Draft,
                    amount: l.amount.map_or("—".into(), |a| describe::money(a, lang)),
                    amount_wan: l.amount.map_or(String::new(), |a| wan_beside(a, lang)),
                    formula: describe::formula(l, lang),
                    citation: citation(e),
                    issuer: e.document().issuer,
                    validity: describe::window(e.document(), lang),
                    conflict: l
                        .conflict
                        .as_ref()
                        .map(|c| describe::conflict(c.reason, lang).to_string()),
                    edit_step: entry_step(e),
                })
                .collect();
            LevelView {
                level,
                label: describe::payer(level, lang),
                sums,
                total_text,
                lines,
            }
        })
        .collect();
    let excluded = report
        .excluded
        .iter()
        .filter_map(|x| catalogue::entry(x.entry).map(|e| (x, e)))
        .map(|(x, e)| {
            let (edit_step, date_field) = match x.reason {
                Reason::OutsideWindowAssumed { occasion, .. } => (
                    Step::of_occasion(occasion, cx.relevant),
                    Some(describe::occasion(occasion, lang)),
                ),
                _ => (entry_step(e), None),
            };
            ExcludedView {
                id: e.id,
                title: if lang == Lang::Zh {
                    e.title
                } else {
                    e.title_en
                },
                payer_label: describe::payer(x.payer, lang),
                citation: citation(e),
                reason: describe::reason(&x.reason, lang),
                edit_step,
                date_field,
            }
        })
        .collect();
    let rows: Vec<TotalRow> = [
        ("claimable", Standing::Claimable, &report.totals.all),
        ("ended", Standing::EarnedTextEnded, &report.ended.all),
        ("planned", Standing::Planned, &report.planned.all),
    ]
    .into_iter()
    .filter(|(key, _, l)| *key == "claimable" || !is_empty(l))
    .map(|(key, s, l)| TotalRow {
        key,
        label: group_label(s, lang),
        exact_text: describe::money(l.exact, lang),
        exact_wan: if l.exact.is_zero() {
            String::new()
        } else {
            wan_beside(l.exact, lang)
        },
        up_to_text: (!l.up_to.is_zero())
            .then(|| format!("{} {}", tx.plus_up_to, describe::money(l.up_to, lang))),
        unquantified_text: (l.unquantified > 0).then(|| {
            crate::text::count(
                l.unquantified as usize,
                tx.unquantified_line,
                tx.unquantified_lines,
            )
        }),
    })
    .collect();
    let notices = cx
        .notices
        .iter()
        .map(|n| {
            let (kind, day) = match n {
                Notice::EndsSoon { end, .. } => ("ends-soon", Some(*end)),
                Notice::Ended { end, .. } => ("ended", Some(*end)),
                Notice::AllEnded { last_end } => ("all-ended", Some(*last_end)),
                Notice::NoLocalText { .. } => ("no-local-text", None),
            };
            NoticeView {
                text: describe::notice(n, lang),
                kind,
                as_of: day
                    .filter(|d| *d != on)
                    .map(|d| (tx.view_as_of.replace("{date}", &d.to_string()), d)),
            }
        })
        .collect();
    let stamp = match (cx.stamp.made, cx.stamp.reviewed) {
        (Some(made), reviewed) => Some(tx.link_stamp.replace("{made}", &made.to_string()).replace(
            "{reviewed}",
            &reviewed.map_or("—".into(), |d| d.to_string()),
        )),
        _ => None,
    };
    ResultView {
        levels,
        has_ended: rows.iter().any(|r| r.key == "ended"),
        has_planned: rows.iter().any(|r| r.key == "planned"),
        rows,
        excluded,
        notices,
        evaluation_date: on.to_string(),
        made: cx.today.to_string(),
        rules_reviewed: srdi_engine::RULES_REVIEWED.to_string(),
        viewing_as_of: (on != cx.today)
            .then(|| tx.viewing_as_of.replace("{date}", &on.to_string())),
        stamp,
    }
}

/// The confirmation under a money field: "= 1,200,000 元 (120 万元)".
pub fn money_echo(v: Decimal, lang: Lang) -> String {
    match wan_beside(v, lang) {
        wan if wan.is_empty() => format!("= {}", describe::money(v, lang)),
        wan => format!("= {} ({wan})", describe::money(v, lang)),
    }
}

/// Help text led by the confirmation of what was read ("= 3.6% · 单位：%…"), when there is one.
pub fn with_echo(echo: Option<String>, help: &str) -> String {
    match echo {
        Some(echo) => format!("{echo} · {help}"),
        None => help.to_string(),
    }
}

/// The name of a field, as its label says it ("贷款 1 · 年利率").
pub fn field_label(field: Field, lang: Lang) -> String {
    let tx = t(lang);
    match field {
        Field::EvaluationDate => tx.evaluation_date.into(),
        Field::Recognition(tier) => tx
            .recognition_date
            .replace("{tier}", describe::tier(tier, lang)),
        Field::Occasion(o) => describe::occasion(o, lang).into(),
        Field::Amount(q) => describe::quantity(q, lang).into(),
        Field::Loan(i, f) => format!("{} {} · {}", tx.loan, i + 1, loan_field_name(f, lang)),
    }
}

/// A loan field's label ("年利率").
pub fn loan_field_name(f: LoanField, lang: Lang) -> &'static str {
    let tx = t(lang);
    match f {
        LoanField::Principal => tx.loan_principal,
        LoanField::Rate => tx.loan_rate,
        LoanField::Term => tx.loan_term,
        LoanField::Start => tx.loan_start,
    }
}

/// The answers that are not in the result as typed, in words: the fields that do not parse
/// (their committed values count meanwhile: "园区产业用房年租金：请输入数字…") and the loans not
/// counted yet, with what each lacks; and where to go to finish the first (its step and the
/// id of its element). None when every answer counts as typed.
pub fn pending(s: &State) -> Option<(String, Step, String)> {
    let tx = t(s.lang);
    let mut words = Vec::new();
    let mut first = None;
    for (field, message) in &s.errors {
        words.push(format!(
            "{}{}{message}",
            field_label(*field, s.lang),
            tx.colon
        ));
        first.get_or_insert_with(|| (field.step(&s.relevant), field.input_id()));
    }
    for (i, loan) in s.loans.iter().enumerate() {
        let (lacks, id) = if loan.purpose.is_none() {
            (tx.no_purpose, "purpose")
        } else if [&loan.principal, &loan.rate, &loan.term, &loan.start]
            .iter()
            .any(|t| t.trim().is_empty())
        {
            (tx.loan_incomplete, "principal")
        } else {
            continue;
        };
        first.get_or_insert_with(|| (Step::Loans, format!("loan-{i}-{id}")));
        let loan = format!("{} {}", tx.loan, i + 1);
        words.push(format!(
            "{}{}{lacks}",
            tx.loan_not_counted.replace("{loan}", &loan),
            tx.colon
        ));
    }
    let (step, id) = first?;
    Some((words.join(tx.list_sep), step, id))
}
