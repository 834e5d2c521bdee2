//! The partner directory as an index: loaded once, queried many times, updated in place.
//!
//! Companies keep the directory's order and are numbered by it; ids are interned once. Every
//! partnership sits under its manufacturer (a recommendation asks "who partners with these
//! manufacturers?"), and each factory country keeps, per supplier, how many active
//! partnerships it has there (a proposal asks "who already works with this country?").
//! Nothing here is iterated in hash order into a result: callers sort by id.

use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

use crate::codes::Code;
use crate::error::Error;
use crate::model::Checked;
use crate::model::{CompanyKind, DirectoryCompany, PartnerDirectory, Partnership, PartnershipStatus, Text};
use crate::problem::{Problem, Problems};

/// One partnership as the index keeps it, under its manufacturer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// The supplier's number in the index.
    pub supplier: u32,
    /// Its state.
    pub status: PartnershipStatus,
    /// Since when, as `YYYYMMDD` (0 when not given).
    pub since: u32,
    /// The supplier's discount from the manufacturer.
    pub discount_pct: Option<Decimal>,
}

impl Link {
    /// `since` written `YYYY-MM-DD`.
    pub fn since_text(&self) -> Option<String> {
        date_text(self.since)
    }
}

/// A checked `YYYY-MM-DD` date packed as the number `YYYYMMDD`.
#[allow(clippy::arithmetic_side_effects, reason = "the eight digits of a checked date: at most 99,991,231")]
pub(crate) fn pack_date(d: &str) -> u32 {
    d.bytes().filter(u8::is_ascii_digit).fold(0u32, |a, b| a * 10 + u32::from(b - b'0'))
}

/// A packed date written `YYYY-MM-DD` (None for 0, no date).
pub(crate) fn date_text(d: u32) -> Option<String> {
    (d != 0).then(|| format!("{:04}-{:02}-{:02}", d / 10_000, d / 100 % 100, d % 100))
}

/// Whether company `n` is in a bit set of companies (as [`PartnerIndex::serving`] makes).
pub(crate) fn in_set(bits: Option<&[u64]>, n: u32) -> bool {
    let n = n as usize;
    bits.is_some_and(|b| b.get(n / 64).is_some_and(|w| w & (1 << (n % 64)) != 0))
}

/// A loaded `partner-directory/1`.
#[derive(Debug, Clone, Default)]
pub struct PartnerIndex {
    companies: Vec<DirectoryCompany>,
    by_id: HashMap<Text, u32>,
    /// Per company (as manufacturer): its partnerships, any status.
    links: Vec<Vec<Link>>,
    /// Per company (as supplier): the manufacturers it has an active partnership with.
    active: Vec<Vec<u32>>,
    /// Per factory country: supplier → its number of active partnerships with that country's factories.
    by_country: Vec<HashMap<u32, u32>>,
    /// The countries met, numbered; and each company's country by that number.
    countries: Vec<Text>,
    country_of: Vec<Option<u16>>,
    /// Per region: the companies serving it, ascending.
    by_region: HashMap<Text, Vec<u32>>,
    /// Per company: its place in id order (what ties are broken by), kept beside the companies so
    /// that ranking thousands of candidates reads one small array, not their records.
    ranks: Vec<u32>,
    /// Per company: its rating, for the same reason.
    ratings: Vec<Option<Decimal>>,
    partnerships: usize,
}

/// What an update changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[schemars(title = "directory updated")]
pub struct UpdateSummary {
    /// Companies new to the index.
    pub companies_added: usize,
    /// Companies whose fields the update replaced.
    pub companies_changed: usize,
    /// Pairs new to the index.
    pub partnerships_added: usize,
    /// Pairs whose status, date or discount the update replaced (a partnership ended is one).
    pub partnerships_changed: usize,
    /// Companies in the index after the update.
    pub companies: usize,
    /// Partnerships in the index after the update.
    pub partnerships: usize,
    /// Problems that did not stop the update.
    pub warnings: Vec<Problem>,
}

fn packed_date(d: Option<&Text>) -> u32 {
    d.map_or(0, |d| pack_date(d))
}

impl PartnerIndex {
    /// Reads, checks and indexes a `partner-directory/1` document: optimistically first, and
    /// through the precise reader when anything is off (see `super::load`).
    pub fn load(bytes: &[u8]) -> Result<Checked<PartnerIndex>, Error> {
        if let Some(index) = super::load::optimistic(bytes) {
            return Ok(Checked { value: index, warnings: Vec::new() });
        }
        PartnerIndex::load_precisely(bytes)
    }

    /// Reads, checks and indexes a directory through the precise reader only.
    pub fn load_precisely(bytes: &[u8]) -> Result<Checked<PartnerIndex>, Error> {
        let checked = crate::model::read_directory(bytes)?;
        Ok(Checked { value: PartnerIndex::from_directory(checked.value)?, warnings: checked.warnings })
    }

    /// Indexes a checked directory. A directory the checks let through always indexes; one
    /// that does not is an internal error, never an empty index.
    pub fn from_directory(doc: PartnerDirectory) -> Result<PartnerIndex, Error> {
        let numbers: HashMap<&str, u32> = doc
            .companies
            .iter()
            .enumerate()
            .map(|(n, c)| (c.company.id.as_str(), u32::try_from(n).unwrap_or(u32::MAX)))
            .collect();
        let links: Vec<(u32, Link)> = doc
            .partnerships
            .iter()
            .filter_map(|p| {
                let (s, m) = (*numbers.get(p.supplier.as_str())?, *numbers.get(p.manufacturer.as_str())?);
                let since = packed_date(p.since.as_ref());
                Some((m, Link { supplier: s, status: p.status, since, discount_pct: p.discount_pct }))
            })
            .collect();
        drop(numbers);
        // A checked directory lists each pair once.
        PartnerIndex::from_parts(doc.companies, links)
            .ok_or_else(|| Error::Internal("a checked partner directory lists a partnership twice".into()))
    }

    /// Indexes checked companies and their partnerships (`(manufacturer number, link)`),
    /// numbered in the companies' order; `None` when a pair is listed twice.
    pub(crate) fn from_parts(companies: Vec<DirectoryCompany>, links: Vec<(u32, Link)>) -> Option<PartnerIndex> {
        let mut index = PartnerIndex {
            by_id: HashMap::with_capacity_and_hasher(companies.len(), Default::default()),
            links: vec![Vec::new(); companies.len()],
            active: vec![Vec::new(); companies.len()],
            ..PartnerIndex::default()
        };
        for c in companies {
            index.add_company(c);
        }
        for (m, link) in links {
            if let Some(list) = index.links.get_mut(m as usize) {
                list.push(link);
            }
            if link.status == PartnershipStatus::Active {
                if let Some(list) = index.active.get_mut(link.supplier as usize) {
                    list.push(m);
                }
            }
            index.partnerships = index.partnerships.saturating_add(1);
        }
        // Each manufacturer's partnerships in supplier order: a pair is found by binary search,
        // and a pair listed twice sits next to itself.
        for list in &mut index.links {
            list.sort_unstable_by_key(|l| l.supplier);
            if list.windows(2).any(|w| w.first().map(|l| l.supplier) == w.get(1).map(|l| l.supplier)) {
                return None;
            }
        }
        // Per country, each supplier's number of active partnerships with its factories.
        let mut counts: Vec<u32> = vec![0; index.countries.len()];
        for (s, makers) in index.active.iter().enumerate() {
            for &m in makers {
                if let Some(c) = index.country_of.get(m as usize).copied().flatten() {
                    if let Some(k) = counts.get_mut(usize::from(c)) {
                        *k = k.saturating_add(1);
                    }
                }
            }
            for (c, k) in counts.iter_mut().enumerate().filter(|(_, k)| **k > 0) {
                if let Some(map) = index.by_country.get_mut(c) {
                    map.insert(u32::try_from(s).unwrap_or(u32::MAX), *k);
                }
                *k = 0;
            }
        }
        index.rank_ids();
        Some(index)
    }

    /// Numbers every company by its place in id order.
    fn rank_ids(&mut self) {
        let mut order: Vec<u32> = (0..u32::try_from(self.companies.len()).unwrap_or(u32::MAX)).collect();
        order.sort_unstable_by(|&a, &b| {
            let id = |n: u32| self.companies.get(n as usize).map(|c| c.company.id.as_str());
            id(a).cmp(&id(b))
        });
        self.ranks = vec![0; self.companies.len()];
        for (place, &n) in order.iter().enumerate() {
            if let Some(r) = self.ranks.get_mut(n as usize) {
                *r = u32::try_from(place).unwrap_or(u32::MAX);
            }
        }
    }

    /// The company's place in id order.
    pub fn rank(&self, n: u32) -> u32 {
        self.ranks.get(n as usize).copied().unwrap_or(u32::MAX)
    }

    /// The company's rating.
    pub fn rating(&self, n: u32) -> Option<Decimal> {
        self.ratings.get(n as usize).copied().flatten()
    }

    /// Which companies serve `region`, as a bit per company number.
    pub fn serving(&self, region: &str) -> Vec<u64> {
        let mut bits = vec![0u64; self.companies.len().div_ceil(64)];
        for &n in self.by_region.get(region).into_iter().flatten() {
            if let Some(w) = bits.get_mut(n as usize / 64) {
                *w |= 1 << (n % 64);
            }
        }
        bits
    }

    fn index_regions(&mut self, n: u32, add: bool) {
        let regions: Vec<Text> = self.company(n).map(|c| c.regions.clone()).unwrap_or_default();
        for r in regions {
            let list = self.by_region.entry(r).or_default();
            match (add, list.binary_search(&n)) {
                (true, Err(at)) => list.insert(at, n),
                (false, Ok(at)) => {
                    list.remove(at);
                }
                _ => {}
            }
        }
    }

    fn add_company(&mut self, c: DirectoryCompany) -> u32 {
        let n = u32::try_from(self.companies.len()).unwrap_or(u32::MAX);
        self.by_id.insert(c.company.id.clone(), n);
        self.ratings.push(c.rating);
        let country = self.country_number(c.company.country.as_ref());
        self.country_of.push(country);
        self.companies.push(c);
        self.index_regions(n, true);
        if self.links.len() < self.companies.len() {
            self.links.push(Vec::new());
            self.active.push(Vec::new());
        }
        n
    }

    /// Adds a partnership, or replaces the one of the same pair. Returns whether it was new.
    fn put(&mut self, p: &Partnership) -> bool {
        let (Some(s), Some(m)) = (self.number(&p.supplier), self.number(&p.manufacturer)) else { return false };
        let link =
            Link { supplier: s, status: p.status, since: packed_date(p.since.as_ref()), discount_pct: p.discount_pct };
        let at = self.links.get(m as usize).map(|l| l.binary_search_by_key(&s, |x| x.supplier));
        let old = at.and_then(Result::ok);
        let was_active =
            old.and_then(|i| self.links.get(m as usize)?.get(i)).is_some_and(|l| l.status == PartnershipStatus::Active);
        if let Some(list) = self.links.get_mut(m as usize) {
            match at {
                Some(Ok(i)) => {
                    if let Some(slot) = list.get_mut(i) {
                        *slot = link;
                    }
                }
                Some(Err(i)) => list.insert(i, link),
                None => {}
            }
        }
        let is_active = p.status == PartnershipStatus::Active;
        if was_active != is_active {
            self.count_active(s, m, if is_active { 1 } else { -1 });
        }
        if old.is_none() {
            self.partnerships = self.partnerships.saturating_add(1);
        }
        old.is_none()
    }

    /// Records that `s` gained (+1) or lost (−1) an active partnership with `m`.
    fn count_active(&mut self, s: u32, m: u32, delta: i32) {
        if let Some(list) = self.active.get_mut(s as usize) {
            if delta > 0 {
                list.push(m);
            } else if let Some(i) = list.iter().position(|&x| x == m) {
                list.swap_remove(i);
            }
        }
        let Some(country) = self.country_of.get(m as usize).copied().flatten() else { return };
        let Some(counts) = self.by_country.get_mut(usize::from(country)) else { return };
        let n = counts.entry(s).or_insert(0);
        *n = n.saturating_add_signed(delta);
        if *n == 0 {
            counts.remove(&s);
        }
    }

    /// The number of the company `id`.
    pub fn number(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// The company numbered `n`.
    pub fn company(&self, n: u32) -> Option<&DirectoryCompany> {
        self.companies.get(n as usize)
    }

    /// The company `id`.
    pub fn find(&self, id: &str) -> Option<&DirectoryCompany> {
        self.number(id).and_then(|n| self.company(n))
    }

    /// The partnership of supplier `s` with manufacturer `m`, any status.
    pub fn link(&self, s: u32, m: u32) -> Option<&Link> {
        let list = self.links.get(m as usize)?;
        list.get(list.binary_search_by_key(&s, |l| l.supplier).ok()?)
    }

    /// The index as a `partner-directory/1` document: its companies in load order, then every
    /// partnership by manufacturer and supplier. A host saves what updates made of it this way.
    pub fn to_directory(&self) -> PartnerDirectory {
        let id = |n: u32| self.company(n).map(|c| c.company.id.clone()).unwrap_or_default();
        let partnerships = self
            .links
            .iter()
            .enumerate()
            .flat_map(|(m, list)| {
                let manufacturer = id(u32::try_from(m).unwrap_or(u32::MAX));
                list.iter().map(move |l| (manufacturer.clone(), l))
            })
            .map(|(manufacturer, l)| Partnership {
                supplier: id(l.supplier),
                manufacturer,
                status: l.status,
                since: l.since_text().map(|s| Text::new(&s)),
                discount_pct: l.discount_pct,
            })
            .collect();
        PartnerDirectory {
            format: Text::new(PartnerDirectory::FORMAT),
            companies: self.companies.clone(),
            partnerships,
        }
    }

    /// Every partnership of the manufacturer numbered `m`, any status, in supplier order.
    pub fn links_of(&self, m: u32) -> &[Link] {
        self.links.get(m as usize).map_or(&[], Vec::as_slice)
    }

    /// The manufacturers the supplier numbered `s` has active partnerships with.
    pub fn active_of(&self, s: u32) -> &[u32] {
        self.active.get(s as usize).map_or(&[], Vec::as_slice)
    }

    /// Supplier → number of its active partnerships with factories of `country`.
    pub fn in_country(&self, country: &str) -> Option<&HashMap<u32, u32>> {
        self.by_country.get(self.countries.iter().position(|c| c == country)?)
    }

    /// The number of `country`, numbering it if new (None for none, or past 65,535 countries).
    fn country_number(&mut self, country: Option<&Text>) -> Option<u16> {
        let country = country?;
        if let Some(n) = self.countries.iter().position(|c| c == country) {
            return u16::try_from(n).ok();
        }
        let n = u16::try_from(self.countries.len()).ok()?;
        self.countries.push(country.clone());
        self.by_country.push(HashMap::default());
        Some(n)
    }

    /// How many companies.
    pub fn companies(&self) -> usize {
        self.companies.len()
    }

    /// How many partnerships (pairs).
    pub fn partnerships(&self) -> usize {
        self.partnerships
    }

    /// Applies an update: a `partner-directory/1` document whose companies are added (or, by
    /// id, replace the index's: a company's kind cannot change) and whose partnerships are
    /// added (or, by pair, replace the index's: `expired` ends one). The update is checked
    /// whole first; a rejected one changes nothing. It is applied to a copy that replaces the
    /// index only once complete, so even a panic half-way (a bug) leaves the index as it was.
    pub fn update(&mut self, bytes: &[u8]) -> Result<UpdateSummary, Error> {
        let (doc, mut problems) =
            crate::json::read_document::<PartnerDirectory>(bytes).map_err(|p| Error::Rejected(vec![p]))?;
        self.check_update(&doc, &mut problems);
        if !problems.errors.is_empty() {
            return Err(Error::Rejected(problems.errors));
        }
        let mut summary = UpdateSummary { warnings: problems.warnings, ..UpdateSummary::default() };
        let mut next = self.clone();
        next.apply(doc, &mut summary);
        *self = next;
        Ok(summary)
    }

    /// Applies a checked update (see [`PartnerIndex::update`]).
    fn apply(&mut self, doc: PartnerDirectory, summary: &mut UpdateSummary) {
        let before = self.companies.len();
        for c in doc.companies {
            match self.number(&c.company.id) {
                Some(n) => {
                    self.replace_company(n, c);
                    summary.companies_changed = summary.companies_changed.saturating_add(1);
                }
                None => {
                    self.add_company(c);
                    summary.companies_added = summary.companies_added.saturating_add(1);
                }
            }
        }
        for p in &doc.partnerships {
            if self.put(p) {
                summary.partnerships_added = summary.partnerships_added.saturating_add(1);
            } else {
                summary.partnerships_changed = summary.partnerships_changed.saturating_add(1);
            }
        }
        if self.companies.len() != before {
            self.rank_ids();
        }
        summary.companies = self.companies.len();
        summary.partnerships = self.partnerships;
    }

    fn check_update(&self, doc: &PartnerDirectory, p: &mut Problems) {
        crate::model::validate::format(&doc.format, PartnerDirectory::FORMAT, p);
        crate::model::validate::directory_companies(doc, p);
        let mut kinds: HashMap<&str, CompanyKind> = HashMap::default();
        for (i, c) in doc.companies.iter().enumerate() {
            kinds.insert(c.company.id.as_str(), c.company.kind);
            if let Some(old) = self.find(&c.company.id).filter(|old| old.company.kind != c.company.kind) {
                p.push(
                    Code::DirectoryKindChanged,
                    format!("/companies/{i}/kind"),
                    format!(
                        "\"{}\" is a {} in the directory; an update cannot make it a {}. Load the whole directory again to change what a company is.",
                        c.company.id,
                        old.company.kind.as_str(),
                        c.company.kind.as_str()
                    ),
                );
            }
        }
        let kind_of = |id: &str| kinds.get(id).copied().or_else(|| self.find(id).map(|c| c.company.kind));
        crate::model::validate::partnerships(&doc.partnerships, &kind_of, p);
    }

    /// Replaces a company's fields; when a factory moves country, its active partnerships move
    /// to the new country's counts.
    fn replace_company(&mut self, n: u32, c: DirectoryCompany) {
        let moved = self.company(n).is_some_and(|old| old.company.country != c.company.country);
        let actives: Vec<u32> = if moved {
            self.links_of(n).iter().filter(|l| l.status == PartnershipStatus::Active).map(|l| l.supplier).collect()
        } else {
            Vec::new()
        };
        for &s in &actives {
            self.count_active(s, n, -1);
        }
        self.index_regions(n, false);
        if let Some(r) = self.ratings.get_mut(n as usize) {
            *r = c.rating;
        }
        let country = self.country_number(c.company.country.as_ref());
        if let Some(x) = self.country_of.get_mut(n as usize) {
            *x = country;
        }
        if let Some(slot) = self.companies.get_mut(n as usize) {
            *slot = c;
        }
        self.index_regions(n, true);
        for &s in &actives {
            self.count_active(s, n, 1);
        }
    }
}
