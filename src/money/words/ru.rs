//! Russian: numbers with the grammatical gender of what they count, and the three plural forms
//! (1, 2–4, 5–20: рубль, рубля, рублей; 21 is "один рубль" again, 11–14 always the third).

use super::triples;

#[derive(Clone, Copy)]
enum Gender {
    Masculine,
    Feminine,
}

/// Forms for 1, 2–4 and 5–20 of a noun, and its gender.
type Noun = ([&'static str; 3], Gender);

const THOUSAND: Noun = (["тысяча", "тысячи", "тысяч"], Gender::Feminine);
const SCALES: [Noun; 5] = [
    THOUSAND,
    (["миллион", "миллиона", "миллионов"], Gender::Masculine),
    (["миллиард", "миллиарда", "миллиардов"], Gender::Masculine),
    (["триллион", "триллиона", "триллионов"], Gender::Masculine),
    (["квадриллион", "квадриллиона", "квадриллионов"], Gender::Masculine),
];

/// The major and minor units of a currency.
fn currency(code: &str) -> Option<(Noun, Noun)> {
    use Gender::*;
    Some(match code {
        "RUB" => ((["рубль", "рубля", "рублей"], Masculine), (["копейка", "копейки", "копеек"], Feminine)),
        "EUR" => ((["евро", "евро", "евро"], Masculine), (["цент", "цента", "центов"], Masculine)),
        "USD" => ((["доллар", "доллара", "долларов"], Masculine), (["цент", "цента", "центов"], Masculine)),
        "GBP" => (
            (["фунт стерлингов", "фунта стерлингов", "фунтов стерлингов"], Masculine),
            (["пенс", "пенса", "пенсов"], Masculine),
        ),
        "CNY" => ((["юань", "юаня", "юаней"], Masculine), (["фэнь", "фэня", "фэней"], Masculine)),
        _ => return None,
    })
}

/// Which of the three forms goes with `n`.
fn form(n: u64, forms: &[&'static str; 3]) -> &'static str {
    let (last, last_two) = (n % 10, n % 100);
    let i = if (11..=14).contains(&last_two) {
        2
    } else if last == 1 {
        0
    } else if (2..=4).contains(&last) {
        1
    } else {
        2
    };
    forms.get(i).copied().unwrap_or_default()
}

const HUNDREDS: [&str; 10] =
    ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];
const TENS: [&str; 10] =
    ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
const TEENS: [&str; 10] = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
];
const UNITS: [&str; 10] = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];

/// Words of 1..=999 counting something of `gender`.
fn triple(n: u64, gender: Gender, out: &mut Vec<&'static str>) {
    let (h, t, u) = ((n / 100) as usize, ((n / 10) % 10) as usize, (n % 10) as usize);
    out.extend(HUNDREDS.get(h).filter(|w| !w.is_empty()));
    if t == 1 {
        out.extend(TEENS.get(u));
        return;
    }
    out.extend(TENS.get(t).filter(|w| !w.is_empty()));
    let unit = match (u, gender) {
        (1, Gender::Feminine) => Some("одна"),
        (2, Gender::Feminine) => Some("две"),
        _ => UNITS.get(u).copied().filter(|w| !w.is_empty()),
    };
    out.extend(unit);
}

/// "[минус] <whole in words> <major form> <minor as digits> <minor form>".
pub(super) fn words(whole: u64, minor: u64, dp: u32, code: &str, negative: bool) -> Option<String> {
    let (major, minor_noun) = currency(code)?;
    let mut out: Vec<&'static str> = Vec::new();
    if negative {
        out.push("минус");
    }
    if whole == 0 {
        out.push("ноль");
    }
    let groups = triples(whole);
    for (i, &group) in groups.iter().enumerate().rev() {
        if group == 0 {
            continue;
        }
        match i {
            0 => triple(group, major.1, &mut out),
            _ => {
                let (forms, gender) = SCALES.get(i.checked_sub(1)?)?;
                triple(group, *gender, &mut out);
                out.push(form(group, forms));
            }
        }
    }
    let mut text = out.join(" ");
    text.push(' ');
    text.push_str(form(whole, &major.0));
    if dp > 0 {
        text.push_str(&format!(" {minor:0width$} {}", form(minor, &minor_noun.0), width = dp as usize));
    }
    Some(text)
}
