//! Concepts: what a figure measures, from `concepts.tsv` — counted nouns that name one concept
//! (troops ≈ personnel ≈ soldiers), parts that make a sub-fact (children among people),
//! qualifiers of the counted noun, nominal forms of predicates ("dead", "toll"), the running
//! counts, durations, and unit conversions. It knows words, not figures: comparison decides
//! what to do with them.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::load::{WordMap, WordSet, rows, word_list};

word_list!(
    /// A counted noun too general to name one fact of a story: "person", "year", "thing".
    GENERIC_NOUNS,
    is_generic_noun,
    "generic_nouns.txt"
);

word_list!(
    /// A noun naming another event beside a story's main one: "aftershock".
    OTHER_EVENTS,
    is_other_event,
    "other_events.txt"
);

/// The rows of `concepts.tsv`, read once.
struct Concepts {
    /// Counted lemma → (concept, qualifier or "").
    nouns: WordMap<(&'static str, &'static str)>,
    /// Modifier → qualifier.
    qualifiers: WordMap<&'static str>,
    running: WordSet,
    varying: WordSet,
    held: WordSet,
    durations: WordSet,
    /// Predicates that list the parts of a whole ("comprised", "made up of").
    composes: WordSet,
    /// Unit → (base unit, factor).
    conversions: WordMap<(&'static str, f64)>,
    /// (verb lemma, concept) → the predicate class the verb has for figures of that concept.
    verbs: HashMap<(&'static str, &'static str), &'static str>,
}

static CONCEPTS: LazyLock<Concepts> = LazyLock::new(|| {
    let mut c = Concepts {
        nouns: WordMap::default(),
        qualifiers: WordMap::default(),
        running: WordSet::default(),
        varying: WordSet::default(),
        held: WordSet::default(),
        durations: WordSet::default(),
        composes: WordSet::default(),
        conversions: WordMap::default(),
        verbs: HashMap::new(),
    };
    for r in rows(include_str!("concepts.tsv")) {
        match r.get(0) {
            "noun" => {
                c.nouns.entry(r.get(1)).or_insert((r.get(2), ""));
            }
            "sub" => {
                c.nouns.entry(r.get(1)).or_insert((r.get(2), r.get(3)));
            }
            "qualifier" => {
                c.qualifiers.entry(r.get(1)).or_insert(r.get(2));
            }
            "varying" => {
                c.varying.insert(r.get(1));
            }
            "running" => {
                c.running.insert(r.get(1));
            }
            "held" => {
                c.held.insert(r.get(1));
            }
            "duration" => {
                c.durations.insert(r.get(1));
            }
            "compose" => {
                c.composes.insert(r.get(1));
            }
            "convert" => {
                c.conversions
                    .entry(r.get(1))
                    .or_insert((r.get(2), r.num(3)));
            }
            "verb" => {
                c.verbs.entry((r.get(1), r.get(2))).or_insert(r.get(3));
            }
            other => panic!("lexicon: concepts.tsv row kind {other:?} in {:?}", r.0),
        }
    }
    c
});

/// The predicate class a general verb has for figures of one concept: weapons "used" were
/// launched. `None` when the verb has no such reading for the concept.
pub fn verb_class_for(lemma: &str, concept: &str) -> Option<&'static str> {
    CONCEPTS.verbs.get(&(lemma, concept)).copied()
}

/// The concept a counted lemma names, and the qualifier that makes it a sub-fact ("" for
/// none): "soldier" → ("troops", ""), "child" → ("person", "child"). `None` for a lemma that is
/// its own concept.
pub fn concept(lemma: &str) -> Option<(&'static str, &'static str)> {
    CONCEPTS.nouns.get(lemma).copied()
}

/// The qualifier a modifier of the counted noun gives ("ballistic" missiles), if it makes a
/// sub-fact.
pub fn qualifier(modifier: &str) -> Option<&'static str> {
    CONCEPTS.qualifiers.get(modifier).copied()
}

/// What a nominal word says happened, and to what: "dead" → ("kill", "person"). The cues are
/// those of `nominal_predicates.tsv` (one list for extraction and comparison), whatever verb
/// governs them; they all count people.
pub fn nominal(word: &str) -> Option<(&'static str, &'static str)> {
    super::nominal::nominal_class(word).map(|class| (class, "person"))
}

/// A predicate class whose count grows as a story develops (killed, injured, evacuated).
pub fn is_running_count(class: &str) -> bool {
    CONCEPTS.running.contains(class)
}

/// A running count's class, or a qualifier of one, whose count may fall as a story develops
/// (the missing are found, the critically injured recover): a later, lower report of it is an
/// update, not a conflict.
pub fn is_varying_count(class_or_qualifier: &str) -> bool {
    CONCEPTS.varying.contains(class_or_qualifier)
}

/// A concept whose figures belong to a holder named beside them: "Labour won 412 seats",
/// "the Conservatives 121".
pub fn is_held(concept: &str) -> bool {
    CONCEPTS.held.contains(concept)
}

/// A predicate (lemma or class) that lists the parts of a whole: "the salvo comprised 160
/// drones", "made up of 120 missiles".
pub fn is_composition(predicate: &str) -> bool {
    CONCEPTS.composes.contains(predicate)
}

/// A measure of time ("hour", "day"): keyed by its unit, not its verb.
pub fn is_duration(unit: &str) -> bool {
    CONCEPTS.durations.contains(unit)
}

/// A measure's base unit and how many of it one unit is: "mile" → ("kilometre", 1.609344).
pub fn conversion(unit: &str) -> Option<(&'static str, f64)> {
    CONCEPTS.conversions.get(unit).copied()
}

#[cfg(test)]
mod tests {
    use super::super::load::entries;
    use super::*;
    use crate::lexicon::{is_country, is_listed_city};

    #[test]
    fn weapons_used_were_launched_and_other_things_used_were_not() {
        assert_eq!(verb_class_for("use", "missile"), Some("launch"));
        assert_eq!(verb_class_for("use", "drone"), Some("launch"));
        assert_eq!(verb_class_for("use", "litre"), None);
        assert_eq!(verb_class_for("launch", "missile"), None);
    }

    #[test]
    fn concepts_name_synonyms_parts_and_nominal_forms() {
        // Synonyms meet in one concept.
        for (lemma, c) in [
            ("troop", "troops"),
            ("personnel", "troops"),
            ("soldier", "troops"),
            ("force", "troops"),
            ("resident", "person"),
            ("victim", "person"),
            ("individual", "person"),
            ("flat", "dwelling"),
            ("apartment", "dwelling"),
            ("household", "dwelling"),
            ("block", "building"),
            ("tower", "building"),
        ] {
            assert_eq!(concept(lemma), Some((c, "")), "{lemma}");
        }
        // A part of a concept carries its qualifier.
        assert_eq!(concept("child"), Some(("person", "child")));
        assert_eq!(qualifier("ballistic"), Some("ballistic"));
        assert_eq!(qualifier("suicide"), None);
        // A lemma that is not listed is its own concept.
        assert_eq!(concept("seat"), None);
        // Nominal forms of a toll.
        for w in ["death", "dead", "life", "toll", "fatality"] {
            assert_eq!(nominal(w), Some(("kill", "person")), "{w}");
        }
        assert_eq!(nominal("injured").map(|n| n.0), Some("injure"));
        assert!(is_running_count("kill") && is_running_count("evacuate"));
        for city in entries(include_str!("listed_cities.txt")) {
            assert!(is_country(city) && is_listed_city(city), "{city}");
        }
        assert!(is_running_count("displace") && is_running_count("rescue"));
        assert!(!is_running_count("launch") && !is_running_count("win"));
        assert!(is_varying_count("missing") && !is_varying_count("kill"));
        assert!(is_duration("hour") && is_duration("year") && !is_duration("kilometre"));
        assert_eq!(conversion("mile"), Some(("kilometre", 1.609344)));
        assert_eq!(conversion("minute"), Some(("second", 60.0)));
        assert_eq!(conversion("kilometre"), Some(("kilometre", 1.0)));
        // Every conversion's base is its own base.
        for r in rows(include_str!("concepts.tsv")).filter(|r| r.get(0) == "convert") {
            assert_eq!(conversion(r.get(2)), Some((r.get(2), 1.0)), "{:?}", r.0);
        }
    }
}
