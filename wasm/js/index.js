"use strict";
// Bureau for JavaScript: a thin wrapper over the wasm-bindgen module in ../pkg.
// It checks the ABI version at load and, should the instance ever trap (a WebAssembly
// RuntimeError: a bug in Bureau), loads a fresh instance for the next call.

const path = require("node:path");

/** The ABI this wrapper is written for; the module's abiVersion() must equal it. */
const ABI_VERSION = 1;
const GLUE = path.join(__dirname, "..", "pkg", "bureau_wasm.js");

let wasm = load();
let reloads = 0;

function load() {
  delete require.cache[require.resolve(GLUE)];
  const m = require(GLUE);
  if (m.abiVersion() !== ABI_VERSION) {
    throw new Error(`bureau: the WASM module has ABI ${m.abiVersion()}, this wrapper needs ${ABI_VERSION}`);
  }
  return m;
}

function call(name, args) {
  try {
    return wasm[name](...args);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      wasm = load();
      reloads += 1;
    }
    throw e;
  }
}

/** Whether `e` is an error thrown by Bureau (it has `code`, `errors` and `raw`). */
function isBureauError(e) {
  return e instanceof Error && e.name === "BureauError" && typeof e.code === "string";
}

module.exports = {
  ABI_VERSION,
  abiVersion: () => call("abiVersion", []),
  version: () => call("version", []),
  validate: (document) => call("validate", [document]),
  segment: (project, previous) => call("segment", [project, previous]),
  words: (request) => call("words", [request]),
  reconcile: (project, proforma, settings) => call("reconcile", [project, proforma, settings]),
  reconcileReport: (project, proforma, settings) => {
    const s = settings === undefined || settings === null
      ? {}
      : typeof settings === "string" || settings instanceof Uint8Array
        ? JSON.parse(typeof settings === "string" ? settings : new TextDecoder().decode(settings))
        : { ...settings };
    s.format = "json";
    return JSON.parse(new TextDecoder().decode(call("reconcile", [project, proforma, s])));
  },
  document: (project, request) => call("document", [project, request]),
  documentModel: (project, request) => {
    const req = typeof request === "string" || request instanceof Uint8Array
      ? JSON.parse(typeof request === "string" ? request : new TextDecoder().decode(request))
      : { ...request };
    req.format = "json";
    return JSON.parse(new TextDecoder().decode(call("document", [project, req])));
  },
  invoice: (project, request) => call("invoice", [project, request]),
  invoiceModel: (project, request) => {
    const req = typeof request === "string" || request instanceof Uint8Array
      ? JSON.parse(typeof request === "string" ? request : new TextDecoder().decode(request))
      : { ...request };
    req.format = "json";
    return JSON.parse(new TextDecoder().decode(call("invoice", [project, req])));
  },
  codes: () => call("codes", []),
  isBureauError,
  /** @internal for tests: the loaded module and how often it was replaced. */
  _internals: { get wasm() { return wasm; }, set wasm(m) { wasm = m; }, get reloads() { return reloads; } },
};
