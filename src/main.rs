//! Entry point that Trunk builds: mounts the page.
fn main() {
    srdi_calculator::start();
}
