//! Property tests: number forms round-trip through extraction, and no input makes any stage
//! panic.

use crosscheck::extract::number::spell;
use crosscheck::pipeline::load::parse_article;
use proptest::prelude::*;

/// The single figure extracted from `text`, as (value, unit).
fn only_figure(text: &str) -> Option<(f64, Option<String>)> {
    let article = parse_article("prop.txt", text.as_bytes().to_vec()).ok()?;
    let a = crosscheck::analyze(article);
    match a.claims.quantities.as_slice() {
        [q] => Some((q.value, q.unit.clone())),
        _ => None,
    }
}

proptest! {
    #[test]
    fn spelled_numbers_round_trip(n in 1u64..1_000_000) {
        let text = format!("Officials said {} protesters gathered.", spell(n));
        prop_assert_eq!(only_figure(&text), Some((n as f64, Some("protester".to_string()))), "{}", text);
    }

    #[test]
    fn digit_numbers_with_separators_round_trip(n in 1u64..10_000_000_000) {
        let text = format!("Officials said {} protesters gathered.", crosscheck::model::display::human_number(n as f64));
        prop_assert_eq!(only_figure(&text), Some((n as f64, Some("protester".to_string()))), "{}", text);
    }

    #[test]
    fn decimals_with_scale_round_trip(whole in 1u32..1000, frac in 1u32..100) {
        let text = format!("The firm raised ${whole}.{frac:02}bn from investors.");
        let expected = format!("{whole}.{frac:02}").parse::<f64>().unwrap() * 1e9;
        let (value, unit) = only_figure(&text).expect("one figure");
        prop_assert!((value - expected).abs() < 1.0, "{} -> {}", text, value);
        prop_assert_eq!(unit.as_deref(), Some("USD"));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        if let Ok(article) = parse_article("prop.txt", text.into_bytes()) {
            let _ = crosscheck::analyze(article);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(article) = parse_article("prop.txt", bytes) {
            let _ = crosscheck::analyze(article);
        }
    }

    #[test]
    fn newsy_token_soup_never_panics(words in proptest::collection::vec(prop_oneof![
        Just("more"), Just("than"), Just("at"), Just("least"), Just("$"), Just("£"), Just("5"),
        Just("1,000"), Just("2.5"), Just("bn"), Just("m"), Just("%"), Just("-"), Just("to"),
        Just("between"), Just("and"), Just("dozens"), Just("of"), Just("twenty-two"), Just("a"),
        Just("dozen"), Just("half"), Just("third"), Just("one"), Just("in"), Just("“"), Just("”"),
        Just("\""), Just("."), Just(","), Just("Mr"), Just("Smith"), Just("said"), Just("on"),
        Just("Tuesday"), Just("last"), Just("night"), Just("20"), Just("October"), Just("2022"),
        Just("killed"), Just("people"), Just("Kyiv"), Just("per"), Just("cent"), Just("(")
    ], 0..60)) {
        let text = words.join(" ");
        if let Ok(article) = parse_article("prop.txt", format!(" date 2025-11-19 {text}").into_bytes()) {
            let _ = crosscheck::analyze(article);
        }
    }
}

/// Regression guard for pathological input (a sentence listing thousands of figures, a whole
/// article on one line): every figure is still found. The work is linear in the figures since
/// the per-figure scans became binary searches and positions use checkpoints; a benchmark, not
/// this test, measures how long it takes. (Thousands carry separators, as news writes them:
/// a bare "1999" before a noun is read as a year.)
#[test]
fn a_sentence_listing_thousands_of_figures_keeps_them_all() {
    let text = format!(
        "Officials counted {} in Kyiv.",
        (1..=3000)
            .map(|i| format!(
                "{} sheep",
                crosscheck::model::display::human_number(i as f64)
            ))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let article = parse_article("many.txt", text.into_bytes()).unwrap();
    let a = crosscheck::analyze(article);
    assert_eq!(a.claims.quantities.len(), 3000);
    assert!(
        a.claims
            .quantities
            .iter()
            .all(|q| q.unit.as_deref() == Some("sheep"))
    );
    let last = a.claims.quantities.last().unwrap();
    assert_eq!(last.value, 3000.0);
    assert_eq!(a.lines.position(&a.article.text, last.span.start).0, 1);
}
