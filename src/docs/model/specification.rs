//! The specification: items grouped by room (in the project's `rooms` order, items without a
//! room last), with image, sku, name, manufacturer, options, dimensions, quantity, unit and lead
//! time; prices only where the audience may see them.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::pricing::{document_currency, MoneyTotals, Price, Pricing};
use super::{all, company_name, dims, Context, Described, Head, Party, Scope};
use crate::docs::labels::L;
use crate::docs::settings::{Audience, Kind};
use crate::model::{Dimensions, Item, Text};
use crate::problem::Problem;

/// Which prices a specification shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PriceMode {
    /// No prices (a client's specification without a markup).
    None,
    /// Sale prices: purchase net × (1 + markup), for the client.
    Sale,
    /// Purchase prices: list price, the source's discount, net (for a supplier).
    Purchase,
}

/// A specification.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Specification {
    /// Number, date, language, project.
    #[serde(flatten)]
    pub head: Head,
    /// Who it is for.
    pub audience: Audience,
    /// Who issues it: the settings' buyer (a supplier), else the project's owner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Party>,
    /// The client, for a client's specification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Party>,
    /// Which prices are shown.
    pub prices: PriceMode,
    /// The currency of the prices shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// The markup applied to sale prices, percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub markup_pct: Option<Decimal>,
    /// The rooms, each with its lines.
    pub rooms: Vec<RoomGroup>,
    /// Totals of the priced lines (absent without prices).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub totals: Option<MoneyTotals>,
    /// Lines shown without a price (priced on request), by item id.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unpriced: Vec<Text>,
    /// The longest lead time, weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_weeks: Option<u32>,
    /// Number of lines.
    pub line_count: usize,
}

/// The lines of one room.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RoomGroup {
    /// The room's id; absent for items without a room.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<Text>,
    /// The room's name (or "Other items").
    pub name: Text,
    /// Its lines, in project order.
    pub lines: Vec<SpecLine>,
}

/// One line of a specification.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SpecLine {
    /// Line number through the document, from 1.
    pub n: usize,
    /// Item, sku, name, options, quantity, unit.
    #[serde(flatten)]
    pub item: Described,
    /// The manufacturer's name.
    pub manufacturer: Text,
    /// The product's dimensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions_mm: Option<Dimensions>,
    /// Lead time, weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_weeks: Option<u32>,
    /// The image's asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Text>,
    /// The price, when the audience may see one and the item has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

pub(super) fn build(ctx: &Context<'_>, scope: Option<&Scope<'_>>) -> Result<Specification, Vec<Problem>> {
    let s = ctx.settings;
    let items: Vec<(usize, &Item)> = match scope {
        Some(sc) => sc.items.clone(),
        None => ctx.project.items.iter().enumerate().collect(),
    };
    let mode = match s.audience {
        Audience::Supplier => PriceMode::Purchase,
        Audience::Client if s.markup_pct.is_some() => PriceMode::Sale,
        Audience::Client => PriceMode::None,
    };
    let priced: Vec<&Item> = items.iter().map(|(_, i)| *i).filter(|i| i.unit_price.is_some()).collect();
    let currency: Option<&str> = match mode {
        PriceMode::None => None,
        // Client-facing totals are in the project's currency unless the settings say otherwise.
        PriceMode::Sale => Some(s.currency.as_deref().unwrap_or(&ctx.project.project.currency)),
        PriceMode::Purchase => document_currency(s, &priced).map_err(|p| vec![p])?,
    };
    let pricing = currency.map(|c| Pricing::new(c, s, mode == PriceMode::Purchase, false));
    let prices = all(items.iter().map(|&(at, item)| match (&pricing, item.unit_price) {
        (Some(p), Some(_)) if mode == PriceMode::Purchase => p.item(item, at).map(Some),
        (Some(p), Some(_)) => sale_price(p, item, at).map(Some),
        _ => Ok(None),
    }))?;

    let mut rooms: Vec<RoomGroup> = ctx
        .project
        .rooms
        .iter()
        .map(|r| RoomGroup { room: Some(r.id.clone()), name: r.name.clone(), lines: Vec::new() })
        .collect();
    let mut other = RoomGroup { room: None, name: Text::new(L::no_room.get(ctx.lang)), lines: Vec::new() };
    let mut unpriced = Vec::new();
    let mut lead: Option<u32> = None;
    for (&(_, item), price) in items.iter().zip(prices) {
        if pricing.is_some() && price.is_none() {
            unpriced.push(item.id.clone());
        }
        lead = lead.max(item.lead_time_weeks);
        let line = SpecLine {
            n: 0,
            item: Described::of(item),
            manufacturer: company_name(ctx, &item.manufacturer),
            dimensions_mm: dims(item),
            lead_time_weeks: item.lead_time_weeks,
            image: item.image.clone(),
            price,
        };
        let group = item.room.as_ref().and_then(|r| rooms.iter_mut().find(|g| g.room.as_ref() == Some(r)));
        group.unwrap_or(&mut other).lines.push(line);
    }
    rooms.push(other);
    rooms.retain(|g| !g.lines.is_empty());
    let mut n = 0usize;
    for line in rooms.iter_mut().flat_map(|g| g.lines.iter_mut()) {
        n = n.saturating_add(1);
        line.n = n;
    }
    let totals = match &pricing {
        Some(p) => {
            let shown: Vec<&Price> = rooms.iter().flat_map(|g| &g.lines).filter_map(|l| l.price.as_ref()).collect();
            Some(p.totals(&shown).map_err(|e| vec![e])?)
        }
        None => None,
    };
    let from = s.buyer.as_deref().or(Some(ctx.project.project.owner.as_str())).and_then(|id| ctx.company(id));
    Ok(Specification {
        head: ctx.head(Kind::Specification, scope),
        audience: s.audience,
        from: from.map(Party::from),
        to: match s.audience {
            Audience::Client => ctx.project.project.client.as_ref().map(Party::from),
            Audience::Supplier => None,
        },
        prices: mode,
        currency: currency.map(Text::new),
        markup_pct: if mode == PriceMode::Sale { s.markup_pct } else { None },
        rooms,
        totals,
        unpriced,
        lead_time_weeks: lead,
        line_count: n,
    })
}

/// A client's sale price (`segments-and-money.md`, the client invoice's steps 1–4): purchase net
/// unit price exact, marked up and rounded in the goods' currency, converted and rounded, then
/// multiplied by the quantity and rounded.
fn sale_price(p: &Pricing<'_>, item: &Item, at: usize) -> Result<Price, Problem> {
    let (Some(price), Some(cur)) = (item.unit_price, item.currency.as_deref()) else {
        return Err(Problem::project(
            crate::Code::PriceMissing,
            format!("/items/{at}/unit_price"),
            format!(
                "Item \"{}\" ({}) has no price; its source must quote it before a client sees a sale price.",
                item.id, item.sku
            ),
        ));
    };
    let goods = Pricing::new(cur, p.settings, true, false);
    let purchase = goods.line(item, at, price)?;
    let markup = p.settings.markup_pct.unwrap_or_default();
    let sale = crate::money::line::sale_unit_price(purchase.net, item.quantity, markup, goods.dp, p.settings.rounding)
        .ok_or_else(|| {
            Problem::project(
                crate::Code::AmountOverflow,
                format!("/items/{at}"),
                "The sale price of this item is too large to compute exactly (28 digits); check its quantity and price.",
            )
        })?;
    let unit = if cur == p.currency { sale } else { p.convert(sale, cur, at)? };
    p.line(item, at, unit)
}
