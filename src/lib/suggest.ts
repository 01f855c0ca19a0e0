/**
 * "Did you mean …?" for a misspelled id, option or value: the nearest valid choice by edit
 * distance, offered only when it is close enough to be the likely intent (a typo, a missing or
 * extra character), never a random guess from a long list.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The nearest of `choices` to `found`, or undefined when none is close. Among equally near choices
 * the one sharing the longest beginning wins (typing runs left to right: "S720" means "S72", not
 * "S20"), then the first listed.
 */
export function nearest(found: string, choices: Iterable<string>): string | undefined {
  const needle = found.trim();
  if (!needle) return undefined;
  // Up to one edit for short words, then about one edit per three characters.
  const limit = Math.max(1, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const choice of choices) {
    if (choice === needle) return undefined;
    const d = choice.toLowerCase() === needle.toLowerCase() ? 0.5 : isSwap(needle, choice) ? 0.9 : distance(needle, choice);
    // The shared beginning breaks ties only: it is worth less than one edit.
    const score = d - sharedPrefix(needle, choice) / 100;
    if (d <= limit && score < bestScore) {
      best = choice;
      bestScore = score;
    }
  }
  return best;
}

/** Two neighbouring characters typed the other way round ("mial" for "mail"): one slip, not two edits, and the likeliest. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
