#!/usr/bin/env node
// Deterministic corpus of Danish-like social-media drafts for the rnsocial benchmark.
//
//   node bench/gen-corpus.mjs                 # n1, n1000, n10000 (skipped when already up to date)
//   node bench/gen-corpus.mjs --big           # big/1mb.md, 2mb, 4mb, 5mb (single drafts)
//   node bench/gen-corpus.mjs --all --force   # everything, rewritten
//   options: --out DIR (default bench/corpus), --seed S, --sets 1,1000,10000, --stats
//
// Drafts are 200–2,500 bytes (mean ≈ 890), with YAML frontmatter (platform, page, type, sometimes
// publish, in-reply-to and media with people/consent), hashtags, links and images. Most are
// clean-ish plain Danish; about a quarter carry officialese, passives, long sentences and the like.
// Same seed → the same bytes on every machine (seeded sfc32, no Math.random, no dates).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from './lib/prng.mjs';
import * as da from './lib/danish.mjs';

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 'rnsocial-bench-1';
export const SETS = [1, 1000, 10000];
export const BIG_SIZES_MB = [1, 2, 4, 5];
const MB = 1_000_000;
const MIN_BYTES = 200;
const MAX_BYTES = 2500;

const here = path.dirname(fileURLToPath(import.meta.url));
const bytes = (s) => Buffer.byteLength(s, 'utf8');

function fill(rng, template) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    const list = da.SLOTS[slot];
    if (!list) throw new Error(`unknown slot {${slot}}`);
    return rng.pick(list);
  });
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function longSentence(rng) {
  const clauses = rng.sample(da.CLAUSES, rng.int(3, 5));
  let s = capitalise(clauses[0]);
  for (let i = 1; i < clauses.length; i++) s += rng.pick(da.JOIN) + clauses[i];
  return `${s}.`;
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

function publishValue(rng) {
  const year = rng.weighted([[3, 2026], [7, 2027]]);
  const month = rng.int(1, 12);
  let day = rng.int(1, 28);
  // Mostly on a weekday (posts planned for a weekend are flagged by monitoring/outside-hours).
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 6 && rng.chance(0.85)) day = day > 1 ? day - 1 : day + 2;
  else if (weekday === 0 && rng.chance(0.85)) day = day > 2 ? day - 2 : day + 1;
  // Mostly inside office hours; some evenings and early mornings (monitoring/outside-hours).
  const hour = rng.weighted([[92, rng.int(8, 14)], [6, rng.int(17, 22)], [2, rng.int(5, 7)]]);
  const minute = rng.pick([0, 0, 0, 15, 30, 45]);
  const offset = month >= 4 && month <= 10 ? '+02:00' : '+01:00';
  return rng.chance(0.9)
    ? `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:00${offset}`
    : `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}`;
}

function frontmatterFor(rng, d) {
  const lines = ['---'];
  if (d.platformInFrontmatter) {
    lines.push(`platform: ${d.platforms.length > 1 ? `[${d.platforms.join(', ')}]` : d.platforms[0]}`);
  }
  if (rng.chance(0.97)) lines.push(`page: ${d.page}`); // a few drafts forget the sender
  lines.push(`type: ${d.type}`);
  if (d.type !== 'reply' && rng.chance(0.8)) lines.push(`publish: ${publishValue(rng)}`);
  if (d.type === 'reply') lines.push(`in-reply-to: ${rng.pick(da.REPLY_HOSTS)}${rng.int(100000000, 999999999)}${rng.int(100000, 999999)}`);
  if (d.media > 0) {
    lines.push('media:');
    for (let i = 0; i < d.media; i++) {
      lines.push(`  - src: billeder/${rng.pick(da.IMAGE_NAMES)}-${rng.int(1, 99)}.jpg`);
      if (rng.chance(0.93)) lines.push(`    alt: ${rng.pick(da.ALT_TEXTS)}`);
      const people = rng.weighted([[35, 'none'], [40, 'situation'], [25, 'written']]);
      lines.push(`    people: ${people}`);
      if (people === 'written' && rng.chance(0.92)) lines.push(`    consent: SAM-${rng.int(2025, 2027)}-${String(rng.int(1, 999)).padStart(4, '0')}`);
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

/** One draft: { relPath, text }. */
export function makeDraft(rng, index) {
  const platformChoice = rng.weighted([
    [40, ['facebook']], [20, ['instagram']], [18, ['linkedin']], [12, ['twitter']], [8, ['facebook', 'instagram']], [2, ['facebook', 'linkedin']],
  ]);
  const d = {
    platforms: platformChoice,
    platformInFrontmatter: rng.chance(0.93), // the rest rely on the folder name
    page: rng.weighted(da.PAGES),
    type: platformChoice[0] === 'linkedin' && rng.chance(0.4)
      ? 'job'
      : rng.weighted([[62, 'post'], [6, 'job'], [10, 'event'], [8, 'campaign'], [12, 'reply'], [2, 'crisis']]),
    media: 0,
  };
  const isInstagram = d.platforms.includes('instagram');
  const isTwitter = d.platforms[0] === 'twitter';
  if (d.type !== 'reply') d.media = isInstagram ? (rng.chance(0.95) ? rng.int(1, 3) : 0) : rng.chance(0.5) ? rng.int(1, 2) : 0;

  const fm = frontmatterFor(rng, d);
  // Log-normal body size; the total is clamped to 200–2,500 bytes (mean ≈ 890 over the corpus).
  const target = Math.min(MAX_BYTES, Math.max(MIN_BYTES, Math.round(Math.exp(6.602 + 0.52 * rng.normal()))));
  const bodyBudget = Math.max(60, target - bytes(fm));

  const problemDraft = rng.chance(0.25);
  let problemsLeft = problemDraft ? rng.int(1, 3) : 0;
  // A main topic (from the post type), with some general hospital lines and closers mixed in.
  const topic = d.type === 'job' ? 'jobs'
    : d.type === 'reply' ? 'closers'
      : d.type === 'event' ? rng.pick(['culture', 'hospital'])
        : rng.weighted([[45, 'hospital'], [12, 'research'], [20, 'transport'], [23, 'culture']]);
  const seen = new Set();
  const nextSentence = () => {
    for (let tries = 0; tries < 8; tries++) {
      const group = d.type === 'crisis' ? da.CRISIS
        : rng.weighted([[70, da.TOPICS[topic]], [20, da.TOPICS.hospital], [10, da.TOPICS.closers]]);
      const template = rng.pick(group);
      if (seen.has(template)) continue;
      seen.add(template);
      return fill(rng, template);
    }
    return fill(rng, rng.pick(da.TOPICS.hospital)); // long drafts run out of fresh lines
  };

  const sentences = [];
  if (d.type !== 'crisis') {
    const opener = fill(rng, rng.pick(da.OPENERS[topic]));
    sentences.push(opener + (d.type !== 'reply' && rng.chance(0.4) ? ` ${rng.pick(da.EMOJI)}` : ''));
  }

  const tail = [];
  const tags = d.type !== 'reply' && rng.chance(isInstagram ? 0.97 : 0.7)
    ? rng.sample(isInstagram ? [...da.LOCAL_HASHTAGS, ...rng.sample(da.HASHTAGS, 3)] : da.HASHTAGS, rng.weighted([[30, 1], [40, 2], [20, 3], [10, rng.int(4, 6)]]))
    : [];
  if (d.type === 'job') tail.push(`Søg senest den ${rng.int(1, 28)}. ${rng.pick(da.SLOTS.maaned)}: ${rng.pick(da.JOB_LINKS)}`);
  else if (!isInstagram && rng.chance(0.55)) tail.push(`Læs mere på ${rng.pick(da.LINKS)}`);
  else if (isInstagram && rng.chance(0.08)) tail.push(`Læs mere på ${rng.pick(da.LINKS)}`); // platform/link-in-caption
  if (rng.chance(0.03)) tail.push(`![${rng.pick(da.ALT_TEXTS)}](billeder/${rng.pick(da.IMAGE_NAMES)}.jpg)`); // Markdown image in the text
  if (d.type === 'reply') tail.push(`/${rng.pick(da.SLOTS.navn)}, ${d.page}`);
  if (tags.length > 0) tail.push(tags.map((t) => `#${rng.chance(0.05) ? t.toUpperCase() : t}`).join(' '));
  const tailBytes = bytes(tail.join('\n\n')) + 4;

  let used = bytes(sentences.join(' '));
  let longDone = isTwitter || !rng.chance(0.12);
  let guard = 0;
  while (used + tailBytes < bodyBudget && guard++ < 200) {
    let s;
    if (problemsLeft > 0 && rng.chance(0.35)) {
      s = fill(rng, rng.pick(da.PROBLEM));
      problemsLeft--;
    } else if (!longDone && rng.chance(0.3)) {
      s = longSentence(rng);
      longDone = true;
    } else {
      s = nextSentence();
    }
    if (used + tailBytes + bytes(s) + 1 > MAX_BYTES - bytes(fm)) break;
    sentences.push(s);
    used += bytes(s) + 1;
  }
  while (problemsLeft-- > 0 && sentences.length > 0) sentences.splice(rng.int(1, sentences.length), 0, fill(rng, rng.pick(da.PROBLEM)));

  // Sentences → paragraphs (1–3 sentences each); Twitter: posts of ≤ 270 characters, `---` between.
  let body;
  if (isTwitter) {
    const posts = [];
    let cur = '';
    for (const s of sentences) {
      if (cur && cur.length + 1 + s.length > 270) {
        posts.push(cur);
        cur = s;
      } else cur = cur ? `${cur} ${s}` : s;
    }
    if (cur) posts.push(cur);
    const last = tail.join(' ');
    if (last) {
      if (posts.length && posts[posts.length - 1].length + 1 + last.length <= 270) posts[posts.length - 1] += ` ${last}`;
      else posts.push(last);
    }
    body = posts.join('\n\n---\n\n');
  } else {
    const paragraphs = [];
    for (let i = 0; i < sentences.length; ) {
      const n = Math.min(sentences.length - i, rng.int(1, 3));
      paragraphs.push(sentences.slice(i, i + n).join(' '));
      i += n;
    }
    body = [...paragraphs, ...tail].join('\n\n');
  }
  if (rng.chance(0.04)) body = `<!-- Note til redaktionen: tjek tallene med ${rng.pick(da.SLOTS.navn)} -->\n${body}`;

  let text = `${fm}${body}\n`;
  while (bytes(text) < MIN_BYTES) text = `${text}\n${fill(rng, rng.pick(da.TOPICS.closers))}\n`;
  // Clamp: drop trailing words of the body until the draft fits (rare: the loop above aims low).
  while (bytes(text) > MAX_BYTES) text = text.slice(0, text.lastIndexOf(' ', text.length - 2)) + '\n';
  const folder = d.platforms[0];
  return { relPath: `${folder}/d${String(index + 1).padStart(5, '0')}.md`, text, platform: folder };
}

/** A single big draft of `mb` MB: one frontmatter and the bodies of many drafts. */
export function makeBigDraft(seed, mb) {
  const rng = createRng(`${seed}/big/${mb}`);
  const target = mb * MB;
  const head = `---\nplatform: facebook\npage: Region Nordjylland\ntype: post\npublish: 2027-03-01T10:00:00+01:00\n---\n`;
  const parts = [head];
  let size = bytes(head);
  for (let i = 0; size < target; i++) {
    const { text } = makeDraft(rng, i);
    const body = text.slice(text.indexOf('\n---\n', 3) + 5).replace(/\n---\n/g, '\n'); // no frontmatter, no thread separators
    parts.push(body, '\n');
    size += bytes(body) + 1;
  }
  let text = parts.join('');
  // Trim to exactly `target` bytes on a line end.
  const buf = Buffer.from(text, 'utf8').subarray(0, target);
  text = buf.toString('utf8');
  text = `${text.slice(0, text.lastIndexOf('\n'))}\n`;
  return text;
}

function sha(text) {
  return createHash('sha256').update(text).digest('hex');
}

function readManifest(out) {
  try {
    return JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  } catch {
    return { sets: {}, big: {} };
  }
}

function writeManifest(out, manifest) {
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Generate what is missing or stale. Returns the manifest. */
export function generate({ out = path.join(here, 'corpus'), seed = DEFAULT_SEED, sets = SETS, big = false, force = false, log = console.error } = {}) {
  mkdirSync(out, { recursive: true });
  const manifest = readManifest(out);
  const stale = (entry, dir) => force || !entry || entry.generator !== GENERATOR_VERSION || entry.seed !== seed || !existsSync(dir);
  const wanted = [...sets].filter((n) => n > 0);

  if (wanted.length > 0) {
    const maxN = Math.max(...wanted.filter((n) => n > 1), 0);
    const needed = wanted.filter((n) => stale(manifest.sets[`n${n}`], path.join(out, `n${n}`)));
    if (needed.length > 0) {
      const t0 = performance.now();
      const rng = createRng(`${seed}/drafts`);
      const drafts = [];
      for (let i = 0; i < Math.max(maxN, 200); i++) drafts.push(makeDraft(rng, i));
      for (const n of needed) {
        const dir = path.join(out, `n${n}`);
        rmSync(dir, { recursive: true, force: true });
        // n1: the first Facebook draft near the mean size (the "one draft on commit" case).
        const chosen = n === 1
          ? [{ ...drafts.find((x) => x.platform === 'facebook' && bytes(x.text) >= 850 && bytes(x.text) <= 950 && !x.text.includes('type: reply')), relPath: 'opslag.md' }]
          : drafts.slice(0, n);
        const hash = createHash('sha256');
        let total = 0;
        const perPlatform = {};
        for (const dft of chosen) {
          const file = path.join(dir, dft.relPath);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, dft.text);
          hash.update(dft.relPath).update('\0').update(dft.text);
          total += bytes(dft.text);
          perPlatform[dft.platform] = (perPlatform[dft.platform] ?? 0) + 1;
        }
        manifest.sets[`n${n}`] = {
          generator: GENERATOR_VERSION, seed, files: chosen.length, bytes: total,
          meanBytes: Math.round(total / chosen.length), perPlatform, sha256: hash.digest('hex'),
        };
        log(`corpus: n${n}: ${chosen.length} drafts, ${(total / MB).toFixed(2)} MB, mean ${Math.round(total / chosen.length)} bytes (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      }
    }
  }

  if (big) {
    const dir = path.join(out, 'big');
    mkdirSync(dir, { recursive: true });
    for (const mb of BIG_SIZES_MB) {
      const key = `${mb}mb`;
      const file = path.join(dir, `${key}.md`);
      if (!stale(manifest.big[key], file)) continue;
      const text = makeBigDraft(seed, mb);
      writeFileSync(file, text);
      manifest.big[key] = { generator: GENERATOR_VERSION, seed, bytes: bytes(text), lines: text.split('\n').length - 1, sha256: sha(text) };
      log(`corpus: big/${key}.md: ${bytes(text)} bytes`);
    }
  }
  writeManifest(out, manifest);
  return manifest;
}

function stats(out) {
  const m = readManifest(out);
  console.log(JSON.stringify(m, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : def;
  };
  const out = path.resolve(opt('--out', path.join(here, 'corpus')));
  const seed = opt('--seed', DEFAULT_SEED);
  const all = args.includes('--all');
  const bigOnly = args.includes('--big') && !all;
  const sets = bigOnly ? [] : opt('--sets', SETS.join(',')).split(',').map(Number);
  generate({ out, seed, sets, big: all || args.includes('--big'), force: args.includes('--force') });
  if (args.includes('--stats')) stats(out);
}
