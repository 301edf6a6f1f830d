//! Printing draws every line's details. A line's formula, citation, clause and dates are built
//! only while it is open (src/components/results.rs: a link with every answer then opens with
//! far fewer elements to make on a phone), but the print shows them all: the browser's own
//! print (Ctrl+P, its menu) and the page's print button both build them first, and they are
//! taken away again once the print is over.

use wasm_bindgen::{closure::Closure, JsCast};

/// The page's print button, once every detail has been asked for: the browser's print dialog
/// opens a task later, when Yew has rendered them (a print started in the click itself would
/// lay out the page before they are in it), and, on a first visit printed at once, once the
/// clauses have been read (src/clauses.rs; at most about five seconds), so the handout quotes
/// every clause.
pub fn print_later() {
    print_when_read(50);
}

fn print_when_read(tries: u32) {
    let reading = crate::clauses::status() == crate::clauses::Status::Reading;
    crate::after(if reading && tries > 0 { 100 } else { 0 }, move || {
        if reading && tries > 0 {
            print_when_read(tries - 1);
        } else if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
}

/// Calls `printing(true)` whenever the browser is about to print (its `beforeprint`: Yew
/// renders before the browser lays the page out for print) and `printing(false)` when it is
/// done (`afterprint`), for the page's life.
pub fn around_print(printing: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        printing(e.type_() == "beforeprint")
    });
    for event in ["beforeprint", "afterprint"] {
        let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    listener.forget();
}
