// A project with `lines` items from one factory, each with a box: the villa's first item
// repeated with its own id, article and name (for long documents in the browser tests and bench).
export function longProject(villa, lines) {
  const p = structuredClone(villa);
  const model = p.items[0];
  p.items = Array.from({ length: lines }, (_, i) => ({
    ...model,
    id: `it-${String(i + 1).padStart(4, "0")}`,
    sku: `FV-${String(i + 1).padStart(4, "0")}`,
    name: `${model.name} ${i + 1}`,
    image: undefined,
  }));
  return p;
}
