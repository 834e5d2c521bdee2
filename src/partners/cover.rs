//! The smallest set of suppliers that covers every coverable manufacturer: set cover, solved
//! exactly by branch and bound, with a greedy answer (and its proven bound) above the limits.
//!
//! Sets are given in id order, so a set's index is its rank among ids. Covers compare by
//! (1) fewest sets, (2) the largest sum of the sets' weights (each set's weight is the value
//! it covers on its own), (3) the sorted indices, lexicographically (ids). The answer is the
//! least cover in that order.
//!
//! The search:
//! - **Dominance.** A set contained in another that is at least as good (larger weight, or the
//!   same weight and a smaller id) is never in the best cover: swapping it for the larger one
//!   gives a cover at least as small that is better in (2) or (3). Such sets are dropped first.
//! - **Branching** on the uncovered element with the fewest candidate sets; once a branch on a
//!   set is done, its siblings exclude that set (no combination is visited twice).
//! - **Bounds.** Uncovered elements whose candidate sets are pairwise disjoint each need a set
//!   of their own: their count is a lower bound on the sets still needed. A branch that cannot
//!   beat the best cover in size, or tie it in size and beat its weight, is cut.
//! - **Limits.** Above [`Limits::elements`] elements or [`Limits::sets`] candidate sets, or when
//!   the search visits more than [`Limits::nodes`] nodes (counted, never timed: the answer is the
//!   same on every machine), the answer is not proven: it is greedy's (or the best the search
//!   found, which is never worse), with greedy's bound: at most H(d) times the minimum, where d
//!   is the largest set and H the harmonic number.

use rust_decimal::Decimal;

/// When the exact search gives way to the greedy answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most elements (manufacturers) searched exactly.
    pub elements: usize,
    /// Most candidate sets (suppliers, after dominance) searched exactly.
    pub sets: usize,
    /// Most search nodes.
    pub nodes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { elements: 256, sets: 20_000, nodes: 200_000 }
    }
}

/// How a cover was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Proven least.
    Exact,
    /// The greedy answer.
    Greedy,
    /// Better than greedy's, found by a search that stopped at its node limit: not proven.
    Search,
}

/// A cover: the chosen sets (indices into the input, ascending), how it was found, and, when
/// not proven, what is known of the minimum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cover {
    /// Indices of the chosen sets, ascending.
    pub sets: Vec<usize>,
    /// How it was found.
    pub method: Method,
    /// The least number of sets any cover needs, as far as proven (equal to `sets.len()` when exact).
    pub lower_bound: usize,
    /// Greedy's guarantee: its size is at most `ratio` × the minimum (H(d), rounded up to 4 places).
    pub ratio: Decimal,
}

/// A bit set over the elements.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn of(n: usize, elements: &[usize]) -> Self {
        let mut b = Bits::new(n);
        for &e in elements {
            b.set(e);
        }
        b
    }
    fn set(&mut self, e: usize) {
        if let Some(w) = self.0.get_mut(e / 64) {
            *w |= 1 << (e % 64);
        }
    }
    fn has(&self, e: usize) -> bool {
        self.0.get(e / 64).is_some_and(|w| w & (1 << (e % 64)) != 0)
    }
    fn count(&self) -> u32 {
        self.0.iter().map(|w| w.count_ones()).sum()
    }
    fn subset_of(&self, other: &Bits) -> bool {
        self.0.iter().zip(&other.0).all(|(a, b)| a & !b == 0)
    }
    fn union_with(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
    fn new_in(&self, covered: &Bits) -> u32 {
        self.0.iter().zip(&covered.0).map(|(a, c)| (a & !c).count_ones()).sum()
    }
}

/// The best cover of the elements `0..n` that the sets cover together. `sets[i]` lists the
/// elements set `i` covers; `weights[i]` is its weight; sets are in id order.
pub fn cover(n: usize, sets: &[Vec<usize>], weights: &[Decimal], limits: Limits) -> Cover {
    let bits: Vec<Bits> = sets.iter().map(|s| Bits::of(n, s)).collect();
    let weight = |i: usize| weights.get(i).copied().unwrap_or_default();
    let mut target = Bits::new(n);
    for b in &bits {
        target.union_with(b);
    }
    let kept = undominated(&bits, &weight);
    let greedy = greedy(&bits, &kept, &target, &weight);
    let largest = kept.iter().filter_map(|&i| bits.get(i)).map(Bits::count).max().unwrap_or(0);
    let ratio = harmonic_rounded_up(largest);
    let greedy_bound = ceil_div(greedy.len(), ratio);
    let mut search = Search::new(&bits, &kept, &weight, target.clone(), greedy.clone(), limits);
    let root_bound = search.root_bound();
    if target.count() as usize > limits.elements || kept.len() > limits.sets {
        return Cover { sets: greedy, method: Method::Greedy, lower_bound: root_bound.max(greedy_bound), ratio };
    }
    search.run();
    let (mut chosen, proven) = (search.best, !search.stopped);
    chosen.sort_unstable();
    let method = match (proven, chosen == greedy) {
        (true, _) => Method::Exact,
        (false, true) => Method::Greedy,
        (false, false) => Method::Search,
    };
    let lower_bound = if proven { chosen.len() } else { root_bound.max(greedy_bound) };
    Cover { sets: chosen, method, lower_bound, ratio }
}

/// The sets no other set dominates, in input order.
fn undominated(bits: &[Bits], weight: &dyn Fn(usize) -> Decimal) -> Vec<usize> {
    let mut order: Vec<usize> = (0..bits.len()).filter(|&i| bits.get(i).is_some_and(|b| b.count() > 0)).collect();
    let count = |i: usize| bits.get(i).map_or(0, Bits::count);
    order.sort_by(|&a, &b| count(b).cmp(&count(a)).then(weight(b).cmp(&weight(a))).then(a.cmp(&b)));
    // For each element, the kept sets that contain it: a dominating set must contain every
    // element of the dominated one, so looking at the shortest of those lists is enough.
    let elements = bits.first().map_or(0, |b| b.0.len() * 64);
    let mut holders: Vec<Vec<usize>> = vec![Vec::new(); elements];
    let mut kept = Vec::new();
    for s in order {
        let Some(set) = bits.get(s) else { continue };
        let members: Vec<usize> = (0..elements).filter(|&e| set.has(e)).collect();
        let shortest = members.iter().filter_map(|&e| holders.get(e)).min_by_key(|h| h.len());
        // A set that could dominate `set` contains it, so it is at least as large: it came
        // earlier in the order. It dominates when it is heavier, or as heavy with a smaller id.
        let beats = |t: usize| weight(t) > weight(s) || (weight(t) == weight(s) && t < s);
        let dominated =
            shortest.is_some_and(|h| h.iter().any(|&t| beats(t) && bits.get(t).is_some_and(|tb| set.subset_of(tb))));
        if !dominated {
            for &e in &members {
                if let Some(h) = holders.get_mut(e) {
                    h.push(s);
                }
            }
            kept.push(s);
        }
    }
    kept.sort_unstable();
    kept
}

/// Greedy: the set covering the most new elements, then the heavier, then the smaller id.
fn greedy(bits: &[Bits], kept: &[usize], target: &Bits, weight: &dyn Fn(usize) -> Decimal) -> Vec<usize> {
    let mut covered = Bits::new(target.0.len() * 64);
    let mut chosen = Vec::new();
    while covered != *target {
        let best = kept
            .iter()
            .filter_map(|&i| bits.get(i).map(|b| (i, b.new_in(&covered))))
            .filter(|&(_, gain)| gain > 0)
            .max_by(|&(a, ga), &(b, gb)| ga.cmp(&gb).then(weight(a).cmp(&weight(b))).then(b.cmp(&a)));
        let Some((i, _)) = best else { break };
        if let Some(b) = bits.get(i) {
            covered.union_with(b);
        }
        chosen.push(i);
    }
    chosen.sort_unstable();
    chosen
}

/// H(d) = 1 + 1/2 + … + 1/d, rounded up to 4 places (1 for d = 0).
fn harmonic_rounded_up(d: u32) -> Decimal {
    let sum: Decimal = (1..=d.max(1)).map(|k| Decimal::ONE / Decimal::from(k)).sum();
    sum.round_dp_with_strategy(4, rust_decimal::RoundingStrategy::AwayFromZero)
}

/// ⌈size ÷ ratio⌉: a cover greedy found with `size` sets proves the minimum is at least this.
fn ceil_div(size: usize, ratio: Decimal) -> usize {
    let q = (Decimal::from(size as u64) / ratio).ceil();
    usize::try_from(q.mantissa() / 10i128.pow(q.scale())).unwrap_or(0)
}

/// The branch and bound.
struct Search<'a> {
    bits: &'a [Bits],
    weight: &'a dyn Fn(usize) -> Decimal,
    /// Kept sets containing each element, best first (most elements, heaviest, smallest id).
    candidates: Vec<Vec<usize>>,
    /// Kept weights, heaviest first: the most r more sets can add.
    heaviest: Vec<Decimal>,
    target: Bits,
    excluded: Vec<bool>,
    best: Vec<usize>,
    best_weight: Decimal,
    nodes: u64,
    limit: u64,
    stopped: bool,
}

impl<'a> Search<'a> {
    fn new(
        bits: &'a [Bits],
        kept: &[usize],
        weight: &'a dyn Fn(usize) -> Decimal,
        target: Bits,
        start: Vec<usize>,
        limits: Limits,
    ) -> Self {
        let elements = target.0.len() * 64;
        let mut candidates: Vec<Vec<usize>> = vec![Vec::new(); elements];
        let count = |i: usize| bits.get(i).map_or(0, Bits::count);
        for &s in kept {
            if let Some(b) = bits.get(s) {
                for (e, c) in candidates.iter_mut().enumerate() {
                    if b.has(e) {
                        c.push(s);
                    }
                }
            }
        }
        for c in &mut candidates {
            c.sort_by(|&a, &b| count(b).cmp(&count(a)).then(weight(b).cmp(&weight(a))).then(a.cmp(&b)));
        }
        let mut heaviest: Vec<Decimal> = kept.iter().map(|&s| weight(s)).collect();
        heaviest.sort_by(|a, b| b.cmp(a));
        let best_weight = start.iter().map(|&s| weight(s)).sum();
        Search {
            bits,
            weight,
            candidates,
            heaviest,
            target,
            excluded: vec![false; bits.len()],
            best: start,
            best_weight,
            nodes: 0,
            limit: limits.nodes,
            stopped: false,
        }
    }

    fn root_bound(&self) -> usize {
        self.disjoint_bound(&Bits::new(self.target.0.len() * 64)).0
    }

    fn run(&mut self) {
        let covered = Bits::new(self.target.0.len() * 64);
        let mut chosen = Vec::new();
        self.visit(&covered, &mut chosen, Decimal::ZERO);
    }

    /// Elements not yet covered whose candidate sets (not excluded) are pairwise disjoint:
    /// each needs a set of its own. Returns their count and the uncovered element with the
    /// fewest candidates (None when one has none left: a dead end).
    fn disjoint_bound(&self, covered: &Bits) -> (usize, Option<usize>, bool) {
        let mut open: Vec<(usize, usize)> = Vec::new();
        for (e, c) in self.candidates.iter().enumerate() {
            if self.target.has(e) && !covered.has(e) {
                let live = c.iter().filter(|&&s| !self.excluded.get(s).copied().unwrap_or(true)).count();
                if live == 0 {
                    return (usize::MAX, None, true);
                }
                open.push((live, e));
            }
        }
        open.sort_unstable();
        let mut used = vec![false; self.bits.len()];
        let mut bound = 0;
        for &(_, e) in &open {
            let live = self
                .candidates
                .get(e)
                .into_iter()
                .flatten()
                .filter(|&&s| !self.excluded.get(s).copied().unwrap_or(true));
            let sets: Vec<usize> = live.copied().collect();
            if sets.iter().all(|&s| !used.get(s).copied().unwrap_or(false)) {
                bound += 1;
                for s in sets {
                    if let Some(u) = used.get_mut(s) {
                        *u = true;
                    }
                }
            }
        }
        (bound, open.first().map(|&(_, e)| e), false)
    }

    fn better(&self, chosen: &[usize], weight: Decimal) -> bool {
        if chosen.len() != self.best.len() {
            return chosen.len() < self.best.len();
        }
        if weight != self.best_weight {
            return weight > self.best_weight;
        }
        let mut a = chosen.to_vec();
        a.sort_unstable();
        let mut b = self.best.clone();
        b.sort_unstable();
        a < b
    }

    fn visit(&mut self, covered: &Bits, chosen: &mut Vec<usize>, weight: Decimal) {
        if self.stopped {
            return;
        }
        if *covered == self.target {
            if self.better(chosen, weight) {
                self.best = chosen.clone();
                self.best_weight = weight;
            }
            return;
        }
        self.nodes += 1;
        if self.nodes > self.limit {
            self.stopped = true;
            return;
        }
        let (bound, branch, dead) = self.disjoint_bound(covered);
        let Some(element) = branch.filter(|_| !dead) else { return };
        let least = chosen.len() + bound;
        if least > self.best.len() {
            return;
        }
        if least == self.best.len() {
            let room = self.best.len() - chosen.len();
            let most: Decimal = weight + self.heaviest.iter().take(room).copied().sum::<Decimal>();
            if most < self.best_weight {
                return;
            }
        }
        let options: Vec<usize> = self
            .candidates
            .get(element)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&s| !self.excluded.get(s).copied().unwrap_or(true))
            .collect();
        for &s in &options {
            let Some(set) = self.bits.get(s) else { continue };
            let mut next = covered.clone();
            next.union_with(set);
            chosen.push(s);
            let w = weight + (self.weight)(s);
            self.visit(&next, chosen, w);
            chosen.pop();
            if let Some(x) = self.excluded.get_mut(s) {
                *x = true;
            }
        }
        for &s in &options {
            if let Some(x) = self.excluded.get_mut(s) {
                *x = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn one_set_covering_everything_wins() {
        let sets = vec![vec![0], vec![0, 1], vec![1]];
        let c = cover(2, &sets, &[d(1), d(2), d(1)], Limits::default());
        assert_eq!(c.sets, vec![1]);
        assert_eq!(c.method, Method::Exact);
        assert_eq!(c.lower_bound, 1);
    }

    #[test]
    fn equal_sizes_go_to_the_heavier_then_to_the_smaller_ids() {
        // Two sets are needed: {0,1}+{2} weighs 2, {0,1}+{1,2} 3, {0}+{1,2} 5.
        let sets = vec![vec![0, 1], vec![2], vec![0], vec![1, 2]];
        let c = cover(3, &sets, &[d(1), d(1), d(3), d(2)], Limits::default());
        assert_eq!(c.sets, vec![2, 3]);
        // Equal weights: the smaller ids.
        let c = cover(3, &sets, &[d(1), d(1), d(1), d(1)], Limits::default());
        assert_eq!(c.sets, vec![0, 1]);
    }

    #[test]
    fn greedy_is_beaten_where_it_is_known_to_fail() {
        // The classic: greedy takes the big middle set first and needs three.
        let sets = vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7], vec![0, 1, 4, 5, 2]];
        let c = cover(8, &sets, &[d(1), d(1), d(1)], Limits::default());
        assert_eq!(c.sets, vec![0, 1]);
        assert_eq!(c.method, Method::Exact);
    }

    #[test]
    fn limits_give_greedy_with_its_bound() {
        let sets = vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7], vec![0, 1, 2, 4, 5, 6]];
        let c = cover(8, &sets, &[d(1), d(1), d(1)], Limits { elements: 4, ..Limits::default() });
        assert_eq!(c.method, Method::Greedy);
        assert_eq!(c.sets, vec![0, 1, 2]);
        assert_eq!(c.ratio, "2.4500".parse::<Decimal>().unwrap_or_default());
        assert_eq!(c.lower_bound, 2);
    }
}
