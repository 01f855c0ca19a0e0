/**
 * The search page's script: reads ?q=, asks Pagefind (loaded on first use from /pagefind/), and
 * lists the results with their excerpts. Results are written as DOM nodes; Pagefind's excerpt is
 * the only markup taken from the index, and only its <mark> tags are kept.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init?: () => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
const load = () => (pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`) as Promise<Pagefind>);

/** Plain text of an excerpt with Pagefind's <mark> highlights as elements. */
function excerptNode(excerpt: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of excerpt.split(/(<mark>.*?<\/mark>)/)) {
    const m = part.match(/^<mark>(.*)<\/mark>$/);
    const text = (m ? m[1]! : part).replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      out.append(mark);
    } else out.append(text);
  }
  return out;
}

export function runSearch(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  let latest = 0;

  async function search(q: string) {
    const id = ++latest;
    list.replaceChildren();
    if (!q.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = '찾는 중…';
    const pf = await load();
    await pf.init?.();
    const { results } = await pf.search(q);
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    if (id !== latest) return;
    status.textContent = results.length ? `“${q}”: ${results.length}건${results.length > 20 ? ' 가운데 20건' : ''}` : `“${q}”에 맞는 결과가 없습니다.`;
    for (const r of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const head = document.createElement('div');
      if (r.meta.kind) {
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = r.meta.kind;
        head.append(kind);
      }
      head.append(a);
      const p = document.createElement('p');
      p.append(excerptNode(r.excerpt));
      li.append(head, p);
      list.append(li);
    }
  }

  // A reader may type before this script runs (it loads after the form is on screen): keep what
  // they typed, and search it, rather than writing the empty ?q= over it.
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial && !input.value) input.value = initial;
  if (input.value) void search(input.value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = input.value;
      history.replaceState(history.state, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
      void search(q);
    }, 200);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search(input.value);
  });
}
