package http

import (
	"context"
	"errors"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// Write writes h in wire format.
func (h Header) Write(w io.Writer) error { return h.WriteSubset(w, nil) }

// WriteSubset writes h in wire format ("Key: value\r\n", keys sorted),
// leaving out the keys that are true in exclude.
func (h Header) WriteSubset(w io.Writer, exclude map[string]bool) error {
	keys := make([]string, 0, len(h))
	for k := range h {
		if !exclude[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	// Line breaks inside a value would end the header line early.
	fold := strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ")
	for _, k := range keys {
		for _, v := range h[k] {
			v = strings.Trim(fold.Replace(v), " \t")
			if _, err := io.WriteString(w, k+": "+v+"\r\n"); err != nil {
				return err
			}
		}
	}
	return nil
}

// Clone copies r deeply with ctx, which must be non-nil, as its context.
func (r *Request) Clone(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	r2 := new(Request)
	*r2 = *r
	r2.ctx = ctx
	if r.URL != nil {
		u := *r.URL
		if r.URL.User != nil {
			ui := *r.URL.User
			u.User = &ui
		}
		r2.URL = &u
	}
	r2.Header = r.Header.Clone()
	r2.Trailer = r.Trailer.Clone()
	if r.TransferEncoding != nil {
		r2.TransferEncoding = append([]string(nil), r.TransferEncoding...)
	}
	r2.Form = cloneValues(r.Form)
	r2.PostForm = cloneValues(r.PostForm)
	if r.pathValues != nil {
		r2.pathValues = make(map[string]string, len(r.pathValues))
		for k, v := range r.pathValues {
			r2.pathValues[k] = v
		}
	}
	return r2
}

func cloneValues(v url.Values) url.Values {
	if v == nil {
		return nil
	}
	c := make(url.Values, len(v))
	for k, vs := range v {
		c[k] = append([]string(nil), vs...)
	}
	return c
}

// ParseForm fills r.Form from the URL's query and, for POST, PUT and
// PATCH requests with a URL-encoded body, r.PostForm from the body (whose
// values come first in r.Form). It returns the first error met.
func (r *Request) ParseForm() error {
	var err error
	if r.PostForm == nil {
		if r.Method == MethodPost || r.Method == MethodPut || r.Method == MethodPatch {
			r.PostForm, err = parsePostForm(r)
		}
		if r.PostForm == nil {
			r.PostForm = make(url.Values)
		}
	}
	if r.Form == nil {
		if len(r.PostForm) > 0 {
			r.Form = cloneValues(r.PostForm)
		}
		var query url.Values
		if r.URL != nil {
			var e error
			query, e = url.ParseQuery(r.URL.RawQuery)
			if err == nil {
				err = e
			}
		}
		if r.Form == nil {
			r.Form = query
			if r.Form == nil {
				r.Form = make(url.Values)
			}
		} else {
			for k, vs := range query {
				r.Form[k] = append(r.Form[k], vs...)
			}
		}
	}
	return err
}

func parsePostForm(r *Request) (url.Values, error) {
	if r.Body == nil {
		return nil, errors.New("missing form body")
	}
	ct, _, _ := strings.Cut(r.Header.Get("Content-Type"), ";")
	ct = strings.ToLower(strings.TrimSpace(ct))
	if ct != "application/x-www-form-urlencoded" {
		return nil, nil
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, 10<<20+1))
	if err != nil {
		return nil, err
	}
	if len(b) > 10<<20 {
		return nil, errors.New("http: POST too large")
	}
	return url.ParseQuery(string(b))
}

// FormValue returns the first value for key in the query and form body
// (calling ParseForm if needed), or "".
func (r *Request) FormValue(key string) string {
	if r.Form == nil {
		r.ParseForm()
	}
	if vs := r.Form[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// PostFormValue returns the first value for key in the form body, or "".
func (r *Request) PostFormValue(key string) string {
	if r.PostForm == nil {
		r.ParseForm()
	}
	if vs := r.PostForm[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func base64Encode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += 3 {
		var n uint
		k := len(s) - i
		if k > 3 {
			k = 3
		}
		for j := 0; j < 3; j++ {
			n <<= 8
			if j < k {
				n |= uint(s[i+j])
			}
		}
		for j := 0; j < 4; j++ {
			if j <= k {
				b.WriteByte(base64Chars[(n>>(18-6*uint(j)))&63])
			} else {
				b.WriteByte('=')
			}
		}
	}
	return b.String()
}

func base64Decode(s string) (string, bool) {
	if len(s)%4 != 0 {
		return "", false
	}
	var out []byte
	for i := 0; i < len(s); i += 4 {
		var n uint
		pad := 0
		for j := 0; j < 4; j++ {
			c := s[i+j]
			n <<= 6
			if c == '=' {
				if i+4 != len(s) || j < 2 {
					return "", false
				}
				pad++
				continue
			}
			if pad > 0 {
				return "", false
			}
			v := strings.IndexByte(base64Chars, c)
			if v < 0 {
				return "", false
			}
			n |= uint(v)
		}
		out = append(out, byte(n>>16), byte(n>>8), byte(n))
		out = out[:len(out)-pad]
	}
	return string(out), true
}

// SetBasicAuth sets the Authorization header to HTTP Basic authentication
// with username and password (sent unencrypted).
func (r *Request) SetBasicAuth(username, password string) {
	r.Header.Set("Authorization", "Basic "+base64Encode(username+":"+password))
}

// BasicAuth returns the credentials of a Basic Authorization header.
func (r *Request) BasicAuth() (username, password string, ok bool) {
	auth := r.Header.Get("Authorization")
	if len(auth) < 6 || !strings.EqualFold(auth[:6], "Basic ") {
		return "", "", false
	}
	dec, ok := base64Decode(auth[6:])
	if !ok {
		return "", "", false
	}
	username, password, ok = strings.Cut(dec, ":")
	if !ok {
		return "", "", false
	}
	return username, password, true
}

// Cookies parses the Cookie headers of r.
func (r *Request) Cookies() []*Cookie {
	var out []*Cookie
	for _, line := range r.Header["Cookie"] {
		for _, part := range strings.Split(strings.TrimSpace(line), ";") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			name, value, _ := strings.Cut(part, "=")
			if !validCookieName(name) {
				continue
			}
			if len(value) > 1 && value[0] == '"' && value[len(value)-1] == '"' {
				value = value[1 : len(value)-1]
			}
			out = append(out, &Cookie{Name: name, Value: value})
		}
	}
	return out
}

// Cookie returns the named cookie of r, or ErrNoCookie.
func (r *Request) Cookie(name string) (*Cookie, error) {
	if name == "" {
		return nil, ErrNoCookie
	}
	for _, c := range r.Cookies() {
		if c.Name == name {
			return c, nil
		}
	}
	return nil, ErrNoCookie
}

// AddCookie adds c's name and value to r's Cookie header.
func (r *Request) AddCookie(c *Cookie) {
	s := cookieName(c.Name) + "=" + cookieValue(c.Value)
	if old := r.Header.Get("Cookie"); old != "" {
		r.Header.Set("Cookie", old+"; "+s)
	} else {
		r.Header.Set("Cookie", s)
	}
}

func validCookieName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTokenByte(s[i]) {
			return false
		}
	}
	return true
}

func cookieName(n string) string {
	return strings.NewReplacer("\n", "-", "\r", "-").Replace(n)
}

// cookieValue drops the bytes a cookie value may not hold and quotes it
// when it has a space or comma.
func cookieValue(v string) string {
	b := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		if 0x20 <= c && c < 0x7f && c != '"' && c != ';' && c != '\\' {
			b = append(b, c)
		}
	}
	v = string(b)
	if v == "" {
		return v
	}
	if strings.ContainsAny(v, " ,") {
		return `"` + v + `"`
	}
	return v
}

// String renders c for a header: "name=value" when only those are set,
// with its attributes otherwise. An invalid name gives "".
func (c *Cookie) String() string {
	if c == nil || !validCookieName(c.Name) {
		return ""
	}
	var b strings.Builder
	b.WriteString(cookieName(c.Name) + "=" + cookieValue(c.Value))
	if c.Path != "" {
		b.WriteString("; Path=" + c.Path)
	}
	if c.Domain != "" {
		b.WriteString("; Domain=" + strings.TrimPrefix(c.Domain, "."))
	}
	if !c.Expires.IsZero() && c.Expires.Year() >= 1601 {
		b.WriteString("; Expires=" + c.Expires.UTC().Format(TimeFormat))
	}
	if c.MaxAge > 0 {
		b.WriteString("; Max-Age=" + strconv.Itoa(c.MaxAge))
	} else if c.MaxAge < 0 {
		b.WriteString("; Max-Age=0")
	}
	if c.HttpOnly {
		b.WriteString("; HttpOnly")
	}
	if c.Secure {
		b.WriteString("; Secure")
	}
	switch c.SameSite {
	case SameSiteNoneMode:
		b.WriteString("; SameSite=None")
	case SameSiteLaxMode:
		b.WriteString("; SameSite=Lax")
	case SameSiteStrictMode:
		b.WriteString("; SameSite=Strict")
	}
	return b.String()
}

// Location returns the URL of the response's Location header, resolved
// against the request's URL, or ErrNoLocation.
func (r *Response) Location() (*url.URL, error) {
	lv := r.Header.Get("Location")
	if lv == "" {
		return nil, ErrNoLocation
	}
	if r.Request != nil && r.Request.URL != nil {
		return r.Request.URL.Parse(lv)
	}
	return url.Parse(lv)
}

// ParseHTTPVersion splits "HTTP/x.y" into x and y.
func ParseHTTPVersion(vers string) (major, minor int, ok bool) {
	switch vers {
	case "HTTP/1.1":
		return 1, 1, true
	case "HTTP/1.0":
		return 1, 0, true
	}
	rest, found := strings.CutPrefix(vers, "HTTP/")
	if !found {
		return 0, 0, false
	}
	if len(rest) != 3 || rest[1] != '.' || rest[0] < '0' || rest[0] > '9' || rest[2] < '0' || rest[2] > '9' {
		return 0, 0, false
	}
	return int(rest[0] - '0'), int(rest[2] - '0'), true
}
