// createWorker(): the engine in a Web Worker, every operation a Promise, so a long document
// never blocks the page. Errors keep their `code`, `errors` and `raw`; handles (Directory,
// Deal) live in the worker and are used through proxies.

/** A BureauError (or plain Error) rebuilt from the worker's message. */
function rebuilt(data) {
  const e = new Error(data.message);
  e.name = data.name;
  if (data.code !== undefined) {
    e.code = data.code;
    e.errors = data.errors;
    e.raw = data.raw;
  }
  return e;
}

function aborted(signal) {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

/**
 * Starts a worker running the engine. Options: `worker` (the URL of `worker.mjs`, by default the
 * package's own), `core` and `renderer` (where the worker fetches the `.wasm` files from).
 */
export function createWorker(options = {}) {
  const url = options.worker ?? new URL("./worker.mjs", import.meta.url);
  const worker = new Worker(url, { type: "module" });
  const pending = new Map(); // id → { resolve, reject, onProgress }
  let nextId = 1;

  worker.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    if (p === undefined) return; // a cancelled job's late answer
    if (data.progress) {
      if (p.onProgress) p.onProgress(data.progress);
      return;
    }
    pending.delete(data.id);
    if (data.ok) p.resolve(data.value);
    else p.reject(rebuilt(data.error));
  };
  worker.onerror = (event) => {
    const e = new Error(`bureau: the worker failed: ${event.message ?? "unknown error"}`);
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };

  function send(message, extra = {}) {
    const id = nextId++;
    return {
      id,
      promise: new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, ...extra });
        worker.postMessage({ ...message, id });
      }),
    };
  }
  const ask = (message) => send(message).promise;
  const ready = ask({ op: "init", options: { core: options.core, renderer: options.renderer } });
  const call = (name) => (...args) => ready.then(() => ask({ op: "call", name, args }));

  class Handle {
    constructor(id) { this._id = id; }
    _method(method, args) { return ask({ op: "method", handle: this._id, method, args }); }
    /** Frees the handle in the worker. */
    free() { return this._method("free", []); }
  }
  class DirectoryProxy extends Handle {
    summary() { return this._method("summary", []); }
    update(update) { return this._method("update", [update]); }
    save() { return this._method("save", []); }
    recommend(project, options) { return this._method("recommend", [project, options]); }
    letter(project, request) { return this._method("letter", [project, request]); }
    letterModel(project, request) { return this._method("letterModel", [project, request]); }
  }
  class DealProxy extends Handle {
    opened() { return this._method("opened", []); }
    apply(action, directory) { return this._method("apply", directory ? [action, directory._id] : [action]); }
    json() { return this._method("json", []); }
    toObject() { return this._method("toObject", []); }
    view(audience) { return this._method("view", [audience]); }
    document(request) { return this._method("document", [request]); }
  }

  return {
    /** Resolves with the engine's version once the worker has loaded the core. */
    ready,
    validate: call("validate"),
    segment: call("segment"),
    words: call("words"),
    codes: call("codes"),
    version: call("version"),
    document: call("document"),
    documentModel: call("documentModel"),
    reconcile: call("reconcile"),
    reconcileReport: call("reconcileReport"),
    invoice: call("invoice"),
    invoiceModel: call("invoiceModel"),
    /** Fetches the renderer in the worker now, before the first PDF. */
    loadRenderer: call("loadRenderer"),
    /**
     * Renders many documents of one project: `[{ bytes } | { error }]` in the requests' order.
     * `onProgress({ done, total, kind, segment })` after each; `signal` cancels: the promise
     * rejects at once with an AbortError and the worker stops after the document it is on,
     * ready for the next call.
     */
    async documents(project, requests, { onProgress, signal } = {}) {
      await ready;
      if (signal && signal.aborted) throw aborted(signal);
      const { id, promise } = send({ op: "documents", project, requests }, { onProgress });
      if (!signal) return (await promise).results;
      return new Promise((resolve, reject) => {
        const stop = () => {
          worker.postMessage({ op: "cancel", job: id });
          pending.delete(id);
          reject(aborted(signal));
        };
        signal.addEventListener("abort", stop, { once: true });
        promise.then(
          (r) => { signal.removeEventListener("abort", stop); resolve(r.results); },
          (e) => { signal.removeEventListener("abort", stop); reject(e); },
        );
      });
    },
    /** A partner directory loaded once in the worker. */
    async openDirectory(directory) {
      await ready;
      return new DirectoryProxy(await ask({ op: "open", kind: "Directory", args: [directory] }));
    },
    /** A deal on a project, in the worker; with a directory proxy, recommendations too. */
    async openDeal(project, directory) {
      await ready;
      return new DealProxy(await ask({ op: "open", kind: "Deal", args: [project, directory ? directory._id : 0] }));
    },
    /** A saved deal, loaded in the worker. */
    async loadDeal(saved) {
      await ready;
      return new DealProxy(await ask({ op: "open", kind: "DealLoad", args: [saved] }));
    },
    /** Stops the worker; pending calls reject. */
    terminate() {
      worker.terminate();
      const e = new Error("bureau: the worker was terminated");
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    },
  };
}
