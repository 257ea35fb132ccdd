//! Text below the claims: byte spans and line/column lookup, segmentation into paragraphs and
//! sentences, the one tokenizer pass, and the normalization of nouns and names to keys.
//!
//! Nothing here knows what a figure or a finding is.

pub mod hash;
pub mod normalize;
pub mod segment;
pub mod span;
pub mod token;
