//! People across articles: the roles they are given and the words they are quoted with.
//!
//! Roles are compared after normalization: the owner ("Zelensky's", "to Mr Zelensky"),
//! nationality and organisation names (capitalized words that are not role words) and "new"
//! are dropped, so "US President" and "President" meet while "security adviser" and "chief
//! negotiator" do not. Quotes of one speaker in two articles that share most words but not all
//! are `quote-variant`s. Identity keys go through `Identities`, so spelling variants meet.

use std::collections::BTreeMap;

use crate::lexicon;
use crate::model::article::Analyzed;
use crate::model::finding::{Detail, Evidence, FactValue, Finding, FindingKind, Severity, Subject};
use crate::text::normalize::Identities;

/// "Ukraine’s new chief negotiator" → "chief negotiator"; "US Army Secretary" → "secretary".
pub fn normalize_role(role: &str) -> String {
    let role = role.split(" to ").next().unwrap_or(role);
    let words: Vec<&str> = role.split_whitespace().collect();
    // Drop everything up to and including a possessive owner.
    let start = words
        .iter()
        .rposition(|w| w.ends_with("’s") || w.ends_with("'s"))
        .map_or(0, |i| i + 1);
    words[start..]
        .iter()
        .filter(|w| {
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            (!cap || lexicon::is_role_title_word(w))
                && !matches!(
                    w.to_lowercase().as_str(),
                    "new" | "the" | "a" | "an" | "then" | "now"
                )
        })
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

fn contains_words(a: &str, b: &str) -> bool {
    let bw: Vec<&str> = b.split(' ').collect();
    a.split(' ').all(|w| bw.contains(&w))
}

/// A role as found: normalized form, evidence, the person's name as written.
type RoleSeen = (String, Evidence, String);

pub fn compare_people(articles: &[Analyzed], rel: &super::Relations) -> Vec<Finding> {
    let mut ids = Identities::default();
    let mut out = Vec::new();
    // Roles: person → normalized role → first evidence per article.
    let mut roles: BTreeMap<String, BTreeMap<usize, Vec<RoleSeen>>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        for r in &a.claims.roles {
            let key = ids.resolve(&r.person_key);
            let norm = normalize_role(&r.role);
            if norm.is_empty() {
                continue;
            }
            let entry = roles.entry(key).or_default().entry(i).or_default();
            if !entry.iter().any(|(n, _, _)| *n == norm) {
                let ev = Evidence {
                    article: i,
                    span: r.span,
                    text: r.span.slice(&a.article.text).to_string(),
                    value: None,
                    low: None,
                    high: None,
                    bound: None,
                    unit: None,
                    sentence: r.sentence,
                };
                entry.push((norm, ev, r.person.clone()));
            }
        }
    }
    for (key, by_article) in &roles {
        if by_article.len() < 2 {
            continue;
        }
        // Only articles about the same story: two people called "Smith" elsewhere are not one.
        let arts: Vec<usize> = by_article.keys().copied().collect();
        if !arts
            .iter()
            .all(|&a| arts.iter().any(|&b| b != a && rel.related(a, b)))
        {
            continue;
        }
        let all: Vec<&RoleSeen> = by_article.values().flatten().collect();
        let mut distinct: Vec<&str> = Vec::new();
        for (n, _, _) in &all {
            // "adviser" and "senior adviser" are one role described more or less fully.
            if !distinct
                .iter()
                .any(|d| contains_words(d, n) || contains_words(n, d))
            {
                distinct.push(n);
            }
        }
        if distinct.len() < 2 {
            continue;
        }
        let name = all
            .iter()
            .map(|(_, _, p)| p.as_str())
            .max_by_key(|p| p.len())
            .unwrap_or(key);
        let files: Vec<&str> = by_article
            .keys()
            .map(|&i| articles[i].article.key.as_str())
            .collect();
        let subject = Subject::Role {
            person: key.clone(),
            name: name.to_string(),
        };
        out.push(Finding {
            evidence: all.iter().map(|(_, e, _)| e.clone()).collect(),
            articles: by_article.keys().copied().collect(),
            ..Finding::new(
                FindingKind::RoleVariant,
                Severity::Note,
                subject,
                distinct
                    .iter()
                    .map(|s| FactValue::Words(s.to_string()))
                    .collect(),
                Detail::Roles,
                &files,
            )
        });
    }
    // Quotes of one speaker that differ in wording across articles.
    let mut quotes: BTreeMap<String, Vec<(usize, &crate::model::claim::Quote)>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        for q in &a.claims.quotes {
            if let Some(k) = &q.speaker_key {
                quotes.entry(ids.resolve(k)).or_default().push((i, q));
            }
        }
    }
    for (speaker, qs) in &quotes {
        let words: Vec<Vec<String>> = qs.iter().map(|(_, q)| word_set(&q.text)).collect();
        for (k, (ia, qa)) in qs.iter().enumerate() {
            for (m, (ib, qb)) in qs.iter().enumerate().skip(k + 1) {
                if ia == ib || qa.text == qb.text || !rel.related(*ia, *ib) {
                    continue;
                }
                let (wa, wb) = (&words[k], &words[m]);
                let common = wa.iter().filter(|w| wb.binary_search(w).is_ok()).count();
                let dice = 2.0 * common as f64 / (wa.len() + wb.len()).max(1) as f64;
                if dice < 0.6 {
                    continue;
                }
                let ev = |i: usize, q: &crate::model::claim::Quote| Evidence {
                    article: i,
                    span: q.span,
                    text: q.text.clone(),
                    value: None,
                    low: None,
                    high: None,
                    bound: None,
                    unit: None,
                    sentence: q.sentence,
                };
                let who = qa.speaker.clone().unwrap_or_else(|| speaker.clone());
                let files = [
                    articles[*ia].article.key.as_str(),
                    articles[*ib].article.key.as_str(),
                ];
                let subject = Subject::Quote {
                    speaker: speaker.clone(),
                    name: who,
                };
                out.push(Finding {
                    evidence: vec![ev(*ia, qa), ev(*ib, qb)],
                    articles: vec![*ia, *ib],
                    ..Finding::new(
                        FindingKind::QuoteVariant,
                        Severity::Warning,
                        subject,
                        vec![
                            FactValue::Words(qa.text.clone()),
                            FactValue::Words(qb.text.clone()),
                        ],
                        Detail::Quotes,
                        &files,
                    )
                });
            }
        }
    }
    out
}

fn word_set(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_normalize_away_owners_and_nationalities() {
        assert_eq!(
            normalize_role("Ukraine’s new chief negotiator"),
            "chief negotiator"
        );
        assert_eq!(
            normalize_role("Ukraine’s chief negotiator"),
            "chief negotiator"
        );
        assert_eq!(
            normalize_role("senior adviser to Mr Zelensky"),
            "senior adviser"
        );
        assert_eq!(
            normalize_role("Volodymyr Zelensky’s security adviser"),
            "security adviser"
        );
        assert_eq!(normalize_role("US President"), "president");
        assert_eq!(
            normalize_role("White House press secretary"),
            "press secretary"
        );
    }
}
