//! 办理指引 / next steps: every claimable line grouped by the department to approach, nearest
//! level first, with how often it is paid and the facts from the answers it depends on; how many
//! lines of the result cannot be claimed now (a draft, expired or not yet in force text); and the
//! lines a "what if" change would unlock, with the change. A panel rendered by a plain function,
//! not a component (see [`crate::components`]).

use crate::components::class_list;
use crate::components::handle::AppHandle;
use crate::text::{t, Lang};
use srdi_engine::checklist::{checklist, claimable};
use srdi_engine::describe;
use srdi_engine::what_if::Change;
use srdi_engine::{catalogue, Kind};
use yew::prelude::*;

/// The next-steps panel; `print_only` when it is rendered for print only (its tab is not
/// active on screen).
pub fn next_steps(app: &AppHandle, print_only: bool) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    let groups = checklist(&app.report, &app.profile);
    let title = |id: &str| {
        catalogue::entry(id).map_or("", |e| {
            if lang == Lang::Zh {
                e.title
            } else {
                e.title_en
            }
        })
    };
    let group_views: Vec<Html> = groups
        .iter()
        .map(|g| {
            let gloss = describe::department_gloss(g.department);
            // Department names stay in Chinese (marked so for screen readers), with an English
            // gloss on the English page.
            let gloss = if lang == Lang::En && !gloss.is_empty() {
                format!(" ({gloss})")
            } else {
                String::new()
            };
            let items: Vec<Html> = g
                .items
                .iter()
                .map(|i| {
                    let amount = match (i.amount, i.kind) {
                        (Some(a), Kind::UpTo) => format!("≤ {}", describe::money(a, lang)),
                        (Some(a), _) => describe::money(a, lang),
                        (None, _) => tx.unquantified_mark.to_string(),
                    };
                    let evidence: Vec<String> = i.evidence.iter().map(|e| describe::evidence(e, lang)).collect();
                    html! {
                        <li class="item" data-entry={i.entry}>
                            <p><strong>{ title(i.entry) }</strong>{ " · " }<span class="amount">{ amount }</span></p>
                            <p class="help">{ tx.frequency }{ tx.colon }{ describe::frequency(i.frequency, lang) }</p>
                            if !evidence.is_empty() {
                                <p class="help">{ tx.depends_on }{ tx.colon }{ evidence.join(tx.list_sep) }</p>
                            }
                        </li>
                    }
                })
                .collect();
            html! {
                <section ~className={format!("dept dept-{}", g.level.name())}>
                    <h3>{ describe::payer(g.level, lang) }{ " · " }<span lang="zh-CN">{ g.department }</span>{ gloss }</h3>
                    <p class="help">{ tx.departments }{ tx.colon }<span lang="zh-CN">{ g.departments.join("、") }</span></p>
                    <ul>{ for items }</ul>
                </section>
            }
        })
        .collect();
    // The result shows them (marked, not counted); said here so that their absence is no
    // surprise (a Sanming firm's whole city text is a draft).
    let left_out = app.report.lines.iter().filter(|l| !claimable(l)).count();
    let left_out = (left_out > 0)
        .then(|| crate::text::count(left_out, tx.next_left_out_one, tx.next_left_out));
    let unlocks: Vec<Html> = app
        .scenarios
        .iter()
        // The same firm in another place is the consultant's what-if, not the client's plan
        // (nor the printed handout): it stays in the what-if panel.
        .filter(|s| !s.gained.is_empty() && !matches!(s.change, Change::Place { .. }))
        .map(|s| {
            let change = match &s.change {
                Change::NextTier { tier, .. } => tx
                    .what_if_tier
                    .replace("{tier}", describe::tier(*tier, lang)),
                Change::IntoPark => tx.what_if_park.to_string(),
                // Left out by the filter above.
                Change::Place { .. } => String::new(),
            };
            let titles: Vec<&str> = s.gained.iter().map(|id| title(id)).collect();
            html! { <li><strong>{ change }</strong>{ tx.colon }{ titles.join(tx.list_sep) }</li> }
        })
        .collect();
    html! {
        <section ~className={class_list(&["next-steps", if print_only { "print-only" } else { "" }])} aria-labelledby="next-title">
            <h2 id="next-title">{ tx.tab_next }</h2>
            <p class="help">{ tx.next_help }</p>
            if group_views.is_empty() { <p>{ tx.next_none }</p> }
            { for group_views }
            if let Some(note) = left_out { <p class="help left-out">{ note }</p> }
            if !unlocks.is_empty() {
                <h3>{ tx.unlock_title }</h3>
                <ul class="unlocks">{ for unlocks }</ul>
            }
        </section>
    }
}
