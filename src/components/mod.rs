//! One component per step or panel of the page.
pub mod app;
pub mod fields;
pub mod place_step;
pub mod results;
pub mod tier_step;
