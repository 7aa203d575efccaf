// DOM helpers. Text from the store (articles, quotes, titles, names) only ever reaches the page as text
// nodes: no innerHTML anywhere, so a hostile article's <script> or onerror= is shown, never run.

type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {},
  ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (/^on/i.test(k)) throw new Error('event handlers are attached with addEventListener');
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

export function clear(node: Element): void {
  node.replaceChildren();
}

export function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error('missing #' + id);
  return e;
}

/** Text with the [start, end) ranges wrapped in <mark>, as DOM nodes; ranges may overlap or be out of bounds. */
export function marked(text: string, spans: { start: number; end: number; current?: boolean; title?: string }[]): Node[] {
  const sorted = spans.filter(s => s.start >= 0 && s.end > s.start && s.start < text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Node[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping: the first one wins
    const end = Math.min(s.end, text.length);
    if (s.start > at) out.push(document.createTextNode(text.slice(at, s.start)));
    const m = el('mark', s.current ? { class: 'current' } : {}, text.slice(s.start, end));
    if (s.title) m.title = s.title;
    out.push(m);
    at = end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}
