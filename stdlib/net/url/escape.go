package url

import (
	"errors"
	"sort"
	"strings"
)

// Which URL component a string is escaped for: each has its own set of
// bytes that may stay as they are.
type encoding int

const (
	encodePath encoding = 1 + iota
	encodePathSegment
	encodeHost
	encodeZone
	encodeUserPassword
	encodeQueryComponent
	encodeFragment
)

const upperHex = "0123456789ABCDEF"

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexValue(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

// needsEscape reports whether c must become %XX in the given component
// (RFC 3986's unreserved bytes never do; reserved ones depend on where
// they appear).
func needsEscape(c byte, mode encoding) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	if mode == encodeHost || mode == encodeZone {
		// Hosts keep sub-delims, brackets and ':' (IPv6, ports), and '"'
		// for zones; non-ASCII bytes are escaped elsewhere.
		switch c {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"':
			return false
		}
	}
	switch c {
	case '-', '_', '.', '~':
		return false
	case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
		switch mode {
		case encodePath:
			return c == '?'
		case encodePathSegment:
			return c == '/' || c == ';' || c == ',' || c == '?'
		case encodeUserPassword:
			return c == '@' || c == '/' || c == '?' || c == ':'
		case encodeQueryComponent:
			return true
		case encodeFragment:
			return false
		}
	}
	if mode == encodeFragment {
		switch c {
		case '!', '(', ')', '*':
			return false
		}
	}
	return true
}

func escape(s string, mode encoding) string {
	spaces, hexes := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if needsEscape(c, mode) {
			if c == ' ' && mode == encodeQueryComponent {
				spaces++
			} else {
				hexes++
			}
		}
	}
	if spaces == 0 && hexes == 0 {
		return s
	}
	b := make([]byte, 0, len(s)+2*hexes)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' && mode == encodeQueryComponent:
			b = append(b, '+')
		case needsEscape(c, mode):
			b = append(b, '%', upperHex[c>>4], upperHex[c&15])
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// unescape decodes %XX escapes (and '+' as space in query components).
// In hosts, only escapes of non-ASCII bytes are allowed (plus "%25" in a
// zone), as RFC 6874 says.
func unescape(s string, mode encoding) (string, error) {
	n := 0
	plus := false
	for i := 0; i < len(s); {
		switch s[i] {
		case '%':
			n++
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				s = s[i:]
				if len(s) > 3 {
					s = s[:3]
				}
				return "", EscapeError(s)
			}
			if mode == encodeHost && hexValue(s[i+1]) < 8 && s[i:i+3] != "%25" {
				return "", EscapeError(s[i : i+3])
			}
			if mode == encodeZone {
				v := hexValue(s[i+1])<<4 | hexValue(s[i+2])
				if s[i:i+3] != "%25" && v != ' ' && needsEscape(v, encodeHost) {
					return "", EscapeError(s[i : i+3])
				}
			}
			i += 3
		case '+':
			plus = mode == encodeQueryComponent
			i++
		default:
			if (mode == encodeHost || mode == encodeZone) && s[i] < 0x80 && needsEscape(s[i], mode) {
				return "", InvalidHostError(s[i : i+1])
			}
			i++
		}
	}
	if n == 0 && !plus {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s) - 2*n)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%':
			b.WriteByte(hexValue(s[i+1])<<4 | hexValue(s[i+2]))
			i += 2
		case '+':
			if mode == encodeQueryComponent {
				b.WriteByte(' ')
			} else {
				b.WriteByte('+')
			}
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), nil
}

// QueryEscape escapes s for use inside a query component (' ' becomes '+').
func QueryEscape(s string) string { return escape(s, encodeQueryComponent) }

// QueryUnescape undoes QueryEscape: %XX escapes and '+' as space.
func QueryUnescape(s string) (string, error) { return unescape(s, encodeQueryComponent) }

// PathEscape escapes s for use as one path segment ('/' becomes %2F).
func PathEscape(s string) string { return escape(s, encodePathSegment) }

// PathUnescape undoes PathEscape; '+' stays '+'.
func PathUnescape(s string) (string, error) { return unescape(s, encodePathSegment) }

// String returns the encoded form "username[:password]".
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, encodeUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, encodeUserPassword)
	}
	return s
}

// ParseQuery parses a URL-encoded query string, returning the first error
// met along with the pairs it could decode.
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	err := parseQuery(m, query)
	return m, err
}

func parseQuery(m Values, query string) error {
	var first error
	for query != "" {
		var key string
		key, query, _ = strings.Cut(query, "&")
		if strings.Contains(key, ";") {
			// Go reports this one even over an earlier bad escape.
			first = errors.New("invalid semicolon separator in query")
			continue
		}
		if key == "" {
			continue
		}
		key, value, _ := strings.Cut(key, "=")
		k, err := QueryUnescape(key)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		v, err := QueryUnescape(value)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		m[k] = append(m[k], v)
	}
	return first
}

// Encode encodes the values as "a=1&b=2", sorted by key.
func (v Values) Encode() string {
	if len(v) == 0 {
		return ""
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		ek := QueryEscape(k)
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(ek)
			b.WriteByte('=')
			b.WriteString(QueryEscape(val))
		}
	}
	return b.String()
}
