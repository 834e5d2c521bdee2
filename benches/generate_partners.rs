//! A generated partner directory of any size, and a project that needs suppliers for many of
//! its manufacturers. Deterministic (a fixed LCG): the same bytes on every run.
//!
//! Shape: a tenth of the companies are factories (IT, DE, FR, ES, DK, PT), the rest suppliers
//! and showrooms serving two of twenty regions. Partnerships are skewed as trade is: suppliers
//! and manufacturers are drawn with a quadratic bias, so a few large distributors carry
//! hundreds of brands and popular factories have hundreds of partners, while most have a few.
//! 80 % are active, 10 % expired, 7 % pending, 3 % declined.

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// In 0..n, biased to small numbers (u² of a uniform u).
    fn skewed(&mut self, n: u64) -> u64 {
        let u = self.below(1 << 20);
        (u * u * n) >> 40
    }
}

const REGIONS: [&str; 20] = [
    "RU-MOW", "RU-MOS", "RU-SPE", "RU-LEN", "RU-KDA", "RU-SVE", "RU-TA", "RU-NVS", "RU-NIZ", "RU-ROS", "RU-SAM",
    "RU-BA", "RU-CHE", "RU-PER", "RU-VOR", "RU-VGG", "RU-KYA", "RU-IRK", "RU-KHA", "RU-PRI",
];
const COUNTRIES: [&str; 6] = ["IT", "IT", "IT", "DE", "FR", "ES"];

/// The directory's JSON: `companies` companies, `partnerships` partnerships.
#[allow(dead_code)]
pub fn directory(companies: usize, partnerships: usize) -> String {
    let factories = companies / 10;
    let suppliers = companies - factories;
    let mut rng = Lcg(7);
    let mut out = String::with_capacity(companies * 130 + partnerships * 120);
    out.push_str(r#"{"format":"partner-directory/1","companies":["#);
    for f in 0..factories {
        if f > 0 {
            out.push(',');
        }
        let country = COUNTRIES[f % COUNTRIES.len()];
        out.push_str(&format!(r#"{{"id":"f-{f}","kind":"factory","name":"Fabbrica {f}","country":"{country}"}}"#));
    }
    for s in 0..suppliers {
        let kind = if s % 5 == 0 { "showroom" } else { "supplier" };
        let (a, b) = (REGIONS[s % 20], REGIONS[(s * 7 + 3) % 20]);
        let rating = format!("{}.{}", 3 + rng.below(2), rng.below(10));
        out.push_str(&format!(
            r#",{{"id":"s-{s}","kind":"{kind}","name":"Supplier {s}","country":"RU","regions":["{a}","{b}"],"rating":"{rating}"}}"#
        ));
    }
    out.push_str(r#"],"partnerships":["#);
    let mut seen = std::collections::HashSet::with_capacity(partnerships);
    let mut n = 0;
    while n < partnerships {
        let s = rng.skewed(suppliers as u64);
        let f = rng.skewed(factories as u64);
        if !seen.insert((s, f)) {
            continue;
        }
        let status = match rng.below(100) {
            0..=79 => "active",
            80..=89 => "expired",
            90..=96 => "pending",
            _ => "declined",
        };
        if n > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"supplier":"s-{s}","manufacturer":"f-{f}","status":"{status}","since":"20{:02}-{:02}-{:02}","discount_pct":"{}"}}"#,
            10 + rng.below(16),
            1 + rng.below(12),
            1 + rng.below(28),
            10 + rng.below(36)
        ));
        n += 1;
    }
    out.push_str("]}");
    out
}

/// A designer's project with two items of each of `makers` factories of the directory (spread
/// over its popular and its rare manufacturers), every one sourced from its factory.
#[allow(dead_code)]
pub fn project(makers: usize, factories: usize) -> String {
    let mut companies = vec![r#"{"id":"d-owner","kind":"designer","name":"Owner Studio","country":"RU"}"#.to_string()];
    let mut items = Vec::new();
    for k in 0..makers {
        // Quadratic spacing: popular factories (small numbers) and rare ones (large numbers).
        let f = (k * k * (factories - 1)) / (makers * makers).max(1);
        companies.push(format!(r#"{{"id":"f-{f}","kind":"factory","name":"Fabbrica {f}","country":"IT"}}"#));
        for j in 0..2 {
            items.push(format!(
                r#"{{"id":"it-{k}-{j}","sku":"SKU-{f}-{j}","name":"Product {k}.{j}","manufacturer":"f-{f}","source":"f-{f}","quantity":"{q}","unit_price":"{p}.00","currency":"EUR","discount_pct":"30"}}"#,
                q = 1 + (k + j) % 4,
                p = 500 + (k * 131 + j * 17) % 9000
            ));
        }
    }
    format!(
        r#"{{"format":"studio-project/1","project":{{"id":"GEN-P","name":"Generated","locale":"en","currency":"EUR","owner":"d-owner","date":"2026-11-20","delivery":{{"address":"Moscow","country":"RU","region":"RU-MOW"}}}},"companies":[{}],"items":[{}]}}"#,
        companies.join(","),
        items.join(",")
    )
}
