//! One component per step or panel of the page.
pub mod answers;
pub mod app;
pub mod chart;
pub mod fields;
pub mod library;
pub mod loans_step;
pub mod next_steps;
pub mod place_step;
pub mod progress;
pub mod questions_step;
pub mod results;
pub mod share_panel;
pub mod tier_step;
pub mod what_if;
