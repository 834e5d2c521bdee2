//! UN/CEFACT Cross Industry Invoice (D16B) under the Factur-X / ZUGFeRD EN 16931 profile,
//! elements in the order the schema fixes.

use rust_decimal::Decimal;

use super::xml::Xml;
use super::{percent, En16931, Trader};

/// The guideline of the EN 16931 profile (BT-24).
const GUIDELINE: &str = "urn:cen.eu:en16931:2017";

/// The invoice as CII.
pub(crate) fn cii(e: &En16931) -> Vec<u8> {
    let cur = e.currency.as_str();
    let amount = |x: &mut Xml, name: &str, d: Decimal| {
        x.leaf(name, &[], &d.to_string());
    };
    let mut x = Xml::new();
    x.open(
        "rsm:CrossIndustryInvoice",
        &[
            ("xmlns:rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"),
            ("xmlns:qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"),
            ("xmlns:ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"),
            ("xmlns:udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"),
        ],
    );
    x.open("rsm:ExchangedDocumentContext", &[]);
    x.open("ram:GuidelineSpecifiedDocumentContextParameter", &[]).leaf("ram:ID", &[], GUIDELINE).close();
    x.close();
    x.open("rsm:ExchangedDocument", &[]);
    x.leaf("ram:ID", &[], &e.number);
    x.leaf("ram:TypeCode", &[], "380");
    date(&mut x, "ram:IssueDateTime", &e.issue_date);
    x.close();
    x.open("rsm:SupplyChainTradeTransaction", &[]);
    for l in &e.lines {
        x.open("ram:IncludedSupplyChainTradeLineItem", &[]);
        x.open("ram:AssociatedDocumentLineDocument", &[]).leaf("ram:LineID", &[], &l.id).close();
        x.open("ram:SpecifiedTradeProduct", &[]);
        x.leaf("ram:SellerAssignedID", &[], &l.sku);
        x.leaf("ram:Name", &[], &l.name);
        x.leaf_some("ram:Description", l.description.as_deref());
        x.close();
        x.open("ram:SpecifiedLineTradeAgreement", &[]);
        x.open("ram:NetPriceProductTradePrice", &[]);
        amount(&mut x, "ram:ChargeAmount", l.price);
        x.close().close();
        x.open("ram:SpecifiedLineTradeDelivery", &[]);
        x.leaf("ram:BilledQuantity", &[("unitCode", &l.unit)], &l.quantity.normalize().to_string());
        x.close();
        x.open("ram:SpecifiedLineTradeSettlement", &[]);
        x.open("ram:ApplicableTradeTax", &[]);
        x.leaf("ram:TypeCode", &[], "VAT");
        x.leaf("ram:CategoryCode", &[], l.category);
        x.leaf("ram:RateApplicablePercent", &[], &percent(l.rate));
        x.close();
        for (reason, a) in &l.charges {
            x.open("ram:SpecifiedTradeAllowanceCharge", &[]);
            x.open("ram:ChargeIndicator", &[]).leaf("udt:Indicator", &[], "true").close();
            amount(&mut x, "ram:ActualAmount", *a);
            x.leaf("ram:Reason", &[], reason);
            x.close();
        }
        x.open("ram:SpecifiedTradeSettlementLineMonetarySummation", &[]);
        amount(&mut x, "ram:LineTotalAmount", l.net);
        x.close().close().close();
    }
    x.open("ram:ApplicableHeaderTradeAgreement", &[]);
    x.leaf("ram:BuyerReference", &[], &e.buyer_reference);
    party(&mut x, "ram:SellerTradeParty", &e.seller);
    party(&mut x, "ram:BuyerTradeParty", &e.buyer);
    x.close();
    x.open("ram:ApplicableHeaderTradeDelivery", &[]);
    x.open("ram:ShipToTradeParty", &[]).open("ram:PostalTradeAddress", &[]);
    x.leaf_some("ram:LineOne", e.deliver_to.0.as_deref());
    x.leaf("ram:CountryID", &[], &e.deliver_to.1);
    x.close().close().close();
    x.open("ram:ApplicableHeaderTradeSettlement", &[]);
    x.leaf("ram:PaymentReference", &[], &e.number);
    x.leaf("ram:InvoiceCurrencyCode", &[], cur);
    if let Some(p) = &e.payment {
        x.open("ram:SpecifiedTradeSettlementPaymentMeans", &[]);
        x.leaf("ram:TypeCode", &[], p.code);
        x.open("ram:PayeePartyCreditorFinancialAccount", &[]);
        if p.code == "58" {
            x.leaf("ram:IBANID", &[], &p.account);
        }
        x.leaf("ram:AccountName", &[], &p.account_name);
        if p.code != "58" {
            x.leaf("ram:ProprietaryID", &[], &p.account);
        }
        x.close();
        if let Some(bic) = &p.bic {
            x.open("ram:PayeeSpecifiedCreditorFinancialInstitution", &[]).leaf("ram:BICID", &[], bic).close();
        }
        x.close();
    }
    for b in &e.vat {
        x.open("ram:ApplicableTradeTax", &[]);
        amount(&mut x, "ram:CalculatedAmount", b.tax);
        x.leaf("ram:TypeCode", &[], "VAT");
        amount(&mut x, "ram:BasisAmount", b.base);
        x.leaf("ram:CategoryCode", &[], b.category);
        x.leaf("ram:RateApplicablePercent", &[], &percent(b.rate));
        x.close();
    }
    for c in &e.charges {
        x.open("ram:SpecifiedTradeAllowanceCharge", &[]);
        x.open("ram:ChargeIndicator", &[]).leaf("udt:Indicator", &[], "true").close();
        amount(&mut x, "ram:ActualAmount", c.amount);
        x.leaf("ram:Reason", &[], &c.reason);
        x.open("ram:CategoryTradeTax", &[]);
        x.leaf("ram:TypeCode", &[], "VAT");
        x.leaf("ram:CategoryCode", &[], c.category);
        x.leaf("ram:RateApplicablePercent", &[], &percent(c.rate));
        x.close().close();
    }
    if e.terms.is_some() || e.due_date.is_some() {
        x.open("ram:SpecifiedTradePaymentTerms", &[]);
        x.leaf_some("ram:Description", e.terms.as_deref());
        if let Some(d) = &e.due_date {
            date(&mut x, "ram:DueDateDateTime", d);
        }
        x.close();
    }
    let t = &e.totals;
    x.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation", &[]);
    amount(&mut x, "ram:LineTotalAmount", t.lines);
    if !e.charges.is_empty() {
        amount(&mut x, "ram:ChargeTotalAmount", t.charges);
    }
    amount(&mut x, "ram:TaxBasisTotalAmount", t.tax_exclusive);
    x.leaf("ram:TaxTotalAmount", &[("currencyID", cur)], &t.tax.to_string());
    amount(&mut x, "ram:GrandTotalAmount", t.tax_inclusive);
    if let Some(p) = t.prepaid {
        amount(&mut x, "ram:TotalPrepaidAmount", p);
    }
    amount(&mut x, "ram:DuePayableAmount", t.payable);
    x.finish()
}

/// A date in format 102 (`YYYYMMDD`).
fn date(x: &mut Xml, element: &'static str, iso: &str) {
    x.open(element, &[]);
    x.leaf("udt:DateTimeString", &[("format", "102")], &iso.replace('-', ""));
    x.close();
}

fn party(x: &mut Xml, element: &'static str, t: &Trader) {
    x.open(element, &[]);
    x.leaf("ram:Name", &[], &t.name);
    if let Some(name) = &t.trading_name {
        x.open("ram:SpecifiedLegalOrganization", &[]).leaf("ram:TradingBusinessName", &[], name).close();
    }
    x.open("ram:PostalTradeAddress", &[]);
    x.leaf_some("ram:LineOne", t.address.as_deref());
    x.leaf("ram:CountryID", &[], &t.country);
    x.close();
    if let Some((scheme, id)) = &t.endpoint {
        x.open("ram:URIUniversalCommunication", &[]).leaf("ram:URIID", &[("schemeID", scheme)], id).close();
    }
    if let Some(vat) = &t.vat_id {
        x.open("ram:SpecifiedTaxRegistration", &[]).leaf("ram:ID", &[("schemeID", "VA")], vat).close();
    }
    x.close();
}
