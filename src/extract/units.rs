//! Unit lexicon: currencies, percentages and measures, each with its normalized name.
//!
//! Counted nouns ("drones", "people") are not listed here: any noun can be counted and its
//! lemma is its unit. This table is for units that are not ordinary count nouns, so that
//! `5 km`, `£600m` and `76%` get a fixed name (`kilometre`, `GBP`, `percent`).

/// Currency symbol before a number. `prefix` is a glued country marker such as `US` or `A`.
pub fn currency_symbol(symbol: &str, prefix: Option<&str>) -> Option<&'static str> {
    Some(match (symbol, prefix) {
        ("$", Some("us")) => "USD",
        ("$", Some("a" | "au")) => "AUD",
        ("$", Some("c" | "ca")) => "CAD",
        ("$", Some("hk")) => "HKD",
        ("$", Some("nz")) => "NZD",
        ("$", Some("s")) => "SGD",
        ("$", _) => "USD",
        ("£", _) => "GBP",
        ("€", _) => "EUR",
        ("¥", _) => "JPY",
        ("₹", _) => "INR",
        ("₽", _) => "RUB",
        ("₴", _) => "UAH",
        _ => return None,
    })
}

/// Currency words after a number: `5 dollars`, `100 trillion won`, `50 pence`.
/// Returns the code and a multiplier (pence and cents are hundredths).
pub fn currency_word(word: &str) -> Option<(&'static str, f64)> {
    Some(match word {
        "dollar" | "dollars" => ("USD", 1.0),
        "pound" | "pounds" | "sterling" => ("GBP", 1.0),
        "euro" | "euros" => ("EUR", 1.0),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" => ("CNY", 1.0),
        "rupee" | "rupees" => ("INR", 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" => ("RUB", 1.0),
        "hryvnia" | "hryvnias" => ("UAH", 1.0),
        "franc" | "francs" => ("CHF", 1.0),
        "won" => ("KRW", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "rand" => ("ZAR", 1.0),
        "krona" | "kronor" => ("SEK", 1.0),
        "krone" | "kroner" => ("NOK", 1.0),
        "real" | "reais" => ("BRL", 1.0),
        "baht" => ("THB", 1.0),
        "ringgit" => ("MYR", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "lira" => ("TRY", 1.0),
        "pence" | "p" => ("GBP", 0.01),
        "cents" | "cent" => ("USD", 0.01),
        _ => return None,
    })
}

/// ISO codes written as words before or after a number: `USD 5m`, `5m euros`.
pub fn currency_code(word: &str) -> Option<&'static str> {
    Some(match word {
        "usd" => "USD",
        "gbp" => "GBP",
        "eur" => "EUR",
        "jpy" => "JPY",
        "chf" => "CHF",
        "cny" | "rmb" => "CNY",
        "inr" => "INR",
        "aud" => "AUD",
        "cad" => "CAD",
        _ => return None,
    })
}

/// Measures, as written (lower case) to their full singular name.
pub fn measure(word: &str) -> Option<&'static str> {
    Some(match word {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "kilometre",
        "m" | "metre" | "metres" | "meter" | "meters" => "metre",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "centimetre",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "millimetre",
        "mile" | "miles" => "mile",
        "ft" | "foot" | "feet" => "foot",
        "in" | "inch" | "inches" => "inch",
        "yard" | "yards" | "yd" | "yds" => "yard",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kilogram",
        "g" | "gram" | "grams" | "gramme" | "grammes" => "gram",
        "mg" | "milligram" | "milligrams" => "milligram",
        "lb" | "lbs" => "pound",
        "oz" | "ounce" | "ounces" => "ounce",
        "tonne" | "tonnes" | "ton" | "tons" | "t" => "tonne",
        "litre" | "litres" | "liter" | "liters" | "l" => "litre",
        "ml" | "millilitre" | "millilitres" => "millilitre",
        "gallon" | "gallons" => "gallon",
        "barrel" | "barrels" | "bpd" => "barrel",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" | "ha" => "hectare",
        "mph" => "mile per hour",
        "kph" | "kmh" => "kilometre per hour",
        "mw" | "megawatt" | "megawatts" => "megawatt",
        "gw" | "gigawatt" | "gigawatts" => "gigawatt",
        "kw" | "kilowatt" | "kilowatts" => "kilowatt",
        "kwh" => "kilowatt hour",
        "mb" | "megabyte" | "megabytes" => "megabyte",
        "gb" | "gigabyte" | "gigabytes" => "gigabyte",
        "tb" | "terabyte" | "terabytes" => "terabyte",
        "kb" | "kilobyte" | "kilobytes" => "kilobyte",
        "mbps" => "megabit per second",
        "kbps" => "kilobit per second",
        "gbps" => "gigabit per second",
        "mhz" | "megahertz" => "megahertz",
        "ghz" | "gigahertz" => "gigahertz",
        "degree" | "degrees" => "degree",
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "night" | "nights" => "night",
        "week" | "weeks" => "week",
        "fortnight" | "fortnights" => "fortnight",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// Glued suffixes after digits that are measures, not scale: `5km`, `100mph`, `30mg`.
/// `m` is left out: after digits it is far more often "million" in news.
pub fn glued_measure(word: &str) -> Option<&'static str> {
    match word {
        "m" | "in" | "g" | "t" | "l" | "ha" => None,
        w => measure(w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies() {
        assert_eq!(currency_symbol("$", None), Some("USD"));
        assert_eq!(currency_symbol("$", Some("a")), Some("AUD"));
        assert_eq!(currency_symbol("£", None), Some("GBP"));
        assert_eq!(currency_word("pence"), Some(("GBP", 0.01)));
        assert_eq!(currency_word("drones"), None);
    }

    #[test]
    fn measures() {
        assert_eq!(measure("km"), Some("kilometre"));
        assert_eq!(measure("hours"), Some("hour"));
        assert_eq!(glued_measure("m"), None);
        assert_eq!(glued_measure("mph"), Some("mile per hour"));
    }
}
