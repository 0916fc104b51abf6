// errorcheck.mjs - reading `// ERROR "regexp"` marks, shared by run.mjs
// (our tests/go) and corpus.mjs (Go's own test directory).

// The quoted regexps after ERROR on a line: "..." (Go escapes) or `...`.
// GC_ERROR marks (what Go's own compiler reports, as opposed to gccgo) count
// too.
export function errorPatterns(line) {
  const m = /\/\/\s*(?:GC_)?ERROR\s+(.*)$/.exec(line);
  if (!m) return null;
  const pats = [];
  const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`/g;
  let q;
  while ((q = re.exec(m[1])) !== null) {
    pats.push(q[1] !== undefined ? JSON.parse(`"${q[1].replace(/\\(?!["\\/bfnrtu])/g, '\\\\')}"`) : q[2]);
  }
  return pats;
}
