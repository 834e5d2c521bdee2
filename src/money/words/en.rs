//! English: "one million two hundred thirty-four thousand five hundred sixty-seven euros and
//! 89 cents" (no "and" inside the number, hyphenated tens, as US and business usage print it).

use super::triples;

/// Singular and plural of the major and minor units.
fn currency(code: &str) -> Option<([&'static str; 2], [&'static str; 2])> {
    Some(match code {
        "RUB" => (["rouble", "roubles"], ["kopeck", "kopecks"]),
        "EUR" => (["euro", "euros"], ["cent", "cents"]),
        "USD" => (["dollar", "dollars"], ["cent", "cents"]),
        "GBP" => (["pound", "pounds"], ["penny", "pence"]),
        "CNY" => (["yuan", "yuan"], ["fen", "fen"]),
        _ => return None,
    })
}

const SCALES: [&str; 5] = ["thousand", "million", "billion", "trillion", "quadrillion"];
const UNITS: [&str; 20] = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Words of 1..=999.
fn triple(n: u64, out: &mut Vec<String>) {
    let (h, rest) = ((n / 100) as usize, (n % 100) as usize);
    if h > 0 {
        out.extend(UNITS.get(h).map(|u| format!("{u} hundred")));
    }
    if rest >= 20 {
        let (t, u) = (rest / 10, rest % 10);
        let tens = TENS.get(t).copied().unwrap_or_default();
        out.push(match UNITS.get(u).filter(|w| !w.is_empty()) {
            Some(unit) => format!("{tens}-{unit}"),
            None => tens.to_string(),
        });
    } else if rest > 0 {
        out.extend(UNITS.get(rest).map(|u| u.to_string()));
    }
}

fn plural(n: u64, forms: &[&'static str; 2]) -> &'static str {
    if n == 1 {
        forms[0]
    } else {
        forms[1]
    }
}

/// "[minus] <whole in words> <major> and <minor as digits> <minor unit>".
pub(super) fn words(whole: u64, minor: u64, dp: u32, code: &str, negative: bool) -> Option<String> {
    let (major, minor_forms) = currency(code)?;
    let mut out: Vec<String> = Vec::new();
    if negative {
        out.push("minus".into());
    }
    if whole == 0 {
        out.push("zero".into());
    }
    let groups = triples(whole);
    for (i, &group) in groups.iter().enumerate().rev() {
        if group == 0 {
            continue;
        }
        triple(group, &mut out);
        if i > 0 {
            out.push(SCALES.get(i.checked_sub(1)?)?.to_string());
        }
    }
    let mut text = out.join(" ");
    text.push(' ');
    text.push_str(plural(whole, &major));
    if dp > 0 {
        text.push_str(&format!(" and {minor:0width$} {}", plural(minor, &minor_forms), width = dp as usize));
    }
    Some(text)
}
