// The Web Worker side of createWorker(): the engine (browser.mjs) runs here, off the page's
// main thread. Messages: { id, op, ... } in; { id, ok, value | error } and { id, progress } out.
import { load, isBureauError } from "./browser.mjs";

let engine = null;
const handles = new Map(); // id → Directory or Deal
let nextHandle = 1;
const cancelled = new Set(); // ids of jobs asked to stop

/** An error as plain data: the client rebuilds a BureauError with the same fields. */
function plain(e) {
  if (isBureauError(e)) return { name: e.name, message: e.message, code: e.code, errors: e.errors, raw: e.raw };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: "Error", message: String(e) };
}

/** Uint8Arrays in a result, to transfer instead of copying. */
function transferable(value) {
  if (value instanceof Uint8Array) return [value.buffer];
  if (Array.isArray(value)) return value.flatMap((v) => (v && v.bytes instanceof Uint8Array ? [v.bytes.buffer] : []));
  return [];
}

function handle(id) {
  const h = handles.get(id);
  if (h === undefined) throw new Error(`bureau: handle ${id} is freed or was never opened`);
  return h;
}

const CALLS = new Set([
  "validate", "segment", "words", "codes", "document", "documentModel", "reconcile", "reconcileReport",
  "invoice", "invoiceModel", "version", "abiVersion", "loadRenderer",
]);

async function documents(id, project, requests) {
  const results = [];
  for (let i = 0; i < requests.length; i++) {
    // Let a "cancel" message in between documents.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled.delete(id)) return { cancelled: true, results };
    const request = requests[i];
    try {
      results.push({ bytes: await engine.document(project, request) });
    } catch (e) {
      results.push({ error: plain(e) });
    }
    postMessage({ id, progress: { done: i + 1, total: requests.length, kind: request.kind, segment: request.segment } });
  }
  cancelled.delete(id);
  return { cancelled: false, results };
}

async function run(msg) {
  switch (msg.op) {
    case "init":
      engine = await load(msg.options);
      return engine.version();
    case "call":
      if (!CALLS.has(msg.name)) throw new Error(`bureau: no operation "${msg.name}"`);
      return await engine[msg.name](...msg.args);
    case "documents":
      return await documents(msg.id, msg.project, msg.requests);
    case "cancel":
      cancelled.add(msg.job);
      return null;
    case "open": {
      let h;
      if (msg.kind === "Directory") h = new engine.Directory(msg.args[0]);
      else if (msg.kind === "Deal") h = new engine.Deal(msg.args[0], msg.args[1] ? handle(msg.args[1]) : undefined);
      else if (msg.kind === "DealLoad") h = engine.Deal.load(msg.args[0]);
      else throw new Error(`bureau: no handle kind "${msg.kind}"`);
      const id = nextHandle++;
      handles.set(id, h);
      return id;
    }
    case "method": {
      const h = handle(msg.handle);
      const args = msg.method === "apply" && msg.args[1] ? [msg.args[0], handle(msg.args[1])] : msg.args;
      if (typeof h[msg.method] !== "function" || msg.method.startsWith("_")) {
        throw new Error(`bureau: no method "${msg.method}"`);
      }
      const value = await h[msg.method](...args);
      if (msg.method === "free") handles.delete(msg.handle);
      return value;
    }
    default:
      throw new Error(`bureau: no message "${msg.op}"`);
  }
}

// Messages are handled in order; a long job yields between documents so "cancel" gets in.
self.onmessage = async ({ data }) => {
  if (data.op === "cancel") {
    cancelled.add(data.job);
    return;
  }
  try {
    const value = await run(data);
    postMessage({ id: data.id, ok: true, value }, transferable(value && value.results ? value.results : value));
  } catch (e) {
    postMessage({ id: data.id, ok: false, error: plain(e) });
  }
};
