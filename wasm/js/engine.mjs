// The engine's JS surface, written once for every entry (Node, browser, worker): it calls the
// core module for everything it can answer and the renderer module for PDF and PNG, and keeps
// handles (Directory, Deal) alive across a trap of either module.
//
// An entry gives a backend:
//   core()            the core module's exports, instantiated (synchronously available)
//   renderer()        the renderer's exports, or a Promise of them on first use
//   resetCore()       a fresh core instance after a trap (synchronous)
//   resetRenderer()   forget the renderer instance after a trap; renderer() makes a new one
//   asyncFiles        true in browsers: calls that return files return Promises

/** The ABI this wrapper is written for; each module's abiVersion() must equal it. */
export const ABI_VERSION = 1;

const RENDER_UNAVAILABLE = "render.unavailable";

/** Whether `e` is an error thrown by Bureau (it has `code`, `errors` and `raw`). */
export function isBureauError(e) {
  return e instanceof Error && e.name === "BureauError" && typeof e.code === "string";
}

/** An input as a plain object when it is one, parsed when it is JSON text or bytes; else null. */
function parsed(input) {
  if (input === undefined || input === null) return null;
  if (typeof input === "string" || input instanceof Uint8Array) {
    try {
      return JSON.parse(typeof input === "string" ? input : new TextDecoder().decode(input));
    } catch {
      return null; // the engine reports the syntax error with its line and column
    }
  }
  return typeof input === "object" ? input : null;
}

/** `request` with `format` set (parsed first when it is text or bytes). */
function withFormat(request, format) {
  const r = parsed(request);
  return r === null ? request : { ...r, format };
}

/**
 * Whether a request surely needs the renderer: it asks for PDF, Factur-X or PNG (`format`, or the
 * operation's default) or adds fonts. Anything else goes to the core first, which answers
 * `render.unavailable` when it cannot.
 */
function wantsRenderer(request, defaultFormat) {
  const r = parsed(request);
  if (r === null) return defaultFormat !== "json";
  const format = r.format ?? defaultFormat;
  return format === "pdf" || format === "png" || format === "facturx" || (Array.isArray(r.fonts) && r.fonts.length > 0);
}

function onlyRenderUnavailable(e) {
  return isBureauError(e) && e.code === RENDER_UNAVAILABLE && Array.isArray(e.errors) && e.errors.length === 1;
}

export function createEngine(backend) {
  const stats = { coreResets: 0, rendererResets: 0 };

  function checkAbi(m, name) {
    if (m.abiVersion() !== ABI_VERSION) {
      throw new Error(`bureau: the ${name} module has ABI ${m.abiVersion()}, this wrapper needs ${ABI_VERSION}`);
    }
    return m;
  }
  checkAbi(backend.core(), "core");

  // The host's engine options (`configure`), given to each module before its first call and
  // again after a reset (a new instance starts from the defaults).
  let options = null;
  const configured = { core: false, renderer: false };
  function withOptions(m, which) {
    if (options !== null && !configured[which]) {
      m.configure(options);
      configured[which] = true;
    }
    return m;
  }

  /** Runs `f`; after a trap (a WebAssembly RuntimeError: a bug in Bureau) the module is replaced. */
  function onCore(f) {
    try {
      return f(withOptions(backend.core(), "core"));
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        backend.resetCore();
        configured.core = false;
        stats.coreResets += 1;
      }
      throw e;
    }
  }

  function onRenderer(f) {
    const run = (m) => {
      try {
        return f(withOptions(m, "renderer"));
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) {
          backend.resetRenderer();
          configured.renderer = false;
          stats.rendererResets += 1;
        }
        throw e;
      }
    };
    const m = backend.renderer();
    return m && typeof m.then === "function" ? m.then((r) => run(checkAbi(r, "renderer"))) : run(m);
  }

  /** A call that gives a file: to the renderer when it surely needs it, else the core first. */
  function file(name, args, request, defaultFormat) {
    let result;
    if (wantsRenderer(request, defaultFormat)) {
      result = onRenderer((m) => m[name](...args));
    } else {
      try {
        result = onCore((m) => m[name](...args));
      } catch (e) {
        if (!onlyRenderUnavailable(e)) throw e;
        result = onRenderer((m) => m[name](...args));
      }
    }
    return backend.asyncFiles ? Promise.resolve(result) : result;
  }

  /** A model from a call that gives JSON bytes: `format` set to `json`, parsed. */
  function model(name, args, at) {
    const a = [...args];
    a[at] = withFormat(a[at] ?? {}, "json");
    const decode = (bytes) => JSON.parse(new TextDecoder().decode(bytes));
    try {
      return decode(onCore((m) => m[name](...a)));
    } catch (e) {
      if (!onlyRenderUnavailable(e)) throw e;
      const r = onRenderer((m) => m[name](...a));
      return r && typeof r.then === "function" ? r.then(decode) : decode(r);
    }
  }

  /**
   * A partner directory loaded once into the core. Should a module be replaced after a trap, or
   * a letter need the renderer, the directory is loaded there from its source and updates.
   */
  class Directory {
    constructor(directory) {
      this._source = directory;
      this._updates = [];
      this._inner = onCore((m) => new m.Directory(directory));
      this._core = backend.core();
      this._rendered = null; // { module, inner } in the renderer, made for letters
    }

    _live() {
      if (this._inner === null) throw new Error("bureau: this Directory is freed");
      if (this._core !== backend.core()) {
        this._inner = onCore((m) => this._replay(m));
        this._core = backend.core();
      }
      return this._inner;
    }

    _replay(m) {
      const inner = new m.Directory(this._source);
      for (const u of this._updates) inner.update(u);
      return inner;
    }

    _call(name, args) {
      const inner = this._live();
      return onCore(() => inner[name](...args));
    }

    /** What was loaded: `{ companies, partnerships, warnings }`. */
    summary() { return this._call("summary", []); }
    /** Applies an update; a rejected one changes nothing and throws. */
    update(update) {
      const result = this._call("update", [update]);
      this._updates.push(update);
      if (this._rendered) {
        this._rendered.inner.free();
        this._rendered = null;
      }
      return result;
    }
    /** The directory as it stands, updates applied: `partner-directory/1` bytes to save. */
    save() { return this._call("save", []); }
    /** Supplier recommendations for a project. */
    recommend(project, options) { return this._call("recommend", [project, options]); }
    /** A proposal letter: PDF (default) or PNG bytes, or the bytes of `{ letter, warnings }`. */
    letter(project, request) {
      this._live();
      let result;
      if (wantsRenderer(request, "pdf")) {
        result = onRenderer((m) => {
          if (!this._rendered || this._rendered.module !== m) this._rendered = { module: m, inner: this._replay(m) };
          return this._rendered.inner.letter(project, request);
        });
      } else {
        result = this._call("letter", [project, request]);
      }
      return backend.asyncFiles ? Promise.resolve(result) : result;
    }
    /** The letter's model and its warnings (the request's `format` is set to `json`). */
    letterModel(project, request) {
      return JSON.parse(new TextDecoder().decode(this._call("letter", [project, withFormat(request, "json")])));
    }
    /** Frees the directory's memory in the modules. */
    free() {
      if (this._inner !== null && this._core === backend.core()) this._inner.free();
      if (this._rendered) this._rendered.inner.free();
      this._inner = null;
      this._rendered = null;
    }
  }

  const LOADING = Symbol("loading");

  /**
   * A deal: one project in Office. Should the core be replaced after a trap, the deal is loaded
   * again from its last saved state (kept after every change) on the next call.
   */
  class Deal {
    /** Opens a deal on a project; with a Directory, segments needing a supplier list recommended ones. */
    constructor(project, directory) {
      if (project === LOADING) return;
      this._inner = onCore((m) => (directory ? m.Deal.openWith(project, directory._live()) : new m.Deal(project)));
      this._core = backend.core();
      this._saved = this._inner.json();
    }

    /** A saved deal, rebuilt by replaying its log; a cut, edited or newer file throws. */
    static load(saved) {
      const deal = new Deal(LOADING);
      deal._inner = onCore((m) => m.Deal.load(saved));
      deal._core = backend.core();
      deal._saved = deal._inner.json();
      return deal;
    }

    _live() {
      if (this._inner === null) throw new Error("bureau: this Deal is freed");
      if (this._core !== backend.core()) {
        this._inner = onCore((m) => m.Deal.load(this._saved));
        this._core = backend.core();
      }
      return this._inner;
    }

    /** The deal's `deal/1` bytes as it was opened (empty for a loaded deal). */
    opened() { const inner = this._live(); return onCore(() => inner.opened()); }
    /**
     * Applies an action: `{ version, repeated, events, warnings }`. A refusal throws a BureauError
     * (with `recommended` suppliers on `forbidden.supplier_required` when a directory is given)
     * and leaves the deal as it was.
     */
    apply(action, directory) {
      const inner = this._live();
      const result = onCore(() => (directory ? inner.applyWith(action, directory._live()) : inner.apply(action)));
      if (!result.repeated) this._saved = inner.json();
      return result;
    }
    /** The deal as `deal/1` bytes, for the host to save. */
    json() { const inner = this._live(); return onCore(() => inner.json()); }
    /** The deal, parsed. */
    toObject() { return JSON.parse(new TextDecoder().decode(this.json())); }
    /** What `audience` (a company id of the deal, or `"client"`) may see. */
    view(audience) { const inner = this._live(); return onCore(() => inner.view(audience)); }
    /**
     * A document of the deal for one party: `request` names the `audience`, an issued
     * document's `number` (or the `report` with its `as_of`) and the `format` (`json` by
     * default, `pdf`, `png`, `xlsx`, `csv`): its bytes. PDF and PNG come from the renderer,
     * which loads the deal from its last saved state.
     */
    document(request) {
      const inner = this._live();
      const rendered = () => onRenderer((m) => m.dealDocument(this._saved, request));
      let result;
      if (wantsRenderer(request, "json")) {
        result = rendered();
      } else {
        try {
          result = onCore(() => inner.document(request));
        } catch (e) {
          if (!onlyRenderUnavailable(e)) throw e;
          result = rendered();
        }
      }
      return backend.asyncFiles ? Promise.resolve(result) : result;
    }
    /** Frees the deal's memory in the module. */
    free() {
      if (this._inner !== null && this._core === backend.core()) this._inner.free();
      this._inner = null;
    }
  }

  return {
    ABI_VERSION,
    abiVersion: () => onCore((m) => m.abiVersion()),
    /**
     * Engine options for every later call: `{}` (the defaults) or `{ limits: { lines: 500 } }`
     * to lower limits (see the README's table). Throws `options.invalid` on bad options.
     */
    configure: (o) => {
      backend.core().configure(o);
      options = o;
      configured.core = true;
      configured.renderer = false;
    },
    version: () => onCore((m) => m.version()),
    validate: (document) => onCore((m) => m.validate(document)),
    segment: (project, previous) => onCore((m) => m.segment(project, previous)),
    words: (request) => onCore((m) => m.words(request)),
    codes: () => onCore((m) => m.codes()),
    document: (project, request) => file("document", [project, request], request, "pdf"),
    documentModel: (project, request) => model("document", [project, request], 1),
    reconcile: (project, proforma, settings) => file("reconcile", [project, proforma, settings], settings, "json"),
    reconcileReport: (project, proforma, settings) => model("reconcile", [project, proforma, settings], 2),
    invoice: (project, request) => file("invoice", [project, request], request, "json"),
    invoiceModel: (project, request) => model("invoice", [project, request], 1),
    Directory,
    Deal,
    isBureauError,
    /** Loads the renderer now (it is otherwise loaded on the first PDF or preview). */
    loadRenderer: () => {
      const m = backend.renderer();
      return m && typeof m.then === "function" ? m.then(() => undefined) : undefined;
    },
    /** Whether the renderer module is loaded. */
    rendererLoaded: () => backend.rendererLoaded(),
    /** @internal for tests: how often a module was replaced after a trap, and the backend. */
    _internals: {
      stats,
      backend,
      /** Traps the core module for real (its test hook), as an engine bug would. */
      trap: () => onCore((m) => m.__trapForTests()),
    },
  };
}
