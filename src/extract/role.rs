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
            || !matches!(t.kind, TokKind::Word)
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

/// A rank before a name starting at `k` ("Lt. Gen.", "Rear Admiral", "Major General"):
/// capitalized rank words, each perhaps with its abbreviation's full stop, the last able to end
/// a rank. Returns where the rank ends (its last token) and where the name after it ends.
fn rank_at(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    let mut e = k;
    let mut last_head = None;
    while let Some(t) = toks.get(e) {
        if t.kind != TokKind::Word
            || !t.is_capitalized()
            || lexicon::rank_full_form(&t.lower).is_none()
            || e - k >= 6
        {
            break;
        }
        let head = lexicon::is_rank_head(&t.lower);
        e += 1;
        if toks.get(e).is_some_and(|t| t.is_punct(".")) {
            e += 1;
        }
        if head {
            last_head = Some(e);
        }
    }
    // The rank ends at its last head word; a name of two or more words must follow at once.
    let end = last_head?;
    let name_end = name_at(toks, end)?;
    Some((end, name_end))
}

/// Where a role ending in the role noun at `i` begins, read leftwards: its modifiers and owner
/// ("Ukraine’s new chief negotiator"), up to a stop word, a verb or seven words.
fn role_start(toks: &[Tok], i: usize) -> usize {
    let mut a = i;
    while a > 0 {
        let p = &toks[a - 1];
        let possessive_s = p.lower == "s" && a >= 2 && matches!(toks[a - 2].text, "’" | "'");
        let apostrophe = matches!(p.text, "’" | "'");
        // "chief of staff", "secretary of state": "of" after a role noun stays inside.
        let of_in_role = p.lower == "of" && a >= 2 && is_role_noun(&toks[a - 2]);
        let verb = p.kind == TokKind::Word
            && !p.is_capitalized()
            && !is_role_noun(p)
            && (lexicon::verb_lemma(&p.lower).is_some() || lexicon::is_modal_verb(&p.lower));
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
    // "the party's 28-year-old leader": an age is no part of the role.
    if a < i && a > 0 && toks[a].lower == "old" && toks[a - 1].is_dash() && !toks[a].space_before {
        a += 1;
    }
    a
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
        // A rank before a name: "Lt. Gen. Ahmed Sharif Chaudhry". A preceding "ROLE," is the
        // person's post: "the military’s spokesperson, Maj. Gen. Ahmed Sharif Chaudhry".
        if (i == 0 || !toks[i - 1].is_capitalized() || toks[i - 1].kind != TokKind::Word)
            && let Some((rank_end, name_end)) = rank_at(toks, i)
        {
            let (rank, _) = text(i, rank_end);
            let (person, _) = text(rank_end, name_end);
            let (_, span) = text(i, name_end);
            // A post before the rank, set off by a comma or not: "spokesperson, Maj. Gen.
            // Name", "army chief of staff General Name".
            let post_end = if i >= 2 && toks[i - 1].is_punct(",") {
                i - 1
            } else {
                i
            };
            let a = if post_end > 0 && is_role_noun(&toks[post_end - 1]) {
                role_start(toks, post_end - 1)
            } else {
                role_start(toks, i)
            };
            if a < post_end && toks[a..post_end].iter().any(is_role_noun) {
                let (role, _) = text(a, post_end);
                let (_, span) = text(a, name_end);
                out.push(Role {
                    person_key: person_key(&person),
                    person: person.clone(),
                    role: clean_role(&role),
                    span,
                    sentence: sentence_span,
                });
            }
            out.push(Role {
                person_key: person_key(&person),
                person,
                role: clean_role(&rank),
                span,
                sentence: sentence_span,
            });
            // The name may go on with an appositive: "Rear Admiral Daniel Hagari, the ...".
            i = rank_end;
            continue;
        }
        // Role before name.
        if is_role_noun(&toks[i])
            && let Some(name_end) = name_at(toks, i + 1)
        {
            let a = role_start(toks, i);
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
    fn an_age_is_no_part_of_a_role() {
        assert_eq!(
            roles("a humiliation for the party's 28-year-old leader Jordan Bardella, who"),
            vec![("Jordan Bardella".into(), "leader".into())]
        );
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
    fn ranks_before_names() {
        assert_eq!(
            roles("the military’s spokesperson, Maj. Gen. Ahmed Sharif Chaudhry, said."),
            vec![
                (
                    "Ahmed Sharif Chaudhry".into(),
                    "military’s spokesperson".into()
                ),
                ("Ahmed Sharif Chaudhry".into(), "Maj. Gen.".into())
            ]
        );
        assert_eq!(
            roles("said Rear Admiral Daniel Hagari, the military’s spokesperson, on Sunday"),
            vec![
                ("Daniel Hagari".into(), "Rear Admiral".into()),
                ("Daniel Hagari".into(), "military’s spokesperson".into())
            ]
        );
        assert_eq!(
            roles("Lt. Col. Jane Smith confirmed it"),
            vec![("Jane Smith".into(), "Lt. Col.".into())]
        );
        // A rank word that is not followed by a name is no rank.
        assert!(roles("a general strike was called").is_empty());
        assert_eq!(
            roles("the army chief of staff General Randy George said"),
            vec![
                ("Randy George".into(), "army chief of staff".into()),
                ("Randy George".into(), "General".into())
            ]
        );
    }

    #[test]
    fn a_role_read_leftwards_stops_at_a_conjunction_or_preposition() {
        assert_eq!(
            roles("took to the streets on Sunday even though Chief Executive Carrie Lam said"),
            vec![("Carrie Lam".into(), "Chief Executive".into())]
        );
        assert_eq!(
            roles("a case of defamation against Balco boss Victor Conte was"),
            vec![("Victor Conte".into(), "Balco boss".into())]
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
