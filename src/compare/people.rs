//! People across articles: the roles they are given, how their names are spelled and the words
//! they are quoted with.
//!
//! Roles are compared after normalization: the owner ("Zelensky's", "to Mr Zelensky"),
//! nationality and organisation names (capitalized words that are not role words) and "new"
//! are dropped, and role nouns take the form they are compared in (`lexicon::role_noun_form`:
//! "spokesman" = "spokesperson", "CEO" = "chief executive officer"), so "US President" and
//! "President" meet while "security adviser" and "chief negotiator" do not. A rank before a
//! name ("Lt. Gen.") is compared with ranks only, in full ("lieutenant general" ≠ "major
//! general"), since a rank and a post are both true of one person. A person's surname spelled
//! differently across sources ("McEntarfar", "McEntarfer", joined by `Identities`) is a
//! role-variant note of its own (`Detail::Spellings`). Quotes of one speaker in two articles that
//! share most words but not all are `quote-variant`s; the same words from independent sources
//! (not copies of one report) are an `agree` on the quotation; case, punctuation, British/American
//! spelling and quoting a part of the other's words are not a difference. Identity keys go
//! through `Identities`, so spelling variants meet, and through `People`, so two people of one
//! surname with different given names stay two.

use std::collections::BTreeMap;
use std::collections::hash_map::{Entry, HashMap};

use crate::lexicon;
use crate::model::article::Analyzed;
use crate::model::finding::{Detail, Evidence, FactValue, Finding, FindingKind, Severity, Subject};
use crate::text::normalize::{self, Identities};
use crate::text::span::Span;

/// A rank before a name, every word a rank word and the last one able to end a rank:
/// "Lt. Gen.", "Rear Admiral", "Major General".
pub fn is_rank(role: &str) -> bool {
    let words: Vec<String> = role
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    !words.is_empty()
        && words.iter().all(|w| lexicon::rank_full_form(w).is_some())
        && words.last().is_some_and(|w| lexicon::is_rank_head(w))
}

/// "Ukraine’s new chief negotiator" → "chief negotiator"; "US Army Secretary" → "minister" (role
/// nouns in the form compared, `lexicon::role_noun_form`);
/// a rank in its full form: "Lt. Gen." → "lieutenant general".
pub fn normalize_role(role: &str) -> String {
    if is_rank(role) {
        return role
            .split_whitespace()
            .filter_map(|w| lexicon::rank_full_form(&w.trim_end_matches('.').to_lowercase()))
            .collect::<Vec<_>>()
            .join(" ");
    }
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
            let lower = w.to_lowercase();
            // A role noun is the role however it is written ("City Executive").
            (!cap || lexicon::is_role_title_word(w) || lexicon::is_role_noun(&lower))
                && !matches!(lower.as_str(), "new" | "the" | "a" | "an" | "then" | "now")
        })
        .map(|w| lexicon::role_noun_form(&w.to_lowercase()).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

fn contains_words(a: &str, b: &str) -> bool {
    let bw: Vec<&str> = b.split(' ').collect();
    a.split(' ').all(|w| bw.contains(&w))
}

/// Who a name is among people who share a surname. A person is keyed by surname (after
/// spelling variants are joined), but when the sources name two people of one surname with
/// different given names ("Mukesh Ambani", "Dhirubhai Ambani"), each becomes "given surname",
/// and a mention by surname alone ("Mr Ambani") could be either, so it is left out.
#[derive(Default)]
struct People {
    /// Surname key → the distinct given names seen with it, in order of first appearance.
    given: BTreeMap<String, Vec<String>>,
}

impl People {
    fn learn(&mut self, key: &str, name: &str) {
        let names = self.given.entry(key.to_string()).or_default();
        if let Some(g) = normalize::given_name(name)
            && !names.iter().any(|n| normalize::same_given_name(n, &g))
        {
            names.push(g);
        }
    }

    fn identity(&self, key: &str, name: &str) -> Option<String> {
        let names = self.given.get(key).map_or(&[][..], Vec::as_slice);
        if names.len() <= 1 {
            return Some(key.to_string());
        }
        let g = normalize::given_name(name)?;
        names
            .iter()
            .find(|n| normalize::same_given_name(n, &g))
            .map(|n| format!("{n} {key}"))
    }
}

/// The name of a speaker as extraction gives it: a pronoun resolved to the name before it is
/// "he (Gelsinger)", and "he" is no given name.
fn named(speaker: &str) -> &str {
    speaker
        .strip_suffix(')')
        .and_then(|s| s.split_once(" ("))
        .map_or(speaker, |(_, name)| name)
}

/// A role as found: normalized form, evidence, the person's name as written, and whether it
/// is a rank.
type RoleSeen = (String, Evidence, String, bool);

fn evidence(article: usize, span: Span, text: String, sentence: Span) -> Evidence {
    Evidence {
        article,
        span,
        text,
        value: None,
        low: None,
        high: None,
        bound: None,
        unit: None,
        sentence,
    }
}

/// The roles of a set that differ: ranks are compared with ranks and posts with posts ("Lt.
/// Gen." and "military spokesperson" can both be true), a role contained in another
/// ("adviser", "senior adviser") is one role described more or less fully, and a generic one
/// ("leader") differs from none.
fn differing<'a>(all: &[&'a RoleSeen], rank: bool) -> Vec<&'a RoleSeen> {
    let mut distinct: Vec<&RoleSeen> = Vec::new();
    // "leader" alone names no post: it is true of a president, a chair, a secretary.
    let generic = |r: &RoleSeen| crate::lexicon::is_generic_role(r.0.trim());
    for r in all.iter().filter(|r| r.3 == rank && !generic(r)) {
        if !distinct
            .iter()
            .any(|d| contains_words(&d.0, &r.0) || contains_words(&r.0, &d.0))
        {
            distinct.push(r);
        }
    }
    if distinct.len() >= 2 {
        distinct
    } else {
        Vec::new()
    }
}

/// Two posts of one kind that cannot both be right: two posts of which there is one
/// ("prime minister", "interior minister"), or one of them and a title written in capitals
/// with its head ("Chief Executive", "City Executive"). Other posts of one head can both be
/// true or are one post in other words ("petroleum minister", "oil minister"; "athletics
/// coach", "former coach"). `lexicon/fixed_titles.txt` lists the posts.
fn one_post(diff: &[&RoleSeen]) -> bool {
    let head = |r: &RoleSeen| r.0.split(' ').next_back().map(str::to_string);
    let Some(first) = diff.first().and_then(|r| head(r)) else {
        return false;
    };
    if !diff
        .iter()
        .all(|r| head(r).as_deref() == Some(first.as_str()))
    {
        return false;
    }
    // The role as written: the evidence without the person's name.
    let titled = |r: &RoleSeen| {
        let written = r.1.text.trim_end_matches(r.2.as_str()).trim();
        let words: Vec<&str> = written.split_whitespace().collect();
        let n = r.0.split(' ').count();
        words.len() >= n
            && words[words.len() - n..]
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let fixed = |r: &RoleSeen| crate::lexicon::is_fixed_title(&r.0);
    diff.iter().filter(|r| fixed(r)).count() >= 2
        || (diff.iter().any(|r| fixed(r)) && diff.iter().all(|r| fixed(r) || titled(r)))
}

/// The word of a role as written that the compared form's head stands for: "secretary" of
/// "defence secretary Grant Shapps", compared as "minister". Another form of the same word
/// ("chairman" for "chair", "spokesman" for "spokesperson") is no other word.
fn written_head(seen: &RoleSeen) -> Option<String> {
    let head = seen.0.split(' ').next_back()?;
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    seen.1
        .text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .find(|w| w != head && lexicon::role_noun_form(w) == head && stem(w) != stem(head))
}

/// One post named in other words by independent sources ("defence minister" and "defence
/// secretary" Grant Shapps, a secretary being a minister in `lexicon/role_synonyms.tsv`): an
/// agree, so that a reader sees the two wordings are one post and not two. Only when no role
/// given differs, and only for a synonym of the post's head word: "US President" and
/// "President" are one post in one word.
fn one_post_in_other_words(
    articles: &[Analyzed],
    rel: &super::Relations,
    all: &[&RoleSeen],
    subject: &Subject,
) -> Option<Finding> {
    let posts: Vec<&&RoleSeen> = all.iter().filter(|r| !r.3).collect();
    let first = posts.first()?;
    if posts.iter().any(|r| r.0 != first.0) {
        return None;
    }
    let synonym = posts.iter().find(|r| written_head(r).is_some())?;
    let plain = posts
        .iter()
        .find(|r| written_head(r).is_none() && !rel.rewrite(r.1.article, synonym.1.article))?;
    if plain.1.article == synonym.1.article {
        return None;
    }
    let shown = [*plain, *synonym];
    let arts: Vec<usize> = {
        let mut a: Vec<usize> = shown.iter().map(|r| r.1.article).collect();
        a.sort_unstable();
        a
    };
    let files: Vec<&str> = arts
        .iter()
        .map(|&i| articles[i].article.key.as_str())
        .collect();
    Some(Finding {
        evidence: shown.iter().map(|r| r.1.clone()).collect(),
        articles: arts,
        ..Finding::new(
            FindingKind::Agree,
            Severity::Note,
            subject.clone(),
            vec![FactValue::Words(first.0.clone())],
            Detail::Roles { ranks: false },
            &files,
        )
    })
}

pub fn compare_people(articles: &[Analyzed], rel: &super::Relations) -> Vec<Finding> {
    let mut ids = Identities::default();
    let mut people = People::default();
    let mut out = Vec::new();
    // Every name first, so that two people of one surname are told apart wherever they occur.
    let mut role_keys = Vec::new();
    for a in articles {
        let keys: Vec<String> = a
            .claims
            .roles
            .iter()
            .map(|r| ids.resolve(&r.person_key))
            .collect();
        for (r, k) in a.claims.roles.iter().zip(&keys) {
            people.learn(k, &r.person);
        }
        role_keys.push(keys);
    }
    let mut quote_keys = Vec::new();
    for a in articles {
        let keys: Vec<Option<String>> = a
            .claims
            .quotes
            .iter()
            .map(|q| q.speaker_key.as_ref().map(|k| ids.resolve(k)))
            .collect();
        for (q, k) in a.claims.quotes.iter().zip(&keys) {
            if let (Some(k), Some(name)) = (k, &q.speaker) {
                people.learn(k, named(name));
            }
        }
        quote_keys.push(keys);
    }
    // Only people given a role in two articles or more are compared: found first, so that
    // the roles of everyone else (most people, named once) are not held with their evidence
    // in the map below (80 MB at 100,000 articles, the top of the run).
    let mut seen_in: HashMap<String, (usize, bool)> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        for (r, key) in a.claims.roles.iter().zip(&role_keys[i]) {
            let Some(key) = people.identity(key, &r.person) else {
                continue;
            };
            if normalize_role(&r.role).is_empty() {
                continue;
            }
            match seen_in.entry(key) {
                Entry::Occupied(mut e) => {
                    if e.get().0 != i {
                        e.get_mut().1 = true;
                    }
                }
                Entry::Vacant(e) => {
                    e.insert((i, false));
                }
            }
        }
    }
    // Roles: person → article → distinct normalized roles, with their evidence.
    let mut roles: BTreeMap<String, BTreeMap<usize, Vec<RoleSeen>>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        for (r, key) in a.claims.roles.iter().zip(&role_keys[i]) {
            let Some(key) = people.identity(key, &r.person) else {
                continue;
            };
            if !seen_in.get(&key).is_some_and(|&(_, several)| several) {
                continue;
            }
            let norm = normalize_role(&r.role);
            if norm.is_empty() {
                continue;
            }
            let entry = roles.entry(key).or_default().entry(i).or_default();
            if !entry.iter().any(|(n, ..)| *n == norm) {
                let ev = evidence(
                    i,
                    r.span,
                    r.span.slice(&a.article.text).to_string(),
                    r.sentence,
                );
                entry.push((norm, ev, r.person.clone(), is_rank(&r.role)));
            }
        }
    }
    drop(seen_in);
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
        let name = all
            .iter()
            .map(|(_, _, p, _)| p.as_str())
            .max_by_key(|p| p.len())
            .unwrap_or(key);
        let subject = Subject::Role {
            person: key.clone(),
            name: name.to_string(),
        };
        if let Some(f) = one_post_in_other_words(articles, rel, &all, &subject) {
            out.push(f);
        }
        // Posts that differ are a note ("security adviser", "chief negotiator" can both be
        // true of one person); ranks that differ cannot both be ("Lt. Gen.", "Maj. Gen.").
        for rank in [false, true] {
            let diff = differing(&all, rank);
            if diff.is_empty() {
                continue;
            }
            // A post's note shows every role given (what each source calls the person); a
            // rank's conflict shows the ranks.
            let shown: Vec<&RoleSeen> = if rank { diff.clone() } else { all.clone() };
            let mut arts: Vec<usize> = shown.iter().map(|(_, e, ..)| e.article).collect();
            arts.sort_unstable();
            arts.dedup();
            if arts.len() < 2 {
                continue;
            }
            let files: Vec<&str> = arts
                .iter()
                .map(|&i| articles[i].article.key.as_str())
                .collect();
            let (kind, severity) = if rank || one_post(&diff) {
                (FindingKind::Conflict, Severity::Warning)
            } else {
                (FindingKind::RoleVariant, Severity::Note)
            };
            out.push(Finding {
                evidence: shown.iter().map(|(_, e, ..)| e.clone()).collect(),
                articles: arts.clone(),
                ..Finding::new(
                    kind,
                    severity,
                    subject.clone(),
                    diff.iter()
                        .map(|(n, ..)| FactValue::Words(n.clone()))
                        .collect(),
                    Detail::Roles { ranks: rank },
                    &files,
                )
            });
        }
        // The name spelled differently across sources ("McEntarfar", "McEntarfer"): spelling
        // variants were joined into one identity; a reader should see that they were.
        let mut spellings: Vec<(String, &Evidence)> = Vec::new();
        for (_, e, p, _) in &all {
            let Some(s) = normalize::surname_as_written(p) else {
                continue;
            };
            if !spellings
                .iter()
                .any(|(t, _)| t.to_lowercase() == s.to_lowercase())
            {
                spellings.push((s, e));
            }
        }
        if spellings.len() >= 2 {
            let mut arts: Vec<usize> = spellings.iter().map(|(_, e)| e.article).collect();
            arts.sort_unstable();
            arts.dedup();
            if arts.len() >= 2 {
                let files: Vec<&str> = arts
                    .iter()
                    .map(|&i| articles[i].article.key.as_str())
                    .collect();
                // Two spellings of one name: at most one is right.
                out.push(Finding {
                    evidence: spellings.iter().map(|(_, e)| (*e).clone()).collect(),
                    articles: arts,
                    ..Finding::new(
                        FindingKind::Conflict,
                        Severity::Warning,
                        subject,
                        spellings
                            .iter()
                            .map(|(s, _)| FactValue::Words(s.clone()))
                            .collect(),
                        Detail::Spellings,
                        &files,
                    )
                });
            }
        }
    }
    // Quotes of one speaker that differ in wording across articles.
    let mut quotes: BTreeMap<String, Vec<(usize, &crate::model::claim::Quote)>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        for (q, k) in a.claims.quotes.iter().zip(&quote_keys[i]) {
            let Some(k) = k else { continue };
            let name = q.speaker.as_deref().map_or(k.as_str(), named);
            if let Some(who) = people.identity(k, name) {
                quotes.entry(who).or_default().push((i, q));
            }
        }
    }
    for (speaker, qs) in &quotes {
        let words: Vec<Vec<String>> = qs.iter().map(|(_, q)| quote_words(&q.text)).collect();
        let sets: Vec<Vec<String>> = words.iter().map(|w| word_set(w)).collect();
        out.extend(same_quote(articles, rel, speaker, qs, &words));
        for (k, (ia, qa)) in qs.iter().enumerate() {
            for (m, (ib, qb)) in qs.iter().enumerate().skip(k + 1) {
                if ia == ib || !rel.related(*ia, *ib) || same_words(&words[k], &words[m]) {
                    continue;
                }
                let (wa, wb) = (&sets[k], &sets[m]);
                let common = wa.iter().filter(|w| wb.binary_search(w).is_ok()).count();
                let dice = 2.0 * common as f64 / (wa.len() + wb.len()).max(1) as f64;
                if dice < 0.6 {
                    continue;
                }
                let ev = |i: usize, q: &crate::model::claim::Quote| {
                    evidence(i, q.span, q.text.clone(), q.sentence)
                };
                let who = qa
                    .speaker
                    .as_deref()
                    .map_or_else(|| speaker.clone(), |s| named(s).to_string());
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

/// How many words a quotation needs for the same words in two outlets to corroborate it: a
/// few words ("very difficult") are what anyone might say.
const QUOTE_AGREE_WORDS: usize = 5;

/// Quotations of one speaker that independent sources of one story give in the same words
/// (one a run of the other's words): one `agree` finding per quotation, resting on each
/// source's quote. Copies of one report corroborate nothing, as for figures.
fn same_quote(
    articles: &[Analyzed],
    rel: &super::Relations,
    speaker: &str,
    qs: &[(usize, &crate::model::claim::Quote)],
    words: &[Vec<String>],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut used = vec![false; qs.len()];
    for k in 0..qs.len() {
        if used[k] || words[k].len() < QUOTE_AGREE_WORDS {
            continue;
        }
        let group: Vec<usize> = (k..qs.len())
            .filter(|&m| {
                !used[m]
                    && same_words(&words[k], &words[m])
                    && (m == k
                        || (qs[m].0 != qs[k].0
                            && rel.stories.story_of[qs[k].0] == rel.stories.story_of[qs[m].0]))
            })
            .collect();
        // Sources: articles not copies of one another.
        let mut sources: Vec<usize> = Vec::new();
        for &m in &group {
            let a = qs[m].0;
            if !sources.iter().any(|&b| b == a || rel.rewrite(a, b)) {
                sources.push(a);
            }
        }
        if sources.len() < 2 {
            continue;
        }
        for &m in &group {
            used[m] = true;
        }
        let (_, first) = qs[k];
        let mut files: Vec<&str> = group
            .iter()
            .map(|&m| articles[qs[m].0].article.key.as_str())
            .collect();
        files.dedup();
        let mut involved: Vec<usize> = group.iter().map(|&m| qs[m].0).collect();
        involved.sort_unstable();
        involved.dedup();
        out.push(Finding {
            evidence: group
                .iter()
                .map(|&m| {
                    evidence(
                        qs[m].0,
                        qs[m].1.span,
                        qs[m].1.text.clone(),
                        qs[m].1.sentence,
                    )
                })
                .collect(),
            articles: involved,
            ..Finding::new(
                FindingKind::Agree,
                Severity::Note,
                Subject::Quote {
                    speaker: speaker.to_string(),
                    name: first
                        .speaker
                        .as_deref()
                        .map_or_else(|| speaker.to_string(), |s| named(s).to_string()),
                },
                vec![FactValue::Words(first.text.clone())],
                Detail::Quotes,
                &files,
            )
        });
    }
    out
}

/// The words of a quotation as compared: punctuation and case dropped, apostrophes of either
/// kind alike (they split words), British spellings read as American ("tyres" = "tires").
pub fn quote_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            lexicon::american_spelling(&w).map_or(w, str::to_string)
        })
        .collect()
}

/// Two quotations with the same words, or one a run of the other's words (an outlet quoting
/// part of a sentence another quotes whole): not worded differently.
fn same_words(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

fn word_set(words: &[String]) -> Vec<String> {
    let mut v = words.to_vec();
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
            normalize_role("defence secretary"),
            normalize_role("defence minister")
        );
        assert_eq!(normalize_role("Lt. Gen."), "lieutenant general");
        assert_eq!(normalize_role("Despite City Executive"), "city executive");
        assert_eq!(normalize_role("Chief Executive"), "chief executive");
        assert_eq!(
            normalize_role("Israeli army spokesman"),
            "army spokesperson"
        );
        assert_eq!(normalize_role("CEO"), "chief executive officer");
        assert_eq!(normalize_role("Lieutenant General"), "lieutenant general");
        assert_eq!(normalize_role("Maj. Gen."), "major general");
        assert!(is_rank("Rear Admiral"));
        assert!(!is_rank("Rear"));
        assert!(!is_rank("chief negotiator"));
        assert_eq!(
            normalize_role("White House press secretary"),
            "press minister"
        );
    }

    #[test]
    fn quotes_alike_but_for_punctuation_case_spelling_or_length() {
        let w = |s: &str| quote_words(s);
        assert!(same_words(
            &w("We will change our tyres."),
            &w("we will change our tires")
        ));
        assert!(same_words(
            &w("the most consequential changes in our company’s history"),
            &w(
                "This is a hard day as we make some of the most consequential changes in our company's history."
            )
        ));
        assert!(!same_words(
            &w("we will change our tyres"),
            &w("we will not change our tyres")
        ));
    }

    #[test]
    fn a_resolved_pronoun_names_its_speaker() {
        // Regression: "he (Gelsinger)" taught "he" as a given name of Gelsinger, so that
        // "Pat Gelsinger" and "Gelsinger" read as two people and his quotes never met.
        assert_eq!(named("he (Gelsinger)"), "Gelsinger");
        assert_eq!(named("Pat Gelsinger"), "Pat Gelsinger");
        let mut people = People::default();
        people.learn("gelsinger", "Pat Gelsinger");
        people.learn("gelsinger", named("he (Gelsinger)"));
        assert_eq!(
            people.identity("gelsinger", "Gelsinger").as_deref(),
            Some("gelsinger")
        );
    }

    #[test]
    fn people_of_one_surname_with_different_given_names_are_two() {
        let mut p = People::default();
        p.learn("ambani", "Mukesh Ambani");
        p.learn("ambani", "Dhirubhai Ambani");
        p.learn("ambani", "Mr Ambani");
        assert_eq!(
            p.identity("ambani", "Mukesh Ambani").as_deref(),
            Some("mukesh ambani")
        );
        assert_eq!(
            p.identity("ambani", "Dhirubhai Ambani").as_deref(),
            Some("dhirubhai ambani")
        );
        // "Mr Ambani" could be either.
        assert_eq!(p.identity("ambani", "Mr Ambani"), None);
        // One given name: the surname is the person, however written.
        let mut p = People::default();
        p.learn("umerov", "Rustem Umerov");
        p.learn("umerov", "Mr Umerov");
        assert_eq!(p.identity("umerov", "Mr Umerov").as_deref(), Some("umerov"));
        assert_eq!(
            p.identity("umerov", "Rustem Umerov").as_deref(),
            Some("umerov")
        );
    }

    fn seen(role: &str, person: &str) -> RoleSeen {
        let span = Span::new(0, 1);
        (
            normalize_role(role),
            evidence(0, span, format!("{role} {person}"), span),
            person.to_string(),
            is_rank(role),
        )
    }

    #[test]
    fn ranks_differ_from_ranks_and_posts_from_posts() {
        let a = seen("Lt. Gen.", "Ahmed Sharif Chaudhry");
        let b = seen("Maj. Gen.", "Ahmed Sharif Chaudhry");
        let c = seen("military spokesperson", "Ahmed Sharif Chaudhry");
        let d = seen("the military’s spokesperson", "Ahmed Sharif Chaudhry");
        let got: Vec<&str> = differing(&[&a, &c, &b, &d], true)
            .iter()
            .map(|r| r.0.as_str())
            .collect();
        assert_eq!(got, vec!["lieutenant general", "major general"]);
        // The two ways of writing the post are one post.
        assert!(differing(&[&a, &c, &b, &d], false).is_empty());
        // A rank and a post are both true of one person: no variant.
        assert!(differing(&[&a, &c], true).is_empty());
        assert!(differing(&[&a, &c], false).is_empty());
        let e = seen("General", "Ahmed Sharif Chaudhry");
        assert!(differing(&[&a, &e], true).is_empty());
    }

    #[test]
    fn a_generic_role_differs_from_no_post() {
        // "leader Jordan Bardella", "RN president Jordan Bardella"; "Fiat boss", "Fiat chief
        // executive": the generic word names no post of its own.
        let leader = seen("the party's leader", "Jordan Bardella");
        let president = seen("RN president", "Jordan Bardella");
        assert!(differing(&[&leader, &president], false).is_empty());
        let boss = seen("Fiat boss", "Sergio Marchionne");
        let ceo = seen("Fiat chief executive", "Sergio Marchionne");
        assert!(differing(&[&boss, &ceo], false).is_empty());
        // Two posts still differ beside it.
        let founder = seen("company's founder", "Jordan Bardella");
        assert_eq!(differing(&[&leader, &president, &founder], false).len(), 2);
    }

    #[test]
    fn one_post_named_two_ways_is_a_conflict() {
        let chief = seen("chief executive", "Carrie Lam");
        let city = seen("City Executive", "Carrie Lam");
        assert!(one_post(&differing(&[&chief, &city], false)));
        let pm = seen("Prime Minister", "Gabriel Attal");
        let interior = seen("Interior Minister", "Gabriel Attal");
        assert!(one_post(&differing(&[&pm, &interior], false)));
        // Two kinds of post can both be true.
        let adviser = seen("security adviser", "Andriy Yermak");
        let negotiator = seen("chief negotiator", "Andriy Yermak");
        assert!(!one_post(&differing(&[&adviser, &negotiator], false)));
        // One post in other words, and words that are no post.
        let petroleum = seen("India's petroleum minister", "Mani Shankar Aiyar");
        let oil = seen("Indian oil minister", "Mani Shankar Aiyar");
        assert!(!one_post(&differing(&[&petroleum, &oil], false)));
        let counterpart = seen("Chinese counterpart Minister", "Li Zhaoxing");
        let foreign = seen("Chinese Foreign Minister", "Li Zhaoxing");
        assert!(!one_post(&differing(&[&counterpart, &foreign], false)));
    }

    #[test]
    fn a_post_in_a_synonym_is_one_post_in_other_words() {
        let minister = seen("defence minister", "Grant Shapps");
        let mut secretary = seen("defence secretary", "Grant Shapps");
        secretary.1.article = 1;
        assert_eq!(minister.0, secretary.0);
        assert_eq!(written_head(&secretary).as_deref(), Some("secretary"));
        assert_eq!(written_head(&minister), None);
        assert_eq!(written_head(&seen("Fed Chairman", "Jerome Powell")), None);
        let subject = Subject::Role {
            person: "shapps".into(),
            name: "Grant Shapps".into(),
        };
        let articles = vec![
            crate::compare::claims::fixture::article("a.txt", None, Vec::new()),
            crate::compare::claims::fixture::article("b.txt", None, Vec::new()),
        ];
        let rel = crate::compare::claims::fixture::one_story(2);
        let f = one_post_in_other_words(&articles, &rel, &[&minister, &secretary], &subject);
        assert_eq!(f.map(|f| f.kind), Some(FindingKind::Agree));
        // The same words, or a rewrite's, say nothing new.
        let mut again = seen("defence minister", "Grant Shapps");
        again.1.article = 1;
        assert!(one_post_in_other_words(&articles, &rel, &[&minister, &again], &subject).is_none());
        let copies = super::super::Relations::for_tests(2, &[], &[(0, 1)], 0.1);
        assert!(
            one_post_in_other_words(&articles, &copies, &[&minister, &secretary], &subject)
                .is_none()
        );
    }
}
