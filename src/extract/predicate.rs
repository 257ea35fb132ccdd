//! Predicates: what happened to the counted thing, with negation and denial.
//!
//! A verb lexicon (lemmas with generated regular inflections plus irregular forms) recognises
//! verbs without a part-of-speech model. For each figure we look right first for a passive or
//! participle ("20 people were wounded", "seven people killed"), then left within the clause for
//! an active verb ("Russia fired 22 missiles"). Reporting verbs ("said", "told") are attribution,
//! never predicates. Copulas and "have" are used only when nothing better is found.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::quantity::Figure;
use crate::model::claim::Predicate;
use crate::text::token::{Tok, TokKind, WordHasher, WordSet, word_set};

/// Verb lemmas news figures attach to. Irregular past forms are listed in `IRREGULAR`.
const LEMMAS: &[&str] = &[
    "kill",
    "wound",
    "injure",
    "hurt",
    "fire",
    "launch",
    "destroy",
    "shoot",
    "capture",
    "intercept",
    "strike",
    "hit",
    "attack",
    "target",
    "damage",
    "die",
    "evacuate",
    "displace",
    "arrest",
    "detain",
    "rescue",
    "release",
    "free",
    "deploy",
    "send",
    "receive",
    "lose",
    "win",
    "rise",
    "fall",
    "drop",
    "jump",
    "climb",
    "increase",
    "decrease",
    "grow",
    "shrink",
    "slump",
    "surge",
    "soar",
    "plunge",
    "slide",
    "dip",
    "gain",
    "rally",
    "tumble",
    "sink",
    "decline",
    "double",
    "triple",
    "halve",
    "post",
    "report",
    "earn",
    "make",
    "spend",
    "invest",
    "owe",
    "borrow",
    "lend",
    "pay",
    "cost",
    "sell",
    "buy",
    "raise",
    "cut",
    "slash",
    "shed",
    "employ",
    "hire",
    "fire",
    "sack",
    "lay",
    "add",
    "create",
    "build",
    "open",
    "close",
    "reach",
    "hit",
    "total",
    "top",
    "exceed",
    "surpass",
    "fetch",
    "value",
    "estimate",
    "record",
    "register",
    "take",
    "hold",
    "own",
    "have",
    "consist",
    "comprise",
    "include",
    "contain",
    "cover",
    "offer",
    "bid",
    "claim",
    "vote",
    "elect",
    "score",
    "beat",
    "lead",
    "trail",
    "finish",
    "rank",
    "attract",
    "draw",
    "watch",
    "visit",
    "sign",
    "agree",
    "approve",
    "reject",
    "fine",
    "sentence",
    "charge",
    "accuse",
    "convict",
    "jail",
    "save",
    "generate",
    "produce",
    "export",
    "import",
    "ship",
    "deliver",
    "order",
    "sue",
    "award",
    "allocate",
    "pledge",
    "promise",
    "donate",
    "give",
    "provide",
    "fund",
    "require",
    "need",
    "want",
    "plan",
    "expect",
    "forecast",
    "predict",
    "project",
    "meet",
    "last",
    "take",
    "spend",
    "serve",
    "play",
    "run",
    "travel",
    "fly",
    "flee",
    "leave",
    "join",
    "return",
    "stand",
    "fetch",
    "carry",
    "account",
    "represent",
    "put",
    "set",
    "limit",
    "cap",
    "bar",
    "ban",
    "block",
    "cede",
    "seize",
    "occupy",
    "control",
    "advance",
    "retreat",
    "try",
    "become",
    "come",
    "go",
    "bring",
    "get",
    "see",
    "find",
    "show",
    "suffer",
    "face",
    "survive",
    "displace",
    "trap",
    "bury",
    "burn",
    "shatter",
    "knock",
    "extinguish",
    "write",
    "publish",
    "release",
    "broadcast",
    "stream",
    "download",
    "install",
    "use",
    "like",
    "admit",
    "overtake",
    "outsell",
    "account",
    "market",
    "list",
    "drive",
    "average",
    "number",
    "stretch",
    "span",
    "discuss",
    "sort",
    "refine",
    "negotiate",
    "talk",
    "convert",
    "fetch",
    "invest",
    "withdraw",
    "deposit",
    "inject",
    "sink",
    "slip",
    "ease",
    "edge",
    "recover",
    "rebound",
    "stall",
    "hover",
    "remain",
    "stay",
    "keep",
    "continue",
    "mark",
    "celebrate",
    "host",
    "welcome",
    "enrol",
    "graduate",
    "treat",
    "test",
    "vaccinate",
    "infect",
    "diagnose",
    "lift",
    "boost",
    "lower",
    "reduce",
    "shave",
    "trim",
    "slow",
    "accelerate",
    "expand",
    "contract",
    "underwrite",
    "guarantee",
    "issue",
    "announce",
    "unveil",
    "propose",
    "demand",
    "ask",
    "seek",
];

const IRREGULAR: &[(&str, &str)] = &[
    ("shot", "shoot"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("lost", "lose"),
    ("won", "win"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("shrank", "shrink"),
    ("shrunk", "shrink"),
    ("slid", "slide"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("made", "make"),
    ("spent", "spend"),
    ("paid", "pay"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("built", "build"),
    ("took", "take"),
    ("taken", "take"),
    ("held", "hold"),
    ("had", "have"),
    ("has", "have"),
    ("beat", "beat"),
    ("beaten", "beat"),
    ("led", "lead"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("gave", "give"),
    ("given", "give"),
    ("ran", "run"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("fled", "flee"),
    ("left", "leave"),
    ("stood", "stand"),
    ("put", "put"),
    ("set", "set"),
    ("became", "become"),
    ("come", "come"),
    ("came", "come"),
    ("went", "go"),
    ("gone", "go"),
    ("brought", "bring"),
    ("got", "get"),
    ("gotten", "get"),
    ("saw", "see"),
    ("seen", "see"),
    ("found", "find"),
    ("shown", "show"),
    ("burnt", "burn"),
    ("wrote", "write"),
    ("written", "write"),
    ("cut", "cut"),
    ("shed", "shed"),
    ("hit", "hit"),
    ("cost", "cost"),
    ("bid", "bid"),
    ("sent", "send"),
    ("meant", "mean"),
    ("met", "meet"),
    ("kept", "keep"),
    ("laid", "lay"),
    ("lent", "lend"),
    ("sought", "seek"),
    ("overtook", "overtake"),
    ("overtaken", "overtake"),
    ("outsold", "outsell"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("underwrote", "underwrite"),
    ("dying", "die"),
    ("died", "die"),
    ("dies", "die"),
    ("broadcast", "broadcast"),
];

/// Reporting verbs: they introduce attribution and are never a figure's predicate.
pub const REPORTING: &[&str] = &[
    "say", "tell", "report", "write", "announce", "state", "claim", "add", "confirm", "note",
    "post", "tweet", "declare", "insist", "argue", "warn", "estimate", "cite", "quote", "suggest",
    "believe", "think",
];

const PARTICLES: &[(&str, &str)] = &[
    ("shoot", "down"),
    ("sort", "out"),
    ("knock", "out"),
    ("lay", "off"),
    ("cut", "off"),
    ("take", "out"),
    ("set", "up"),
    ("pay", "out"),
    ("step", "up"),
    ("wipe", "out"),
    ("carry", "out"),
    ("shut", "down"),
    ("write", "off"),
    ("take", "over"),
    ("give", "up"),
    ("pick", "up"),
];

static FORMS: LazyLock<HashMap<String, &'static str, BuildHasherDefault<WordHasher>>> =
    LazyLock::new(|| {
        let mut m = HashMap::default();
        for &lemma in LEMMAS.iter().chain(REPORTING) {
            for form in inflections(lemma) {
                m.entry(form).or_insert(lemma);
            }
        }
        for &(form, lemma) in IRREGULAR {
            m.insert(form.to_string(), lemma);
        }
        for be in ["be", "is", "are", "was", "were", "been", "being"] {
            m.insert(be.to_string(), "be");
        }
        m
    });

fn inflections(lemma: &str) -> Vec<String> {
    let mut v = vec![lemma.to_string()];
    let consonant_y = lemma.ends_with('y')
        && !lemma.ends_with("ay")
        && !lemma.ends_with("ey")
        && !lemma.ends_with("oy");
    let stem_ies = || format!("{}ies", &lemma[..lemma.len() - 1]);
    let stem_ied = || format!("{}ied", &lemma[..lemma.len() - 1]);
    if consonant_y {
        v.push(stem_ies());
        v.push(stem_ied());
    } else if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
        || lemma.ends_with('o')
    {
        v.push(format!("{lemma}es"));
    } else {
        v.push(format!("{lemma}s"));
    }
    if let Some(stem) = lemma.strip_suffix('e') {
        v.push(format!("{lemma}d"));
        v.push(format!("{stem}ing"));
    } else if !consonant_y {
        let b = lemma.as_bytes();
        let n = b.len();
        let cvc = n >= 3
            && !is_vowel(b[n - 1])
            && is_vowel(b[n - 2])
            && !is_vowel(b[n - 3])
            && !matches!(b[n - 1], b'w' | b'x' | b'y')
            && n <= 4;
        if cvc {
            let last = b[n - 1] as char;
            v.push(format!("{lemma}{last}ed"));
            v.push(format!("{lemma}{last}ing"));
        }
        v.push(format!("{lemma}ed"));
        v.push(format!("{lemma}ing"));
    } else {
        v.push(format!("{lemma}ing"));
    }
    v
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// A past tense or participle form: "killed", "shot", "fell".
pub fn is_past_form(word: &str) -> bool {
    (word.ends_with("ed") && verb_lemma(word).is_some())
        || IRREGULAR.iter().any(|&(f, l)| f == word && f != l)
}

/// The lemma of a verb form in the lexicon.
pub fn verb_lemma(word: &str) -> Option<&'static str> {
    FORMS.get(word).copied()
}

fn is_reporting(lemma: &str) -> bool {
    REPORTING.contains(&lemma)
}

fn weak(lemma: &str) -> bool {
    matches!(lemma, "be" | "have")
}

const CLAUSE_BREAK: &[&str] = &[";", ":", "(", ")", "“", "”", "\"", "–", "—"];

fn is_break(t: &Tok) -> bool {
    t.kind == TokKind::Punct && CLAUSE_BREAK.contains(&t.text)
}

static AUX: LazyLock<WordSet> = LazyLock::new(|| {
    word_set(&[
        "were",
        "was",
        "been",
        "being",
        "had",
        "have",
        "has",
        "are",
        "is",
        "be",
        "reportedly",
        "also",
        "all",
        "later",
        "then",
        "now",
        "subsequently",
        "reported",
        "either",
        "both",
        "each",
        "will",
        "would",
        "could",
        "may",
        "might",
        "to",
    ])
});

/// Find the predicate of a figure.
pub fn find_predicate(toks: &[Tok], fig: &Figure, figures: &[Figure]) -> Option<Predicate> {
    // A compound adjective ("28-point plan", "90-year-old resident") describes its noun;
    // no verb is about the points or years themselves.
    if fig.compound {
        return None;
    }
    let right = right_verb(toks, fig);
    let left = left_verb(toks, fig, figures);
    let pick = match (right, left) {
        (Some(r), Some(l)) => {
            if weak(r.0) && !weak(l.0) {
                l
            } else {
                r
            }
        }
        (Some(r), None) => r,
        (None, Some(l)) => l,
        (None, None) => return None,
    };
    let (lemma, at, end) = pick;
    let lemma = with_particle(toks, lemma, end);
    let negated = negated_before(toks, at);
    let denied = denied_before(toks, fig.first);
    Some(Predicate {
        lemma,
        span: toks[at].span.cover(toks[end - 1].span),
        negated,
        denied,
    })
}

fn with_particle(toks: &[Tok], lemma: &'static str, end: usize) -> String {
    if let Some(t) = toks.get(end)
        && PARTICLES.iter().any(|&(l, p)| l == lemma && t.lower == p)
    {
        return format!("{lemma} {}", t.lower);
    }
    lemma.to_string()
}

/// A verb right after the figure's phrase: "20 people were wounded", "seven people killed".
fn right_verb(toks: &[Tok], fig: &Figure) -> Option<(&'static str, usize, usize)> {
    let mut k = fig.phrase_end;
    let mut steps = 0;
    let mut weak_seen = None;
    while let Some(t) = toks.get(k) {
        if t.kind != TokKind::Word || steps > 4 {
            break;
        }
        let lemma = verb_lemma(&t.lower);
        if let Some(l) = lemma
            && !weak(l)
            && !is_reporting(l)
            && t.lower != "to"
        {
            // Without an auxiliary, only past participles or finite forms count right after.
            return Some((l, k, k + 1));
        }
        if let Some(l) = lemma
            && weak(l)
        {
            weak_seen.get_or_insert((l, k, k + 1));
        }
        if AUX.contains(&t.lower.as_str()) || t.lower.ends_with("ly") {
            k += 1;
            steps += 1;
            continue;
        }
        break;
    }
    weak_seen
}

/// The nearest verb to the left inside the clause: "Russia fired 22 missiles".
fn left_verb(
    toks: &[Tok],
    fig: &Figure,
    figures: &[Figure],
) -> Option<(&'static str, usize, usize)> {
    let mut k = fig.first;
    // Skip the hedge ("at least", "more than") to find what stands before the figure.
    while k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "least"
                | "than"
                | "more"
                | "at"
                | "nearly"
                | "almost"
                | "about"
                | "some"
                | "around"
                | "over"
                | "up"
                | "to"
        )
    {
        k -= 1;
    }
    // In "the summit comes after two days of talks" the figure is in a prepositional phrase;
    // the verb is about something else.
    if k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "after" | "before" | "since" | "following"
        )
    {
        return None;
    }
    let mut k = fig.first;
    let mut weak_seen = None;
    let limit = fig.first.saturating_sub(14);
    while k > limit {
        k -= 1;
        let t = &toks[k];
        if is_break(t) {
            break;
        }
        // Another figure's phrase in between belongs to that figure, but a verb before it
        // may govern both ("jumped 76% to $1.13bn").
        // Figures are in token order: find the one that could cover k by binary search.
        let covering = figures.partition_point(|f| f.first <= k);
        if covering > 0 && figures[covering - 1].last >= k {
            continue;
        }
        if t.kind != TokKind::Word {
            if t.is_punct(",") && k + 1 < fig.first && weak_seen.is_none() {
                // A comma ends the clause unless the figure is the object of a participle
                // right after it: "..., killing at least nine people".
                break;
            }
            continue;
        }
        if matches!(
            t.lower.as_str(),
            "that"
                | "which"
                | "who"
                | "and"
                | "but"
                | "while"
                | "when"
                | "after"
                | "because"
                | "if"
        ) && k + 2 < fig.first
        {
            // "fired 22 missiles ... and more than 460 drones": a coordinated figure shares
            // the verb of the figure before it.
            let coordinated = matches!(t.lower.as_str(), "and" | "or")
                && figures
                    .iter()
                    .any(|f| f.last < k && k - f.last <= 6 && f.first != fig.first);
            if !coordinated {
                break;
            }
        }
        if let Some(l) = verb_lemma(&t.lower) {
            if is_reporting(l) {
                break;
            }
            // After a determiner or possessive a base form is a noun: "the plan", "Trump’s plan".
            let noun_use = k > 0
                && matches!(
                    toks[k - 1].lower.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "s"
                        | "this"
                        | "that"
                        | "of"
                        | "new"
                )
                && !is_past_form(&t.lower);
            if noun_use {
                continue;
            }
            if weak(l) {
                weak_seen.get_or_insert((l, k, k + 1));
                continue;
            }
            return Some((l, k, k + 1));
        }
    }
    weak_seen
}

fn negated_before(toks: &[Tok], at: usize) -> bool {
    let lo = at.saturating_sub(4);
    toks[lo..at].iter().enumerate().any(|(o, t)| {
        matches!(
            t.lower.as_str(),
            "not" | "never" | "no" | "neither" | "nor" | "failed"
        ) || (t.lower == "t" && lo + o >= 1 && matches!(toks[lo + o - 1].text, "’" | "'"))
    })
}

/// A denial earlier in the sentence governs what follows: "denied reports that ... 19 points".
fn denied_before(toks: &[Tok], at: usize) -> bool {
    toks[..at].iter().enumerate().any(|(k, t)| {
        matches!(
            t.lower.as_str(),
            "denied"
                | "denies"
                | "deny"
                | "denying"
                | "dismissed"
                | "rejected"
                | "refuted"
                | "disputed"
        ) && toks[k + 1..at.min(k + 4)].iter().any(|n| {
            matches!(
                n.lower.as_str(),
                "reports" | "that" | "claims" | "suggestions" | "report" | "the"
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::quantity::find_figures;
    use super::*;
    use crate::text::token::tokenize;

    fn preds(s: &str) -> Vec<String> {
        let toks = tokenize(s, 0);
        let figs = find_figures(&toks, &[]);
        figs.iter()
            .map(|f| {
                find_predicate(&toks, f, &figs)
                    .map(|p| p.label())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn inflections_cover_regular_and_irregular_forms() {
        assert_eq!(verb_lemma("killed"), Some("kill"));
        assert_eq!(verb_lemma("killing"), Some("kill"));
        assert_eq!(verb_lemma("dropped"), Some("drop"));
        assert_eq!(verb_lemma("rising"), Some("rise"));
        assert_eq!(verb_lemma("shot"), Some("shoot"));
        assert_eq!(verb_lemma("injuries"), None);
    }

    #[test]
    fn passive_and_participle_on_the_right() {
        assert_eq!(
            preds("Klitschko said 20 people were wounded in Kyiv."),
            vec!["wound"]
        );
        assert_eq!(
            preds("with at least seven people killed in strikes"),
            vec!["kill"]
        );
    }

    #[test]
    fn active_verb_on_the_left() {
        assert_eq!(
            preds("Russia fired 22 missiles of various types and more than 460 drones at Ukraine"),
            vec!["fire", "fire"]
        );
        assert_eq!(
            preds("profits jumped 76% to $1.13bn for the quarter"),
            vec!["jump", "jump"]
        );
        assert_eq!(
            preds(
                "firing 518 drones and missiles, killing at least nine people while injuring dozens"
            ),
            vec!["fire", "kill", "injure"]
        );
        assert_eq!(
            preds("air defences shot down 30 drones"),
            vec!["shoot down"]
        );
    }

    #[test]
    fn negation_and_denial() {
        assert_eq!(
            preds("he denied reports that the plan now consisted of 19 points"),
            vec!["not consist"]
        );
        assert_eq!(preds("the firm did not cut 500 jobs"), vec!["not cut"]);
    }
}
