//! The stacked bar: what each level pays, drawn as SVG by the page (no chart service), read
//! before any number. Claimable amounts are in full colour, those earned under texts that have
//! ended lighter, planned ones lighter still; "up to" amounts are hatched; every segment is
//! labelled in words in the legend, so colour is never the only signal. Drawn by a plain function called from
//! the results panel, not a component (see [`crate::components`]).

use crate::text::t;
use crate::view::{group_label, standing_class, ResultView};
use srdi_engine::describe::{self, Lang};
use srdi_engine::Decimal;
use yew::prelude::*;

/// One segment of the bar.
struct Segment {
    /// `data-level`, coloured by the stylesheet.
    level: &'static str,
    /// `data-standing`: claimable solid, ended lighter, planned lighter still.
    standing: &'static str,
    label: String,
    value: Decimal,
    up_to: bool,
}

/// The segments: each level's claimable, earned-under-ended-texts and planned sums, exact then
/// "up to".
fn segments(view: &ResultView, lang: Lang) -> Vec<Segment> {
    let mut out = Vec::new();
    for l in &view.levels {
        for g in &l.sums {
            for (value, up_to) in [(g.exact, false), (g.up_to, true)] {
                if value.is_zero() {
                    continue;
                }
                out.push(Segment {
                    level: l.level.name(),
                    standing: standing_class(g.standing),
                    label: format!(
                        "{} · {}{}",
                        l.label,
                        group_label(g.standing, lang),
                        if up_to { t(lang).legend_up_to } else { "" }
                    ),
                    value,
                    up_to,
                });
            }
        }
    }
    out
}

/// The chart of `view` (the results panel's view of the report), captioned `title`.
pub fn chart(view: &ResultView, title: &'static str, lang: Lang) -> Html {
    let segs = segments(view, lang);
    let total: Decimal = segs.iter().map(|s| s.value).sum();
    if total.is_zero() {
        return html! {};
    }
    // Widths in per-mille of the bar, as integers, so the SVG needs no floating point.
    let mut x = 0i64;
    let rects: Vec<Html> = segs
        .iter()
        .map(|s| {
            let (v, up_to) = (&s.value, &s.up_to);
            let w = (*v * Decimal::from(1000) / total).round().mantissa() as i64;
            let w = w.max(1);
            let rect = html! {
                <g>
                    <rect x={x.to_string()} y="0" width={w.to_string()} height="40"
                        data-level={s.level} data-standing={s.standing} data-up-to={up_to.then_some("true")}>
                        <title>{ format!("{}: {}", s.label, describe::wan(*v, lang)) }</title>
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
        .map(|s| {
            html! {
                <li><span class="swatch" data-level={s.level} data-standing={s.standing} data-up-to={s.up_to.then_some("true")} aria-hidden="true"></span>{ format!("{} {}", s.label, describe::wan(s.value, lang)) }</li>
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
