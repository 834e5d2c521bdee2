//! Every word a document prints that is not data, in Russian and English. A label missing in
//! one language does not compile.

use crate::money::words::Lang;

macro_rules! labels {
    ($($key:ident: $ru:literal, $en:literal;)*) => {
        /// A label of a document.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(non_camel_case_types, missing_docs)]
        pub(crate) enum L { $($key),* }

        impl L {
            /// The label in `lang`.
            pub(crate) fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((L::$key, Lang::Ru) => $ru, (L::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

labels! {
    specification: "Спецификация", "Specification";
    proforma_request: "Запрос проформы", "Request for proforma invoice";
    proforma: "Проформа-инвойс", "Proforma invoice";
    packing_list: "Упаковочный лист", "Packing list";
    purchase_order: "Заказ поставщику", "Purchase order";
    sidemark: "Маркировка", "Sidemark";
    ship_date: "Желаемая дата отгрузки", "Requested ship date";
    confirms: "По проформе", "Against proforma";
    orderer: "Заказчик", "Ordered by";
    client_invoice: "Счёт", "Invoice";
    credit_note: "Кредит-нота", "Credit note";
    credited: "По кредит-нотам", "Credited";
    deal_report: "Отчёт по сделке", "Deal report";
    as_of: "На дату", "As of";
    col_segment: "Сегмент", "Segment";
    col_sale: "Продажа", "Sale";
    col_purchase: "Закупка", "Purchase";
    col_margin: "Маржа", "Margin";
    col_margin_pct: "Маржа, %", "Margin, %";
    col_section: "Раздел", "Section";
    col_due: "К оплате", "Due";
    col_overdue: "Просрочено", "Overdue";
    col_ageing: "Срок", "Ageing";
    margins: "Маржа", "Margins";
    receivables: "Дебиторская задолженность", "Receivables";
    payables: "Кредиторская задолженность", "Payables";
    open_orders: "Открытые заказы", "Open orders";
    late: "опаздывает", "late";
    col_to_ship: "К отгрузке", "To ship";
    col_short: "Недостача", "Short";
    col_confirmed: "Подтверждено", "Confirmed";
    ready: "готов", "ready";
    corrects: "Исправляет счёт", "Corrects invoice";
    reason: "Основание", "Reason";
    reconciliation: "Сверка проформы", "Proforma reconciliation";
    proposal_letter: "Предложение о партнёрстве", "Partnership proposal";
    col_status: "Статус", "Status";
    col_changes: "Изменения", "Changes";
    col_effect: "Влияние", "Effect";
    st_accepted: "принята", "accepted";
    st_changed: "изменена", "changed";
    st_missing: "нет в проформе", "missing";
    st_added: "добавлена", "added";
    f_unit_price: "цена", "price";
    f_discount: "скидка", "discount";
    f_quantity: "количество", "quantity";
    f_unit: "единица", "unit";
    f_lead_time: "срок, нед.", "lead time, weeks";
    requested_net: "Запрошено", "Requested";
    quoted_net: "По проформе", "Quoted";
    effect: "Разница", "Difference";
    longest_lead: "Наибольший срок поставки, нед.", "Longest lead time, weeks";
    proforma_no: "Проформа", "Proforma";
    arithmetic: "Итоги проформы не сходятся", "The proforma's totals do not add up";
    stated: "указано", "stated";
    computed: "по строкам", "from its lines";
    cost_logistics: "Доставка", "Delivery";
    cost_customs: "Таможенное оформление", "Customs clearance";
    cost_installation: "Сборка и монтаж", "Assembly and installation";
    cost_design_fee: "Дизайнерское сопровождение", "Design fee";
    cost_other: "Прочие расходы", "Other costs";
    number: "№", "No.";
    dated: "от", "of";
    project: "Проект", "Project";
    segment: "Поставка", "Supply";
    seller: "Продавец", "Seller";
    buyer: "Покупатель", "Buyer";
    shipper: "Грузоотправитель", "Shipper";
    consignee: "Грузополучатель", "Consignee";
    from: "От кого", "From";
    to: "Кому", "To";
    client: "Клиент", "Client";
    bank: "Банк", "Bank";
    account: "р/с", "Account";
    corr_account: "к/с", "Corr. account";
    bic: "БИК", "BIC";
    col_no: "№", "#";
    col_sku: "Артикул", "SKU";
    col_name: "Наименование", "Description";
    col_dims: "Размеры, мм", "Size, mm";
    col_qty: "Кол-во", "Qty";
    col_unit: "Ед.", "Unit";
    col_lead: "Срок, нед.", "Weeks";
    col_price: "Цена", "Unit price";
    col_list_price: "Цена по прайсу", "List price";
    col_discount: "Скидка", "Disc.";
    col_amount: "Сумма", "Amount";
    col_hs: "Код ТН ВЭД", "HS code";
    col_origin: "Страна", "Origin";
    col_box: "Место", "Box";
    col_contents: "Содержимое", "Contents";
    col_box_dims: "Габариты, мм", "L × W × H, mm";
    col_net: "Нетто, кг", "Net, kg";
    col_gross: "Брутто, кг", "Gross, kg";
    col_volume: "Объём, м³", "Volume, m³";
    on_request: "по запросу", "on request";
    no_room: "Прочее", "Other items";
    gross: "Сумма без скидки", "Gross";
    discount: "Скидка", "Discount";
    subtotal: "Итого", "Subtotal";
    vat: "НДС", "VAT";
    vat_included: "в т.ч. НДС", "incl. VAT";
    no_vat: "Без НДС", "No VAT";
    total_due: "Всего к оплате", "Total due";
    deposit: "Предоплата", "Deposit";
    paid: "Оплачено", "Paid";
    due: "до", "due";
    goods: "Товары", "Goods";
    costs_total: "Дополнительные расходы", "Added costs";
    net_total: "Итого без НДС", "Net";
    col_costs: "Расходы", "Costs";
    col_line_total: "Итого", "Line total";
    rate: "Курс", "Rate";
    supplier: "Поставщик", "Supplier";
    balance: "Остаток к оплате", "Balance";
    valid_until: "Действительна до", "Valid until";
    incoterm: "Условия поставки (Инкотермс 2020)", "Delivery terms (Incoterms 2020)";
    payment_terms: "Условия оплаты", "Payment terms";
    reference: "Основание", "Reference";
    ship_to: "Адрес поставки", "Deliver to";
    currency: "Валюта", "Currency";
    lead_time: "Срок поставки, нед.", "Lead time, weeks";
    please_quote: "Просим выставить проформу и указать", "Please send a proforma invoice stating";
    ask_prices: "цены и скидки по каждой позиции", "prices and discounts for every line";
    ask_lead_times: "сроки производства и отгрузки", "production and shipping lead times";
    ask_packing: "упаковку: число мест, габариты, вес нетто и брутто", "packing: boxes, dimensions, net and gross weight";
    boxes: "Всего мест", "Boxes";
    net_weight: "Вес нетто, кг", "Net weight, kg";
    gross_weight: "Вес брутто, кг", "Gross weight, kg";
    volume: "Объём, м³", "Volume, m³";
    unpacked: "Позиции без данных об упаковке", "Lines without packing data";
    head: "Руководитель", "Authorised signature";
    accountant: "Главный бухгалтер", "Accountant";
    payee_bank: "Банк получателя", "Payee's bank";
    payee: "Получатель", "Payee";
    account_no: "Сч. №", "Account No.";
    prices_hidden: "Цены предоставляются по запросу.", "Prices are given on request.";
    items_total: "Позиций", "Lines";
    mm: "мм", "mm";
    date: "Дата", "Date";
    col_item: "Позиция", "Item";
    col_room: "Помещение", "Room";
    col_manufacturer: "Производитель", "Manufacturer";
    col_options: "Опции", "Options";
    col_discount_pct: "Скидка, %", "Discount, %";
    col_vat_pct: "НДС, %", "VAT, %";
    col_length: "Длина, мм", "Length, mm";
    col_width: "Ширина, мм", "Width, mm";
    col_height: "Высота, мм", "Height, mm";
    col_depth: "Глубина, мм", "Depth, mm";
    col_item_box: "Место позиции", "Box of item";
    col_requested: "Запрошено", "Requested";
    col_quoted: "По проформе", "Quoted";
    in_words: "Сумма прописью", "In words";
}

/// The unit as printed: `шт.` / `pcs`.
pub(crate) fn unit(unit: &str, lang: Lang) -> &str {
    match (unit, lang) {
        ("pcs", Lang::Ru) => "шт.",
        ("set", Lang::Ru) => "компл.",
        ("m", Lang::Ru) => "м",
        ("m2", Lang::Ru) => "м²",
        ("m2", Lang::En) => "m²",
        ("roll", Lang::Ru) => "рул.",
        (other, _) => other,
    }
}

/// The name of a tax id key: `ИНН`, `КПП`, `VAT`.
pub(crate) fn tax_id(key: &str, lang: Lang) -> String {
    match (key, lang) {
        ("inn", Lang::Ru) => "ИНН".into(),
        ("inn", Lang::En) => "INN".into(),
        ("kpp", Lang::Ru) => "КПП".into(),
        ("kpp", Lang::En) => "KPP".into(),
        ("ogrn", Lang::Ru) => "ОГРН".into(),
        ("vat", Lang::Ru) => "VAT".into(),
        ("vat", Lang::En) => "VAT No.".into(),
        (other, _) => other.to_uppercase(),
    }
}

/// "Всего наименований 3, на сумму 8 092,50 €" / "3 lines, total €8,092.50".
pub(crate) fn count_and_sum(count: usize, sum: &str, lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("Всего наименований {count}, на сумму {sum}"),
        Lang::En => format!("{count} line{}, total {sum}", if count == 1 { "" } else { "s" }),
    }
}

/// "место 2 из 3" / "box 2 of 3".
pub(crate) fn box_of(k: u64, m: u64, lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("место {k} из {m}"),
        Lang::En => format!("box {k} of {m}"),
    }
}
