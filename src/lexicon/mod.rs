//! The lexicon layer: data the stages above look words up in.

pub mod gazetteer;
