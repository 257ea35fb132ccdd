//! Changes: the words that make a figure a change of a level and say which way it moves — verbs
//! ("climbed", "cut ... by"), the verbs that move the way an adverb after them says ("edged
//! up", "was down"), nouns ("a 2% increase", "a drop of 300"), adverbs before and after a
//! figure ("up 3%", "4% higher"), "by", and the words that make a figure a level or a share
//! instead ("to", "from", "at"; "of"). All from `changes.tsv`.
//!
//! The verbs of the predicate classes `rise` and `fall` (`predicate_classes.tsv`, compare's
//! grouping) are change verbs through their class, so the two lists cannot drift apart; the
//! verbs listed here override their class's reach, and add the change verbs that are no class
//! of compare's ("cut", "reduce", "knock ... off"). Directions are kept by name (`up`, `down`);
//! where a figure stands for each rule is `extract::quantity::change`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::load::{Row, rows};
use super::verbs::{inflections, irregular_verbs};
use super::{WordHasher, WordMap, WordSet, predicate_class, verb_lemma};

/// A verb that moves a level: which way (for a carrier, which moves the way the adverb after
/// it says, the only adverb it takes, if any), and where the figure it moves may stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeVerb {
    pub direction: Option<&'static str>,
    /// Moves the way the adverb after it says: "edged up", "was down".
    pub carrier: bool,
    /// Right after the verb, whatever it counts: "rose 5%", "fell 3 places".
    pub direct: bool,
    /// Right after the verb when it is an amount, not a counted object: "gained 2%".
    pub amount: bool,
    /// After "by": "cut costs by $10bn".
    pub by: bool,
    /// Before "off": "knocking 8 seconds off".
    pub off: bool,
}

impl ChangeVerb {
    fn of(row: &Row) -> ChangeVerb {
        ChangeVerb {
            direction: direction(row),
            carrier: row.get(1) == "carrier",
            direct: row.tagged(3, "direct"),
            amount: row.tagged(3, "amount"),
            by: row.tagged(3, "by"),
            off: row.tagged(3, "off"),
        }
    }
}

/// The direction column: `up`, `down`, or none (`-`).
fn direction(row: &Row) -> Option<&'static str> {
    Some(row.get(2)).filter(|d| *d != "-")
}

#[derive(Default)]
struct Changes {
    /// Verb and carrier lemmas.
    verbs: WordMap<ChangeVerb>,
    /// Every generated form of those lemmas, to its lemma.
    forms: HashMap<String, &'static str, BuildHasherDefault<WordHasher>>,
    classes: WordMap<ChangeVerb>,
    nouns: WordMap<&'static str>,
    adverbs: WordMap<&'static str>,
    after: WordMap<&'static str>,
    by: WordSet,
    level: WordSet,
    whole: WordSet,
    noun_of: WordSet,
    off: WordSet,
    gap: WordSet,
    article: WordSet,
    frequency: WordSet,
    step: WordSet,
    verb_mark: WordSet,
}

static CHANGES: LazyLock<Changes> = LazyLock::new(|| {
    let mut c = Changes::default();
    for row in rows(include_str!("changes.tsv")) {
        let word = row.get(0);
        match row.get(1) {
            "verb" | "carrier" => {
                c.verbs.entry(word).or_insert_with(|| ChangeVerb::of(&row));
            }
            "class" => {
                c.classes
                    .entry(word)
                    .or_insert_with(|| ChangeVerb::of(&row));
            }
            "noun" => insert(&mut c.nouns, &row),
            "adverb" => insert(&mut c.adverbs, &row),
            "after" => insert(&mut c.after, &row),
            "by" => {
                c.by.insert(word);
            }
            "level" => {
                c.level.insert(word);
            }
            "whole" => {
                c.whole.insert(word);
            }
            "noun_of" => {
                c.noun_of.insert(word);
            }
            "off" => {
                c.off.insert(word);
            }
            "gap" => {
                c.gap.insert(word);
            }
            "article" => {
                c.article.insert(word);
            }
            "frequency" => {
                c.frequency.insert(word);
            }
            "step" => {
                c.step.insert(word);
            }
            "verb_mark" => {
                c.verb_mark.insert(word);
            }
            other => panic!("lexicon: changes.tsv names an unknown role {other:?}"),
        }
    }
    let lemmas: Vec<&'static str> = c.verbs.keys().copied().collect();
    for lemma in lemmas {
        for form in inflections(lemma) {
            c.forms.entry(form).or_insert(lemma);
        }
        for &(form, _) in irregular_verbs().iter().filter(|(_, l)| *l == lemma) {
            c.forms.insert(form.to_string(), lemma);
        }
    }
    c
});

fn insert(map: &mut WordMap<&'static str>, row: &Row) {
    if let Some(d) = direction(row) {
        map.entry(row.get(0)).or_insert(d);
    }
}

/// The change verb a verb form is of: "climbed" (its class, rise), "cutting", "was" (a
/// carrier), "edged" (a carrier). `None` for any other word.
pub fn change_verb(form: &str) -> Option<ChangeVerb> {
    let c = &*CHANGES;
    if let Some(v) = c.forms.get(form).and_then(|l| c.verbs.get(l)) {
        return Some(*v);
    }
    let lemma = verb_lemma(form)?;
    c.verbs
        .get(lemma)
        .or_else(|| c.classes.get(predicate_class(lemma)?))
        .copied()
}

/// The direction of a noun lemma of a change: "increase" → up, "drop" → down.
pub fn change_noun(lemma: &str) -> Option<&'static str> {
    CHANGES.nouns.get(lemma).copied()
}

/// The direction of an adverb before a figure or "by": "up", "down".
pub fn change_adverb(word: &str) -> Option<&'static str> {
    CHANGES.adverbs.get(word).copied()
}

/// The direction of an adverb right after a figure: "higher", "lower".
pub fn change_after(word: &str) -> Option<&'static str> {
    CHANGES.after.get(word).copied()
}

/// The preposition after a change word whose figure is the change: "by".
pub fn is_change_preposition(word: &str) -> bool {
    CHANGES.by.contains(word)
}

/// A preposition right before a figure that makes it a level: "to", "from", "at".
pub fn is_level_preposition(word: &str) -> bool {
    CHANGES.level.contains(word)
}

/// A word after a percent that makes it a share of a whole: "of".
pub fn is_share_of(word: &str) -> bool {
    CHANGES.whole.contains(word)
}

/// The preposition between a change noun and its figure: "of" in "an increase of 12,000".
pub fn is_change_noun_of(word: &str) -> bool {
    CHANGES.noun_of.contains(word)
}

/// The particle after a figure that a verb takes away: "off" in "knocking 8 seconds off".
pub fn is_off_particle(word: &str) -> bool {
    CHANGES.off.contains(word)
}

/// A word that may stand between a change word and its figure: "a further", "just".
pub fn is_change_gap(word: &str) -> bool {
    CHANGES.gap.contains(word)
}

/// An indefinite article: "a", "an".
pub fn is_change_article(word: &str) -> bool {
    CHANGES.article.contains(word)
}

/// A counted noun lemma that says how often, not how much: "rose three times".
pub fn is_frequency(lemma: &str) -> bool {
    CHANGES.frequency.contains(lemma)
}

/// A counted noun lemma that says how far a level moved: "points", "places".
pub fn is_change_step(lemma: &str) -> bool {
    CHANGES.step.contains(lemma)
}

/// A word after which the next word is a verb: "to".
pub fn is_verb_mark(word: &str) -> bool {
    CHANGES.verb_mark.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_with_known_directions_and_reaches() {
        for row in rows(include_str!("changes.tsv")) {
            let d = row.get(2);
            assert!(matches!(d, "up" | "down" | "-"), "{:?}", row.0);
            let known = ["direct", "amount", "by", "off"];
            let reach = row.get(3);
            assert!(
                reach.is_empty() || reach.split(',').all(|t| known.contains(&t)),
                "{:?}",
                row.0
            );
        }
        assert!(is_change_preposition("by") && is_level_preposition("from"));
        assert!(is_share_of("of") && !is_level_preposition("by"));
        assert!(is_change_noun_of("of") && is_off_particle("off") && is_change_gap("further"));
        assert!(is_frequency("time") && !is_change_gap("jobs"));
    }

    #[test]
    fn the_verbs_of_rise_and_fall_move_their_way() {
        let climbed = change_verb("climbed").unwrap();
        assert_eq!(climbed.direction, Some("up"));
        assert!(climbed.direct);
        assert_eq!(change_verb("tumbled").unwrap().direction, Some("down"));
        assert_eq!(change_verb("fell").unwrap().direction, Some("down"));
        // A verb listed here keeps its class's way and narrows its reach.
        let gained = change_verb("gained").unwrap();
        assert_eq!(gained.direction, Some("up"));
        assert!(gained.amount && !gained.direct);
    }

    #[test]
    fn verbs_outside_the_classes_and_carriers() {
        let cut = change_verb("cutting").unwrap();
        assert_eq!(cut.direction, Some("down"));
        assert!(cut.by && cut.off && !cut.direct && !cut.amount);
        // Forms are generated for verbs the predicate finder does not know.
        assert_eq!(change_verb("lopped").unwrap().direction, Some("down"));
        assert!(change_verb("knocking").unwrap().off);
        let edged = change_verb("ticked").unwrap();
        assert!(edged.carrier && edged.direction.is_none());
        assert!(change_verb("was").unwrap().carrier);
        let shot = change_verb("shot").unwrap();
        assert_eq!((shot.carrier, shot.direction), (true, Some("up")));
        assert!(!change_verb("climbed").unwrap().carrier);
        // "lose" is no change verb: "lost $1.6 billion" is a level of earnings.
        assert_eq!(change_verb("lost"), None);
        assert_eq!(change_verb("eliminated"), None);
    }

    #[test]
    fn nouns_and_adverbs() {
        assert_eq!(change_noun("increase"), Some("up"));
        assert_eq!(change_noun("cut"), Some("down"));
        assert_eq!(change_noun("loss"), None);
        assert_eq!(change_adverb("down"), Some("down"));
        assert_eq!(change_after("higher"), Some("up"));
        assert_eq!(change_after("up"), None);
    }
}
