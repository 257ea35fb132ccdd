//! The data model every stage above `extract` reads: articles, claims and findings.
//!
//! Plain types with no behaviour beyond small accessors; extraction fills `claim`, comparison
//! fills `finding`, reporting prints both.

pub mod article;
pub mod claim;
pub mod display;
pub mod finding;
pub mod row;
