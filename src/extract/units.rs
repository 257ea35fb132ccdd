//! Units after digits: which measures may be glued to a number.
//!
//! The tables themselves (currencies, percent, measures, with their normalized names) are in
//! the lexicon. Counted nouns ("drones", "people") are not units there: any noun can be counted
//! and its lemma is its unit; the tables are for units that are not ordinary count nouns, so that
//! `5 km`, `£600m` and `76%` get a fixed name (`kilometre`, `GBP`, `percent`).

use crate::lexicon;

/// Glued suffixes after digits that are measures, not scale: `5km`, `100mph`, `30mg`, `1.5l`.
/// The lexicon's ambiguous short forms (`m`, `in`, `g`, `t`, `ha`) are left out: after
/// digits `m`, for one, is far more often "million" in news.
pub fn glued_measure(word: &str) -> Option<&'static str> {
    if lexicon::is_ambiguous_measure(word) && !lexicon::is_glued_measure(word) {
        return None;
    }
    lexicon::measure(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_measures() {
        assert_eq!(glued_measure("km"), Some("kilometre"));
        assert_eq!(glued_measure("m"), None);
        assert_eq!(glued_measure("mph"), Some("mile per hour"));
        assert_eq!(glued_measure("drones"), None);
        assert_eq!(glued_measure("l"), Some("litre"));
        assert_eq!(glued_measure("bhp"), Some("brake horsepower"));
        assert_eq!(glued_measure("degf"), Some("degree Fahrenheit"));
    }
}
