/**
 * Every time on the site is shown in Korea Standard Time, whatever the machine's or the
 * reader's zone: formatting always passes timeZone 'Asia/Seoul'.
 */
export const TIME_ZONE = 'Asia/Seoul';
export type Lang = 'ko' | 'en';

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
    cache.set(key, f);
  }
  return f;
}

function parts(iso: string, lang: Lang) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a time: ${JSON.stringify(iso)}`);
  const p = Object.fromEntries(
    fmt(lang === 'ko' ? 'ko-KR' : 'en-GB', {
      year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  const monthShort = fmt('en-GB', { month: 'short' }).format(d);
  return { ...p, monthShort } as Record<string, string>;
}

/** `10월 15일(토) 15:19` / `Sat 15 Oct, 15:19 KST`. With `year`, the year is added. */
export function formatKst(iso: string, lang: Lang = 'ko', opts: { year?: boolean } = {}): string {
  const p = parts(iso, lang);
  if (lang === 'ko') {
    return `${opts.year ? `${p.year}년 ` : ''}${p.month}월 ${p.day}일(${p.weekday}) ${p.hour}:${p.minute}`;
  }
  return `${p.weekday} ${p.day} ${p.monthShort}${opts.year ? ` ${p.year}` : ''}, ${p.hour}:${p.minute} KST`;
}

/** Day only: `2022년 10월 15일` / `15 Oct 2022`. */
export function formatKstDay(iso: string, lang: Lang = 'ko'): string {
  const p = parts(iso, lang);
  return lang === 'ko' ? `${p.year}년 ${p.month}월 ${p.day}일` : `${p.day} ${p.monthShort} ${p.year}`;
}

/** `127시간 30분` / `127 h 30 min`. */
export function formatDuration(minutes: number, lang: Lang = 'ko'): string {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Not a duration: ${minutes}`);
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (lang === 'ko') return [h ? `${h.toLocaleString('ko-KR')}시간` : '', m || !h ? `${m}분` : ''].filter(Boolean).join(' ');
  return [h ? `${h.toLocaleString('en-GB')} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** The zone, named once per chart or table. */
export const zoneLabel = (lang: Lang) => (lang === 'ko' ? '한국시간(KST)' : 'Korea Standard Time (KST)');

