//! The pipeline: load → analyze → compare, with the outside world at its edges (files, the
//! config, the baseline, the incremental index).

pub mod analyze;
pub mod baseline;
pub mod config;
pub mod index;
pub mod load;

pub use analyze::{analyze, analyze_all};
