package strings

import "io"

// Replacer performs a fixed set of substitutions; goroutines may share one.
type Replacer struct {
	oldnew []string
}

// NewReplacer takes pairs old1, new1, old2, new2, ... (an odd count
// panics). The input is scanned left to right; at each position the first
// pair, in argument order, whose old matches is applied, and scanning
// resumes after the match.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string

// WriteString writes the substituted s to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
