package http

import (
	"strings"
)

// A parsed ServeMux pattern: "[METHOD ][HOST]/[PATH]". segs are the path's
// segments; a segment "{name}" matches one segment, "{name...}" (always
// last) the rest of the path; prefix is set for a trailing '/' (the
// pattern matches the whole subtree) and cleared by a final "{$}".
type muxPattern struct {
	method string
	host   string
	segs   []string
	prefix bool
}

func parsePattern(s string) (muxPattern, bool) {
	var p muxPattern
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		p.method = s[:i]
		s = strings.TrimLeft(s[i:], " \t")
	}
	i := strings.IndexByte(s, '/')
	if i < 0 {
		return p, false
	}
	p.host, s = s[:i], s[i+1:]
	if s == "" {
		p.prefix = true
		return p, true
	}
	p.segs = strings.Split(s, "/")
	if last := p.segs[len(p.segs)-1]; last == "" {
		p.prefix = true
		p.segs = p.segs[:len(p.segs)-1]
	} else if last == "{$}" {
		p.segs = p.segs[:len(p.segs)-1]
	}
	return p, true
}

// match reports whether p matches a request for method, host and path,
// and the wildcards' values. literal counts the segments matched
// literally, for choosing the most specific pattern.
func (p *muxPattern) match(method, host, path string) (ok bool, values map[string]string, literal int) {
	if p.method != "" && p.method != method && !(p.method == MethodGet && method == MethodHead) {
		return false, nil, 0
	}
	if p.host != "" && p.host != host {
		return false, nil, 0
	}
	if !strings.HasPrefix(path, "/") {
		return false, nil, 0
	}
	rest := path[1:]
	for i, seg := range p.segs {
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "...}") && i == len(p.segs)-1 {
			if values == nil {
				values = make(map[string]string)
			}
			values[seg[1:len(seg)-4]] = rest
			return true, values, literal
		}
		var part string
		more := false
		part, rest, more = strings.Cut(rest, "/")
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
			if part == "" {
				return false, nil, 0
			}
			if values == nil {
				values = make(map[string]string)
			}
			values[seg[1:len(seg)-1]] = part
		} else if seg != part {
			return false, nil, 0
		} else {
			literal++
		}
		if !more {
			if i != len(p.segs)-1 {
				return false, nil, 0
			}
			return !p.prefix, values, literal
		}
	}
	// Every segment matched and the path goes on ("/a/" or "/a/b").
	return p.prefix || len(p.segs) == 0 && rest == "", values, literal
}

// Handle registers handler for pattern. It panics if the pattern is
// invalid or already registered.
func (mux *ServeMux) Handle(pattern string, handler Handler) {
	if pattern == "" {
		panic("http: invalid pattern")
	}
	if handler == nil {
		panic("http: nil handler")
	}
	if _, ok := parsePattern(pattern); !ok {
		panic("parsing " + quoteASCII(pattern) + ": host/path missing /")
	}
	mux.mu.Lock()
	defer mux.mu.Unlock()
	for _, r := range mux.routes {
		if r.pattern == pattern {
			panic("http: multiple registrations for " + pattern)
		}
	}
	mux.routes = append(mux.routes, muxRoute{pattern, handler})
}

// Handler picks the handler mux would run for r, with the pattern that
// matched; with no match it gives a 404 handler and "" (405 when only
// the method differs).
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	h, pattern, _ = mux.find(r)
	return h, pattern
}

func (mux *ServeMux) find(r *Request) (Handler, string, map[string]string) {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	host := r.Host
	if host == "" && r.URL != nil {
		host = r.URL.Host
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.Contains(host[i:], "]") {
		host = host[:i]
	}
	path := "/"
	if r.URL != nil && r.URL.Path != "" {
		path = r.URL.Path
	}
	method := r.Method
	if method == "" {
		method = MethodGet
	}
	best, bestScore := -1, -1
	var bestValues map[string]string
	wrongMethod := false
	for i, route := range mux.routes {
		p, _ := parsePattern(route.pattern)
		ok, values, literal := p.match(method, host, path)
		if !ok {
			if p.method != "" {
				if ok2, _, _ := p.match(p.method, host, path); ok2 {
					wrongMethod = true
				}
			}
			continue
		}
		// Longer literal matches win, then exact over subtree patterns,
		// then host- and method-specific patterns.
		score := literal*16 + len(p.segs)*4
		if !p.prefix {
			score += 2
		}
		if p.host != "" {
			score += 1 << 20
		}
		if p.method != "" {
			score++
		}
		if score > bestScore {
			best, bestScore, bestValues = i, score, values
		}
	}
	if best < 0 {
		if wrongMethod {
			return HandlerFunc(func(w ResponseWriter, r *Request) {
				Error(w, StatusText(StatusMethodNotAllowed), StatusMethodNotAllowed)
			}), "", nil
		}
		return NotFoundHandler(), "", nil
	}
	return mux.routes[best].handler, mux.routes[best].pattern, bestValues
}

// ServeHTTP dispatches r to the handler whose pattern matches best,
// setting the wildcards for PathValue.
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	h, _, values := mux.find(r)
	for k, v := range values {
		r.SetPathValue(k, v)
	}
	h.ServeHTTP(w, r)
}

// Redirect replies with a redirect to url (relative to the request path
// if not absolute) and code, normally in the 3xx range.
func Redirect(w ResponseWriter, r *Request, url string, code int) {
	if !strings.Contains(url, "://") && !strings.HasPrefix(url, "/") && r.URL != nil {
		dir := r.URL.Path
		if i := strings.LastIndex(dir, "/"); i >= 0 {
			dir = dir[:i+1]
		} else {
			dir = "/"
		}
		url = dir + url
	}
	h := w.Header()
	_, hadType := h["Content-Type"]
	h.Set("Location", url)
	if !hadType && (r.Method == MethodGet || r.Method == MethodHead) {
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	w.WriteHeader(code)
	if !hadType && r.Method == MethodGet {
		w.Write([]byte("<a href=\"" + htmlEscape(url) + "\">" + StatusText(code) + "</a>.\n\n"))
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

func quoteASCII(s string) string {
	return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
}
