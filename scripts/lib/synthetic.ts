/**
 * Synthetic content for the scale benchmark (scripts/bench-scale.ts): a second incident with 500
 * services and 5,000 events, and 1,000 stories of about 800 words with one chart each, spread
 * over that incident and the real one. Deterministic: a seeded PRNG, never Math.random, so two
 * runs build the same archive and their timings compare.
 *
 * Everything written here must pass the content check (src/schemas/*, src/lib/crossCheck.ts,
 * src/lib/loadStories.ts): the build refuses invalid content, and a benchmark of a failed build
 * measures nothing.
 */
import { loadGlossary } from '../../src/lib/glossary.ts';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SHORT_NAME_MAX } from '../../src/schemas/common.ts';
import { basename, dirname, join } from 'node:path';

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A row whose name is longer than a chart's label column allows gets the short name the schema asks for. */
function withShort(row: Record<string, unknown>): Record<string, unknown> {
  const name = row.name as { ko: string; en: string };
  if ([...name.ko].length <= SHORT_NAME_MAX.ko && name.en.length <= SHORT_NAME_MAX.en) return row;
  const cut = (text: string, max: number) => [...text].slice(0, max).join('').trim();
  return { ...row, short: { ko: cut(name.ko, SHORT_NAME_MAX.ko), en: cut(name.en, SHORT_NAME_MAX.en) } };
}

/**
 * A YAML list, one `key: value` per line with every value written as JSON (a JSON string, list or
 * object is valid YAML), so times stay strings and no text needs YAML escaping rules of its own.
 */
function yamlList(entries: Record<string, unknown>[]): string {
  return (
    entries
      .map((e) =>
        Object.entries(e)
          .filter(([, v]) => v !== undefined)
          .map(([k, v], i) => `${i ? '  ' : '- '}${k}: ${JSON.stringify(v)}`)
          .join('\n'),
      )
      .join('\n\n') + '\n'
  );
}

function yamlMap(entry: Record<string, unknown>): string {
  return Object.entries(entry).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n') + '\n';
}

/** KST wall-clock minutes since the epoch → `2030-03-02T09:00+09:00`. */
const kst = (minutes: number) => new Date(minutes * 60_000).toISOString().slice(0, 16) + '+09:00';
const kstMinutes = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) / 60_000;

export const SYNTHETIC_ID = 'synthetic-2030';
export const SYNTHETIC = { services: 500, events: 5000, stories: 1000 } as const;

/**
 * Organization groups of the synthetic incident. Kakao and Naver are among them on purpose: the
 * recovery chart compares `kakao,naver` by default and the dependency map ranks them first, so
 * `renderChart(name, {}, …)` works on this incident as it does on the real one.
 */
const GROUPS = [
  { id: 'kakao', ko: '카카오', en: 'Kakao' },
  { id: 'naver', ko: '네이버', en: 'Naver' },
  { id: 'hanbit', ko: '한빛', en: 'Hanbit' },
  { id: 'mirae', ko: '미래', en: 'Mirae' },
  { id: 'sodam', ko: '소담', en: 'Sodam' },
] as const;
/** Groups whose platform had a replica in the second data center (they degrade instead of failing). */
const REPLICATED = new Set(['naver', 'mirae']);
const CATEGORIES = ['messaging', 'mail', 'portal', 'community', 'blog', 'maps', 'mobility', 'payments', 'finance', 'music', 'content', 'games', 'commerce', 'productivity', 'ai', 'sports', 'login', 'ads', 'other'] as const;
const CATEGORY_KO: Record<string, string> = {
  messaging: '메신저', mail: '메일', portal: '포털', community: '커뮤니티', blog: '블로그', maps: '지도', mobility: '모빌리티', payments: '결제', finance: '금융',
  music: '음악', content: '콘텐츠', games: '게임', commerce: '쇼핑', productivity: '업무', ai: 'AI', sports: '스포츠', login: '로그인', ads: '광고', other: '기타',
};
const SOURCE_COUNT = 40;
const sourceIds = Array.from({ length: SOURCE_COUNT }, (_, i) => `Z${pad(i + 1, 2)}`);
// With the incident's source letter: conflict ids are unique across the site, like source ids.
const CONFLICTS = ['ZC1', 'ZC2', 'ZC3', 'ZC4', 'ZC5'];

/**
 * Status sequences a service goes through (never `restored` first, never the same status twice in
 * a row), ten events each; a few services stop one short and stay open at the end of the data.
 */
const PATTERNS = [
  ['down', 'partially-restored', 'restored', 'degraded', 'restored', 'down', 'restored', 'degraded', 'partially-restored', 'restored'],
  ['degraded', 'down', 'partially-restored', 'restored', 'degraded', 'restored', 'down', 'partially-restored', 'degraded', 'restored'],
  ['down', 'restored', 'down', 'degraded', 'restored', 'degraded', 'partially-restored', 'restored', 'down', 'restored'],
] as const;
/** Milestones, as minutes after ignition; 8 milestones + 4,992 status events = 5,000 events. */
const MILESTONES = [
  { kind: 'ignition', at: 0, ko: '가상 데이터센터에서 불이 났다.', en: 'Fire broke out in the data center.' },
  { kind: 'fire-report', at: 4, ko: '119에 신고가 들어왔다.', en: 'The fire was reported to 119.' },
  { kind: 'power-cut', at: 40, ko: '건물 전체 전원이 끊겼다.', en: 'Power to the whole building was cut.' },
  { kind: 'fire-extinguished', at: 600, ko: '불이 완전히 꺼졌다.', en: 'The fire was put out.' },
  { kind: 'power-restart', at: 900, ko: '전원 공급이 다시 시작됐다.', en: 'Power supply restarted.' },
  { kind: 'power-level', at: 1500, value: 60, ko: '전력이 60% 복구됐다.', en: 'Power was 60% back.' },
  { kind: 'power-full', at: 2400, ko: '전력이 모두 복구됐다.', en: 'Power was fully back.' },
  { kind: 'declared-recovery', at: 6400, organization: 'kakao', ko: '카카오가 전면 복구를 선언했다.', en: 'Kakao declared full recovery.' },
] as const;

export interface SyntheticIncident {
  id: string;
  /** Organization groups that have timeline rows (the values an `org=` option may take). */
  groups: string[];
  sources: string[];
  /** Ids that appear on the dependency map (the values a `focus=` option may take). */
  mapNodes: string[];
}

/** Writes `<contentDir>/incidents/synthetic-2030/*.yaml`. */
export function writeSyntheticIncident(contentDir: string, seed = 2030): SyntheticIncident {
  const rng = prng(seed);
  const dir = join(contentDir, 'incidents', SYNTHETIC_ID);
  mkdirSync(dir, { recursive: true });
  const start = kstMinutes(2030, 3, 2, 9);
  const end = start + 108 * 60;
  const cite = (n = 1) => [...new Set(Array.from({ length: n }, () => pick(rng, sourceIds)))];

  const incident = {
    id: SYNTHETIC_ID,
    title: { ko: '가상 2030 데이터센터 화재', en: 'Synthetic 2030 data-center fire' },
    summary: { ko: '규모 시험용 가상 사건입니다. 서비스 500개와 이벤트 5,000건으로 이루어져 있습니다.', en: 'A synthetic incident for the scale benchmark: 500 services and 5,000 events.' },
    location: { ko: '가상 데이터센터', en: 'A synthetic data center' },
    start: kst(start),
    end: kst(end),
    dataAsOf: kst(end + 12 * 60),
    // Its own source letter: source ids are unique across the site (the real incidents use S and N).
    sourcePrefix: 'Z',
    sources: ['Z01'],
  };

  const sources = sourceIds.map((id, i) => ({
    id,
    publisher: `가상 뉴스 ${i + 1}`,
    title: `가상 사건 보도 ${i + 1}`,
    url: `https://example.org/synthetic/${id.toLowerCase()}`,
    date: `2030-03-${pad(2 + (i % 6), 2)}`,
    reliability: i < 4 ? 'primary' : i % 7 === 0 ? 'blog' : 'news',
  }));

  const organizations: Record<string, unknown>[] = [
    { id: 'dc-operator', name: { ko: '가상 데이터센터 운영사', en: 'Synthetic DC operator' }, kind: 'operator', sources: ['Z01'] },
    { id: 'ministry', name: { ko: '가상 부처', en: 'Synthetic ministry' }, kind: 'government', sources: ['Z02'] },
  ];
  for (const g of GROUPS) {
    organizations.push({ id: g.id, name: { ko: g.ko, en: g.en }, kind: 'company', hosting: { ko: `${g.ko}의 주 서버는 가상 데이터센터에 있었다.`, en: `${g.en} ran its main servers in the synthetic center.` }, sources: cite(2) });
    for (const a of ['pay', 'media']) organizations.push({ id: `${g.id}-${a}`, name: { ko: `${g.ko}${a === 'pay' ? '페이' : '미디어'}`, en: `${g.en} ${a === 'pay' ? 'Pay' : 'Media'}` }, kind: 'affiliate', parent: g.id, sources: cite() });
  }

  const components: Record<string, unknown>[] = [
    { id: 'pangyo-dc', organization: 'dc-operator', name: { ko: '가상 데이터센터 A', en: 'Synthetic data center A' }, tier: 'site', sources: ['Z01'] },
    { id: 'south-dc', organization: 'dc-operator', name: { ko: '가상 데이터센터 B', en: 'Synthetic data center B' }, tier: 'site', sources: ['Z01'] },
    { id: 'pangyo-ups', organization: 'dc-operator', name: { ko: 'A센터 전원 설비', en: 'Center A power' }, tier: 'power', location: 'pangyo-dc', sources: ['Z01'] },
    { id: 'hall-a', organization: 'dc-operator', name: { ko: 'A센터 1전산실', en: 'Center A hall 1' }, tier: 'hall', location: 'pangyo-dc', sources: ['Z02'] },
    { id: 'hall-b', organization: 'dc-operator', name: { ko: 'A센터 2전산실', en: 'Center A hall 2' }, tier: 'hall', location: 'pangyo-dc', sources: ['Z02'] },
  ];
  const PLATFORM = [
    { suffix: 'auth', tier: 'platform', ko: '인증', en: 'login' },
    { suffix: 'db', tier: 'platform', ko: '데이터베이스', en: 'database' },
    { suffix: 'storage', tier: 'platform', ko: '저장소', en: 'storage' },
    { suffix: 'ops', tier: 'ops', ko: '운영 도구', en: 'operation tools' },
    { suffix: 'net', tier: 'network', ko: '네트워크', en: 'network' },
  ] as const;
  const dependencies: Record<string, unknown>[] = [
    { from: 'pangyo-dc', to: 'pangyo-ups', kind: 'powers', redundant: false, sources: ['Z01'] },
    { from: 'pangyo-ups', to: 'hall-a', kind: 'powers', redundant: false, sources: ['Z01'] },
    { from: 'pangyo-ups', to: 'hall-b', kind: 'powers', redundant: false, sources: ['Z01'] },
  ];
  GROUPS.forEach((g, gi) => {
    const hall = gi < 3 ? 'hall-a' : 'hall-b';
    const replicated = REPLICATED.has(g.id);
    for (const p of PLATFORM) {
      const id = `${g.id}-${p.suffix}`;
      components.push({ id, organization: g.id, name: { ko: `${g.ko} ${p.ko}`, en: `${g.en} ${p.en}` }, tier: p.tier, location: 'pangyo-dc', sources: cite() });
      dependencies.push({ from: hall, to: id, kind: 'hosts', redundant: replicated, sources: cite() });
      if (replicated) dependencies.push({ from: 'south-dc', to: id, kind: 'hosts', redundant: true, note: { ko: 'B센터에 예비', en: 'Replica in center B' }, sources: cite() });
    }
    dependencies.push({ from: `${g.id}-ops`, to: `${g.id}-auth`, kind: 'operates', redundant: false, sources: cite() });
  });

  const services: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const perGroup = SYNTHETIC.services / GROUPS.length;
  let statusEvents = 0;
  for (let i = 0; i < SYNTHETIC.services; i++) {
    const g = GROUPS[Math.floor(i / perGroup)]!;
    const k = i % perGroup;
    const id = `${g.id}-svc-${pad(k + 1, 3)}`;
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const organization = k % 10 === 7 ? `${g.id}-pay` : k % 10 === 8 ? `${g.id}-media` : g.id;
    const parent = k % 5 !== 0 ? `${g.id}-svc-${pad(k - (k % 5) + 1, 3)}` : undefined;
    services.push({ id, organization, name: { ko: `${g.ko} ${CATEGORY_KO[category]} ${k + 1}`, en: `${g.en} ${category} ${k + 1}` }, category, parent, sources: cite(1 + (i % 2)) });
    dependencies.push({ from: `${g.id}-auth`, to: id, kind: 'authenticates', redundant: false, sources: cite() });
    if (k % 2 === 0) dependencies.push({ from: `${g.id}-${k % 4 === 0 ? 'db' : 'storage'}`, to: id, kind: 'stores', redundant: false, sources: cite() });

    // Ten status events (nine for eight services, left open): strictly increasing times, so no
    // subject ever has two statuses at one instant, all inside the incident window.
    const pattern = PATTERNS[i % PATTERNS.length]!;
    const length = i % 60 === 59 ? 9 : 10;
    let t = start + int(rng, 5, 180);
    for (let e = 0; e < length; e++) {
      const status = pattern[e]!;
      const r = rng();
      const precision = r < 0.6 ? 'exact' : r < 0.8 ? 'approx' : r < 0.9 ? 'as-of' : 'by';
      const c = rng();
      const conflict = c < 0.03 ? pick(rng, CONFLICTS) : undefined;
      events.push({
        id: `${id}-e${pad(e + 1, 2)}`,
        at: kst(t),
        precision,
        subject: id,
        status,
        confidence: conflict ? 'conflicting' : c < 0.5 ? 'confirmed' : 'single',
        conflict,
        alternatives: conflict ? [{ at: kst(t + 7), precision: 'approx', note: { ko: '다른 보도의 시각', en: 'Another report\'s time' }, sources: cite() }] : undefined,
        text: { ko: `${g.ko} ${CATEGORY_KO[category]} ${k + 1}: ${status}`, en: `${g.en} ${category} ${k + 1}: ${status}` },
        sources: cite(conflict || c < 0.5 ? 2 : 1),
        // A service left open at the end of the data says so (the check refuses a span open by accident).
        open: e === length - 1 && status !== 'restored' ? { note: { ko: '데이터가 끝날 때까지 복구 기록이 없다.', en: 'No restoration on record by the end of the data.' }, sources: cite() } : undefined,
      });
      statusEvents++;
      t += int(rng, 10, 550);
    }
  }
  for (const m of MILESTONES) {
    events.push({
      id: `milestone-${m.kind}`,
      at: kst(start + m.at),
      precision: 'exact',
      milestone: m.kind,
      organization: 'organization' in m ? m.organization : 'dc-operator',
      value: 'value' in m ? m.value : undefined,
      confidence: 'confirmed',
      text: { ko: m.ko, en: m.en },
      sources: cite(2),
    });
  }
  if (services.length !== SYNTHETIC.services || events.length !== SYNTHETIC.events) {
    throw new Error(`synthetic incident: ${services.length} services, ${events.length} events (${statusEvents} status)`);
  }
  // Times in the file in time order, as an editor would keep them.
  events.sort((a, b) => String(a.at).localeCompare(String(b.at)) || String(a.id).localeCompare(String(b.id)));

  const conflicts = CONFLICTS.map((id, i) => ({
    id,
    topic: { ko: `장애 시각 ${i + 1}`, en: `Outage time ${i + 1}` },
    versions: [
      { text: { ko: '공식 발표의 시각', en: 'Time in the official statement' }, sources: ['Z01'] },
      { text: { ko: '보도의 시각', en: 'Time in the press' }, sources: [sourceIds[5 + i]!] },
    ],
    preferred: { ko: '공식 발표를 쓴다.', en: 'Use the official statement.' },
    sources: ['Z01'],
  }));
  const figures = GROUPS.map((g, i) => ({ id: `${g.id}-servers`, label: { ko: `${g.ko} 서버 수`, en: `${g.en} servers` }, value: 5000 + 1000 * i, unit: 'servers', approx: true, organization: g.id, sources: cite() }));

  writeFileSync(join(dir, 'incident.yaml'), yamlMap(incident));
  writeFileSync(join(dir, 'sources.yaml'), yamlList(sources));
  writeFileSync(join(dir, 'organizations.yaml'), yamlList(organizations.map(withShort)));
  writeFileSync(join(dir, 'services.yaml'), yamlList(services.map(withShort)));
  writeFileSync(join(dir, 'components.yaml'), yamlList(components.map(withShort)));
  writeFileSync(join(dir, 'dependencies.yaml'), yamlList(dependencies));
  writeFileSync(join(dir, 'events.yaml'), yamlList(events));
  writeFileSync(join(dir, 'conflicts.yaml'), yamlList(conflicts));
  writeFileSync(join(dir, 'figures.yaml'), yamlList(figures));
  // No redundancy.yaml: the comparison charts (redundancy, outcomes, whatif) are not available
  // for this incident, exactly as for any incident without one.
  const mapNodes = [...new Set(dependencies.flatMap((d) => [String(d.from), String(d.to)]))];
  return { id: SYNTHETIC_ID, groups: GROUPS.map((g) => g.id), sources: sourceIds, mapNodes };
}

/**
 * Words for the story bodies, taken from the real stories: text with the character set and word
 * lengths of real Korean copy (the heading font is subset to the characters headings use, so
 * random syllables would inflate it unrealistically). Only plain Hangul/alphanumeric words are
 * kept, so no generated sentence can form Markdown, a directive or HTML by accident.
 */
export function vocabulary(storiesDir: string): string[] {
  // Words that could start a term the glossary refuses ("글 메시지", "문자 메시지", "3만 2천") stay out,
  // so random sentences never break a rule the real stories keep.
  const glossary = loadGlossary(dirname(dirname(storiesDir)), basename(dirname(storiesDir))).entries;
  const refused = new Set(glossary.flatMap((g) => g.refuse.map((r) => r.split(/\s+/)[0]!)));
  const words: string[] = [];
  for (const f of readdirSync(storiesDir).filter((x) => x.endsWith('.md')).sort()) {
    const body = readFileSync(join(storiesDir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    for (const raw of body.split(/\s+/)) {
      const w = raw.replace(/[.,]$/, '');
      if (/^[가-힣0-9]+$/.test(w) && /[가-힣]/.test(w) && !refused.has(w) && !/^[0-9]+[만천]$/.test(w)) words.push(w);
    }
  }
  if (words.length < 100) throw new Error(`too few words in ${storiesDir} to generate stories from`);
  return words;
}

/**
 * Share of the synthetic incident's stories whose chart is a one-group timeline; meant to be 0.05.
 * Timeline stories also exercise their share card (/share/stories/<slug>.png), which draws the
 * story's first chart: with `preserveAspectRatio="slice"` and the faded-end masks, resvg once
 * panicked on a 100-row timeline of this incident and aborted the build; src/embed/image.ts now
 * crops by viewBox and drops the masks in cards.
 */
export const SYNTHETIC_TIMELINE_SHARE = 0.05;

/** One chart directive per story; see `chartFor` for the mix and why. */
export interface StoryPlan {
  slug: string;
  incident: string;
  chart: string;
}

/**
 * The chart of story `i`. Every chart a story places is rendered into its page in full (SVG,
 * table and, for the interactive ones, the data the browser needs), so a story's weight is its
 * chart's weight. On the synthetic incident (sizes measured when this was written):
 * - `recovery` (one group or two) is the common case: ~60–120 KB of HTML, computed from all
 *   5,000 events;
 * - `timeline` always carries an `org=` filter with one group (100 of the 500 services, ~1,000
 *   spans): still ~1.4 MB of HTML (SVG, full table and the browser's data), against ~3.5 MB for
 *   all 500 rows, so it goes on 1 synthetic story in 20 at most (see SYNTHETIC_TIMELINE_SHARE) —
 *   on every story it would make a ~1 GB site that measures disk bandwidth rather than the build;
 * - `dependencies` draws the whole ~530-node map (~650 KB) whatever `org=`/`focus=` say (they
 *   only highlight), so it goes on 1 in 33, enough to time its render at scale.
 * The real incident gets every chart, including the comparison charts `redundancy`, `outcomes`
 * and `whatif`, which need a redundancy.yaml the synthetic incident does not have.
 */
export function chartFor(i: number, rng: Rng, real: { id: string; groups: string[]; sources: string[]; mapNodes: string[] }, synthetic: SyntheticIncident): { incident: string; directive: string; chart: string } {
  const attrs = (o: Record<string, string>) => Object.entries(o).map(([k, v]) => `${k}="${v}"`).join(' ');
  if (i % 5 < 2) {
    // 40 % on the real incident: its charts are small, all six kinds rotate.
    const kinds = ['timeline', 'recovery', 'dependencies', 'redundancy', 'outcomes', 'whatif'] as const;
    const chart = kinds[Math.floor(i / 5) % kinds.length]!;
    const o: Record<string, string> = { name: chart };
    if (chart === 'timeline') {
      if (rng() < 0.5) o.org = pick(rng, real.groups);
      o.zoom = pick(rng, ['12h', '48h', 'all']);
      // A filtered timeline needs a title of its own (the check refuses one that keeps the standard title).
      if (o.org) o.title = `${o.org} 서비스의 장애와 복구`;
    } else if (chart === 'recovery' && rng() < 0.5) o.org = pick(rng, real.groups.filter((g) => g !== 'infrastructure'));
    else if (chart === 'dependencies' && rng() < 0.5) o.focus = pick(rng, real.mapNodes);
    return { incident: real.id, directive: `::chart{${attrs(o)}}`, chart };
  }
  // 60 % on the synthetic incident: mostly recovery; the map in 1 of 33; a one-group timeline in
  // SYNTHETIC_TIMELINE_SHARE of them.
  const r = rng();
  const chart = r < 0.03 ? 'dependencies' : r < 0.03 + SYNTHETIC_TIMELINE_SHARE ? 'timeline' : 'recovery';
  const o: Record<string, string> = { name: chart };
  if (chart === 'timeline') {
    o.org = pick(rng, synthetic.groups);
    o.title = `${o.org} 서비스의 장애와 복구`;
  }
  else if (chart === 'recovery') {
    const a = pick(rng, synthetic.groups);
    const b = pick(rng, synthetic.groups);
    o.org = a === b ? a : `${a},${b}`;
  } else if (rng() < 0.5) o.focus = pick(rng, synthetic.mapNodes);
  else o.org = pick(rng, synthetic.groups);
  return { incident: synthetic.id, directive: `::chart{${attrs(o)}}`, chart };
}

/** Writes `count` stories `scale-0001.md` … into `<contentDir>/stories/`; returns what each holds. */
export function writeSyntheticStories(
  contentDir: string,
  words: string[],
  real: { id: string; groups: string[]; sources: string[]; mapNodes: string[] },
  synthetic: SyntheticIncident,
  count: number = SYNTHETIC.stories,
  seed = 1015,
): StoryPlan[] {
  const rng = prng(seed);
  const dir = join(contentDir, 'stories');
  mkdirSync(dir, { recursive: true });
  const plans: StoryPlan[] = [];
  const phrase = (min: number, max: number) => Array.from({ length: int(rng, min, max) }, () => pick(rng, words)).join(' ');
  // In the past: a story dated after the build is refused (about two years of stories, one every 17 h).
  const publishedBase = kstMinutes(2024, 1, 4, 9);
  for (let i = 0; i < count; i++) {
    const slug = `scale-${pad(i + 1, 4)}`;
    const { incident, directive, chart } = chartFor(i, rng, real, synthetic);
    const sources = incident === real.id ? real.sources : synthetic.sources;
    const cite = () => `:cite[${[...new Set(Array.from({ length: int(rng, 1, 3) }, () => pick(rng, sources)))].join(' ')}]`;
    let title = phrase(5, 9);
    while (title.length > 80) title = title.slice(0, title.lastIndexOf(' '));
    const lines: string[] = [];
    let n = 0;
    let paragraphs = 0;
    let placed = false;
    while (n < 800) {
      if (paragraphs > 0 && paragraphs % 4 === 0) lines.push(`## ${phrase(2, 5)}`, '');
      const sentences = Array.from({ length: int(rng, 2, 4) }, () => `${phrase(6, 14)}.`);
      n += sentences.join(' ').split(' ').length;
      lines.push(`${sentences.join(' ')} ${cite()}`, '');
      paragraphs++;
      if (!placed && n >= 300) {
        lines.push(directive, '');
        placed = true;
      }
    }
    const published = kst(publishedBase + i * 17 * 60 + int(rng, 0, 59));
    const front = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `dek: ${JSON.stringify(`${phrase(8, 14)}.`)}`,
      `published: "${published}"`,
      `authors: [${JSON.stringify(pick(rng, ['판교 화재 데이터팀', '가상 기자', '규모 시험팀']))}]`,
      `tags: [${[...new Set([pick(rng, ['카카오', '네이버', '데이터센터', '이중화', '장애복구']), pick(rng, ['시험', '규모', '가상'])])].join(', ')}]`,
      `incident: ${incident}`,
      'lang: ko',
      '---',
      '',
    ];
    writeFileSync(join(dir, `${slug}.md`), front.join('\n') + lines.join('\n'));
    plans.push({ slug, incident, chart });
  }
  return plans;
}

