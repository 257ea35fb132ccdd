//! What an unnamed whole measures: the noun a money figure, a percentage or a number of points
//! is a figure of, when its unit does not say. "Revenue fell 1% to $12.8bn" and "shares fell
//! 20%" are figures of different things, and so are "the SNP's share fell by 15 points" and
//! "Conservative support dropped by 24 points".
//!
//! The noun is read where news writes it, one rule per place: a compound after the figure ("a
//! $1.6bn loss", "a 33.7% share"), "in" after it ("$12.9bn in revenue"), "of" after a
//! percentage ("33.8 per cent of the vote", "15% of its workforce"), "of" before it ("revenue
//! of $12.8bn", "a turnout of 60%"), or the subject of the verb before it ("Revenue fell 1%",
//! "Conservative vote share in these areas dropped by 12 points"). Only nouns listed in
//! `lexicon::measured_noun` count, so an unknown word never splits a fact. The owner is the name
//! before the noun ("the SNP's share", "Intel shares"), for nouns that belong to someone.
//!
//! Owns the search; not what the concept means for comparison (`compare::claims::key`).

use super::quantity::Figure;
use crate::lexicon;
use crate::model::claim::{Kind, Measured};
use crate::text::span::Span;
use crate::text::token::Tok;

/// How many words an "of" phrase may put between "of" and its noun ("of Intel's workforce").
const OF_GAP: usize = 4;
/// How many words prepositional phrases may put between a subject and its verb ("share in
/// these areas dropped", "revenue for its second quarter of fiscal 2025 surging").
const PP_GAP: usize = 8;
/// The most words a listed noun has after a figure ("people it employs").
const LONGEST_ENTRY: usize = 3;

/// What `f` measures, for a money figure, a percentage or a number of points; `verb` is the
/// span of its predicate's verb, if any.
pub fn measured(toks: &[Tok], f: &Figure, verb: Option<Span>) -> Option<Measured> {
    let points = f
        .unit
        .as_deref()
        .is_some_and(|u| u == "point" || u == "percentage point");
    if !matches!(f.kind, Kind::Money | Kind::Percent) && !points {
        return None;
    }
    compound_after(toks, f)
        .or_else(|| in_after(toks, f))
        .or_else(|| of_after(toks, f))
        .or_else(|| of_before(toks, f))
        .or_else(|| verb.and_then(|v| subject_of(toks, f, v)))
}

/// The listed noun ending at token `end` (inclusive): the two-word entry if there is one ("vote
/// share"), else the word itself; with the index of its first word.
fn noun_ending_at(toks: &[Tok], end: usize) -> Option<(String, usize)> {
    let t = toks.get(end)?;
    if !t.is_word() {
        return None;
    }
    if end > 0 && toks[end - 1].is_word() {
        let two = format!("{} {}", toks[end - 1].lower, t.lower);
        if lexicon::measured_noun(&two).is_some() {
            return Some((two, end - 1));
        }
    }
    // A capitalized word inside a sentence is a name ("Revenue Canada"), not the noun; at the
    // sentence start it may open a subject ("Revenue fell 1%").
    if t.is_capitalized() && end > 0 {
        return None;
    }
    lexicon::measured_noun(&t.lower).map(|_| (t.lower.to_string(), end))
}

/// The listed noun starting at token `start`: the longest entry of up to `LONGEST_ENTRY` words
/// ("people it employs", "net loss", "head count"), else the word itself; with the index of
/// its last word.
fn noun_starting_at(toks: &[Tok], start: usize) -> Option<(String, usize)> {
    let t = toks.get(start)?;
    if !t.is_word() || t.is_capitalized() {
        return None;
    }
    let words = toks[start..]
        .iter()
        .take(LONGEST_ENTRY)
        .take_while(|n| n.is_word())
        .count();
    (1..=words).rev().find_map(|n| {
        let phrase = toks[start..start + n]
            .iter()
            .map(|t| t.lower.as_ref())
            .collect::<Vec<&str>>()
            .join(" ");
        lexicon::measured_noun(&phrase).map(|_| (phrase, start + n - 1))
    })
}

/// "a $1.6bn loss", "a 33.7% share of the vote", "the 15% head count cut".
fn compound_after(toks: &[Tok], f: &Figure) -> Option<Measured> {
    let (noun, _) = noun_starting_at(toks, f.last + 1)?;
    Some(Measured {
        noun,
        owner: owner_before(toks, f.lead(toks)),
    })
}

/// "$12.9bn in revenue", "$5bn in annual sales".
fn in_after(toks: &[Tok], f: &Figure) -> Option<Measured> {
    if f.kind != Kind::Money || !toks.get(f.last + 1)?.is("in") {
        return None;
    }
    let at = f.last + 2;
    let (noun, _) = noun_starting_at(toks, at).or_else(|| {
        toks.get(at)
            .filter(|t| t.is_word() && !t.is_capitalized())
            .and_then(|_| noun_starting_at(toks, at + 1))
    })?;
    Some(Measured { noun, owner: None })
}

/// "33.8 per cent of the vote", "15% of its workforce", "40% of Intel's staff".
fn of_after(toks: &[Tok], f: &Figure) -> Option<Measured> {
    if f.kind != Kind::Percent || !toks.get(f.last + 1)?.is("of") {
        return None;
    }
    let mut owner = None;
    for k in f.last + 2..(f.last + 3 + OF_GAP).min(toks.len()) {
        if let Some((noun, _)) = noun_starting_at(toks, k) {
            return Some(Measured { noun, owner });
        }
        let t = &toks[k];
        let apostrophe = |t: &Tok| t.is_punct("'") || t.is_punct("’");
        if t.is_capitalized() && toks.get(k + 1).is_some_and(apostrophe) {
            owner = Some(t.text.to_string()); // "of Intel's workforce"
        } else if !(t.is_word() || apostrophe(t) || t.is_dash()) {
            return None; // "of the UK-wide vote" reads on; a comma or a figure ends it
        }
    }
    None
}

/// "revenue of $12.8bn", "a turnout of 60%", "Labour's share of 33.7%".
fn of_before(toks: &[Tok], f: &Figure) -> Option<Measured> {
    let at = f.lead(toks);
    if !toks.get(at.checked_sub(1)?)?.is("of") {
        return None;
    }
    let (noun, first) = noun_ending_at(toks, at.checked_sub(2)?)?;
    Some(Measured {
        noun,
        owner: owner_before(toks, first),
    })
}

/// The subject of the verb before the figure: "Revenue fell 1%", "The SNP's share fell by 15
/// points", "Conservative vote share in these areas also dropped by 12 points".
fn subject_of(toks: &[Tok], f: &Figure, verb: Span) -> Option<Measured> {
    let v = crate::text::token::starting_at(toks, verb.start)?;
    if v >= f.lead(toks) {
        return None;
    }
    let mut k = v.checked_sub(1)?;
    while k > 0 && lexicon::is_predicate_gap_word(&toks[k].lower) {
        k -= 1;
    }
    let found = noun_ending_at(toks, k).or_else(|| {
        // Past a prepositional phrase: "share in these areas", "sales for the current
        // quarter".
        // The nearest preposition first; past it, the next ("revenue for its second quarter
        // of fiscal 2025 surging to $30.4bn").
        (k.saturating_sub(PP_GAP)..k)
            .rev()
            .filter(|&p| {
                toks[p].is("of") || toks[p].is("for") || lexicon::is_locative(&toks[p].lower)
            })
            .find_map(|p| noun_ending_at(toks, p.checked_sub(1)?))
    })?;
    let (noun, first) = found;
    Some(Measured {
        noun,
        owner: owner_before(toks, first),
    })
}

/// The name right before a noun phrase starting at token `first`: a possessive ("the SNP's",
/// "Labour’s") or a name used as an adjective ("Conservative support", "Intel shares").
fn owner_before(toks: &[Tok], first: usize) -> Option<String> {
    let mut k = first.checked_sub(1)?;
    // "SNP ’ s": the possessive's tokens.
    if toks[k].is("s") && k >= 2 && (toks[k - 1].is_punct("'") || toks[k - 1].is_punct("’")) {
        k -= 2;
    } else if toks[k].is_punct("’") || toks[k].is_punct("'") {
        k = k.checked_sub(1)?; // "the Liberal Democrats’ share"
    }
    let t = &toks[k];
    // A capital after another word, or at the sentence start when it is not a determiner.
    let name = t.is_capitalized() && !lexicon::is_owner_determiner(&t.lower);
    name.then(|| {
        let mut start = k;
        while start > 0
            && toks[start - 1].is_capitalized()
            && !lexicon::is_owner_determiner(&toks[start - 1].lower)
        {
            start -= 1;
        }
        toks[start..=k]
            .iter()
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" ")
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, figure_in};
    use crate::text::segment::segment;
    use crate::text::span::Span;

    /// The measured noun and owner of the figure written `figure` in `text`.
    fn measured_of(text: &str, figure: &str) -> Option<(String, Option<String>)> {
        figure_in(text, figure).measured.map(|m| (m.noun, m.owner))
    }

    fn assert_measured(text: &str, figure: &str, noun: &str, owner: Option<&str>) {
        assert_eq!(
            measured_of(text, figure),
            Some((noun.to_string(), owner.map(str::to_string))),
            "{text}"
        );
    }

    #[test]
    fn a_compound_after_the_figure_names_it() {
        assert_measured(
            "Intel reported a $1.6 billion loss.",
            "$1.6 billion",
            "loss",
            None,
        );
        assert_measured(
            "Labour won a 33.7% share of the vote.",
            "33.7%",
            "share",
            None,
        );
    }

    #[test]
    fn in_after_money_names_it() {
        assert_measured(
            "The company expects $12.9 billion in revenue.",
            "$12.9 billion",
            "revenue",
            None,
        );
    }

    #[test]
    fn of_after_a_percentage_names_the_whole() {
        assert_measured(
            "Labour took 33.8 per cent of the vote.",
            "33.8 per cent",
            "vote",
            None,
        );
        assert_measured(
            "It will cut 15% of its workforce.",
            "15%",
            "workforce",
            None,
        );
    }

    #[test]
    fn a_relative_clause_listed_as_a_noun_names_the_whole() {
        // Regression: "about 12% of the people it employs" measured nothing, so it never met
        // other outlets' "15% of its workforce".
        assert_measured(
            "Intel is axing 15,000 jobs, about 12% of the people it employs.",
            "12%",
            "people it employs",
            None,
        );
        assert_measured(
            "The firm will lay off 8% of its employees.",
            "8%",
            "employees",
            None,
        );
    }

    #[test]
    fn of_before_names_it() {
        assert_measured(
            "Intel posted revenue of $12.8 billion.",
            "$12.8 billion",
            "revenue",
            None,
        );
        assert_measured("Turnout was low, a turnout of 60%.", "60%", "turnout", None);
    }

    #[test]
    fn the_subject_of_the_verb_names_it_with_its_owner() {
        assert_measured("Revenue fell 1% to $12.8 billion.", "1%", "revenue", None);
        assert_measured(
            "Revenue fell 1% to $12.8 billion.",
            "$12.8 billion",
            "revenue",
            None,
        );
        assert_measured(
            "The SNP's share fell by 15 points.",
            "15",
            "share",
            Some("SNP"),
        );
        assert_measured(
            "Intel shares fell 20% in extended trading.",
            "20%",
            "shares",
            Some("Intel"),
        );
        assert_measured(
            "Conservative vote share in these areas also dropped by 12 points to 13%.",
            "12",
            "vote share",
            Some("Conservative"),
        );
    }

    #[test]
    fn a_share_of_the_vote_with_its_holder() {
        let text = "With 648 of the 650 seats declared, Labour had taken 412 seats on a 33.7% \
                    share of the vote. Labour has this time taken only 33.8 per cent of the vote \
                    across the 648 seats declared so far. Meanwhile, Reform holds 14% of the UK-wide vote.";
        let claims = extract(text, &segment(text, Span::new(0, text.len())), None);
        let got: Vec<(&str, Option<&str>, Option<&str>)> = claims
            .quantities
            .iter()
            .filter(|q| q.unit.as_deref() == Some("percent"))
            .map(|q| {
                (
                    q.text.as_str(),
                    q.measured.as_ref().map(|m| m.noun.as_str()),
                    q.measured
                        .as_ref()
                        .and_then(|m| m.owner.as_deref())
                        .or(q.holder.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("33.7%", Some("share"), Some("Labour")),
                ("33.8 per cent", Some("vote"), Some("Labour")),
                ("14%", Some("vote"), Some("Reform")),
            ]
        );
    }

    #[test]
    fn an_unlisted_word_or_a_count_names_nothing() {
        assert_eq!(
            measured_of("The storm killed 300 people.", "300"),
            None,
            "a count says what it counts"
        );
        assert_eq!(measured_of("Fuel rose 5% to a peak.", "5%"), None);
        assert_eq!(measured_of("It rose 4% on Tuesday.", "4%"), None);
    }
}
