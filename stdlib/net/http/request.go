package http

import (
	"context"
	"errors"
	"io"
	"net/url"
	"time"
)

// Errors of package http.
var (
	ErrNoCookie           = errors.New("http: named cookie not present")
	ErrNoLocation         = errors.New("http: no Location header in response")
	ErrUseLastResponse    = errors.New("net/http: use last response")
	ErrServerClosed       = errors.New("http: Server closed")
	ErrHandlerTimeout     = errors.New("http: Handler timeout")
	ErrAbortHandler       = errors.New("net/http: abort Handler")
	ErrBodyReadAfterClose = errors.New("http: invalid Read on closed Body")
	ErrMissingFile        = errors.New("http: no such file")
)

// TimeFormat is the time format of HTTP headers (always in UTC).
const TimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

// DefaultMaxHeaderBytes is the default limit on request header size.
const DefaultMaxHeaderBytes = 1 << 20

// Request is one HTTP request, either built by a client program or
// handed to a Handler.
type Request struct {
	Method string   // GET, POST, ...; "" means GET for clients
	URL    *url.URL // the URI requested (server) or to contact (client)

	Proto      string // "HTTP/1.1"
	ProtoMajor int
	ProtoMinor int

	Header Header

	// Body is the request body; servers always give a non-nil one and
	// close it, clients accept nil for no body.
	Body io.ReadCloser

	// GetBody returns a fresh copy of Body, for redirects.
	GetBody func() (io.ReadCloser, error)

	ContentLength    int64 // -1: unknown
	TransferEncoding []string
	Close            bool   // close the connection after this exchange
	Host             string // host (and port) the request is for

	Form     url.Values // query and form values, after ParseForm
	PostForm url.Values // body form values, after ParseForm

	Trailer    Header
	RemoteAddr string // network address of the client, for servers
	RequestURI string // unmodified request target, for servers

	// Deprecated: use NewRequestWithContext.
	Cancel <-chan struct{}

	// Response is the redirect response that caused this request, if any.
	Response *Response

	ctx        context.Context
	pathValues map[string]string // wildcards matched by ServeMux
}

// Context returns the request's context, context.Background() if none was
// set.
func (r *Request) Context() context.Context {
	if r.ctx != nil {
		return r.ctx
	}
	return context.Background()
}

// WithContext copies r (shallowly) with ctx, which must be non-nil, as its
// context.
func (r *Request) WithContext(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	r2 := new(Request)
	*r2 = *r
	r2.ctx = ctx
	return r2
}

// ProtoAtLeast reports whether the request's protocol is at least
// major.minor.
func (r *Request) ProtoAtLeast(major, minor int) bool {
	return r.ProtoMajor > major || r.ProtoMajor == major && r.ProtoMinor >= minor
}

// UserAgent returns the User-Agent header.
func (r *Request) UserAgent() string { return r.Header.Get("User-Agent") }

// Referer returns the Referer header.
func (r *Request) Referer() string { return r.Header.Get("Referer") }

func (r *Request) Write(w io.Writer) error

// PathValue returns the value of the named wildcard of the ServeMux
// pattern that matched r, or "".
func (r *Request) PathValue(name string) string { return r.pathValues[name] }

// SetPathValue sets the named wildcard to value, for PathValue.
func (r *Request) SetPathValue(name, value string) {
	if r.pathValues == nil {
		r.pathValues = make(map[string]string)
	}
	r.pathValues[name] = value
}

// A Response is the response to an HTTP request. The client must close
// Body when done with it.
type Response struct {
	Status     string // "200 OK"
	StatusCode int    // 200
	Proto      string // "HTTP/1.1"
	ProtoMajor int
	ProtoMinor int

	Header Header

	// Body streams the response body; it is never nil for a response from
	// a Client, even without a body.
	Body io.ReadCloser

	ContentLength    int64 // -1: unknown
	TransferEncoding []string
	Close            bool
	Uncompressed     bool // the body was transparently decompressed
	Trailer          Header

	// Request is what was sent to get this response.
	Request *Request
}

// ProtoAtLeast reports whether the response's protocol is at least
// major.minor.
func (r *Response) ProtoAtLeast(major, minor int) bool {
	return r.ProtoMajor > major || r.ProtoMajor == major && r.ProtoMinor >= minor
}

func (r *Response) Cookies() []*Cookie
func (r *Response) Write(w io.Writer) error

// SameSite is the SameSite attribute of a cookie.
type SameSite int

const (
	SameSiteDefaultMode SameSite = iota + 1
	SameSiteLaxMode
	SameSiteStrictMode
	SameSiteNoneMode
)

// Cookie is one cookie of a Cookie or Set-Cookie header.
type Cookie struct {
	Name  string
	Value string

	Path       string
	Domain     string
	Expires    time.Time
	RawExpires string // for reading cookies only

	// MaxAge: 0 means unspecified, < 0 means delete now, > 0 means seconds.
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite SameSite
	Raw      string
	Unparsed []string // raw text of unparsed attribute-value pairs
}

// Valid returns nil when c can be sent, or what is wrong with it.
func (c *Cookie) Valid() error

// NoBody is an io.ReadCloser without bytes, for requests with no body.
var NoBody = noBody{}

type noBody struct{}

func (noBody) Read([]byte) (int, error)         { return 0, io.EOF }
func (noBody) Close() error                     { return nil }
func (noBody) WriteTo(io.Writer) (int64, error) { return 0, nil }

// ParseTime parses a time header in any of the formats HTTP/1.1 allows.
func ParseTime(text string) (t time.Time, err error)

// DetectContentType guesses the Content-Type of data from at most its
// first 512 bytes; it returns "application/octet-stream" when unsure.
func DetectContentType(data []byte) string
