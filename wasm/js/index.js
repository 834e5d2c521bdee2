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

/**
 * A partner directory loaded once into the module. Should the module be replaced after a trap,
 * the directory is loaded again from its source and updates on the next call.
 */
class Directory {
  constructor(directory) {
    this._source = directory;
    this._updates = [];
    this._open();
  }

  _open() {
    try {
      const inner = new wasm.Directory(this._source);
      for (const u of this._updates) inner.update(u);
      this._inner = inner;
      this._module = wasm;
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        wasm = load();
        reloads += 1;
      }
      throw e;
    }
  }

  _live() {
    if (this._inner === null) throw new Error("bureau: this Directory is freed");
    if (this._module !== wasm) this._open();
    return this._inner;
  }

  _call(name, args) {
    const inner = this._live();
    try {
      return inner[name](...args);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        wasm = load();
        reloads += 1;
      }
      throw e;
    }
  }

  /** What was loaded: `{ companies, partnerships, warnings }`. */
  summary() { return this._call("summary", []); }
  /** Applies an update; a rejected one changes nothing and throws. */
  update(update) {
    const result = this._call("update", [update]);
    this._updates.push(update);
    return result;
  }
  /** Supplier recommendations for a project. */
  recommend(project, options) { return this._call("recommend", [project, options]); }
  /** A proposal letter: PDF (default) or PNG bytes, or the bytes of `{ letter, warnings }`. */
  letter(project, request) { return this._call("letter", [project, request]); }
  /** The letter's model and its warnings (the request's `format` is set to `json`). */
  letterModel(project, request) {
    const req = typeof request === "string" || request instanceof Uint8Array
      ? JSON.parse(typeof request === "string" ? request : new TextDecoder().decode(request))
      : { ...request };
    req.format = "json";
    return JSON.parse(new TextDecoder().decode(this.letter(project, req)));
  }
  /** Frees the directory's memory in the module. */
  free() {
    if (this._inner !== null && this._module === wasm) this._inner.free();
    this._inner = null;
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
  Directory,
  isBureauError,
  /** @internal for tests: the loaded module and how often it was replaced. */
  _internals: { get wasm() { return wasm; }, set wasm(m) { wasm = m; }, get reloads() { return reloads; } },
};
