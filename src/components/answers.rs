//! The enterprise's answers as a summary: shown in the printed report (and hidden on screen,
//! where the questionnaire itself shows them). A panel rendered by a plain function, not a
//! component (see [`crate::components`]: it needs no hook of its own).

use crate::components::handle::AppHandle;
use crate::text::t;
use srdi_engine::catalogue;
use srdi_engine::describe;
use srdi_engine::money::percent;
use srdi_engine::ParkResidency;
use yew::prelude::*;

/// The answers panel of the page, from the app's state.
pub fn answers(app: &AppHandle) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    let p = &app.profile;
    let zh = lang == describe::Lang::Zh;
    let place = match (
        p.city.as_deref().and_then(catalogue::city),
        p.county.as_deref().and_then(catalogue::county),
    ) {
        (Some(c), Some((_, k))) => format!(
            "{} {}",
            if zh { c.name } else { c.name_en },
            if zh { k.name } else { k.name_en }
        ),
        (Some(c), None) => (if zh { c.name } else { c.name_en }).to_string(),
        _ => "—".into(),
    };
    let mut rows: Vec<(String, String)> = vec![
        (tx.step_place.into(), place),
        (
            tx.tier.into(),
            p.tier
                .map_or("—".into(), |t| describe::tier(t, lang).into()),
        ),
    ];
    for (tier, date) in &p.recognitions {
        rows.push((
            tx.recognition_date
                .replace("{tier}", describe::tier(*tier, lang)),
            date.to_string(),
        ));
    }
    rows.push((
        tx.park_label.into(),
        (if p.park == ParkResidency::SrdiPark {
            tx.yes
        } else {
            tx.no
        })
        .into(),
    ));
    for (o, d) in &p.dates {
        rows.push((describe::occasion(*o, lang).into(), d.to_string()));
    }
    for (q, v) in &p.amounts {
        rows.push((
            describe::quantity(*q, lang).into(),
            describe::value(*q, *v, lang),
        ));
    }
    if !p.facts.is_empty() {
        rows.push((
            tx.facts_label.into(),
            p.facts
                .iter()
                .map(|f| describe::fact(*f, lang))
                .collect::<Vec<_>>()
                .join(tx.list_sep),
        ));
    }
    for (i, l) in p.loans.iter().enumerate() {
        rows.push((
            format!("{} {}", tx.loan, i + 1),
            format!(
                "{} · {} · {} · {} {} · {}",
                describe::loan_purpose(l.purpose, lang),
                describe::money(l.principal, lang),
                percent(l.annual_rate),
                l.term_months,
                if zh { "个月" } else { "months" },
                l.start
            ),
        ));
    }
    rows.push((
        tx.evaluation_date.into(),
        app.report.evaluation_date.to_string(),
    ));
    html! {
        <section class="answers print-only" aria-labelledby="answers-title">
            <h2 id="answers-title">{ tx.answers }</h2>
            <dl>{ for rows.into_iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }</dl>
        </section>
    }
}
