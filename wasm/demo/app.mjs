// The Bureau demo: a Studio-like page over the engine in a Web Worker. Static files only; serve
// the repository with `node wasm/scripts/serve.mjs` and open /wasm/demo/.
import { createWorker } from "../js/browser.mjs";

const EXAMPLES = "../../examples/";
const T = {
  en: {
    office: "Office", open: "Open project…", drop: "Drop a studio-project/1 file to open it",
    segments: "Segments", segments_lead: "The project split by the company that delivers each item.",
    unsourced: "Not sourced yet", deal: "Deal", deal_lead: "Act as each party and see what the engine lets them do.",
    suppliers: "Suppliers", suppliers_lead: "Suppliers with active partnerships with the project's manufacturers.",
    proposals: "Proposed partnerships", documents: "Documents",
    documents_lead: "Rendered in a Web Worker: the page stays responsive.", render_all: "Render every document",
    cancel: "Cancel", invoice: "Client invoice",
    invoice_lead: "Front Office: sale prices, costs allocated to the cent, VAT, deposit and balance.",
    footer: "Bureau runs in this page: the core module answered at once; the renderer is fetched on the first preview.",
    items: "items", boxes: "boxes", lead: "weeks", needs: "needs a supplier", none: "Nothing here.",
    designer: "Designer", client: "Client", supplier: "Supplier", owner: "Owner",
    request_proforma: "Request a proforma from", invite: "Invite", accept: "Accept the invitation",
    decline: "Decline", refused: "Refused", done: "Done", manager: "managed by", nobody: "no supplier yet",
    seen_segments: "Segments seen", seen_items: "Items with prices", seen_proformas: "Proformas seen",
    seen_documents: "Documents", events: "Events", cover: "Fewest suppliers covering every manufacturer",
    exact: "proven minimal", greedy: "greedy", uncovered: "No active partner", supplier_col: "Supplier",
    covers: "Covers", share: "Share of value", discount: "Discount", preview: "Preview", pdf: "PDF",
    rendering: "Rendering…", cancelled: "Cancelled", of: "of", total: "Total", goods: "Goods", costs: "Costs",
    net: "Net", vat: "VAT", deposit: "Deposit", balance: "Balance", qty: "Qty", price: "Price", amount: "Amount",
    page: "page", score: "score", specification: "Specification", proforma_request: "Proforma request",
    proforma: "Proforma", packing_list: "Packing list", client_invoice: "Client invoice", whole: "whole project",
    engine: "engine",
    factory: "factory", showroom: "showroom",
  },
  ru: {
    office: "Офис", open: "Открыть проект…", drop: "Перетащите файл studio-project/1, чтобы открыть его",
    segments: "Сегменты", segments_lead: "Проект, разделённый по компаниям, которые поставляют каждую позицию.",
    unsourced: "Поставщик не выбран", deal: "Сделка", deal_lead: "Действуйте за каждую сторону и смотрите, что ей разрешено.",
    suppliers: "Поставщики", suppliers_lead: "Поставщики с активными партнёрствами с производителями проекта.",
    proposals: "Предлагаемые партнёрства", documents: "Документы",
    documents_lead: "Формируются в Web Worker: страница не замирает.", render_all: "Сформировать все документы",
    cancel: "Отменить", invoice: "Счёт клиенту",
    invoice_lead: "Фронт-офис: цены продажи, расходы до копейки, НДС, предоплата и остаток.",
    footer: "Bureau работает в этой странице: ядро ответило сразу, модуль вёрстки загружается при первом просмотре.",
    items: "поз.", boxes: "мест", lead: "нед.", needs: "нужен поставщик", none: "Пусто.",
    designer: "Дизайнер", client: "Клиент", supplier: "Поставщик", owner: "Владелец",
    request_proforma: "Запросить проформу у", invite: "Пригласить", accept: "Принять приглашение",
    decline: "Отклонить", refused: "Отказано", done: "Готово", manager: "ведёт", nobody: "поставщика нет",
    seen_segments: "Видно сегментов", seen_items: "Позиции с ценами", seen_proformas: "Видно проформ",
    seen_documents: "Документы", events: "Событий", cover: "Наименьший набор поставщиков на всех производителей",
    exact: "доказано минимальный", greedy: "жадный", uncovered: "Нет активного партнёра", supplier_col: "Поставщик",
    covers: "Покрывает", share: "Доля стоимости", discount: "Скидка", preview: "Просмотр", pdf: "PDF",
    rendering: "Формируется…", cancelled: "Отменено", of: "из", total: "Итого", goods: "Товары", costs: "Расходы",
    net: "Без НДС", vat: "НДС", deposit: "Предоплата", balance: "Остаток", qty: "Кол-во", price: "Цена", amount: "Сумма",
    page: "стр.", score: "оценка", specification: "Спецификация", proforma_request: "Запрос проформы",
    proforma: "Проформа", packing_list: "Упаковочный лист", client_invoice: "Счёт клиенту", whole: "весь проект",
    engine: "движок",
    factory: "фабрика", showroom: "салон",
  },
};

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
};

const state = {
  lang: "ru",
  worker: createWorker(),
  text: null, // the project's JSON text
  project: null,
  split: null,
  directory: null,
  deal: null,
  role: null,
  settings: {},
  invoiceRequest: null,
  refusal: null,
  coverSupplier: undefined, // the first supplier of the least cover: whom the owner invites
  docs: new Map(), // key → { request, png, error }
  job: null,
};
const t = (key) => T[state.lang][key] ?? key;
const company = (id) => state.project.companies.find((c) => c.id === id) ?? { id, name: id };
const money = (amount, currency) =>
  new Intl.NumberFormat(state.lang === "ru" ? "ru-RU" : "en-GB", { style: "currency", currency, currencyDisplay: "narrowSymbol" })
    .format(Number(amount)); // display only: every amount was computed by the engine in decimals

function showError(e) {
  const box = $("error");
  box.hidden = !e;
  box.textContent = e ? `${e.code ?? e.name}: ${e.message}` : "";
}

async function fetchText(name) {
  const r = await fetch(EXAMPLES + name);
  if (!r.ok) throw new Error(`${name}: ${r.status}`);
  return r.text();
}

// ---- loading a project ----------------------------------------------------------------------

async function open(text, { example } = {}) {
  showError(null);
  const project = JSON.parse(text);
  const split = await state.worker.segment(text); // throws a BureauError listing every problem
  state.text = text;
  state.project = project;
  state.split = split;
  state.lang = (project.project?.locale ?? "en").startsWith("ru") ? "ru" : "en";
  const villa = example === "villa-barvikha.json";
  state.settings = villa ? JSON.parse(await fetchText("villa-documents.json")) : {};
  state.invoiceRequest = villa ? JSON.parse(await fetchText("villa-invoice.json")) : null;
  if (state.deal) await state.deal.free();
  state.deal = await state.worker.openDeal(text, state.directory);
  state.coverSupplier = (await state.directory.recommend(text)).cover.suppliers[0];
  state.refusal = null;
  state.docs = new Map();
  state.role = project.project.owner;
  await renderAll();
}

async function renderAll() {
  document.documentElement.lang = state.lang;
  for (const b of document.querySelectorAll(".lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang));
  for (const n of document.querySelectorAll("[data-t]")) n.textContent = t(n.dataset.t);
  const p = state.project.project;
  $("project-name").textContent = p.name;
  $("project-meta").textContent = `${p.id} · ${company(p.owner).name} · ${p.currency}${p.date ? ` · ${p.date}` : ""}`;
  renderSegments();
  await renderDeal();
  await renderPartners();
  renderDocuments();
  await renderInvoice();
  $("engine-info").textContent = `${t("engine")} ${await state.worker.version()}`;
}

// ---- segments -------------------------------------------------------------------------------

function segmentCard(s, unsourced) {
  const totals = Object.entries(s.totals).map(([cur, x]) => el("div", { class: "money", "data-currency": cur, "data-net": x.net }, money(x.net, cur)));
  return el("div", { class: "seg", "data-segment-id": s.id },
    el("div", {}, el("span", { class: "name" }, s.name), el("span", { class: unsourced ? "badge warn" : "badge" }, unsourced ? t("needs") : t(s.kind))),
    totals.length ? totals : el("div", { class: "muted" }, "—"),
    el("div", { class: "facts" },
      el("span", {}, `${s.items.length} ${t("items")}`),
      el("span", {}, `${s.packages} ${t("boxes")}`),
      el("span", {}, `${s.gross_weight_kg} kg`),
      el("span", {}, `${s.volume_m3} m³`),
      s.lead_time_weeks ? el("span", {}, `${s.lead_time_weeks} ${t("lead")}`) : null),
    s.warnings.length ? el("ul", { class: "warnings" }, s.warnings.map((w) => el("li", { title: w.code }, w.message))) : null);
}

function renderSegments() {
  $("segments").replaceChildren(...state.split.segments.map((s) => segmentCard(s, false)));
  $("unsourced").replaceChildren(...(state.split.unsourced.length ? state.split.unsourced.map((s) => segmentCard(s, true)) : [el("p", { class: "muted" }, t("none"))]));
}

// ---- the deal and its parties ---------------------------------------------------------------

/** The parties to act as: the owner, the supplier to invite (or who manages), the client. */
async function parties() {
  const deal = await state.deal.toObject();
  const owner = company(state.project.project.owner);
  const out = [{ id: owner.id, label: `${t(owner.kind === "client" ? "client" : owner.kind === "designer" ? "designer" : "owner")}: ${owner.name}` }];
  const invited = deal.invitations.map((i) => i.supplier);
  const recommended = deal.segments.flatMap((s) => (s.recommended ?? []).map((r) => r.supplier));
  // The supplier to invite: the one already invited, else the recommendation's least cover.
  const supplier = invited[0] ?? state.coverSupplier ?? recommended[0];
  if (supplier && supplier !== owner.id) {
    const name = supplierName(deal, supplier);
    out.push({ id: supplier, label: `${t("supplier")}: ${name}` });
  }
  if (state.project.project.client) out.push({ id: "client", label: `${t("client")}: ${state.project.project.client.name}` });
  return { deal, list: out, supplier };
}

/** A supplier's name: from the deal's companies, its recommendations, or the project. */
function supplierName(deal, id) {
  const recommended = deal.segments.flatMap((s) => s.recommended ?? []);
  return deal.companies?.find((c) => c.id === id)?.name ?? recommended.find((r) => r.supplier === id)?.name ?? company(id).name;
}

let clock = Date.parse("2026-11-21T10:00:00Z");
const now = () => new Date((clock += 60_000)).toISOString().replace(".000Z", "Z");

async function act(action) {
  try {
    await state.deal.apply({ actor: state.role, at: now(), ...action }, state.directory);
    state.refusal = null;
  } catch (e) {
    if (!e.code) throw e;
    state.refusal = e;
  }
  await renderDeal();
}

async function renderDeal() {
  const { deal, list, supplier } = await parties();
  if (!list.some((p) => p.id === state.role)) state.role = list[0].id;
  $("roles").replaceChildren(...list.map((p) =>
    el("button", { role: "tab", "aria-selected": String(p.id === state.role), "data-actor": p.id, onclick: async () => { state.role = p.id; state.refusal = null; await renderDeal(); } }, p.label)));

  const actions = [];
  const factories = deal.segments.filter((s) => s.kind === "segment" && company(s.company).kind === "factory" && s.active !== false);
  const isOwner = state.role === state.project.project.owner;
  for (const s of factories) {
    actions.push(el("button", { "data-action": "request", "data-segment": s.id, onclick: () => act({ action: "request_documents", segment: s.id, kind: "proforma" }) },
      `${t("request_proforma")} ${company(s.company).name}`));
  }
  const open = deal.invitations.filter((i) => i.status === "pending");
  if (isOwner && supplier && factories.some((s) => !s.manager)) {
    const segs = factories.filter((s) => !s.manager && !open.some((i) => i.segment === s.id)).map((s) => s.id);
    if (segs.length) actions.push(el("button", { class: "primary", "data-action": "invite", onclick: () => act({ action: "invite_supplier", segments: segs, supplier }) }, `${t("invite")} ${supplierName(deal, supplier)}`));
  }
  const mine = open.filter((i) => i.supplier === state.role).map((i) => i.segment);
  if (mine.length) {
    actions.push(el("button", { class: "primary", "data-action": "accept", onclick: () => act({ action: "accept_invitation", segments: mine }) }, t("accept")));
    actions.push(el("button", { "data-action": "decline", onclick: () => act({ action: "decline_invitation", segments: mine }) }, t("decline")));
  }
  if (state.role === "client") actions.length = 0;
  $("actions").replaceChildren(...actions);

  const box = $("refusal");
  box.hidden = !state.refusal;
  if (state.refusal) {
    const rec = state.refusal.errors?.[0]?.recommended ?? [];
    box.replaceChildren(
      el("div", {}, el("strong", {}, `${t("refused")} `), el("span", { class: "code" }, state.refusal.code)),
      el("div", {}, state.refusal.errors?.[0]?.message ?? state.refusal.message),
      rec.length ? el("div", { class: "recommended" }, rec.map((r) => el("span", { class: "badge ok", "data-recommended": r.supplier }, r.name))) : null);
  }

  const view = await state.deal.view(state.role);
  const managed = view.segments.map((s) => el("li", { "data-view-segment": s.id }, `${s.name ?? s.id} — ${s.manager ? `${t("manager")} ${supplierName(deal, s.manager)}` : t("nobody")}`));
  $("view").replaceChildren(el("dl", {},
    el("dt", {}, t("seen_segments")), el("dd", {}, el("ul", { class: "reasons" }, managed)),
    el("dt", {}, t("seen_proformas")), el("dd", {}, String(view.proformas?.length ?? 0)),
    el("dt", {}, t("seen_documents")), el("dd", {}, String(view.documents?.length ?? 0)),
    el("dt", {}, t("events")), el("dd", {}, String(view.events?.length ?? 0))));
  $("events").replaceChildren(...deal.events.map((e) => el("li", {}, el("span", { class: "who" }, e.actor), " · ", e.summary)));
}

// ---- suppliers ------------------------------------------------------------------------------

async function renderPartners() {
  const r = await state.directory.recommend(state.text, { language: state.lang });
  const name = (id) => r.ranking.find((x) => x.supplier === id)?.name ?? id;
  $("cover").replaceChildren(
    el("strong", {}, `${t("cover")}:`),
    ...r.cover.suppliers.map((id) => el("span", { class: "badge ok", "data-cover": id }, name(id))),
    el("span", { class: "muted" }, r.cover.exact ? t("exact") : t("greedy")),
    r.uncovered.length ? el("span", { class: "badge warn" }, `${t("uncovered")}: ${r.uncovered.map((m) => company(m).name).join(", ")}`) : null);
  $("ranking").replaceChildren(
    el("tr", {}, el("th", {}, t("supplier_col")), el("th", {}, t("covers")), el("th", { class: "num" }, t("share")), el("th", { class: "num" }, t("discount"))),
    ...r.ranking.map((x) => el("tr", { "data-supplier": x.supplier },
      el("td", {}, el("strong", {}, x.name ?? x.supplier), el("ul", { class: "reasons" }, x.reasons.map((why) => el("li", {}, why.text)))),
      el("td", {}, x.covers.map((c) => c.name ?? company(c.manufacturer).name).join(", ")),
      el("td", { class: "num" }, `${(Number(x.share) * 100).toFixed(0)} %`),
      el("td", { class: "num" }, x.discount_pct ? `${x.discount_pct} %` : "—"))));
  $("proposals").replaceChildren(...(r.proposals.length ? r.proposals : []).map((p) => el("div", { class: "seg" },
    el("div", {}, el("span", { class: "name" }, `${p.supplier_name ?? p.supplier} ↔ ${p.manufacturer_name ?? company(p.manufacturer).name}`), el("span", { class: "badge" }, `${t("score")} ${p.score}`)),
    el("ul", { class: "reasons" }, p.reasons.map((why) => el("li", {}, why.text ?? why))))));
  if (!r.proposals.length) $("proposals").append(el("p", { class: "muted" }, t("none")));
}

// ---- documents ------------------------------------------------------------------------------

function documentRequests() {
  const base = { ...state.settings, language: state.lang === (state.project.project.locale ?? "").slice(0, 2) ? undefined : state.lang };
  const out = [{ key: "specification", kind: "specification", request: { ...base, kind: "specification" } }];
  for (const s of state.split.segments) {
    for (const kind of ["proforma_request", "proforma", "packing_list"]) {
      out.push({ key: `${kind}:${s.id}`, kind, segment: s, request: { ...base, kind, segment: s.id } });
    }
  }
  return out;
}

function renderDocuments() {
  const cards = documentRequests().map((d) => {
    const shown = state.docs.get(d.key);
    const thumb = shown?.png
      ? el("img", { src: URL.createObjectURL(new Blob([shown.png], { type: "image/png" })), alt: `${t(d.kind)} ${t("page")} 1`, "data-kind": d.kind, "data-segment": d.segment?.id })
      : shown?.error
        ? el("div", {}, el("div", { class: "code" }, shown.error.code), shown.error.errors?.[0]?.message ?? shown.error.message)
        : el("button", { onclick: () => renderDocs([d]) }, t("preview"));
    return el("div", { class: shown?.error ? "doc failed" : "doc", "data-doc": d.key },
      el("div", { class: "thumb" }, thumb),
      el("div", { class: "meta" },
        el("div", { class: "title" }, t(d.kind)),
        el("div", { class: "muted" }, d.segment ? d.segment.name : t("whole")),
        el("div", { class: "links" }, el("a", { href: "#", "data-pdf": d.key, onclick: (ev) => { ev.preventDefault(); download(d); } }, t("pdf")))));
  });
  $("documents").replaceChildren(...cards);
}

async function download(d, request = d.request, name = `${d.key.replace(/[:/]/g, "-")}.pdf`) {
  try {
    const pdf = await state.worker.document(state.text, { ...request, format: "pdf" });
    const a = el("a", { href: URL.createObjectURL(new Blob([pdf], { type: "application/pdf" })), download: name });
    document.body.append(a);
    a.click();
    a.remove();
  } catch (e) {
    showError(e);
  }
}

/** Previews (page 1, PNG) of `docs`, in the worker, with progress; the Cancel button stops it. */
async function renderDocs(docs) {
  if (state.job) state.job.abort();
  const job = new AbortController();
  state.job = job;
  $("cancel").hidden = false;
  $("progress").hidden = false;
  $("progress").max = docs.length;
  $("progress").value = 0;
  $("progress-text").textContent = t("rendering");
  const requests = docs.map((d) => ({ ...d.request, format: "png", page: 1, preview_dpi: 60 }));
  try {
    const results = await state.worker.documents(state.text, requests, {
      signal: job.signal,
      onProgress: ({ done, total }) => {
        $("progress").value = done;
        $("progress-text").textContent = `${done} ${t("of")} ${total}`;
      },
    });
    results.forEach((r, i) => state.docs.set(docs[i].key, r.bytes ? { png: r.bytes } : { error: r.error ?? r }));
    $("progress-text").textContent = t("done");
  } catch (e) {
    if (e.name !== "AbortError") throw e;
    $("progress-text").textContent = t("cancelled");
  } finally {
    if (state.job === job) state.job = null;
    $("cancel").hidden = true;
    $("progress").hidden = true;
    renderDocuments();
    $("engine-info").textContent = `${t("engine")} ${await state.worker.version()}`;
  }
}

// ---- the client invoice ---------------------------------------------------------------------

async function renderInvoice() {
  const box = $("invoice");
  if (!state.invoiceRequest) {
    box.replaceChildren(el("p", { class: "muted" }, t("none")));
    return;
  }
  const request = { ...state.invoiceRequest, language: state.lang };
  const { invoice } = await state.worker.invoiceModel(state.text, request);
  const cur = invoice.currency;
  const rows = invoice.lines.map((l) => el("tr", {},
    el("td", {}, l.name ?? l.item), el("td", { class: "num" }, l.quantity), el("td", { class: "num" }, money(l.unit_price, cur)),
    el("td", { class: "num" }, money(l.line_total, cur))));
  const costs = invoice.costs.map((c) => el("tr", {}, el("td", {}, c.label ?? c.kind), el("td", {}), el("td", {}), el("td", { class: "num" }, money(c.amount, cur))));
  const vat = invoice.totals.vat.map((v) => [el("span", {}, `${t("vat")} ${v.rate} %`), el("span", {}, money(v.vat, cur))]);
  box.replaceChildren(
    el("div", {},
      el("table", { class: "table", "data-invoice": invoice.number },
        el("tr", {}, el("th", {}), el("th", { class: "num" }, t("qty")), el("th", { class: "num" }, t("price")), el("th", { class: "num" }, t("amount"))),
        rows, costs),
      el("div", { class: "totals" },
        el("span", {}, t("goods")), el("span", {}, money(invoice.totals.goods, cur)),
        el("span", {}, t("costs")), el("span", {}, money(invoice.totals.costs, cur)),
        el("span", {}, t("net")), el("span", {}, money(invoice.totals.net, cur)),
        ...vat.flat(),
        el("span", { class: "grand" }, t("total")), el("span", { class: "grand", "data-total": invoice.totals.total }, money(invoice.totals.total, cur)),
        el("span", {}, t("deposit")), el("span", {}, money(invoice.deposit, cur)),
        el("span", {}, t("balance")), el("span", {}, money(invoice.balance, cur))),
      el("div", { class: "words" }, invoice.total_in_words ?? "")),
    el("div", { class: "doc" },
      el("div", { class: "thumb", id: "invoice-thumb" }, el("button", { onclick: previewInvoice }, t("preview"))),
      el("div", { class: "meta" }, el("div", { class: "title" }, `${t("client_invoice")} ${invoice.number}`),
        el("div", { class: "links" }, el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); downloadInvoice(request); } }, t("pdf"))))));
}

async function previewInvoice() {
  const png = await state.worker.invoice(state.text, { ...state.invoiceRequest, language: state.lang, format: "png", preview_dpi: 60 });
  $("invoice-thumb").replaceChildren(el("img", { src: URL.createObjectURL(new Blob([png], { type: "image/png" })), alt: t("client_invoice") }));
}

async function downloadInvoice(request) {
  const pdf = await state.worker.invoice(state.text, { ...request, format: "pdf" });
  const a = el("a", { href: URL.createObjectURL(new Blob([pdf], { type: "application/pdf" })), download: `${request.number}.pdf` });
  document.body.append(a);
  a.click();
  a.remove();
}

// ---- wiring ---------------------------------------------------------------------------------

async function start() {
  state.directory = await state.worker.openDirectory(await fetchText("partner-directory.json"));
  await open(await fetchText("villa-barvikha.json"), { example: "villa-barvikha.json" });
  $("example").addEventListener("change", async (ev) => open(await fetchText(ev.target.value), { example: ev.target.value }).catch(showError));
  $("file").addEventListener("change", async (ev) => { const f = ev.target.files[0]; if (f) await open(await f.text()).catch(showError); });
  for (const b of document.querySelectorAll(".lang button")) {
    b.addEventListener("click", async () => {
      state.lang = b.dataset.lang;
      state.docs = new Map(); // previews are in the documents' language: made again on request
      $("progress-text").textContent = "";
      await renderAll().catch(showError);
    });
  }
  $("render-all").addEventListener("click", () => renderDocs(documentRequests()).catch(showError));
  $("cancel").addEventListener("click", () => state.job && state.job.abort());
  addEventListener("dragover", (ev) => { ev.preventDefault(); $("drop").hidden = false; });
  addEventListener("dragleave", (ev) => { if (ev.target === $("drop")) $("drop").hidden = true; });
  addEventListener("drop", async (ev) => {
    ev.preventDefault();
    $("drop").hidden = true;
    const f = ev.dataTransfer.files[0];
    if (f) await open(await f.text()).catch(showError);
  });
  document.body.dataset.ready = "true";
}

/** For the end-to-end test: the page's state and its engine. */
window.bureauDemo = { state, renderDocs, documentRequests };
start().catch((e) => { showError(e); document.body.dataset.ready = "error"; console.error(e); });
