//! The counted noun phrase after a figure: "22 missiles of various types", "518 drones and
//! missiles", "249 Ukrainian drones", "a number of people", "dozens of civilians".
//!
//! Owns where the phrase ends, its head noun's lemma (the figure's unit when nothing else is),
//! its modifiers, a coordinated second head and a partitive ("a number of", "a third of") that
//! is not the counted thing. Does not own units that are not count nouns (`unit.rs`: money,
//! percent, measures) nor the verb after the phrase (`extract::predicate`).

use super::figure::{Figure, glued, tok_word};
use super::numeral::numeral_at;
use crate::lexicon;
use crate::model::claim::{Bound, Counted, Kind};
use crate::text::normalize::noun_lemma;
use crate::text::token::{Tok, TokKind};

/// Read the noun phrase a figure counts, starting at token `j`, and the token after it. A
/// compound adjective's noun (`compound`, "point" in "28-point") is what is counted; the
/// phrase it modifies is kept as its head.
pub(super) fn counted_after(
    toks: &[Tok],
    j: usize,
    fig: &Figure,
    compound: Option<&str>,
) -> (Option<Counted>, usize) {
    if matches!(fig.kind, Kind::Money | Kind::Percent) {
        // "$5bn in aid" names no counted noun; "76% of voters" does, but the unit stays percent.
        return (None, j);
    }
    if fig.kind == Kind::Fraction && tok_word(toks, j) != Some("of") {
        return (None, j);
    }
    if let Some(counted) = ranked_time_unit(toks, j, fig) {
        return (Some(counted), j + 1);
    }
    let k = after_partitive_of(toks, j, fig);
    let words = phrase_words(toks, k);
    if words.is_empty() {
        return (None, j);
    }
    let head = *words.last().unwrap();
    let head_tok = &toks[head];
    if head_tok.is_capitalized() && words.len() == 1 && fig.kind != Kind::Ordinal {
        // "22 Ukrainian" alone, or a name: not a counted noun.
        let lower_follow = toks
            .get(head + 1)
            .is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized());
        if !lower_follow {
            return (None, j);
        }
    }
    let mut lemmas = vec![head_lemma(toks, &words)];
    let mut phrase_end = head + 1;
    // Rates: "calculations per second".
    if tok_word(toks, phrase_end) == Some("per")
        && let Some(u) = tok_word(toks, phrase_end + 1).and_then(lexicon::measure)
    {
        lemmas[0] = format!("{} per {u}", lemmas[0]);
        phrase_end += 2;
    }
    let mut modifiers: Vec<String> = words[..words.len() - 1]
        .iter()
        .map(|&w| toks[w].text.to_string())
        .collect();
    if let Some(second) = coordinated_head(toks, head, phrase_end) {
        lemmas.push(second);
        phrase_end += 2;
    }
    let mut owner = None;
    if tok_word(toks, phrase_end) == Some("of") {
        if !lexicon::is_partitive(&lemmas[0]) {
            if fig.kind == Kind::Count {
                owner = owner_of(toks, phrase_end);
            }
            if let Some(m) = of_modifier(toks, phrase_end) {
                modifiers.push(m);
            }
        } else if let Some(n) = tok_word(toks, phrase_end + 1)
            && !lexicon::is_phrase_stop(n)
        {
            // "a number of people": the group word is not the counted thing.
            lemmas = vec![noun_lemma(n)];
            phrase_end += 2;
        }
    }
    if let Some((q, after)) = qualifier_at(toks, phrase_end) {
        modifiers.push(q);
        phrase_end = after;
    }
    let text = phrase_text(toks, words[0], phrase_end);
    // A compound adjective counts its own noun ("28-point"); the phrase it modifies ("plan")
    // is context. Otherwise the whole the counted things belong to, where it is named: "the 28
    // points of this plan", "the plan's 28 points".
    let mut head = owner.or_else(|| {
        (fig.kind == Kind::Count)
            .then(|| possessor_before(toks, fig.first))
            .flatten()
    });
    if let Some(c) = compound {
        modifiers.insert(0, lemmas.join(" and "));
        head = Some(lemmas.join(" and "));
        lemmas = vec![c.to_string()];
    }
    (
        Some(Counted {
            text,
            lemmas,
            modifiers,
            head,
        }),
        phrase_end,
    )
}

/// An ordinal of a time unit ranks that unit: "in their 20th year".
fn ranked_time_unit(toks: &[Tok], j: usize, fig: &Figure) -> Option<Counted> {
    if fig.kind != Kind::Ordinal {
        return None;
    }
    let w = tok_word(toks, j)?;
    let m = lexicon::measure(w).filter(|_| !lexicon::is_ambiguous_measure(w))?;
    Some(Counted {
        text: toks[j].text.to_string(),
        lemmas: vec![m.to_string()],
        modifiers: Vec::new(),
        head: None,
    })
}

/// Where the phrase starts: after "of" (and a determiner) for a vague count or a fraction,
/// "dozens of the people", "a third of voters"; else at `j`.
fn after_partitive_of(toks: &[Tok], j: usize, fig: &Figure) -> usize {
    let mut k = j;
    let vague = fig.bound == Bound::Range
        && fig.low.is_some()
        && fig.high.is_some()
        && (fig.high.unwrap_or(0.0) > fig.low.unwrap_or(0.0) * 2.0);
    if (vague || fig.kind == Kind::Fraction) && tok_word(toks, k) == Some("of") {
        k += 1;
        if matches!(
            tok_word(toks, k),
            Some("the" | "their" | "its" | "his" | "her" | "our" | "these" | "those")
        ) {
            k += 1;
        }
    } else if let Some(after) = partitive_count(toks, k, fig) {
        k = after;
    }
    k
}

/// A count of a part of a group the sentence names: "241 of the 242 people aboard", "at least
/// 23 of the victims". The phrase starts after "of", its determiner and the whole's own figure;
/// a determiner is needed ("20 of them", "one of 12" name no noun).
fn partitive_count(toks: &[Tok], of: usize, fig: &Figure) -> Option<usize> {
    if fig.kind != Kind::Count || tok_word(toks, of) != Some("of") {
        return None;
    }
    let det = tok_word(toks, of + 1)?;
    if !matches!(
        det,
        "the" | "their" | "its" | "these" | "those" | "my" | "his" | "her" | "our" | "your"
    ) {
        return None;
    }
    // "21 of the train's coaches", "two of the neighbours' three wars": the whole belongs to a
    // possessor, and the counted noun comes after it (the possessor is not what is counted).
    let mut k = possessive_after(toks, of + 2).unwrap_or(of + 2);
    // "five of the last six years", "two of the past three seasons": the whole's own figure
    // after a word that places it in time.
    if matches!(
        tok_word(toks, k),
        Some("last" | "past" | "next" | "first" | "final")
    ) && numeral_at(toks, k + 1).is_some_and(|n| !n.ordinal)
    {
        k += 1;
    }
    match numeral_at(toks, k) {
        Some(n) if !n.ordinal => Some(n.end),
        Some(_) => None,
        None => Some(k),
    }
}

/// The token after a possessive noun at `k` ("train's", "neighbours’"), if there is one.
fn possessive_after(toks: &[Tok], k: usize) -> Option<usize> {
    let noun = toks.get(k).filter(|t| t.kind == TokKind::Word)?;
    toks.get(k + 1)
        .filter(|t| matches!(t.text, "’" | "'") && !t.space_before)?;
    match toks.get(k + 2) {
        Some(s) if s.is("s") && !s.space_before => Some(k + 3),
        _ if noun.lower.ends_with('s') => Some(k + 2),
        _ => None,
    }
}

/// The words of the phrase from `k`: up to four, ending before a stop word, an adverb, a verb
/// or a measure; the last is the head. A capitalized last word after a lower-case one is a
/// place or name ("20 people Kyiv"), so it is left out.
fn phrase_words(toks: &[Tok], mut k: usize) -> Vec<usize> {
    let mut words: Vec<usize> = Vec::new();
    let mut joined = false;
    while let Some(t) = toks.get(k) {
        if t.kind != TokKind::Word {
            // possessive "’s" ends the phrase; a hyphen inside "long-range" joins
            if t.is_dash() && !t.space_before && glued(toks, k + 1) && !words.is_empty() {
                k += 1;
                joined = true;
                continue;
            }
            break;
        }
        if std::mem::take(&mut joined) {
            // The part after a hyphen belongs to the compound whatever it is on its own:
            // "nuclear-armed", "surface-to-surface".
            words.push(k);
            k += 1;
            continue;
        }
        if name_starts(toks, &words, k) {
            break; // "several neighbourhoods along Vina del Mar": the name is not counted
        }
        if !words.is_empty() && qualifier_at(toks, k).is_some() {
            break; // "242 people aboard", "50 people on the ground"
        }
        let acronym = t.text.len() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase());
        // A stop word hyphenated to the next word is part of a compound: "much-visited".
        let hyphenated = toks
            .get(k + 1)
            .is_some_and(|d| d.is_dash() && !d.space_before)
            && glued(toks, k + 2)
            && tok_word(toks, k + 2).is_some();
        if lexicon::is_phrase_stop(&t.lower) && !acronym && !hyphenated {
            break;
        }
        if t.lower.ends_with("ly") && t.lower.len() > 4 && !lexicon::is_ly_noun(&t.lower) {
            break; // adverbs: "respectively", "previously"
        }
        // "the 51 deaths first reported", "278,000 first reported": an ordinal after the
        // figure's head or before a verb is an adverb.
        if lexicon::ordinal_word(&t.lower).is_some()
            && (!words.is_empty() || tok_word(toks, k + 1).is_some_and(lexicon::is_past_form))
        {
            break;
        }
        if !words.is_empty() && ends_phrase(&t.lower, &toks[*words.last().unwrap()].lower) {
            break;
        }
        // A singular noun after a plural one is no part of its phrase: "taken several Indian
        // soldiers prisoner" counts soldiers.
        if let Some(&last) = words.last()
            && is_plural_word(&toks[last].lower)
            && !joined_to_previous(toks, last)
            && !t.is_capitalized()
            && !t.lower.ends_with('s')
            && lexicon::verb_lemma(&t.lower).is_none()
            && !lexicon::is_collective_noun(&t.lower)
            // ... unless it modifies a plural head in turn: "30,000 sports utility vehicles".
            && !tok_word(toks, k + 1).is_some_and(is_plural_word)
        {
            break;
        }
        // Another figure starts after the phrase: "the two countries fought one of their wars".
        if !words.is_empty() && numeral_at(toks, k).is_some_and(|n| !n.ordinal) {
            break;
        }
        // First word a past form: a modifier only if a noun follows ("12 armed men"), else
        // the verb of the clause ("104,000 axed", "Dozens held").
        // A simple past that is no participle ("took", "came") is the verb.
        if words.is_empty()
            && lexicon::is_past_form(&t.lower)
            && !t.lower.ends_with("ed")
            && !t.lower.ends_with("en")
        {
            break;
        }
        if words.is_empty()
            && (lexicon::is_past_form(&t.lower)
                || t.lower.ends_with("ed")
                || t.lower.ends_with("ing"))
        {
            let noun_next = tok_word(toks, k + 1)
                .is_some_and(|n| !lexicon::is_phrase_stop(n) && lexicon::verb_lemma(n).is_none());
            if !noun_next {
                break;
            }
        }
        // Measures (days, km) keep their unit; the phrase after them is context.
        if lexicon::measure(&t.lower).is_some() && !words.is_empty() {
            if measure_is_head(&toks[*words.last().unwrap()].lower) {
                words.push(k);
            }
            break;
        }
        words.push(k);
        k += 1;
        // Up to four words, the parts of a hyphenated compound counting as one.
        let parts = words
            .iter()
            .filter(|&&w| !joined_to_previous(toks, w))
            .count();
        if parts >= 4 {
            break;
        }
    }
    while words.len() > 1
        && !joined_to_previous(toks, *words.last().unwrap())
        && toks[*words.last().unwrap()].is_capitalized()
        && !toks[words[0]].is_capitalized()
    {
        words.pop();
    }
    words
}

/// Does a name start at `k`, inside a phrase begun in lower case? A capitalized word, a short
/// lower-case particle and a capitalized word ("Vina del Mar", "Rio de Janeiro") is a place or
/// a name, and its particle is no head. A capitalized adjective alone ("senior Conservative
/// ministers") is a modifier.
fn name_starts(toks: &[Tok], words: &[usize], k: usize) -> bool {
    let particle = toks
        .get(k + 1)
        .is_some_and(|p| p.kind == TokKind::Word && !p.is_capitalized() && p.text.len() <= 3);
    words
        .last()
        .is_some_and(|&w| !toks[w].is_capitalized() && !toks[words[0]].is_capitalized())
        && toks[k].is_capitalized()
        && particle
        && toks.get(k + 2).is_some_and(Tok::is_capitalized)
}

/// Is a measure after `prev` the head of the phrase? After a modifier ("8,200 flying hours",
/// "2 prior months", "three straight months") it is; after a plural noun it starts the
/// context ("12 people days after").
fn measure_is_head(prev: &str) -> bool {
    !is_plural_word(prev) && !lexicon::is_phrase_stop(prev)
}

/// A plural noun as written: "dams", "people", "millions"; not "-ss" words ("press").
fn is_plural_word(w: &str) -> bool {
    w == "people" || (w.ends_with('s') && !w.ends_with("ss") && noun_lemma(w) != w)
}

/// Was the token at `k` joined to the word before it by a glued hyphen ("nuclear-armed")?
fn joined_to_previous(toks: &[Tok], k: usize) -> bool {
    k >= 2 && toks[k - 1].is_dash() && !toks[k - 1].space_before && !toks[k].space_before
}

/// The lemma of the phrase's head. A proper-noun compound is counted whole: "first World
/// Cup", "Super Bowl".
fn head_lemma(toks: &[Tok], words: &[usize]) -> String {
    let head_tok = &toks[*words.last().unwrap()];
    let caps_run = words
        .iter()
        .rev()
        .take_while(|&&w| toks[w].is_capitalized())
        .count();
    if caps_run >= 2 && head_tok.is_capitalized() {
        let run = &words[words.len() - caps_run..];
        let mut parts: Vec<String> = run[..run.len() - 1]
            .iter()
            .map(|&w| toks[w].lower.to_string())
            .collect();
        parts.push(noun_lemma(&head_tok.lower));
        parts.join(" ")
    } else if let [.., a, b] = words
        && *b == *a + 2
        && toks[a + 1].is_dash()
        && !toks[a + 1].space_before
        && !toks[*b].space_before
    {
        // A hyphenated noun is one noun: "12 chart-toppers", "two arch-rivals".
        format!("{}-{}", toks[*a].lower, noun_lemma(&head_tok.lower))
    } else {
        let lemma = noun_lemma(&head_tok.lower);
        match noun_modifier(toks, words) {
            Some(m) if lexicon::is_compound_head(&lemma) => format!("{m} {lemma}"),
            _ => lemma,
        }
    }
}

/// The noun right before the head that a compound head keeps ("crew" in "cabin crew members",
/// "job" in "job cuts"): lower case, no stop word, not glued by a hyphen, and not an adjective
/// or participle, by its ending ("coastal", "serious", "elected") or as a listed plain one
/// ("key", "new").
fn noun_modifier(toks: &[Tok], words: &[usize]) -> Option<String> {
    let [.., m, head] = words else {
        return None;
    };
    let t = &toks[*m];
    let adjective = [
        "ed", "al", "ous", "ive", "ful", "ic", "ent", "ant", "ary", "ible", "able", "ish", "less",
        "ing", "est", "ior",
    ]
    .iter()
    .any(|e| t.lower.ends_with(e));
    let noun = t.kind == TokKind::Word
        && *head == *m + 1
        && !t.is_capitalized()
        && !adjective
        && !lexicon::is_plain_adjective(&t.lower)
        && !lexicon::is_phrase_stop(&t.lower)
        && lexicon::ordinal_word(&t.lower).is_none()
        && lexicon::verb_lemma(&t.lower).is_none_or(|_| !lexicon::is_past_form(&t.lower));
    noun.then(|| t.lower.to_string())
}

/// A second plural head after "and": "drones and missiles", "passengers and crew". Not a numeral ("drones and 20
/// missiles" has a second figure), a verb form or a capitalized name.
fn coordinated_head(toks: &[Tok], head: usize, phrase_end: usize) -> Option<String> {
    let n = toks.get(phrase_end + 1)?;
    let coordinated = tok_word(toks, phrase_end) == Some("and")
        && n.kind == TokKind::Word
        && !n.is_capitalized()
        && !lexicon::is_phrase_stop(&n.lower)
        && (n.lower.ends_with('s') || lexicon::is_collective_noun(&n.lower))
        && toks[head].lower.ends_with('s')
        && numeral_at(toks, phrase_end + 1).is_none()
        && !looks_like_verb(&n.lower);
    coordinated.then(|| noun_lemma(&n.lower))
}

/// A qualifier phrase at token `k` ("aboard", "on board", "on the ground"): its text as
/// listed and the token after it. It narrows who is counted, so it is kept as a modifier.
pub fn qualifier_at(toks: &[Tok], k: usize) -> Option<(String, usize)> {
    lexicon::qualifiers().iter().find_map(|words| {
        let all = words
            .iter()
            .enumerate()
            .all(|(o, w)| tok_word(toks, k + o) == Some(*w));
        all.then(|| (words.join(" "), k + words.len()))
    })
}

/// The whole an "of" post-modifier names with a determiner: "the 28 points of this plan" →
/// `plan`, "members of the team" → `team`. Without one it is a description ("of various
/// types"), not a whole.
fn owner_of(toks: &[Tok], of: usize) -> Option<String> {
    let det = tok_word(toks, of + 1)?;
    if !lexicon::is_owner_determiner(det) {
        return None;
    }
    let noun = toks.get(of + 2).filter(|t| {
        t.kind == TokKind::Word
            && !t.is_capitalized()
            && !lexicon::is_phrase_stop(&t.lower)
            && lexicon::verb_lemma(&t.lower).is_none_or(|_| !lexicon::is_past_form(&t.lower))
    })?;
    // "of the proposed plan": the noun is the last word of a short phrase.
    let mut head = noun;
    for t in toks.iter().skip(of + 3).take(2) {
        // "the 28 points of this plan carefully": an adverb ends the phrase.
        let adverb = t.lower.ends_with("ly") && t.lower.len() > 4 && !lexicon::is_ly_noun(&t.lower);
        if t.kind != TokKind::Word
            || t.is_capitalized()
            || lexicon::is_phrase_stop(&t.lower)
            || adverb
        {
            break;
        }
        head = t;
    }
    Some(noun_lemma(&head.lower))
}

/// A common noun with a possessive right before the figure: "the plan's 28 points" → `plan`.
/// A name ("Trump's 28 points") is a person, not a whole.
fn possessor_before(toks: &[Tok], first: usize) -> Option<String> {
    let s = toks.get(first.checked_sub(1)?)?;
    let mark = toks.get(first.checked_sub(2)?)?;
    let noun = toks.get(first.checked_sub(3)?)?;
    let possessive = s.is("s") && !s.space_before && matches!(mark.text, "’" | "'");
    (possessive
        && !mark.space_before
        && noun.kind == TokKind::Word
        && !noun.is_capitalized()
        && !lexicon::is_phrase_stop(&noun.lower))
    .then(|| noun_lemma(&noun.lower))
}

/// A post-modifier "of ..." is context, kept as one modifier: "of various types".
fn of_modifier(toks: &[Tok], of: usize) -> Option<String> {
    let mut e = of + 1;
    let mut m = vec!["of".to_string()];
    while let Some(t) = toks.get(e) {
        if t.kind != TokKind::Word
            || (lexicon::is_phrase_stop(&t.lower) && !matches!(t.lower.as_str(), "the" | "a"))
            || m.len() >= 4
        {
            break;
        }
        m.push(t.text.to_string());
        e += 1;
    }
    (m.len() > 1).then(|| m.join(" "))
}

/// The phrase's text as written, from its first word to `phrase_end`.
fn phrase_text(toks: &[Tok], first: usize, phrase_end: usize) -> String {
    let text_span = toks[first].span.cover(toks[phrase_end - 1].span);
    toks[first..phrase_end]
        .iter()
        .filter(|t| text_span.contains(t.span))
        .map(|t| {
            if t.space_before {
                format!(" {}", t.text)
            } else {
                t.text.to_string()
            }
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Does `w` end a noun phrase whose last word so far is `prev`? Past forms do ("20 people
/// died"); base forms are read as nouns ("drone attack", "job cuts"); "-ing" forms end it only
/// after a plural ("residents leaving", but "residential building").
fn ends_phrase(w: &str, prev: &str) -> bool {
    if lexicon::verb_lemma(w).is_none() {
        // "80 terrorists belonging to", "412 seats handing it": a participle after a plural.
        // "104,000 workers axed": a short "-ed" word after a plural is its verb too.
        let participle = w.ends_with("ing") && w.len() > 5 && prev.ends_with('s');
        let past = w.ends_with("ed") && (w.len() > 4 || is_plural_word(prev));
        return participle || (past && !lexicon::is_ed_noun(w));
    }
    if w.ends_with("ing") {
        return prev.ends_with('s') || prev == "people";
    }
    // A verb's base form after a plural is the clause's verb: "two dams burst", "Two rival
    // governments run Libya", "several people hurt on the ground".
    let base = lexicon::verb_lemma(w) == Some(w) && !lexicon::is_plural_noun(w);
    lexicon::is_past_form(w) || (base && is_plural_word(prev))
}

/// A cheap test for verbs in a noun phrase: forms of the verb lexicon that are not also
/// plural nouns ("attacks", "talks"), and "-ed" words that are not nouns ending so.
fn looks_like_verb(w: &str) -> bool {
    lexicon::verb_lemma(w).is_some() && !lexicon::is_plural_noun(w)
        || w.ends_with("ed") && w.len() > 4 && !lexicon::is_ed_noun(w)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_fig, figures};
    use super::*;

    /// The counted phrase of the first figure of `s`: its lemmas, modifiers and text.
    fn counted(s: &str) -> Option<(Vec<String>, Vec<String>, String)> {
        let f = figures(s).into_iter().next()?;
        f.counted.map(|c| (c.lemmas, c.modifiers, c.text))
    }

    #[test]
    fn counted_nouns_and_coordination() {
        let f = &figures("firing 518 drones and missiles at targets")[0];
        assert_eq!(f.unit.as_deref(), Some("drone and missile"));
        // A group noun without a plural "s" is a second head too.
        let f = &figures("the flight had 242 passengers and crew aboard")[0];
        assert_eq!(f.unit.as_deref(), Some("crew and passenger"));
        let got = figures("Russia fired 22 missiles of various types and more than 460 drones");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].unit.as_deref(), Some("missile"));
        assert_eq!(
            got[0].counted.as_ref().unwrap().modifiers,
            vec!["of various types"]
        );
        assert_eq!(got[1].unit.as_deref(), Some("drone"));
        let f = &figures("destroyed 249 Ukrainian drones overnight")[0];
        assert_eq!(f.unit.as_deref(), Some("drone"));
        assert_eq!(f.counted.as_ref().unwrap().modifiers, vec!["Ukrainian"]);
    }

    /// The unit of the first figure of `s`.
    fn unit(s: &str) -> Option<String> {
        figures(s).into_iter().next()?.unit
    }

    #[test]
    fn a_part_of_a_named_group_counts_the_group_noun() {
        assert_eq!(
            unit("Air India had at first confirmed that 241 of the 242 people aboard had died.")
                .as_deref(),
            Some("person")
        );
        assert_eq!(
            unit("Early reports say at least 23 of the victims were on the ground.").as_deref(),
            Some("victim")
        );
        // A possessor owns the group: the figure counts the noun after it, not the possessor.
        assert_eq!(
            unit("the collision was so violent that 21 of the train's coaches came off").as_deref(),
            Some("coach")
        );
        assert_eq!(
            unit("Kashmir has been the cause of two of the neighbours’ three wars").as_deref(),
            Some("war")
        );
        assert_eq!(
            unit("Three of my grandchildren were killed, the villager said.").as_deref(),
            Some("grandchild")
        );
        assert_eq!(
            unit("It made a loss in five of the last six years.").as_deref(),
            Some("year")
        );
        // No determiner, no group noun: "20 of them" counts nothing named.
        assert_eq!(unit("Police said 20 of them were later released."), None);
    }

    #[test]
    fn a_base_verb_after_a_plural_ends_the_phrase() {
        assert_eq!(
            unit("a huge flood unleashed when two dams burst in torrential rain").as_deref(),
            Some("dam")
        );
        assert_eq!(
            unit("Two rival governments run Libya, one in Tripoli").as_deref(),
            Some("government")
        );
        assert_eq!(
            unit("after several people hurt on the ground died of their injuries").as_deref(),
            Some("person")
        );
        // A noun compound whose first part is singular stays one phrase; a head that misnames
        // the thing alone keeps the noun before it (SPEC: "job cut", "crew member").
        assert_eq!(
            unit("Intel unveiled 15,000 job cuts").as_deref(),
            Some("job cut")
        );
        assert_eq!(
            unit("On board were 2 pilots, 10 cabin crew members and 230 passengers").as_deref(),
            Some("pilot")
        );
        let got = figures("On board were 10 cabin crew members and 230 passengers");
        assert_eq!(got[0].unit.as_deref(), Some("crew member"));
        // Not an adjective or participle before it.
        for s in [
            "there would be 270 elected members",
            "the union has 10 new members",
            "the party won two crucial points",
        ] {
            let u = figures(s)[0].unit.clone().unwrap_or_default();
            assert!(!u.contains(' '), "{s}: {u}");
        }
    }

    #[test]
    fn a_name_inside_the_phrase_ends_it() {
        assert_eq!(
            unit("Flames swallowed several neighbourhoods along Vina del Mar's eastern edge")
                .as_deref(),
            Some("neighbourhood")
        );
        assert_eq!(
            unit("the attacks, launched from several locations inside Iran, also comprised")
                .as_deref(),
            Some("location")
        );
        // The Spanish particle inside the name is not a head, with no preposition before it.
        assert_eq!(
            unit("About 200 homes Vina del Mar lost").as_deref(),
            Some("home")
        );
        // A capitalized adjective is a modifier, not a name.
        assert_eq!(
            unit("the casualties were several senior Conservative ministers").as_deref(),
            Some("minister")
        );
    }

    #[test]
    fn a_singular_noun_after_a_plural_ends_the_phrase() {
        assert_eq!(
            unit("Pakistan had taken several Indian soldiers prisoner").as_deref(),
            Some("soldier")
        );
        // A plural before a plural head is a modifier all the same.
        assert_eq!(unit("it beat 12 sales targets").as_deref(), Some("target"));
        assert_eq!(
            unit("to supply 30,000 sports utility vehicles").as_deref(),
            Some("vehicle")
        );
    }

    #[test]
    fn a_verb_after_a_plural_ends_the_phrase() {
        assert_eq!(
            unit("the year the two countries fought one of their four wars").as_deref(),
            Some("country")
        );
        assert_eq!(
            unit("with 104,000 workers axed during the quarter").as_deref(),
            Some("worker")
        );
        assert_eq!(
            unit("Despite that several Scots caught my eye against France").as_deref(),
            Some("scot")
        );
    }

    #[test]
    fn a_hyphenated_compound_is_one_word_of_the_phrase() {
        assert_eq!(
            unit("Vina del Mar and Valparaiso, two much-visited coastal cities").as_deref(),
            Some("city")
        );
        assert_eq!(
            unit("Dozens of surface-to-surface missile launches were identified").as_deref(),
            Some("launch")
        );
    }

    #[test]
    fn hyphenated_compounds_are_one_modifier() {
        assert_eq!(
            unit("tensions between the two nuclear-armed neighbours").as_deref(),
            Some("neighbour")
        );
        assert_eq!(
            unit("tracking dozens of surface-to-surface missiles and drones").as_deref(),
            Some("drone and missile") // the unit lists lemmas in order
        );
    }

    #[test]
    fn a_measure_after_a_modifier_is_the_head() {
        assert_eq!(
            unit("an experienced pilot with over 8,200 flying hours").as_deref(),
            Some("hour")
        );
        assert_eq!(
            unit("the report revised estimates for 2 prior months").as_deref(),
            Some("month")
        );
        assert_eq!(
            unit("job growth has been negative for three straight months").as_deref(),
            Some("month")
        );
    }

    #[test]
    fn the_phrase_ends_at_the_verb() {
        // "died" is a past form: the verb, not part of the phrase.
        let (lemmas, modifiers, text) = counted("20 people died in the strike").unwrap();
        assert_eq!(
            (lemmas, modifiers, text.as_str()),
            (vec!["person".into()], vec![], "people")
        );
        // A past form first is a modifier when a noun follows: "12 armed men".
        let (lemmas, modifiers, _) = counted("12 armed men stormed the bank").unwrap();
        assert_eq!(
            (lemmas, modifiers),
            (vec!["man".into()], vec!["armed".into()])
        );
        // Alone it is the verb: "104,000 axed" counts nothing.
        assert_eq!(counted("Jobs: 104,000 axed"), None);
    }

    #[test]
    fn a_name_after_the_noun_is_left_out() {
        let (lemmas, _, text) = counted("Russian strikes killed 20 people Monday.").unwrap();
        assert_eq!((lemmas, text.as_str()), (vec!["person".into()], "people"));
        // "22 Ukrainian" alone is no counted noun.
        assert_eq!(counted("they lost 22 Ukrainian."), None);
    }

    #[test]
    fn partitives_are_not_the_counted_thing() {
        assert_fig(
            "dozens of the residents fled",
            "dozens",
            24.0,
            "range",
            "resident",
        );
        // A group noun before "of" gives way to what it groups.
        let (lemmas, _, _) = counted("3 batches of vaccine arrived").unwrap();
        assert_eq!(lemmas, vec!["vaccine".to_string()]);
    }

    #[test]
    fn rates_and_ranked_time_units() {
        let (lemmas, _, _) = counted("200 calculations per second").unwrap();
        assert_eq!(lemmas, vec!["calculation per second".to_string()]);
        let (lemmas, _, _) = counted("in their 20th year together").unwrap();
        assert_eq!(lemmas, vec!["year".to_string()]);
    }

    #[test]
    fn proper_noun_compounds_are_counted_whole() {
        let (lemmas, _, _) = counted("a second World Cup").unwrap();
        assert_eq!(lemmas, vec!["world cup".to_string()]);
    }

    #[test]
    fn qualifiers_narrow_who_is_counted() {
        let (lemmas, modifiers, _) = counted("There were 242 people aboard the aircraft.").unwrap();
        assert_eq!(
            (lemmas, modifiers),
            (vec!["person".to_string()], vec!["aboard".to_string()])
        );
        let (_, modifiers, _) = counted("The plane had 12 crew members on board.").unwrap();
        assert_eq!(modifiers, vec!["crew".to_string(), "on board".to_string()]);
    }

    #[test]
    fn the_whole_the_counted_things_belong_to() {
        let head = |s: &str| figures(s)[0].counted.as_ref().and_then(|c| c.head.clone());
        // Said after them with a determiner, or before them with a possessive.
        assert_eq!(
            head("Zelensky said the 28 points of this plan were a start."),
            Some("plan".into())
        );
        assert_eq!(head("the plan's 28 key points"), Some("plan".into()));
        // An adverb after the whole is not part of its name.
        assert_eq!(
            head("He would study the 28 points of this plan carefully."),
            Some("plan".into())
        );
        // A description is no whole; a name before them is a person, not a whole.
        assert_eq!(head("22 missiles of various types"), None);
        assert_eq!(head("Trump's 28 points"), None);
        // Measures have no whole: "75 miles west of the capital".
        assert_eq!(head("a city 75 miles west of the capital"), None);
        // "28 key points" names no plan: it counts points all the same.
        let f = &figures("the document sets out 28 key points")[0];
        assert_eq!(f.unit.as_deref(), Some("point"));
    }

    #[test]
    fn coordinated_heads_are_one_set_whatever_their_order() {
        let unit = |s: &str| figures(s)[0].unit.clone();
        assert_eq!(
            unit("Iran fired over 300 missiles and drones at Israel"),
            unit("Iran sent over 300 drones and missiles towards Israel")
        );
        // Strikes and missiles are different things.
        assert_ne!(
            unit("24 strikes were carried out"),
            unit("India fired 24 missiles")
        );
    }

    #[test]
    fn where_the_phrase_stops() {
        // An ordinal after the head is an adverb: "the 51 deaths first reported".
        let (lemmas, _, text) = counted("up sharply from the 51 deaths first reported").unwrap();
        assert_eq!((lemmas, text.as_str()), (vec!["death".into()], "deaths"));
        assert_eq!(counted("the 278,000 first reported for May"), None);
        // A simple past is the verb: "seven million took part".
        assert_eq!(counted("a population of seven million took part"), None);
        // A participle after a plural ends the phrase: "80 terrorists belonging to".
        let (lemmas, _, _) = counted("over 80 terrorists belonging to banned outfits").unwrap();
        assert_eq!(lemmas, vec!["terrorist".to_string()]);
        // A hyphenated noun is one noun.
        let (lemmas, _, _) = counted("his 12 chart-toppers").unwrap();
        assert_eq!(lemmas, vec!["chart-topper".to_string()]);
    }

    #[test]
    fn verbs_and_nouns_in_a_phrase() {
        assert!(ends_phrase("died", "people"));
        assert!(ends_phrase("leaving", "residents"));
        assert!(!ends_phrase("building", "residential"));
        assert!(!ends_phrase("attack", "drone"));
        assert!(!ends_phrase("hundred", "two"));
        assert!(looks_like_verb("killed") && looks_like_verb("fired"));
        assert!(!looks_like_verb("attacks") && !looks_like_verb("missiles"));
    }
}
