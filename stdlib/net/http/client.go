package http

import (
	"context"
	"io"
	"net/url"
	"strings"
	"time"
)

// Client sends requests. The zero value works (it is what DefaultClient
// is) and may be shared by goroutines.
type Client struct {
	// Transport makes the requests; nil means DefaultTransport.
	Transport RoundTripper

	// CheckRedirect decides whether to follow a redirect; nil means follow
	// up to 10 of them.
	CheckRedirect func(req *Request, via []*Request) error

	// Jar, when set, stores cookies of responses and adds them to requests.
	Jar CookieJar

	// Timeout limits the whole exchange, including reading the body; zero
	// means no limit.
	Timeout time.Duration
}

// DefaultClient is the Client used by Get, Head, Post and PostForm.
var DefaultClient = &Client{}

// RoundTripper executes a single HTTP transaction.
type RoundTripper interface {
	RoundTrip(*Request) (*Response, error)
}

// DefaultTransport is the RoundTripper of clients without a Transport: it
// sends requests through the host (the browser's fetch in the playground).
var DefaultTransport RoundTripper = &transport{}

type transport struct{}

func (t *transport) RoundTrip(req *Request) (*Response, error)

// A CookieJar manages the cookies of HTTP requests.
type CookieJar interface {
	SetCookies(u *url.URL, cookies []*Cookie)
	Cookies(u *url.URL) []*Cookie
}

// Do sends req and returns the response, following redirects as
// CheckRedirect allows. The caller must close resp.Body.
func (c *Client) Do(req *Request) (*Response, error)

// Get issues a GET request for url.
func (c *Client) Get(url string) (resp *Response, err error) {
	req, err := NewRequest(MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// Head issues a HEAD request for url.
func (c *Client) Head(url string) (resp *Response, err error) {
	req, err := NewRequest(MethodHead, url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// Post issues a POST request for url with the given body and Content-Type.
func (c *Client) Post(url, contentType string, body io.Reader) (resp *Response, err error) {
	req, err := NewRequest(MethodPost, url, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	return c.Do(req)
}

// PostForm issues a POST request for url with data URL-encoded as the body.
func (c *Client) PostForm(url string, data url.Values) (resp *Response, err error) {
	return c.Post(url, "application/x-www-form-urlencoded", strings.NewReader(data.Encode()))
}

// CloseIdleConnections closes idle keep-alive connections.
func (c *Client) CloseIdleConnections() {}

// Get issues a GET request for url with DefaultClient.
func Get(url string) (resp *Response, err error) { return DefaultClient.Get(url) }

// Head issues a HEAD request for url with DefaultClient.
func Head(url string) (resp *Response, err error) { return DefaultClient.Head(url) }

// Post issues a POST request for url with DefaultClient.
func Post(url, contentType string, body io.Reader) (resp *Response, err error) {
	return DefaultClient.Post(url, contentType, body)
}

// PostForm issues a POST request for url with DefaultClient.
func PostForm(url string, data url.Values) (resp *Response, err error) {
	return DefaultClient.PostForm(url, data)
}

// NewRequest is NewRequestWithContext with context.Background().
func NewRequest(method, url string, body io.Reader) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, url, body)
}

// NewRequestWithContext returns a Request for method (GET when empty) and
// url, with body as its Body (wrapped to be a ReadCloser if needed).
func NewRequestWithContext(ctx context.Context, method, url string, body io.Reader) (*Request, error)
