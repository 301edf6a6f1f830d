//! The stacked bar: what each level pays, drawn as SVG by the page (no chart service), read
//! before any number. Exact amounts are solid, "up to" amounts hatched, and every segment is
//! labelled in words, so colour is never the only signal. Drawn by a plain function called from
//! the results panel, not a component (see [`crate::components`]).

use crate::view::ResultView;
use srdi_engine::describe::{self, Lang};
use srdi_engine::Decimal;
use yew::prelude::*;

/// One segment: its level (`data-level`, coloured by the stylesheet), label, value and whether it is an "up to" amount.
fn segments(view: &ResultView) -> Vec<(String, String, Decimal, bool)> {
    let mut out = Vec::new();
    for l in &view.levels {
        if !l.exact.is_zero() {
            out.push((
                l.level.name().to_string(),
                l.label.to_string(),
                l.exact,
                false,
            ));
        }
        if !l.up_to.is_zero() {
            out.push((
                l.level.name().to_string(),
                format!("{} ≤", l.label),
                l.up_to,
                true,
            ));
        }
    }
    out
}

/// The chart of `view` (the results panel's view of the report), captioned `title`.
pub fn chart(view: &ResultView, title: &'static str, lang: Lang) -> Html {
    let segs = segments(view);
    let total: Decimal = segs.iter().map(|s| s.2).sum();
    if total.is_zero() {
        return html! {};
    }
    // Widths in per-mille of the bar, as integers, so the SVG needs no floating point.
    let mut x = 0i64;
    let rects: Vec<Html> = segs
        .iter()
        .map(|(level, label, v, up_to)| {
            let w = (*v * Decimal::from(1000) / total).round().mantissa() as i64;
            let w = w.max(1);
            let rect = html! {
                <g>
                    <rect x={x.to_string()} y="0" width={w.to_string()} height="40"
                        data-level={level.clone()} data-up-to={up_to.then_some("true")}>
                        <title>{ format!("{label}: {}", describe::wan(*v, lang)) }</title>
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
        .map(|(level, label, v, up_to)| {
            html! {
                <li><span class="swatch" data-level={level.clone()} data-up-to={up_to.then_some("true")} aria-hidden="true"></span>{ format!("{label} {}", describe::wan(*v, lang)) }</li>
            }
        })
        .collect();
    html! {
        <figure class="chart">
            <figcaption>{ title }</figcaption>
            <svg viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-label={title} focusable="false">
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
