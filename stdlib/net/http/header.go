package http

// A Header holds the key-value pairs of an HTTP header. Keys are in
// canonical form (see CanonicalHeaderKey) when set through the methods.
type Header map[string][]string

// Add appends value to the values of key.
func (h Header) Add(key, value string) {
	key = CanonicalHeaderKey(key)
	h[key] = append(h[key], value)
}

// Set replaces the values of key with value.
func (h Header) Set(key, value string) {
	h[CanonicalHeaderKey(key)] = []string{value}
}

// Get returns the first value of key, or "". Access the map directly for
// non-canonical keys.
func (h Header) Get(key string) string {
	vs := h[CanonicalHeaderKey(key)]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Values returns all values of key; the slice is not a copy.
func (h Header) Values(key string) []string {
	return h[CanonicalHeaderKey(key)]
}

// Del deletes the values of key.
func (h Header) Del(key string) {
	delete(h, CanonicalHeaderKey(key))
}

// Clone copies h deeply; nil stays nil.
func (h Header) Clone() Header {
	if h == nil {
		return nil
	}
	c := make(Header, len(h))
	for k, vs := range h {
		if vs == nil {
			c[k] = nil
			continue
		}
		c[k] = append([]string{}, vs...)
	}
	return c
}

// CanonicalHeaderKey returns key in canonical form: the first letter and
// every letter after a hyphen upper case, the others lower case
// ("accept-encoding" becomes "Accept-Encoding"). A key holding a space or
// other byte not allowed in a header name is returned unchanged.
func CanonicalHeaderKey(s string) string {
	for i := 0; i < len(s); i++ {
		if !isTokenByte(s[i]) {
			return s
		}
	}
	b := []byte(s)
	upper := true
	for i, c := range b {
		if upper && 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		} else if !upper && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
		upper = c == '-'
	}
	return string(b)
}

// isTokenByte reports whether c may appear in a header name (an RFC 7230
// token).
func isTokenByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	switch c {
	case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~':
		return true
	}
	return false
}
