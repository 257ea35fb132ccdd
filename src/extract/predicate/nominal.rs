//! Predicates in nominal form: a noun or adjective that says what happened to the people a
//! figure counts, as news writes most tolls — "the death toll rose to 2,122", "5,300 deaths have
//! been confirmed", "632 dead and 329 injured", "has now claimed 270 lives", "241 have been
//! confirmed dead", "put the number of dead at 99 people", "resulting in the deaths of 12
//! people", "lost their lives", "10,100 people are listed as missing", "five children were
//! among the dead".
//!
//! The cue words and the class each stands for are the lexicon's (`nominal_predicates.tsv`); the
//! verbs that only report, reach or change a count (`count_verbs.txt`) give way to them. Four
//! places are looked at, one rule each: the figure's own counted noun (`counted_cue`), an
//! adjective after it past auxiliaries and status words (`status_cue`), the object of its verb
//! (`object_cue`), and a toll or "number of dead" before it whose level it gives (`frame_cue`).
//! A figure after "by" in such a frame is the change of the toll ("rose by 5"), not its level:
//! it keeps its verb, and only counts people.
//!
//! Owns where a cue may stand. Does not own the words (the lexicon) nor the choice between a
//! cue and the verb found (`mod.rs`).

use super::verb::Found;
use crate::extract::quantity::Figure;
use crate::lexicon;
use crate::model::claim::Kind;
use crate::text::normalize::noun_lemma;
use crate::text::token::{Tok, TokKind};

/// A cue found: the class lemma it stands for, its tokens, and the qualifier it makes when the
/// figure counts only part of that group ("among the dead").
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Cue {
    pub lemma: &'static str,
    pub at: usize,
    pub end: usize,
    pub qualifier: Option<String>,
    /// The figure is the change of the count the cue names ("rose by 5"), not its level.
    pub change: bool,
    /// The cue names a count before the figure, which gives its level ("the toll rose to").
    pub frame: bool,
    /// What the figure counts when the cue is its own noun or names the count it gives ("5,300
    /// deaths", "the death toll rose to 2,122": deaths); `None` when the cue only describes
    /// people the figure counts ("241 have been confirmed dead").
    pub counts: Option<&'static str>,
}

impl Cue {
    fn new(lemma: &'static str, at: usize) -> Cue {
        Cue {
            lemma,
            at,
            end: at + 1,
            qualifier: None,
            change: false,
            frame: false,
            counts: None,
        }
    }

    /// The cue, naming what the figure counts as the lexicon says its word does.
    fn counting(self, word: &str) -> Cue {
        Cue {
            counts: lexicon::nominal_counts(word),
            ..self
        }
    }
}

/// The nominal predicate of a figure, if one says what happened to what it counts. `verb` is
/// the verb the predicate finder chose, if any.
pub(super) fn nominal_cue(
    toks: &[Tok],
    fig: &Figure,
    figures: &[Figure],
    verb: Option<Found>,
) -> Option<Cue> {
    if fig.kind != Kind::Count || fig.compound {
        return None;
    }
    // A verb that is itself what happened to people says it: "20 people were wounded" —
    // unless it stands before the figure and a status follows the figure in its own clause:
    // "12 people were killed and 30 were missing" (30 are missing, not killed).
    if verb.is_some_and(|(lemma, _, _)| lexicon::is_human_predicate(lemma)) {
        let before = verb.is_some_and(|(_, at, _)| at < fig.first);
        return status_cue(toks, fig).filter(|_| before);
    }
    counted_cue(toks, fig, verb)
        .or_else(|| status_cue(toks, fig))
        .or_else(|| object_cue(toks, verb))
        .or_else(|| frame_cue(toks, fig, figures))
}

/// A verb lemma that leaves the figure's measure to a cue: none, a copula or "have", a verb
/// that reports or changes a count.
fn yields_to_cue(verb: Option<Found>) -> bool {
    verb.is_none_or(|(lemma, _, _)| {
        lexicon::is_count_verb(lemma)
            || lexicon::is_weak_verb(lemma)
            || lexicon::is_reporting_lemma(lemma)
    })
}

/// The verb lemmas next to the figure's phrase on either side, reporting verbs included: what
/// governs "lives" in "has claimed 270 lives" or "270 lives were lost".
fn neighbour_verbs(toks: &[Tok], fig: &Figure) -> [Option<&'static str>; 2] {
    let mut k = fig.hedge.as_ref().map_or(fig.first, |(_, s)| {
        toks.iter()
            .position(|t| t.span.start >= s.start)
            .unwrap_or(fig.first)
    });
    let mut left = None;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else { break };
        k = p;
        let t = &toks[p];
        if let Some(l) = lexicon::verb_lemma(&t.lower).filter(|l| !lexicon::is_fallback_verb(l)) {
            left = Some(l);
            break;
        }
        if !(t.lower.ends_with("ly") || lexicon::is_predicate_gap_word(&t.lower)) {
            break;
        }
    }
    let mut right = None;
    let mut k = fig.phrase_end;
    while let Some(t) = toks.get(k).filter(|t| t.kind == TokKind::Word) {
        if let Some(l) = lexicon::verb_lemma(&t.lower).filter(|l| !lexicon::is_fallback_verb(l)) {
            right = Some(l);
            break;
        }
        if !lexicon::is_predicate_gap_word(&t.lower) || k > fig.phrase_end + 3 {
            break;
        }
        k += 1;
    }
    [left, right]
}

/// The figure's counted noun is the cue: "5,300 deaths have been confirmed", "632 dead", "the
/// 51 deaths first reported", "has now claimed 270 lives" (but not "saved 65 lives"). A verb
/// that is itself a meaning keeps it: "ruled out five deaths".
fn counted_cue(toks: &[Tok], fig: &Figure, verb: Option<Found>) -> Option<Cue> {
    let counted = fig.counted.as_ref()?;
    if !yields_to_cue(verb) {
        return None;
    }
    let verbs = neighbour_verbs(toks, fig);
    (fig.last + 1..fig.phrase_end).rev().find_map(|k| {
        let t = &toks[k];
        if t.kind != TokKind::Word || !counted.lemmas.contains(&noun_lemma(&t.lower)) {
            return None;
        }
        let lemma = verbs
            .iter()
            .find_map(|v| lexicon::nominal_predicate(&t.lower, *v))
            .or_else(|| lexicon::nominal_predicate(&t.lower, None))?;
        Some(Cue::new(lemma, k).counting(&t.lower))
    })
}

/// An adjective after the phrase says what happened: "241 have been confirmed dead", "10,100
/// people are listed as missing", "1,600 people have been left homeless". "Among the dead" or
/// "of the injured" says it too, and narrows the group: "five children were among the dead",
/// "33 of the dead".
fn status_cue(toks: &[Tok], fig: &Figure) -> Option<Cue> {
    let mut k = fig.phrase_end;
    let mut steps = 0;
    while let Some(t) = toks.get(k).filter(|t| t.kind == TokKind::Word) {
        if let Some(lemma) = lexicon::nominal_predicate(&t.lower, None) {
            return Some(Cue::new(lemma, k));
        }
        if matches!(t.lower.as_str(), "among" | "of")
            && toks.get(k + 1).is_some_and(|d| d.is("the"))
            && let Some(c) = toks.get(k + 2)
            && let Some(lemma) = lexicon::nominal_predicate(&c.lower, None)
        {
            return Some(Cue {
                qualifier: Some(format!("{} the {}", t.lower, c.lower)),
                end: k + 3,
                ..Cue::new(lemma, k + 2)
            });
        }
        let gap = lexicon::is_predicate_gap_word(&t.lower)
            || lexicon::is_status_word(&t.lower)
            || (t.lower.ends_with("ly") && t.lower.len() > 4);
        if !gap || steps >= 6 {
            break;
        }
        k += 1;
        steps += 1;
    }
    None
}

/// The cue is the object of the figure's verb: "12 people lost their lives".
fn object_cue(toks: &[Tok], verb: Option<Found>) -> Option<Cue> {
    let (lemma, _, end) = verb?;
    let mut k = end;
    if toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "their" | "his" | "her" | "its" | "the" | "a"
        )
    }) {
        k += 1;
    }
    let t = toks.get(k)?;
    let class = lexicon::nominal_predicate(&t.lower, Some(lemma))?;
    // "lives" needs the verb; a cue any verb may govern is no object cue ("left 12 dead" is
    // read by `status_cue`).
    (lexicon::nominal_predicate(&t.lower, None).is_none()).then(|| Cue::new(class, k))
}

/// Words that may stand right before a figure that gives the level of a toll named before it:
/// "rose to 2,122", "put ... at 99", "reported as 265", "a toll of 40", "from 288".
fn frame_preposition(w: &str) -> bool {
    matches!(w, "to" | "at" | "as" | "of" | "from" | "by")
}

/// A toll or a "number of dead" before the figure, whose level the figure gives: "the death
/// toll rose to 2,122", "the toll has risen sharply to 11,300", "put the number of dead at
/// 99", "the number of people killed in Derna, on Libya's coast, has risen sharply to 11,300",
/// "resulting in the deaths of 12 people", "lowered the death toll ... to 275". Right before
/// the figure (past its hedge) stands a preposition of the frame or a verb that reports or
/// reaches a count ("the toll reached 1,000"); between the cue and the figure no other figure,
/// no clause break and no past form of a verb that is not a count verb.
fn frame_cue(toks: &[Tok], fig: &Figure, figures: &[Figure]) -> Option<Cue> {
    let start = match &fig.hedge {
        Some(_) => Some(fig.lead(toks)).filter(|&k| k < toks.len())?,
        None => fig.first,
    };
    let before = toks.get(start.checked_sub(1)?)?;
    let change = before.is("by");
    let framed = before.kind == TokKind::Word
        && (frame_preposition(&before.lower)
            || lexicon::verb_lemma(&before.lower)
                .is_some_and(|l| lexicon::is_count_verb(l) || lexicon::is_weak_verb(l)));
    if !framed {
        return None;
    }
    let lo = start.saturating_sub(20);
    let mut k = start - 1;
    while k > lo {
        k -= 1;
        let t = &toks[k];
        // Figures are in text order and do not overlap: the one covering `k`, if any, is
        // the first not ending before it (a binary search, not a walk over the sentence's).
        let covering = figures.get(figures.partition_point(|f| f.last < k));
        if let Some(other) = covering.filter(|f| f.first <= k) {
            // "rose by 5 to 2,122": the change before the level is part of the frame. Digits
            // that are no figure ("Flight 171") are words of the subject.
            if other.first > 0 && toks[other.first - 1].is("by") {
                k = other.first;
                continue;
            }
            return None;
        }
        if t.kind == TokKind::Punct {
            if lexicon::is_clause_break(t.text) {
                return None;
            }
            continue;
        }
        if let Some(cue) = frame_word_cue(toks, k) {
            return Some(Cue {
                change,
                frame: true,
                ..cue
            });
        }
        if matches!(
            t.lower.as_str(),
            "while" | "but" | "whereas" | "although" | "when"
        ) {
            return None;
        }
        if let Some(l) = lexicon::verb_lemma(&t.lower)
            && lexicon::is_past_form(&t.lower)
            && !lexicon::is_count_verb(l)
            && !lexicon::is_weak_verb(l)
            && !lexicon::is_reporting_lemma(l)
        {
            return None;
        }
    }
    None
}

/// Token `k` names a toll in a frame: a cue noun ("toll", "deaths", "dead"), or a participle of
/// a verb that counts people after "number of" ("the number of people killed", "the number
/// injured").
fn frame_word_cue(toks: &[Tok], k: usize) -> Option<Cue> {
    let t = &toks[k];
    if let Some(lemma) = lexicon::nominal_predicate(&t.lower, None) {
        return Some(Cue::new(lemma, k).counting(&t.lower));
    }
    let verb = lexicon::verb_lemma(&t.lower).filter(|_| lexicon::is_past_form(&t.lower))?;
    let class = lexicon::predicate_class(verb).unwrap_or(verb);
    if !lexicon::is_human_predicate(verb) {
        return None;
    }
    let lo = k.saturating_sub(4);
    let counted = toks[lo..k].iter().any(|w| {
        matches!(
            w.lower.as_str(),
            "number" | "total" | "tally" | "count" | "toll"
        )
    });
    counted.then(|| Cue::new(class, k))
}

#[cfg(test)]
mod tests {
    use super::super::find_predicate;
    use crate::extract::quantity::find_figures;
    use crate::text::token::tokenize;

    /// The predicate label of the figure written `figure` in `s`.
    fn pred(s: &str, figure: &str) -> String {
        let toks = tokenize(s, 0);
        let figs = find_figures(&toks, &[]);
        let f = figs
            .iter()
            .find(|f| f.span.slice(s) == figure)
            .unwrap_or_else(|| panic!("{figure} not a figure of {s:?}"));
        find_predicate(&toks, f, &figs)
            .map(|p| p.label())
            .unwrap_or_default()
    }

    #[test]
    fn the_counted_noun_is_the_cue() {
        assert_eq!(
            pred("To date, 5,300 deaths have been confirmed.", "5,300"),
            "kill"
        );
        assert_eq!(
            pred(
                "the interior ministry gave a provisional toll of 632 dead and 329 injured",
                "632"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "The crash has now claimed 270 lives, hospital authorities said.",
                "270"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "Fires in February 2023 had already cost over 22 lives.",
                "22"
            ),
            "kill"
        );
        // Lives saved are no deaths: a verb with a meaning of its own keeps it.
        assert_eq!(pred("The new rules saved 65 lives.", "65"), "save");
        // With no verb about the figure, the deaths are what it counts.
        assert_eq!(
            pred(
                "But judicial reviews into five other deaths in southern Iraq were ruled out.",
                "five"
            ),
            "kill"
        );
    }

    #[test]
    fn an_adjective_after_the_phrase() {
        assert_eq!(
            pred(
                "Of the 242 people on the aircraft, 241 have been confirmed dead.",
                "241"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "the secretary-general said 10,100 people are listed as missing in the city",
                "10,100"
            ),
            "missing"
        );
        assert_eq!(
            pred("about 10,000 people have been reported missing", "10,000"),
            "missing"
        );
        assert_eq!(
            pred("At least 1,600 people have been left homeless.", "1,600"),
            "homeless"
        );
        assert_eq!(
            pred("Five children were among the dead, officials said.", "Five"),
            "kill"
        );
        assert_eq!(
            pred(
                "Of the latest total, 33 of the dead are thought to be students.",
                "33"
            ),
            "kill"
        );
    }

    #[test]
    fn lives_lost_are_deaths() {
        assert_eq!(
            pred("At least 12 people lost their lives in the blaze.", "12"),
            "kill"
        );
    }

    #[test]
    fn a_toll_before_the_figure_gives_its_level() {
        assert_eq!(
            pred(
                "The death toll of Friday's earthquake in Morocco rose to 2,122 on Sunday.",
                "2,122"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "The number of people killed in Derna, on Libya's coast, has risen sharply to 11,300 as the search goes on.",
                "11,300"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "Later that afternoon, the Forensic Medicine Service put the number of dead at 99 people.",
                "99"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "The number of dead had previously been reported as 265.",
                "265"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "The blast tore through the market, resulting in the deaths of 12 people.",
                "12"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "On Sunday the government lowered the death toll from the triple train accident to 275 from 288.",
                "275"
            ),
            "kill"
        );
        assert_eq!(
            pred(
                "The floods' death toll could reach 20,000, an official said.",
                "20,000"
            ),
            "kill"
        );
        assert_eq!(
            pred("The number of casualties rose to 1,000 on Sunday.", "1,000"),
            "casualty"
        );
    }

    #[test]
    fn a_change_of_the_toll_stays_a_change() {
        // "rose by 5" is how much the toll moved; "to 2,122" is where it stands.
        let s = "The death toll rose by 5 to 2,122 overnight.";
        assert_eq!(pred(s, "5"), "rise");
        assert_eq!(pred(s, "2,122"), "kill");
    }

    #[test]
    fn what_is_not_a_toll_frame() {
        // Another verb between the toll and the figure: the figure is its own.
        assert_ne!(
            pred(
                "The death toll is unclear and rescuers searched 30 houses.",
                "30"
            ),
            "kill"
        );
        // Coordinated after "and": the figure's own verb says what it is.
        assert_eq!(
            pred(
                "The death toll rose to 50 and 300 homes were destroyed.",
                "300"
            ),
            "destroy"
        );
        // A clause break ends the frame.
        assert_ne!(
            pred(
                "The death toll is rising; crews cleared 40 of the roads.",
                "40"
            ),
            "kill"
        );
    }
}
