#!/usr/bin/env node
/**
 * Makes sure the browser tests have a Chromium and Korean fonts before they start.
 * Uses $CHROMIUM_PATH, else /usr/bin/chromium. Where it is missing on a Debian machine and we
 * are root, installs Debian's chromium and fonts-noto-cjk with apt-get (saying so); elsewhere it
 * stops at once with the exact command to run. Playwright cannot download its own browsers here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const APT = 'apt-get install -y chromium fonts-noto-cjk';
const isDebian = existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;

const hasCjkFont = (): boolean => {
  const r = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
};

const missing: string[] = [];
if (!existsSync(browser)) missing.push(`Chromium (${browser})`);
if (!hasCjkFont()) missing.push('a Korean font (fonts-noto-cjk)');

if (missing.length === 0) {
  console.log(`Browser tests: using ${browser}.`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH && !existsSync(browser)) {
  console.error(`CHROMIUM_PATH is set to ${browser}, but there is no file there. Point it at a Chromium binary or unset it.`);
  process.exit(1);
}
if (!isDebian || !isRoot) {
  console.error(`Browser tests need ${missing.join(' and ')}. Install them first:\n\n  sudo ${APT}\n\nor set CHROMIUM_PATH to a Chromium binary.`);
  process.exit(1);
}
console.log(`Browser tests need ${missing.join(' and ')}: installing with apt-get (${APT}).`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-noto-cjk', 'fontconfig'], { stdio: 'inherit', env });
} catch {
  console.error(`apt-get failed. Run it by hand:\n\n  ${APT}`);
  process.exit(1);
}
if (!existsSync(browser)) {
  console.error(`Installed, but ${browser} is still missing. Set CHROMIUM_PATH to the Chromium binary.`);
  process.exit(1);
}
console.log(`Browser tests: installed and using ${browser}.`);
