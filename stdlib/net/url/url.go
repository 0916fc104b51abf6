// Package url: parsing URLs and escaping URL components.
//
// Written for gopark from the package documentation (the part net/http
// needs and learners use), in plain Go: parse.go parses and formats URLs,
// escape.go handles %-escapes and query strings.
package url

import "strconv"

// Error is what Parse and friends return: the failing step, the input and
// the cause.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Error() string { return e.Op + " " + strconv.Quote(e.URL) + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *Error) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Temporary reports whether the underlying error is temporary.
func (e *Error) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

// EscapeError reports a malformed %-escape.
type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

// InvalidHostError reports an invalid character in a host name.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

// URL holds the parts of scheme://user@host/path?query#fragment. Path and
// Fragment are kept decoded, with RawPath and RawFragment as optional
// encoded spellings.
type URL struct {
	Scheme      string
	Opaque      string    // encoded opaque data
	User        *Userinfo // username and password, if any
	Host        string    // host or host:port
	Path        string    // path, decoded
	RawPath     string    // encoded path hint, see EscapedPath
	OmitHost    bool      // do not write an empty authority
	ForceQuery  bool      // write '?' even when RawQuery is empty
	RawQuery    string    // encoded query, without '?'
	Fragment    string    // fragment, decoded, without '#'
	RawFragment string    // encoded fragment hint, see EscapedFragment
}

// IsAbs reports whether the URL has a scheme.
func (u *URL) IsAbs() bool { return u.Scheme != "" }

// Query parses RawQuery, silently dropping malformed pairs.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

func (u *URL) MarshalBinary() (text []byte, err error) { return []byte(u.String()), nil }

func (u *URL) UnmarshalBinary(text []byte) error {
	p, err := Parse(string(text))
	if err != nil {
		return err
	}
	*u = *p
	return nil
}

// Userinfo holds the username and optional password of a URL.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// User returns a Userinfo with a username and no password.
func User(username string) *Userinfo { return &Userinfo{username: username} }

// UserPassword returns a Userinfo with a username and a password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username: username, password: password, passwordSet: true}
}

// Username returns the username; a nil *Userinfo has an empty one.
func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

// Password returns the password and whether it is set.
func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

// Values holds query or form parameters: each key (case matters) with all
// of its values.
type Values map[string][]string

// Get returns the first value for key, or "".
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Set replaces the values of key with value.
func (v Values) Set(key, value string) { v[key] = []string{value} }

// Add appends value to the values of key.
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

// Del deletes the values of key.
func (v Values) Del(key string) { delete(v, key) }

// Has reports whether key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}
