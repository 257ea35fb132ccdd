//! People's roles and titles: "US Army Secretary Dan Driscoll", "Ukraine's new chief negotiator
//! Rustem Umerov", "Rustem Umerov, a senior adviser to Mr Zelensky".
//!
//! A role is a run of words ending in a role noun (adviser, secretary, minister, ...) directly
//! before a name of two or more capitalized words, or an appositive "Name, a/the ROLE ..." after
//! it. The person is keyed by surname so roles from different articles meet.

use crate::lexicon;
use crate::model::claim::Role;
use crate::text::normalize::person_key;
use crate::text::token::{Tok, TokKind};

fn is_role_noun(t: &Tok) -> bool {
    t.kind == TokKind::Word && lexicon::is_role_noun(&t.lower)
}

/// A personal name starting at `k`: 2–4 capitalized words (allowing "Sir"), none a role noun.
fn name_at(toks: &[Tok], k: usize) -> Option<usize> {
    let mut e = k;
    while let Some(t) = toks.get(e) {
        if !t.is_capitalized()
            || is_role_noun(t)
            || lexicon::is_courtesy_title(&t.lower)
            || e - k >= 4
        {
            break;
        }
        e += 1;
    }
    let words = toks[k..e].iter().filter(|t| !t.is("sir")).count();
    (words >= 2).then_some(e)
}

pub fn find_roles(toks: &[Tok], sentence: &str, base: usize) -> Vec<Role> {
    let mut out = Vec::new();
    let sentence_span = crate::text::span::Span::new(base, base + sentence.len());
    let text = |a: usize, b: usize| {
        let span = toks[a].span.cover(toks[b - 1].span);
        (
            sentence[span.start - base..span.end - base].to_string(),
            span,
        )
    };
    let mut i = 0;
    while i < toks.len() {
        // Role before name.
        if is_role_noun(&toks[i])
            && let Some(name_end) = name_at(toks, i + 1)
        {
            let mut a = i;
            while a > 0 {
                let p = &toks[a - 1];
                let possessive_s =
                    p.lower == "s" && a >= 2 && matches!(toks[a - 2].text, "’" | "'");
                let apostrophe = matches!(p.text, "’" | "'");
                // "chief of staff", "secretary of state": "of" after a role noun stays inside.
                let of_in_role = p.lower == "of" && a >= 2 && is_role_noun(&toks[a - 2]);
                let verb = p.kind == TokKind::Word
                    && !p.is_capitalized()
                    && !is_role_noun(p)
                    && (lexicon::verb_lemma(&p.lower).is_some()
                        || lexicon::is_modal_verb(&p.lower));
                if (p.kind == TokKind::Word && !lexicon::is_role_stop_word(&p.lower) && !verb)
                    || possessive_s
                    || apostrophe
                    || of_in_role
                {
                    a -= 1;
                } else {
                    break;
                }
                if i - a >= 7 {
                    break;
                }
            }
            // A role begins after a person's possessive: keep "security adviser" from
            // "Volodymyr Zelensky’s security adviser".
            let (role, _) = text(a, i + 1);
            let (person, _) = text(i + 1, name_end);
            let (_, span) = text(a, name_end);
            out.push(Role {
                person_key: person_key(&person),
                person,
                role: clean_role(&role),
                span,
                sentence: sentence_span,
            });
            i = name_end;
            continue;
        }
        // Name, a ROLE ...
        if toks[i].is_capitalized()
            && let Some(name_end) = name_at(toks, i)
            && toks.get(name_end).is_some_and(|t| t.is_punct(","))
            && toks
                .get(name_end + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
        {
            let a = name_end + 2;
            let mut b = a;
            let mut has_role = false;
            while let Some(t) = toks.get(b) {
                if t.is_punct(",") || t.is_punct(".") || t.is_punct(";") || b - a >= 8 {
                    break;
                }
                has_role |= is_role_noun(t);
                b += 1;
            }
            if has_role {
                let (role, _) = text(a, b);
                let (person, _) = text(i, name_end);
                let (_, span) = text(i, b);
                out.push(Role {
                    person_key: person_key(&person),
                    person,
                    role: clean_role(&role),
                    span,
                    sentence: sentence_span,
                });
                i = b;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Drop a leading possessive owner that is a person ("Volodymyr Zelensky’s security adviser"
/// keeps its owner: the role is relative to them), and trim punctuation.
fn clean_role(role: &str) -> String {
    role.trim().trim_matches(',').trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn roles(s: &str) -> Vec<(String, String)> {
        let toks = tokenize(s, 0);
        find_roles(&toks, s, 0)
            .into_iter()
            .map(|r| (r.person, r.role))
            .collect()
    }

    #[test]
    fn role_before_name() {
        assert_eq!(
            roles("US Army Secretary Dan Driscoll met Russian officials"),
            vec![("Dan Driscoll".into(), "US Army Secretary".into())]
        );
        assert_eq!(
            roles("talks with Ukraine’s new chief negotiator Rustem Umerov, while"),
            vec![(
                "Rustem Umerov".into(),
                "Ukraine’s new chief negotiator".into()
            )]
        );
    }

    #[test]
    fn appositive_after_name() {
        assert_eq!(
            roles("Rustem Umerov, a senior adviser to Mr Zelensky, posted on X"),
            vec![(
                "Rustem Umerov".into(),
                "senior adviser to Mr Zelensky".into()
            )]
        );
    }
}
