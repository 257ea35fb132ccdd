//! Attribution: who says so. "Mr Zelensky wrote on Telegram", "the Russian Defence Ministry
//! said", "according to an AP tally", "Axios reported", ", said Mr Zelensky".
//!
//! One attribution per sentence, the first reporting construction found. The source is the noun
//! phrase before the reporting verb back to the clause start, or the name after an inverted
//! verb or "according to". Pronouns ("he said") are resolved by the caller against the previous
//! named source in the article.

use crate::lexicon;
use crate::model::claim::Attribution;
use crate::text::normalize::{name_key, person_key};
use crate::text::token::{Tok, TokKind};

fn is_boundary(t: &Tok) -> bool {
    t.kind == TokKind::Punct
        && matches!(
            t.text,
            "," | ";" | ":" | "“" | "”" | "\"" | "(" | ")" | "–" | "—"
        )
}

fn text_of(
    sentence: &str,
    base: usize,
    toks: &[Tok],
    a: usize,
    b: usize,
) -> (String, crate::text::span::Span) {
    let span = toks[a].span.cover(toks[b - 1].span);
    (
        sentence[span.start - base..span.end - base].to_string(),
        span,
    )
}

/// "Employers added 74,000 jobs": a reporting verb whose object is a figure reports nothing;
/// the figure is what was added. Its hedge or a determiner may stand between.
fn takes_figure_object(toks: &[Tok], i: usize) -> bool {
    if !lexicon::verb_lemma(&toks[i].lower).is_some_and(lexicon::reporting_takes_amount) {
        return false;
    }
    toks[i + 1..]
        .iter()
        .take(4)
        .find(|t| !lexicon::is_object_lead(&t.lower))
        .is_some_and(|t| {
            t.kind == TokKind::Number
                || lexicon::cardinal_unit(&t.lower).is_some()
                || lexicon::cardinal_ten(&t.lower).is_some()
        })
}

pub fn find_attribution(toks: &[Tok], sentence: &str, base: usize) -> Option<Attribution> {
    for (i, t) in toks.iter().enumerate() {
        // "according to X"
        if t.is("according") && toks.get(i + 1).is_some_and(|n| n.is("to")) {
            let a = i + 2;
            let mut b = a;
            while b < toks.len() && !is_boundary(&toks[b]) && !toks[b].is_punct(".") && b - a < 8 {
                b += 1;
            }
            if b > a {
                let (source, span) = text_of(sentence, base, toks, a, b);
                return Some(make(source, span, "according to"));
            }
        }
        // Reporting verbs are lower case: "the United States" is not "states". The token's
        // class tells the lower-case form, and a token written otherwise is never one: every
        // listed form is its own lower case (a test holds it), so a word that lower-casing
        // changes is in no list. The class first: this runs at every token of a sentence
        // with a reporting word, and comparing each token with its lower case was a `memcmp`.
        let source_verb = t.in_class(lexicon::WordClass::SOURCE_VERB) && t.text == t.lower.as_str();
        if !source_verb || takes_figure_object(toks, i) {
            continue;
        }
        // "Should the estimates be confirmed", "the reports": a base form after a determiner
        // is a noun, not a reporting verb.
        if i > 0
            && lexicon::is_noun_determiner(&toks[i - 1].lower)
            && !lexicon::is_past_form(&t.lower)
        {
            continue;
        }
        // "Five further deaths were confirmed", "the dams are said to have", "Reuters was told
        // by local sources": a passive reporting verb names its source only as its agent.
        if passive(toks, i) {
            if let Some(agent) = agent_after(toks, i + 1) {
                let (source, span) = text_of(sentence, base, toks, agent.0, agent.1);
                let verb = text_of(sentence, base, toks, i, i + 1).0;
                return Some(make(source, span, &verb));
            }
            continue;
        }
        // Source before the verb, back to a clause boundary.
        let mut a = i;
        while a > 0 && !is_boundary(&toks[a - 1]) && i - a < 8 {
            a -= 1;
        }
        while a < i && lexicon::is_source_opener(&toks[a].lower) {
            a += 1;
        }
        // "Oleksandr Bevz, one of the delegates at the talks, said": the source is the name
        // before the appositive.
        if a == i && a >= 2 && toks[a - 1].is_punct(",") {
            // Walk back over up to two comma-separated segments: the appositive, then the name.
            let mut end = a - 1;
            for _ in 0..2 {
                let mut b = end;
                while b > 0 && !is_boundary(&toks[b - 1]) && end - b < 20 {
                    b -= 1;
                }
                let name_like = b < end
                    && end - b <= 5
                    && toks[b].is_capitalized()
                    && toks[b..end]
                        .iter()
                        .all(|t| t.is_capitalized() || t.kind != TokKind::Word);
                if name_like {
                    let (source, span) = text_of(sentence, base, toks, b, end);
                    let verb = text_of(sentence, base, toks, i, i + 1).0;
                    return Some(make(source, span, &verb));
                }
                if b == 0 || !toks[b - 1].is_punct(",") {
                    break;
                }
                end = b - 1;
            }
        }
        // A clause with its own verb is not a source: "he denied reports".
        if toks[a..i].iter().any(|t| lexicon::is_past_form(&t.lower)) {
            continue;
        }
        let mut verb_end = i + 1;
        // "wrote on Telegram", "said in a statement", "posted on X"
        if toks.get(i + 1).is_some_and(|n| n.is("on"))
            && toks.get(i + 2).is_some_and(|n| n.is_capitalized())
        {
            verb_end = i + 3;
        }
        let verb = text_of(sentence, base, toks, i, verb_end).0;
        if a < i && i - a <= 7 {
            let (source, span) = text_of(sentence, base, toks, a, i);
            // A clause like "the strikes were a response ..., the ministry said" is fine; one
            // that starts with a figure is the claim, not the source.
            if !toks[a..i].iter().any(|t| t.kind == TokKind::Number) {
                return Some(make(source, span, &verb));
            }
        }
        // Inverted: ", said Mr Zelensky" / "said the ministry". After "told" comes the
        // listener, not the source.
        if t.text == "told" {
            continue;
        }
        let mut b = verb_end;
        while b < toks.len()
            && !is_boundary(&toks[b])
            && !toks[b].is_punct(".")
            && (toks[b].is_capitalized()
                || matches!(toks[b].lower.as_str(), "the" | "a" | "an")
                || toks[b].text == "’"
                || toks[b].lower == "s")
            && b - verb_end < 6
        {
            b += 1;
        }
        if b > verb_end && toks[verb_end..b].iter().any(|t| t.is_capitalized()) {
            let (source, span) = text_of(sentence, base, toks, verb_end, b);
            return Some(make(source, span, &verb));
        }
    }
    None
}

/// Is the verb at `i` passive: a form of "be" right before it, or before one adverb ("were
/// officially confirmed")?
fn passive(toks: &[Tok], i: usize) -> bool {
    let be = |k: usize| lexicon::verb_lemma(&toks[k].lower) == Some("be");
    (i >= 1 && be(i - 1)) || (i >= 2 && toks[i - 1].lower.ends_with("ly") && be(i - 2))
}

/// The agent of a passive verb: "by the authorities" at token `k`, up to six words, to a
/// clause boundary or a word that opens another clause ("by local sources that ...").
fn agent_after(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    if !toks.get(k).is_some_and(|t| t.is("by")) {
        return None;
    }
    let a = k + 1;
    let mut b = a;
    while b < toks.len()
        && b - a < 6
        && toks[b].kind == TokKind::Word
        && !lexicon::is_source_opener(&toks[b].lower)
    {
        b += 1;
    }
    (b > a).then_some((a, b))
}

fn make(source: String, span: crate::text::span::Span, verb: &str) -> Attribution {
    // "He later said", "officials also said": the adverb is not part of the source.
    // Copied only when there is something to trim (there seldom is).
    let trimmed = source.trim();
    let mut source = if trimmed.len() == source.len() {
        source
    } else {
        trimmed.to_string()
    };
    for adverb in lexicon::source_adverbs() {
        if let Some(stripped) = source
            .strip_suffix(adverb)
            .and_then(|s| s.strip_suffix(' '))
        {
            source = stripped.to_string();
        }
    }
    let key = if is_person_like(&source) {
        person_key(&source)
    } else {
        name_key(&source)
    };
    Attribution {
        source,
        span,
        verb: verb.to_string(),
        key,
    }
}

fn is_person_like(source: &str) -> bool {
    let first = source.split_whitespace().next();
    let caps = source
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let lower_first = first.is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    (first.is_some_and(is_person_marker) || (caps >= 2 && !lower_first))
        && !source.contains("Ministry")
        && !source.contains("House")
        && !source.contains("Department")
}

/// A title written capitalized ("Mr", not "MR" or "mr") that marks a person.
fn is_person_marker(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase())
        && lexicon::is_person_marker(&word.to_ascii_lowercase())
}

/// Is this source a pronoun to resolve against an earlier one?
pub fn is_pronoun(source: &str) -> bool {
    crate::text::normalize::with_lower(source, lexicon::is_pronoun)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    /// `find_attribution` takes a token whose text is not its lower case for no reporting
    /// verb, without looking it up: that holds while every listed form is lower case.
    #[test]
    fn every_source_verb_is_its_own_lower_case() {
        for w in lexicon::source_verbs() {
            assert_eq!(w, w.to_lowercase(), "{w}");
        }
    }

    fn source(s: &str) -> Option<(String, String)> {
        let toks = tokenize(s, 0);
        find_attribution(&toks, s, 0).map(|a| (a.source, a.verb))
    }

    #[test]
    fn a_reporting_verb_with_a_figure_for_object_names_no_source() {
        assert_eq!(source("Employers added 74,000 jobs in July."), None);
        assert_eq!(source("The company reported another 1,200 job cuts."), None);
        assert_eq!(
            source("Hiring slowed in July, the bureau reported."),
            Some(("the bureau".into(), "reported".into()))
        );
    }

    #[test]
    fn a_passive_reporting_verb_names_its_agent_or_no_source() {
        // What was confirmed or declared is no source.
        assert_eq!(
            source("Five further deaths were confirmed there, and 50 people were hurt."),
            None
        );
        assert_eq!(
            source("The failed dams are said to have let loose 1.5 million cubic metres."),
            None
        );
        assert_eq!(
            source("Three days of mourning were declared by the authorities after the quake."),
            Some(("the authorities".into(), "declared".into()))
        );
        assert_eq!(
            source("Reuters was told by local sources that three jets had come down."),
            Some(("local sources".into(), "told".into()))
        );
    }

    #[test]
    fn a_reporting_word_after_a_determiner_is_a_noun() {
        assert_eq!(
            source(
                "Should the estimates be confirmed, it would be the biggest protest, although according to police, 338,000 people took part."
            ),
            Some(("police".into(), "according to".into()))
        );
    }

    #[test]
    fn reporting_constructions() {
        assert_eq!(
            source("Russia fired 22 missiles overnight, Mr Zelensky wrote on Telegram."),
            Some(("Mr Zelensky".into(), "wrote on Telegram".into()))
        );
        assert_eq!(
            source("The strikes were a response, the ministry said."),
            Some(("the ministry".into(), "said".into()))
        );
        assert_eq!(
            source("It was the fourth-largest attack, according to an AP tally."),
            Some(("an AP tally".into(), "according to".into()))
        );
        assert_eq!(
            source("The new plan would consist of guarantees, Axios reported, citing sources."),
            Some(("Axios".into(), "reported".into()))
        );
        assert_eq!(
            source("Mayor Vitalii Klitschko said 20 people were wounded in Kyiv."),
            Some(("Mayor Vitalii Klitschko".into(), "said".into()))
        );
        assert_eq!(
            source("“We are close,” said Mr Trump."),
            Some(("Mr Trump".into(), "said".into()))
        );
    }

    #[test]
    fn keys_meet() {
        let toks = tokenize("Mr Zelensky said so.", 0);
        assert_eq!(
            find_attribution(&toks, "Mr Zelensky said so.", 0)
                .unwrap()
                .key,
            "zelensky"
        );
    }
}
