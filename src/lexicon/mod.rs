//! The lexicon: every word list the extractors, the text layer and compare read, loaded from the
//! plain-text files beside this module.
//!
//! Each data file holds one list, one entry a line (`.txt`), or one entry a line with
//! tab-separated columns (`.tsv`), and opens with `#` comment lines saying what belongs in it and
//! what does not. The files are compiled in (`include_str!`) and parsed once, on first use, into
//! hashed sets and maps (or ordered slices where the callers rely on the order, such as hedges
//! matched first come first served). Lookups are one hash of a short word, as cheap as the
//! literal arrays they replace.
//!
//! The code is split by concept, one file each, re-exported here so that every accessor is
//! `crate::lexicon::name`:
//! - `load.rs`: reading the data files into sets and maps (the `word_list!` macro), and
//!   [`WordHasher`], [`WordSet`], [`WordMap`].
//! - `numbers.rs`: spelled numerals, scale words and suffixes, ordinal suffixes, fractions,
//!   vague numbers.
//! - `figures.rs`: the words around a figure: hedges and their bounds, and the cues that tell
//!   what a number is (a score, a change, a compound, "one" as a pronoun).
//! - `changes.rs`: the words that make a figure a change of a level and say which way it
//!   moves ("climbed", "was down", "a 2% increase", "4% higher"), and those that make it a level
//!   ("to", "from").
//! - `units.rs`: currencies and measures.
//! - `time.rs`: months, weekdays, time words, future markers, year and month cues.
//! - `verbs.rs`: reporting verbs, verb forms and lemmas, particles, and the words that find a
//!   figure's predicate (weak and modal verbs, negations, denials, predicate classes).
//! - `people.rs`: role nouns, honorifics and titles, and the words around a source.
//! - `places.rs`: locatives, compass words, area nouns, countries, words never in a place name.
//! - `nouns.rs`: irregular and invariant nouns, nouns that look like other parts of speech,
//!   partitives, label nouns, street words.
//! - `text.rs`: abbreviations and content stop words.
//! - `classes.rs`: [`WordClass`], which of the lists asked of every token a word is in, told
//!   by one lookup ([`word_class`]) that the tokenizer makes once per token.
//! - `gazetteer/`: the place hierarchy (GeoNames data): which place contains which.
//!
//! This is the bottom layer: it imports nothing from the crate, and knows words, not tokens,
//! figures or claims. Values that belong to the model (a hedge's bound) are kept here by name and
//! read into the model's types by the extractor that uses them.

pub mod gazetteer;

mod changes;
mod classes;
mod concepts;
mod figures;
mod load;
mod measured;
mod nominal;
mod nouns;
mod numbers;
mod people;
mod places;
mod text;
mod time;
mod units;
mod verbs;

pub use changes::*;
pub use classes::{PREVIOUS_WORDS, WordClass, word_class};
pub use concepts::*;
pub use figures::*;
pub use load::{WordHasher, WordMap, WordSet};
pub use measured::*;
pub use nominal::*;
pub use nouns::*;
pub use numbers::*;
pub use people::*;
pub use places::*;
pub use text::*;
pub use time::*;
pub use units::*;
pub use verbs::*;
