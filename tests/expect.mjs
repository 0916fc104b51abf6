// expect.mjs - what a Go program under test expects, read from its comment
// blocks, and judging a finished run against it. tests/run.mjs (tests/go)
// and tests/examples.mjs (examples/) share it.
//
// Trailing blocks (the last comment lines of the file):
//   // Output:            the exact output (stdout and stderr in order)
//   // Unordered output:  the same lines, in any order
//   // Output regexp:     one JavaScript regexp per output line, each
//                         matching its whole line (anchored ^...$)
//   // Panic: TEXT        the output has the line "panic: TEXT" (or "panic:
//                         TEXT [recovered]") and the exit status is 2
//   // Fatal: TEXT        the same with "fatal error: TEXT"
// With Panic/Fatal, an output block is what comes before that line.
// In the comment lines right after the first (tests/go's header):
//   // Flags: ARGS        gopark run flags for this program (-mem 64MiB)
//   // Args: ARGS         the program's arguments (os.Args[1:])
//   // Exit: N            the exit status without Panic/Fatal (os.Exit,
//                         log.Fatal); default 0
//   // Parallel: WHY      the behaviour needs goroutines running at the same
//                         time (a data race Go detects): skipped, with WHY,
//                         on the single-thread engine
//   // MaxRSS: N MiB      the run's peak resident size, as the kernel counts
//                         it for the process (GNU time's %M), stays under N MiB

const kKinds = { 'Output': 'exact', 'Unordered output': 'unordered', 'Output regexp': 'regexp' };

// The expectation of source src, or null when it has no trailing block:
// {kind ('exact' | 'unordered' | 'regexp' | null), want (lines), panic,
// fatal, flags, progArgs, exitStatus, parallel, maxRSSMiB}.
export function expectations(src) {
  const lines = src.split('\n');
  let kind = null, want = null, panic = null, fatal = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const head = /^\/\/ (Output|Unordered output|Output regexp):\s*$/.exec(l);
    if (head) {
      kind = kKinds[head[1]];
      want = [];
      for (i++; i < lines.length && lines[i].startsWith('//') && !/^\/\/ (Panic|Fatal): /.test(lines[i]); i++)
        want.push(lines[i].replace(/^\/\/ ?/, ''));
      i--;
      // Blank comment lines at the end of a block are not output.
      while (want.length && want[want.length - 1] === '') want.pop();
    } else if (/^\/\/ Panic: /.test(l)) {
      panic = l.replace(/^\/\/ Panic: /, '');
    } else if (/^\/\/ Fatal: /.test(l)) {
      fatal = l.replace(/^\/\/ Fatal: /, '');
    }
  }
  if (kind === null && panic === null && fatal === null) return null;
  let maxRSSMiB = null, flags = [], progArgs = [], exitStatus = 0, parallel = null;
  for (let i = 1; i < lines.length && lines[i].startsWith('// '); i++) {
    const rss = /^\/\/ MaxRSS: (\d+) MiB\s*$/.exec(lines[i]);
    if (rss) maxRSSMiB = Number(rss[1]);
    const fl = /^\/\/ Flags: (.*)$/.exec(lines[i]);
    if (fl) flags = fl[1].trim().split(/\s+/);
    const pa = /^\/\/ Args: (.*)$/.exec(lines[i]);
    if (pa) progArgs = pa[1].trim().split(/\s+/);
    const ex = /^\/\/ Exit: (\d+)\s*$/.exec(lines[i]);
    if (ex) exitStatus = Number(ex[1]);
    const par = /^\/\/ Parallel: (.*)$/.exec(lines[i]);
    if (par) parallel = par[1].trim();
  }
  return { kind, want, panic, fatal, flags, progArgs, exitStatus, parallel, maxRSSMiB };
}

// The problems of run r (tests/engine.mjs's result: status, output, error,
// memoryKiB) against expectation e; none means it passed.
export function judge(r, e) {
  if (r.error) return [`did not finish: ${r.error.code || r.error.message}`];
  const problems = [];
  if (e.maxRSSMiB !== null) {
    const kib = r.memoryKiB;
    if (!(kib > 0)) problems.push('no peak resident size measured');
    else if (kib > e.maxRSSMiB * 1024)
      problems.push(`peak resident size ${(kib / 1024).toFixed(1)} MiB, want under ${e.maxRSSMiB} MiB`);
  }
  let body = r.output;
  const end = e.panic !== null ? `panic: ${e.panic}` : e.fatal !== null ? `fatal error: ${e.fatal}` : null;
  if (end !== null) {
    const outLines = r.output.split('\n');
    const at = outLines.findIndex((l) => l === end || l.startsWith(`${end} [`));
    if (at < 0) problems.push(`no line ${JSON.stringify(end)} in the output:\n${r.output.slice(-800)}`);
    else body = outLines.slice(0, at).join('\n') + (at ? '\n' : '');
    if (r.status !== 2) problems.push(`exit status ${r.status}, want 2`);
  } else if (r.status !== e.exitStatus) {
    problems.push(`exit status ${r.status}, want ${e.exitStatus}:\n${r.output.slice(-800)}`);
  }
  if (e.kind === null) return problems;
  const show = (got) => `--- want (${e.kind})\n${e.want.join('\n')}\n--- got\n${got}`;
  if (e.kind === 'exact') {
    // Trailing blank lines do not count, but a last line must end in a
    // newline as the wanted one does.
    const trim = (t) => t.replace(/\n+$/, '');
    const want = trim(e.want.join('\n'));
    if (trim(body) !== want || (want !== '' && !body.endsWith('\n'))) problems.push(`output differs:\n${show(body)}`);
    return problems;
  }
  const got = body === '' ? [] : body.replace(/\n+$/, '').split('\n');
  if (e.kind === 'unordered') {
    if ([...got].sort().join('\n') !== [...e.want].sort().join('\n'))
      problems.push(`output lines differ:\n${show(got.join('\n'))}`);
  } else {
    const bad = got.length !== e.want.length
      ? `${got.length} lines, want ${e.want.length}`
      : e.want.map((p, i) => (new RegExp(`^(?:${p})$`).test(got[i]) ? null : `line ${i + 1} does not match /${p}/`)).find(Boolean);
    if (bad) problems.push(`output does not match: ${bad}\n${show(got.join('\n'))}`);
  }
  return problems;
}
