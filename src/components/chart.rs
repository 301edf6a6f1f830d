//! The stacked bar: what each level pays, drawn as SVG by the page (no chart service), read
//! before any number. Exact amounts are solid, "up to" amounts hatched, and every segment is
//! labelled in words, so colour is never the only signal.

use crate::view::ResultView;
use srdi_engine::describe;
use srdi_engine::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: std::rc::Rc<ResultView>,
    pub title: AttrValue,
    pub lang: srdi_engine::describe::Lang,
}

/// One segment: its level class, label, value and whether it is an "up to" amount.
fn segments(view: &ResultView) -> Vec<(String, String, Decimal, bool)> {
    let mut out = Vec::new();
    for l in &view.levels {
        if !l.exact.is_zero() {
            out.push((
                format!("seg-{}", l.level.name()),
                l.label.to_string(),
                l.exact,
                false,
            ));
        }
        if !l.up_to.is_zero() {
            out.push((
                format!("seg-{}", l.level.name()),
                format!("{} ≤", l.label),
                l.up_to,
                true,
            ));
        }
    }
    out
}

#[function_component(Chart)]
pub fn chart(p: &Props) -> Html {
    let segs = segments(&p.view);
    let total: Decimal = segs.iter().map(|s| s.2).sum();
    if total.is_zero() {
        return html! {};
    }
    // Widths in per-mille of the bar, as integers, so the SVG needs no floating point.
    let mut x = 0i64;
    let rects: Vec<Html> = segs
        .iter()
        .map(|(class, label, v, up_to)| {
            let w = (*v * Decimal::from(1000) / total).round().mantissa() as i64;
            let w = w.max(1);
            let rect = html! {
                <g>
                    <rect x={x.to_string()} y="0" width={w.to_string()} height="40"
                        class={classes!(class.clone(), up_to.then_some("up-to"))}>
                        <title>{ format!("{label}: {}", describe::wan(*v, p.lang)) }</title>
                    </rect>
                    if *up_to {
                        <rect x={x.to_string()} y="0" width={w.to_string()} height="40" fill="url(#hatch)" />
                    }
                </g>
            };
            x += w;
            rect
        })
        .collect();
    let legend: Vec<Html> = segs
        .iter()
        .map(|(class, label, v, up_to)| {
            html! {
                <li><span class={classes!("swatch", class.clone(), up_to.then_some("up-to"))} aria-hidden="true"></span>{ format!("{label} {}", describe::wan(*v, p.lang)) }</li>
            }
        })
        .collect();
    html! {
        <figure class="chart">
            <figcaption>{ &p.title }</figcaption>
            <svg viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-label={p.title.clone()} focusable="false">
                <defs>
                    <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="3" height="8" fill="rgba(255,255,255,0.55)" />
                    </pattern>
                </defs>
                { for rects }
            </svg>
            <ul class="legend">{ for legend }</ul>
        </figure>
    }
}
