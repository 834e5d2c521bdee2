//! The smallest set of suppliers that covers every coverable manufacturer: set cover, solved
//! exactly by branch and bound, with a greedy answer (and its proven bound) above the limits.
//!
//! Sets are bit masks over at most `MAX_ELEMENTS` elements, given in id order, so a set's
//! index is its rank among ids. Covers compare by (1) fewest sets, (2) the largest sum of the
//! sets' weights (integers: each set's weight is the value it covers on its own, in the
//! smallest unit of that value), (3) the sorted indices,
//! lexicographically (ids). The answer is the least cover in that order.
//!
//! The search:
//! - **Dominance.** A set contained in another that is at least as good (heavier, or as heavy
//!   with a smaller id) is never in the best cover: swapping it for the larger one gives a cover
//!   at least as small that is better in (2) or (3). Such sets are dropped first (of many equal
//!   masks, one is left).
//! - **Branching** on the uncovered element with the fewest candidate sets; once a branch on a
//!   set is done, its siblings exclude that set (no combination is visited twice).
//! - **Bounds.** Elements no one set covers two of need a set each (a packing, greedy over the
//!   elements' conflicts), and each element needs at least 1 ÷ (the largest set holding it) of a
//!   set (a fractional packing): the larger bound is a lower bound on the sets still needed. A
//!   branch that cannot beat the best cover in size, or tie it in size and beat its weight, is cut.
//! - **Limits.** Above [`Limits::sets`] candidate sets after dominance, or when the search visits
//!   more than [`Limits::nodes`] nodes (counted, never timed: the answer is the same on every
//!   machine), the answer is not proven: it is greedy's (or the best the search found, never
//!   worse), with greedy's bound: at most H(d) times the minimum, d the largest set, H the
//!   harmonic number.

#![allow(
    clippy::arithmetic_side_effects,
    reason = "bitmasks of at most 128 elements, counts bounded by them, and weights scaled into i64 by `scaled` before the search"
)]

use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;

/// The most elements a mask holds; larger instances go to [`greedy_lists`].
pub(crate) const MAX_ELEMENTS: usize = 128;

/// When the exact search gives way to the greedy answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most candidate sets (after dominance) searched exactly.
    pub sets: usize,
    /// Most search nodes.
    pub nodes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { sets: 4_000, nodes: 1_000 }
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

/// A cover: the chosen sets (indices into the input, ascending), how it was found, and what is
/// known of the minimum.
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
    /// Whether the tie-break among covers of the least size (weight, then ids) is proven too;
    /// false when the search stopped at its limit after the size was proven.
    pub ties_proven: bool,
    /// Search nodes visited.
    pub nodes: u64,
}

type Mask = u128;

fn bit(e: usize) -> Mask {
    if e < MAX_ELEMENTS {
        1 << e
    } else {
        0
    }
}

/// The elements of a mask, ascending.
fn elements(mut m: Mask) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        if m == 0 {
            return None;
        }
        let e = m.trailing_zeros() as usize;
        m &= m - 1;
        Some(e)
    })
}

/// The best cover of the union of `masks` (each a set of elements below `MAX_ELEMENTS`);
/// `weights[i]` is set `i`'s weight and `ids[i]` its place in id order (what ties go by).
/// The chosen sets come in id order.
pub fn cover(masks: &[Mask], weights: &[i128], ids: &[u32], limits: Limits) -> Cover {
    let weight = |i: usize| weights.get(i).copied().unwrap_or_default();
    let id = |i: usize| ids.get(i).copied().unwrap_or(u32::MAX);
    let target = masks.iter().fold(0, |a, m| a | m);
    let kept = undominated(masks, weights, ids);
    let kept_masks: Vec<Mask> = kept.iter().map(|&i| masks.get(i).copied().unwrap_or(0)).collect();
    let greedy = greedy(&kept, &kept_masks, target, &weight, &id);
    let largest = kept_masks.iter().map(|m| m.count_ones()).max().unwrap_or(0);
    let ratio = harmonic_rounded_up(largest);
    let greedy_bound = ceil_div(greedy.len(), ratio);
    let mut search = Search::new(&kept, &kept_masks, &weight, target, greedy.clone(), limits);
    if kept.len() > limits.sets {
        let lower_bound = search.bound(0).max(greedy_bound);
        return Cover { sets: greedy, method: Method::Greedy, lower_bound, ratio, ties_proven: false, nodes: 0 };
    }
    let root_bound = search.bound(0).max(search.lagrangian(greedy.len())).max(greedy_bound);
    search.run();
    let finished = !search.stopped;
    let mut chosen: Vec<usize> = search.best.iter().filter_map(|&k| kept.get(k).copied()).collect();
    chosen.sort_unstable_by_key(|&i| id(i));
    // The size is proven when the search finished, or when a bound reaches it.
    let size_proven = finished || root_bound >= chosen.len();
    let method = match (size_proven, chosen == greedy) {
        (true, _) => Method::Exact,
        (false, true) => Method::Greedy,
        (false, false) => Method::Search,
    };
    let lower_bound = if size_proven { chosen.len() } else { root_bound };
    Cover { sets: chosen, method, lower_bound, ratio, ties_proven: finished, nodes: search.nodes }
}

/// The sets no other set dominates, in id order.
fn undominated(masks: &[Mask], weights: &[i128], ids: &[u32]) -> Vec<usize> {
    #[derive(Clone, Copy)]
    struct Entry {
        mask: Mask,
        weight: i128,
        id: u32,
        index: usize,
    }
    let entry = |index: usize, mask: Mask| Entry {
        mask,
        weight: weights.get(index).copied().unwrap_or(0),
        id: ids.get(index).copied().unwrap_or(u32::MAX),
        index,
    };
    // Heavier first, then the smaller id: the better of two sets.
    let better = |a: &Entry, b: &Entry| b.weight.cmp(&a.weight).then(a.id.cmp(&b.id));
    // One set per mask. Most sets of a large directory cover one element: those go through an
    // array; the rest through a map from mask to its best set.
    let mut single: Vec<Option<Entry>> = vec![None; MAX_ELEMENTS];
    let mut slot: HashMap<Mask, usize> = HashMap::default();
    let mut order: Vec<Entry> = Vec::new();
    for (i, &m) in masks.iter().enumerate().filter(|(_, m)| **m != 0) {
        let e = entry(i, m);
        let best = if m & (m - 1) == 0 {
            single.get_mut(m.trailing_zeros() as usize)
        } else {
            let at = *slot.entry(m).or_insert_with(|| {
                order.push(e);
                order.len() - 1
            });
            if let Some(x) = order.get_mut(at).filter(|x| better(&e, x).is_lt()) {
                *x = e;
            }
            None
        };
        if let Some(b) = best {
            if b.is_none_or(|b| better(&e, &b).is_lt()) {
                *b = Some(e);
            }
        }
    }
    order.extend(single.into_iter().flatten());
    order.sort_unstable_by(|a, b| b.mask.count_ones().cmp(&a.mask.count_ones()).then(better(a, b)));
    // A set that could dominate another contains it, so it is larger (equal masks are gone):
    // it came earlier in the order. It dominates when it is better. Kept sets are listed under
    // each of their elements; looking under the element with the shortest list is enough.
    let mut holders: Vec<Vec<Entry>> = vec![Vec::new(); MAX_ELEMENTS];
    let mut kept = Vec::new();
    for s in order {
        let shortest = elements(s.mask).filter_map(|e| holders.get(e)).min_by_key(|h| h.len());
        let dominated = shortest.is_some_and(|h| h.iter().any(|t| s.mask & !t.mask == 0 && better(t, &s).is_lt()));
        if !dominated {
            for e in elements(s.mask) {
                if let Some(h) = holders.get_mut(e) {
                    h.push(s);
                }
            }
            kept.push(s);
        }
    }
    kept.sort_unstable_by_key(|e| e.id);
    kept.into_iter().map(|e| e.index).collect()
}

/// Greedy over the kept sets: the one covering the most new elements, then the heavier, then
/// the smaller id. Returns input indices in id order.
fn greedy(
    kept: &[usize],
    masks: &[Mask],
    target: Mask,
    weight: &dyn Fn(usize) -> i128,
    id: &dyn Fn(usize) -> u32,
) -> Vec<usize> {
    let mut covered: Mask = 0;
    let mut chosen = Vec::new();
    while covered != target {
        let best = kept
            .iter()
            .zip(masks)
            .map(|(&i, m)| (i, (m & !covered).count_ones()))
            .filter(|&(_, gain)| gain > 0)
            .max_by(|&(a, ga), &(b, gb)| ga.cmp(&gb).then(weight(a).cmp(&weight(b))).then(id(b).cmp(&id(a))));
        let Some((i, _)) = best else { break };
        covered |= kept.iter().position(|&k| k == i).and_then(|p| masks.get(p)).copied().unwrap_or(0);
        chosen.push(i);
    }
    chosen.sort_unstable_by_key(|&i| id(i));
    chosen
}

/// Greedy for instances beyond `MAX_ELEMENTS` elements: `sets[i]` lists set `i`'s elements;
/// weights and ids as for [`cover`].
pub fn greedy_lists(n: usize, sets: &[Vec<usize>], weights: &[i128], ids: &[u32]) -> Cover {
    let weight = |i: usize| weights.get(i).copied().unwrap_or_default();
    let id = |i: usize| ids.get(i).copied().unwrap_or(u32::MAX);
    let mut covered = vec![false; n];
    let mut chosen = Vec::new();
    loop {
        let gain = |s: &Vec<usize>| s.iter().filter(|&&e| !covered.get(e).copied().unwrap_or(true)).count();
        let best = sets
            .iter()
            .enumerate()
            .map(|(i, s)| (i, gain(s)))
            .filter(|&(_, g)| g > 0)
            .max_by(|&(a, ga), &(b, gb)| ga.cmp(&gb).then(weight(a).cmp(&weight(b))).then(id(b).cmp(&id(a))));
        let Some((i, _)) = best else { break };
        for &e in sets.get(i).into_iter().flatten() {
            if let Some(c) = covered.get_mut(e) {
                *c = true;
            }
        }
        chosen.push(i);
    }
    chosen.sort_unstable_by_key(|&i| id(i));
    let largest = sets.iter().map(Vec::len).max().unwrap_or(0);
    let ratio = harmonic_rounded_up(u32::try_from(largest).unwrap_or(u32::MAX));
    let lower_bound = ceil_div(chosen.len(), ratio).max(usize::from(!chosen.is_empty()));
    Cover { sets: chosen, method: Method::Greedy, lower_bound, ratio, ties_proven: false, nodes: 0 }
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

/// Units of the fractional bound: 1 ÷ k is counted as ⌊UNIT ÷ k⌋ (rounding down keeps it a bound).
const UNIT: u64 = 1 << 32;

/// The branch and bound, over the kept sets (numbered 0..kept).
struct Search<'a> {
    kept: &'a [usize],
    masks: &'a [Mask],
    weight: &'a dyn Fn(usize) -> i128,
    /// Kept sets (numbered in id order) holding each element, best first (most elements,
    /// heaviest, smallest id).
    candidates: Vec<Vec<usize>>,
    /// Elements in branching order: fewest candidates first.
    order: Vec<usize>,
    /// Per element, every element some set shares with it.
    conflicts: Vec<Mask>,
    /// Per element, UNIT ÷ the size of its largest set.
    share: Vec<u64>,
    /// Kept weights, heaviest first: the most r more sets can add.
    heaviest: Vec<i128>,
    target: Mask,
    excluded: Vec<bool>,
    best: Vec<usize>,
    best_weight: i128,
    nodes: u64,
    limit: u64,
    stopped: bool,
}

impl<'a> Search<'a> {
    fn new(
        kept: &'a [usize],
        masks: &'a [Mask],
        weight: &'a dyn Fn(usize) -> i128,
        target: Mask,
        start: Vec<usize>,
        limits: Limits,
    ) -> Self {
        let w = |k: usize| kept.get(k).map_or(0, |&i| weight(i));
        let size = |k: usize| masks.get(k).map_or(0, |m| m.count_ones());
        let mut candidates: Vec<Vec<usize>> = vec![Vec::new(); MAX_ELEMENTS];
        let mut conflicts: Vec<Mask> = vec![0; MAX_ELEMENTS];
        let mut largest = vec![0u32; MAX_ELEMENTS];
        // Sets best first, once; listed under each element in that order.
        let mut best_first: Vec<usize> = (0..masks.len()).collect();
        best_first.sort_by_cached_key(|&k| (std::cmp::Reverse(size(k)), std::cmp::Reverse(w(k)), k));
        for k in best_first {
            let m = masks.get(k).copied().unwrap_or(0);
            for e in elements(m) {
                if let (Some(c), Some(x), Some(l)) = (candidates.get_mut(e), conflicts.get_mut(e), largest.get_mut(e)) {
                    c.push(k);
                    *x |= m;
                    *l = (*l).max(m.count_ones());
                }
            }
        }
        let mut order: Vec<usize> = elements(target).collect();
        order.sort_by_key(|&e| (candidates.get(e).map_or(0, Vec::len), e));
        let share = largest.iter().map(|&l| if l == 0 { 0 } else { UNIT / u64::from(l) }).collect();
        let mut heaviest: Vec<i128> = (0..kept.len()).map(w).collect();
        heaviest.sort_by(|a, b| b.cmp(a));
        // The start (greedy's cover) in kept numbers.
        let best: Vec<usize> = start.iter().filter_map(|i| kept.iter().position(|k| k == i)).collect();
        let best_weight = best.iter().map(|&k| w(k)).fold(0i128, i128::saturating_add);
        Search {
            kept,
            masks,
            weight,
            candidates,
            order,
            conflicts,
            share,
            heaviest,
            target,
            excluded: vec![false; kept.len()],
            best,
            best_weight,
            nodes: 0,
            limit: limits.nodes,
            stopped: false,
        }
    }

    fn w(&self, k: usize) -> i128 {
        self.kept.get(k).map_or(0, |&i| (self.weight)(i))
    }

    /// A lower bound on the sets still needed to cover what `covered` leaves.
    fn bound(&self, covered: Mask) -> usize {
        let open = self.target & !covered;
        let (mut packed, mut blocked, mut fraction) = (0usize, 0 as Mask, 0u64);
        for &e in &self.order {
            if open & bit(e) == 0 {
                continue;
            }
            fraction += self.share.get(e).copied().unwrap_or(0);
            if blocked & bit(e) == 0 {
                packed += 1;
                blocked |= self.conflicts.get(e).copied().unwrap_or(0);
            }
        }
        let fractional = usize::try_from(fraction.div_ceil(UNIT)).unwrap_or(0);
        packed.max(fractional)
    }

    /// The Lagrangian bound of the covering LP, by subgradient steps in exact integers: for any
    /// multipliers u ≥ 0, Σ u(e) + Σ over sets of min(0, 1 − Σ u(e) over its elements) is a
    /// lower bound on the sets needed, so every step gives a valid bound and the best is kept.
    /// `upper` (a cover's size) sets the step length. Used at the root: it proves the size of
    /// covers whose LP bound is within one of greedy's.
    fn lagrangian(&self, upper: usize) -> usize {
        const Q: i64 = 1 << 20;
        const STEPS: usize = 120;
        let open: Vec<usize> = elements(self.target).collect();
        let mut u = [0i64; MAX_ELEMENTS];
        for &e in &open {
            if let Some(x) = u.get_mut(e) {
                *x = i64::try_from(self.share.get(e).copied().unwrap_or(0) >> 12).unwrap_or(0);
            }
        }
        let upper = i64::try_from(upper).unwrap_or(i64::MAX / Q) * Q;
        let (mut best, mut lambda, mut stale) = (0i64, 2 * Q, 0);
        for _ in 0..STEPS {
            let mut value: i64 = open.iter().map(|&e| u.get(e).copied().unwrap_or(0)).sum();
            let mut g = [0i64; MAX_ELEMENTS];
            for &e in &open {
                if let Some(x) = g.get_mut(e) {
                    *x = 1;
                }
            }
            for &m in self.masks {
                let reduced = Q - elements(m).map(|e| u.get(e).copied().unwrap_or(0)).sum::<i64>();
                if reduced < 0 {
                    value += reduced;
                    for e in elements(m) {
                        if let Some(x) = g.get_mut(e) {
                            *x -= 1;
                        }
                    }
                }
            }
            if value > best {
                best = value;
                stale = 0;
            } else {
                stale += 1;
                if stale >= 8 {
                    lambda /= 2;
                    stale = 0;
                }
            }
            let norm: i64 = open.iter().map(|&e| g.get(e).map_or(0, |x| x * x)).sum();
            if norm == 0 || lambda == 0 || best > upper - Q {
                break;
            }
            // Polyak's step: λ × (upper − value) / ‖g‖², in units of Q.
            let step = lambda * (upper - value).max(Q / 16) / (norm * Q);
            for &e in &open {
                if let (Some(x), Some(&d)) = (u.get_mut(e), g.get(e)) {
                    *x = (*x + step * d).max(0);
                }
            }
        }
        usize::try_from((best.max(0) + Q - 1) / Q).unwrap_or(0)
    }

    fn run(&mut self) {
        let mut chosen = Vec::new();
        self.visit(0, &mut chosen, 0);
    }

    fn better(&self, chosen: &[usize], weight: i128) -> bool {
        if chosen.len() != self.best.len() {
            return chosen.len() < self.best.len();
        }
        if weight != self.best_weight {
            return weight > self.best_weight;
        }
        // Kept numbers follow input order, so comparing them compares ids.
        let mut a = chosen.to_vec();
        a.sort_unstable();
        let mut b = self.best.clone();
        b.sort_unstable();
        a < b
    }

    fn visit(&mut self, covered: Mask, chosen: &mut Vec<usize>, weight: i128) {
        if self.stopped {
            return;
        }
        if covered == self.target {
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
        let least = chosen.len() + self.bound(covered);
        if least > self.best.len() {
            return;
        }
        if least == self.best.len() {
            let room = self.best.len() - chosen.len();
            let most: i128 =
                weight.saturating_add(self.heaviest.iter().take(room).copied().fold(0i128, i128::saturating_add));
            if most < self.best_weight {
                return;
            }
        }
        // Of the first few open elements (fewest candidates at the root first), the one with the
        // fewest live candidates now: counting them all at every node costs more than it saves.
        let open = self.target & !covered;
        let live = |e: usize| {
            self.candidates.get(e).into_iter().flatten().filter(|&&k| !self.excluded.get(k).copied().unwrap_or(true))
        };
        let Some(element) =
            self.order.iter().copied().filter(|&e| open & bit(e) != 0).take(4).min_by_key(|&e| (live(e).count(), e))
        else {
            return;
        };
        let options: Vec<usize> = live(element).copied().collect();
        for &k in &options {
            let Some(&m) = self.masks.get(k) else { continue };
            chosen.push(k);
            let w = weight.saturating_add(self.w(k));
            self.visit(covered | m, chosen, w);
            chosen.pop();
            if let Some(x) = self.excluded.get_mut(k) {
                *x = true;
            }
        }
        for &k in &options {
            if let Some(x) = self.excluded.get_mut(k) {
                *x = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> i128 {
        i128::from(n)
    }

    fn masks(sets: &[&[usize]]) -> Vec<Mask> {
        sets.iter().map(|s| s.iter().fold(0, |a, &e| a | bit(e))).collect()
    }

    #[test]
    fn one_set_covering_everything_wins() {
        let c = cover(&masks(&[&[0], &[0, 1], &[1]]), &[d(1), d(2), d(1)], &[0, 1, 2], Limits::default());
        assert_eq!(c.sets, vec![1]);
        assert_eq!(c.method, Method::Exact);
        assert_eq!(c.lower_bound, 1);
    }

    #[test]
    fn equal_sizes_go_to_the_heavier_then_to_the_smaller_ids() {
        // Two sets are needed: {0,1}+{2} weighs 2, {0,1}+{1,2} 3, {0}+{1,2} 5.
        let sets = masks(&[&[0, 1], &[2], &[0], &[1, 2]]);
        let c = cover(&sets, &[d(1), d(1), d(3), d(2)], &[0, 1, 2, 3], Limits::default());
        assert_eq!(c.sets, vec![2, 3]);
        // Equal weights: the smaller ids.
        let c = cover(&sets, &[d(1), d(1), d(1), d(1)], &[0, 1, 2, 3], Limits::default());
        assert_eq!(c.sets, vec![0, 1]);
        // Ids reversed: {0}+{1,2}, the sets with the smaller ids now, listed in id order.
        let c = cover(&sets, &[d(1), d(1), d(1), d(1)], &[3, 2, 1, 0], Limits::default());
        assert_eq!(c.sets, vec![3, 2]);
    }

    #[test]
    fn greedy_is_beaten_where_it_is_known_to_fail() {
        // The classic: greedy takes the big middle set first and needs three.
        let sets = masks(&[&[0, 1, 2, 3], &[4, 5, 6, 7], &[0, 1, 4, 5, 2]]);
        let c = cover(&sets, &[d(1), d(1), d(1)], &[0, 1, 2], Limits::default());
        assert_eq!(c.sets, vec![0, 1]);
        assert_eq!(c.method, Method::Exact);
    }

    #[test]
    fn limits_give_greedy_with_its_bound() {
        let sets = masks(&[&[0, 1, 2, 3], &[4, 5, 6, 7], &[0, 1, 2, 4, 5, 6]]);
        let c = cover(&sets, &[d(1), d(1), d(1)], &[0, 1, 2], Limits { sets: 2, ..Limits::default() });
        assert_eq!(c.method, Method::Greedy);
        assert_eq!(c.sets, vec![0, 1, 2]);
        assert_eq!(c.ratio, "2.4500".parse::<Decimal>().unwrap_or_default());
        assert_eq!(c.lower_bound, 2);
        let lists = greedy_lists(
            8,
            &[vec![0, 1, 2, 3], vec![4, 5, 6, 7], vec![0, 1, 2, 4, 5, 6]],
            &[d(1), d(1), d(1)],
            &[0, 1, 2],
        );
        assert_eq!((lists.sets, lists.method), (vec![0, 1, 2], Method::Greedy));
    }
}
