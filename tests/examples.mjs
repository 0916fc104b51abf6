// examples.mjs - checks the example programs in examples/ (the playground's
// menu) against examples/manifest.json and the guide, and runs each one.
//
//   node tests/examples.mjs [--engine native|wasm-threads|wasm-single]
//                           [--gopark PATH] [--only REGEX] [--procs 1,4]
//
// Checks, each counted as one test:
//   manifest      examples/manifest.json is a JSON array of entries with
//                 file, title, section, order, procs, clock and summary;
//                 orders increase in menu order; the first entry is in
//                 "Start here"; every section is "Start here" or a heading
//                 of the guide.
//   files         every listed file exists, every examples/*.go is listed,
//                 and each file starts with a header comment.
//   guide         every entry of the guide's table of contents (its bullet
//                 list at the top, but "Patterns", only a parent, and
//                 "References") maps to at least one manifest section. The
//                 guide is read in place, ../shared/seeds/go-concurrency-guide.md
//                 beside the repository, as tests/guide.mjs does.
//   runs          every example on each engine (default: all three) at
//                 GOMAXPROCS 1 and 4, with the virtual clock (-faketime):
//                 its expectation (below) and exit status hold; on native
//                 the run takes under a second of wall time.
// --only REGEX keeps the runs of the files whose name matches.
//
// An example's expectation is its trailing comment block, as in tests/go
// (tests/expect.mjs: Output, Unordered output, Output regexp, Fatal,
// Panic; see examples/README.md); without Fatal/Panic the exit status must
// be 0.
//
// Prints one block per failure, then "N passed, N failed, 0 skipped"; exits
// non-zero on failure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { engine as makeEngine, ENGINES } from './engine.mjs';
import { expectations, judge } from './expect.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
let exDir = join(root, 'examples');
const args = process.argv.slice(2);
let gopark = join(root, 'build/native/gopark');
let engines = ENGINES;
let only = null;
let procs = [1, 4];
let faketime = true;  // --realtime: the real clock instead (for a look; the menu's "real" examples)
let guidePath = resolve(root, '../shared/seeds/go-concurrency-guide.md');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--gopark') gopark = resolve(args[++i]);
  else if (args[i] === '--engine') engines = [args[++i]];
  else if (args[i] === '--only') only = new RegExp(args[++i]);
  else if (args[i] === '--procs') procs = args[++i].split(',').map(Number);
  else if (args[i] === '--guide') guidePath = resolve(args[++i]);
  else if (args[i] === '--realtime') faketime = false;
  else if (args[i] === '--examples') exDir = resolve(args[++i]);  // to test this runner
  else throw new Error(`unknown argument ${args[i]}`);
}
for (const e of engines) if (!ENGINES.includes(e)) throw new Error(`unknown engine ${e} (${ENGINES.join(', ')})`);

let passed = 0, failed = 0;
function report(name, problems) {
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}\n  ${problems.map((p) => p.replace(/\n/g, '\n    ')).join('\n  ')}`);
  } else {
    passed++;
  }
}

// GitHub's anchor for a heading: lower case, punctuation dropped, spaces
// to hyphens.
export function slug(text) {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

// The guide's table of contents: [{text, anchor}] from the bullet list at
// its top, without "Patterns" (a parent only) and "References".
export function guideTOC(md) {
  const out = [];
  let started = false;
  for (const line of md.split('\n')) {
    const m = /^\s*[-*]\s+\[([^\]]+)\]\(#([^)]+)\)\s*$/.exec(line);
    if (m) {
      started = true;
      if (m[1] !== 'Patterns' && m[1] !== 'References') out.push({ text: m[1], anchor: m[2] });
    } else if (started && line.trim() !== '') {
      break;
    }
  }
  return out;
}

// The headings of the guide (any level), as {text, anchor}.
export function guideHeadings(md) {
  const out = [];
  for (const line of md.split('\n')) {
    const m = /^#{1,6} (.*?):?\s*$/.exec(line);
    if (m) out.push({ text: m[1], anchor: slug(m[1]) });
  }
  return out;
}

// --- the manifest -----------------------------------------------------
let manifest = [];
{
  const problems = [];
  try {
    manifest = JSON.parse(readFileSync(join(exDir, 'manifest.json'), 'utf8'));
    if (!Array.isArray(manifest)) throw new Error('not a JSON array');
  } catch (err) {
    problems.push(`examples/manifest.json: ${err.message}`);
    manifest = [];
  }
  const guide = existsSync(guidePath) ? readFileSync(guidePath, 'utf8') : null;
  const headings = guide ? guideHeadings(guide) : [];
  let lastOrder = -Infinity;
  const seen = new Set();
  manifest.forEach((m, i) => {
    const at = `entry ${i + 1} (${m?.file})`;
    for (const [k, t] of [['file', 'string'], ['title', 'string'], ['section', 'string'], ['order', 'number'], ['procs', 'number'], ['clock', 'string'], ['summary', 'string']])
      if (typeof m?.[k] !== t) problems.push(`${at}: ${k} must be a ${t}`);
    if (typeof m?.file === 'string' && !/^[0-9]{2,3}_[a-z0-9_]+\.go$/.test(m.file)) problems.push(`${at}: file must be NN_lowercase_with_underscores.go`);
    if (seen.has(m?.file)) problems.push(`${at}: listed twice`);
    seen.add(m?.file);
    if (!(m?.order > lastOrder)) problems.push(`${at}: order ${m?.order} does not increase (after ${lastOrder})`);
    lastOrder = m?.order;
    if (!(Number.isInteger(m?.procs) && m.procs >= 0)) problems.push(`${at}: procs must be an integer >= 0`);
    if (!['real', 'fake'].includes(m?.clock)) problems.push(`${at}: clock must be "real" or "fake"`);
    if (guide && m?.section !== 'Start here' && !headings.some((h) => h.text === m?.section))
      problems.push(`${at}: section ${JSON.stringify(m?.section)} is neither "Start here" nor a heading of the guide`);
  });
  if (manifest.length && manifest[0].section !== 'Start here') problems.push('the first entry must be in "Start here"');
  report('examples/manifest.json', problems);

  // Files: listed <-> present, each with a header comment.
  const fileProblems = [];
  const present = readdirSync(exDir).filter((f) => f.endsWith('.go')).sort();
  const listed = new Set(manifest.map((m) => m.file));
  for (const f of listed) if (!present.includes(f)) fileProblems.push(`${f}: listed in the manifest but missing`);
  for (const f of present) {
    if (!listed.has(f)) fileProblems.push(`${f}: not listed in the manifest`);
    const src = readFileSync(join(exDir, f), 'utf8');
    if (!src.startsWith('// ')) fileProblems.push(`${f}: must start with a header comment`);
    if (!expectations(src)) fileProblems.push(`${f}: no expectation (// Output:, // Unordered output:, // Output regexp:, // Fatal: or // Panic:)`);
  }
  report('examples/*.go', fileProblems);

  // The guide's table of contents -> manifest sections.
  const tocProblems = [];
  if (!guide) {
    tocProblems.push(`guide not found at ${guidePath}`);
  } else {
    const toc = guideTOC(guide);
    if (toc.length < 10) tocProblems.push(`found only ${toc.length} table-of-contents entries in the guide`);
    const sections = new Set(manifest.map((m) => slug(m.section ?? '')));
    for (const t of toc) if (!sections.has(t.anchor) && !sections.has(slug(t.text))) tocProblems.push(`no example for the guide's section ${JSON.stringify(t.text)} (#${t.anchor})`);
  }
  report(`guide table of contents -> manifest sections`, tocProblems);
}

// --- the runs ---------------------------------------------------------
const files = manifest.map((m) => m.file).filter((f) => typeof f === 'string' && existsSync(join(exDir, f)) && (!only || only.test(f)));
for (const kind of engines) {
  const eng = makeEngine(kind, { gopark });
  for (const f of files) {
    const file = join(exDir, f);
    const expect = expectations(readFileSync(file, 'utf8'));
    if (!expect) continue;  // reported above
    for (const p of procs) {
      const r = await eng.run(file, { argv: ['-p', String(p), ...(faketime ? ['-faketime'] : [])], timeoutMs: 30000 });
      const problems = judge(r, expect);
      if (faketime && kind === 'native' && !r.error && r.ms >= 1000) problems.push(`took ${r.ms} ms of wall time under -faketime (want under 1 s)`);
      report(`examples/${f} (${kind}, -p ${p}${faketime ? '' : ', real clock'})`, problems);
    }
  }
  await eng.close();
}

console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
