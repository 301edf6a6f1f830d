//! 政策库 / policy library: every catalogue entry, filterable by place, payer level, tier, kind
//! and status, with a text search over titles and clauses (engine/src/search.rs: terms in any
//! order, amounts by value). Whatever is typed in the search box gives a list or "no match",
//! never an error.
//!
//! A page of its own (library/, the `library-page` feature): browsing the catalogue is not the
//! calculation, so none of this is in the calculator's first load. [`LibraryPage`] is its root.

use crate::components::fields::{input_field, select_field, InputProps, SelectProps};
use crate::components::results::{clause, term};
use crate::step::{entry_step, Step};
use crate::text::{t, Lang};
use srdi_engine::catalogue::{self, Entry, CITIES, ENTRIES};
use srdi_engine::questions::deciding;
use srdi_engine::{describe, search, Date, Kind, PayerLevel, Tier};
use yew::prelude::*;

/// The place ids an entry must name to apply in the place `id` (a city or a county).
fn place_ids(id: &str) -> Vec<&str> {
    if let Some((city, county)) = catalogue::county(id) {
        return vec![county.id, city.id, "fujian"];
    }
    let mut ids = vec![id, "fujian"];
    if let Some(c) = catalogue::city(id) {
        ids.extend(c.counties.iter().map(|k| k.id));
    }
    ids
}

#[derive(Clone, PartialEq, Default)]
struct Filters {
    place: String,
    payer: String,
    tier: String,
    kind: String,
    status: String,
    search: String,
}

fn matches(e: &Entry, f: &Filters, on: Date) -> bool {
    let place_ok = f.place.is_empty() || {
        let ids = place_ids(&f.place);
        e.eligibility.places.iter().any(|p| ids.contains(p))
    };
    let payer_ok = f.payer.is_empty() || e.payer.name() == f.payer;
    let tier_ok = f.tier.is_empty()
        || Tier::from_name(&f.tier).is_some_and(|t| {
            // A firm of tier t: at least the entry's tier, at most its highest (the Xiamen
            // reserve awards stop at 小巨人后备).
            e.eligibility.tier.is_none_or(|need| t.includes(need))
                && e.eligibility.max_tier.is_none_or(|max| t <= max)
        });
    let kind_ok = f.kind.is_empty() || e.kind.name() == f.kind;
    let status = e.document().status_on(on);
    let status_ok =
        f.status.is_empty() || describe::status(status, Lang::En).replace(' ', "_") == f.status;
    let text_ok = search::Query::new(&f.search).matches(&[
        e.title,
        e.title_en,
        e.clause(),
        e.id,
        e.document().number,
        e.article,
    ]);
    place_ok && payer_ok && tier_ok && kind_ok && status_ok && text_ok
}

/// What the library shows and what its "answer this" buttons do.
#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub lang: Lang,
    /// The day whose status (in force, expired…) each entry shows.
    pub on: Date,
    /// An entry's "answer the questions that decide it": the step that asks them.
    pub ask: Callback<Step>,
}

#[function_component(Library)]
pub fn library(props: &LibraryProps) -> Html {
    let lang = props.lang;
    let tx = t(lang);
    let filters = use_state(Filters::default);
    let on = props.on;
    let set = |update: fn(&mut Filters, String)| {
        let filters = filters.clone();
        Callback::from(move |v: String| {
            let mut f = (*filters).clone();
            update(&mut f, v);
            filters.set(f);
        })
    };
    let all = || (AttrValue::Static(""), AttrValue::Static(tx.all));
    let name = |zh: &'static str, en: &'static str| {
        AttrValue::Static(if lang == Lang::Zh { zh } else { en })
    };
    let mut places = vec![all()];
    // Every city (a firm in a city without a document of its own sees the province's entries);
    // the counties that have entries of their own.
    for c in CITIES {
        places.push((AttrValue::Static(c.id), name(c.name, c.name_en)));
        for k in c
            .counties
            .iter()
            .filter(|k| ENTRIES.iter().any(|e| e.eligibility.places.contains(&k.id)))
        {
            places.push((
                AttrValue::Static(k.id),
                AttrValue::from(format!(
                    "{} {}",
                    if lang == Lang::Zh { c.name } else { c.name_en },
                    if lang == Lang::Zh { k.name } else { k.name_en }
                )),
            ));
        }
    }
    let mut payers = vec![all()];
    payers.extend(
        [PayerLevel::County, PayerLevel::City, PayerLevel::Province].map(|p| {
            (
                AttrValue::Static(p.name()),
                AttrValue::Static(describe::payer(p, lang)),
            )
        }),
    );
    let mut tiers = vec![all()];
    tiers.extend(Tier::ALL.iter().map(|t| {
        (
            AttrValue::Static(t.name()),
            AttrValue::Static(describe::tier(*t, lang)),
        )
    }));
    let mut kinds = vec![all()];
    kinds.extend(Kind::ALL.iter().map(|k| {
        (
            AttrValue::Static(k.name()),
            AttrValue::Static(describe::kind(*k, lang)),
        )
    }));
    let mut statuses = vec![all()];
    statuses.extend(
        [
            catalogue::Status::InForce,
            catalogue::Status::Expired,
            catalogue::Status::NotYetInForce,
            catalogue::Status::Draft,
        ]
        .map(|s| {
            (
                AttrValue::from(describe::status(s, Lang::En).replace(' ', "_")),
                AttrValue::Static(describe::status(s, lang)),
            )
        }),
    );
    let shown: Vec<&Entry> = ENTRIES
        .iter()
        .filter(|e| matches(e, &filters, on))
        .collect();
    let items: Vec<Html> = shown
        .iter()
        .map(|e| {
            let d = e.document();
            let questions: Vec<String> = deciding(e).into_iter().map(|q| describe::question(q, lang)).collect();
            let step = entry_step(e);
            let ask = props.ask.reform(move |_: MouseEvent| step);
            html! {
                <li class="entry" data-entry={e.id}>
                    <details>
                        <summary>
                            <span class="title">{ if lang == Lang::Zh { e.title } else { e.title_en } }</span>
                            <span class="badges">
                                <span class="badge">{ describe::payer(e.payer, lang) }</span>
                                <span ~className={format!("badge kind-{}", e.kind.name())}>{ describe::kind(e.kind, lang) }</span>
                                <span class="badge">{ describe::status(d.status_on(on), lang) }</span>
                            </span>
                        </summary>
                        <dl>
                            { term(tx.source, "", html! { format!("{} {} {}", d.issuer, d.number, e.article) }) }
                            { term(tx.lib_rule, "", html! { describe::rule(e, lang) }) }
                            { term(tx.validity, "", html! { describe::window(d, lang) }) }
                            { term(tx.departments, "", html! { format!("{} · {}{}{}", e.departments.join("、"), tx.frequency, tx.colon, describe::frequency(e.frequency, lang)) }) }
                            { term(tx.lib_questions, "", html! { questions.join(tx.list_sep) }) }
                            { term(tx.clause, "", clause(e.clause().to_string())) }
                        </dl>
                        <button type="button" class="link edit" onclick={ask}>{ tx.lib_ask }</button>
                    </details>
                </li>
            }
        })
        .collect();
    html! {
        <section class="library" aria-labelledby="library-title">
            <h2 id="library-title">{ tx.tab_library }</h2>
            <p class="help">{ tx.lib_help }</p>
            { input_field(InputProps::new("lib-search", tx.lib_search, "", filters.search.clone(), set(|f, v| f.search = v))) }
            <div class="filters">
                { select_field(SelectProps { id: "lib-place".into(), label: tx.lib_place.into(), help: "".into(), options: places, value: filters.place.clone().into(), onchange: set(|f, v| f.place = v) }) }
                { select_field(SelectProps { id: "lib-payer".into(), label: tx.lib_payer.into(), help: "".into(), options: payers, value: filters.payer.clone().into(), onchange: set(|f, v| f.payer = v) }) }
                { select_field(SelectProps { id: "lib-tier".into(), label: tx.lib_tier.into(), help: "".into(), options: tiers, value: filters.tier.clone().into(), onchange: set(|f, v| f.tier = v) }) }
                { select_field(SelectProps { id: "lib-kind".into(), label: tx.lib_kind.into(), help: "".into(), options: kinds, value: filters.kind.clone().into(), onchange: set(|f, v| f.kind = v) }) }
                { select_field(SelectProps { id: "lib-status".into(), label: tx.lib_status.into(), help: "".into(), options: statuses, value: filters.status.clone().into(), onchange: set(|f, v| f.status = v) }) }
            </div>
            <p class="count" role="status" aria-live="polite">{ crate::text::count(shown.len(), tx.lib_count_one, tx.lib_count) }</p>
            if shown.is_empty() { <p class="empty">{ tx.lib_none }</p> }
            <ul class="entries">{ for items }</ul>
        </section>
    }
}

/// The library page's root: its masthead (title, language switch), the way back to the
/// calculator with the same answers, and the library dated as the answers say (their `d=`
/// date, else today).
#[function_component(LibraryPage)]
pub fn library_page() -> Html {
    let lang = use_state(|| crate::prefs::saved_lang().unwrap_or(Lang::Zh));
    use_effect_with(*lang, |lang| crate::prefs::apply_lang(*lang));
    let fragment = crate::share_link::fragment();
    let on = srdi_engine::share::decode(&fragment)
        .0
        .evaluation_date
        .unwrap_or_else(crate::today);
    let calculator = format!("../#{fragment}");
    let tx = t(*lang);
    let other = if *lang == Lang::Zh {
        Lang::En
    } else {
        Lang::Zh
    };
    let switch_lang = {
        let lang = lang.clone();
        Callback::from(move |_| {
            crate::prefs::save_lang(other);
            lang.set(other);
        })
    };
    let ask = {
        let calculator = calculator.clone();
        Callback::from(move |step: Step| crate::share_link::ask_in_calculator(step, &calculator))
    };
    html! {
        <>
            <header class="masthead">
                <div class="title-row">
                    <h1>{ tx.title }{ " · " }{ tx.tab_library }</h1>
                    <button type="button" id="lang" class="secondary lang" onclick={switch_lang}
                        lang={if other == Lang::Zh { "zh-CN" } else { "en" }}>{ tx.other_language }</button>
                </div>
                <p class="privacy">{ tx.privacy }</p>
                <p><a class="tab" id="to-calculator" href={calculator}>{ "← " }{ tx.back_to_calculator }</a></p>
            </header>
            <Library lang={*lang} {on} {ask} />
        </>
    }
}
