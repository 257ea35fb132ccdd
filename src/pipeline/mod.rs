//! The pipeline: load → analyze → compare, behind one entry point (`Session`) that the CLI,
//! the benches and the tests share, with the outside world at its edges: files (`load`), the
//! config (`config`, resolved once into `settings`), the baseline and the CI gate (`baseline`,
//! `gate`), and the incremental index (`index` for storage, `incremental` for the refresh and
//! the indexed check). It owns no extraction or comparison rules and prints nothing.

pub mod analyze;
pub mod baseline;
pub mod config;
pub mod copies;
pub mod gate;
pub mod incremental;
pub mod index;
pub mod load;
pub mod session;
pub mod settings;

pub use analyze::{analyze, analyze_all};
pub use session::{Analysis, Checked, Failure, Progress, Session};
pub use settings::Settings;
