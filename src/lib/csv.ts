/**
 * RFC 4180 CSV from rows of the data files. Nested objects become `parent_child` columns
 * (`name_ko`, `name_en`), lists of plain values are joined with a space, lists of objects
 * are written as JSON. Columns keep the order in which they first appear.
 */
type Flat = Record<string, string>;

function flatten(value: unknown, prefix: string, out: Flat): void {
  if (value === null || value === undefined) out[prefix] = '';
  else if (Array.isArray(value)) out[prefix] = value.every((v) => v === null || typeof v !== 'object') ? value.join(' ') : JSON.stringify(value);
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}_${k}` : k, out);
  else out[prefix] = String(value);
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(rows: readonly object[]): string {
  const flat = rows.map((r) => {
    const out: Flat = {};
    flatten(r, '', out);
    return out;
  });
  const columns: string[] = [];
  for (const r of flat) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const lines = [columns.map(quote).join(','), ...flat.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
