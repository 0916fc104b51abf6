package http

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/url"
	"strconv"
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

// RoundTrip hands the request to the host (hostFetch), which answers
// with the whole response or an error message.
func (t *transport) RoundTrip(req *Request) (*Response, error) {
	if req.URL == nil {
		return nil, errors.New("http: nil Request.URL")
	}
	if req.Header == nil {
		return nil, errors.New("http: nil Request.Header")
	}
	scheme := req.URL.Scheme
	if scheme != "http" && scheme != "https" {
		return nil, errors.New("unsupported protocol scheme " + strconv.Quote(scheme))
	}
	if req.URL.Host == "" {
		return nil, errors.New("http: no Host in request URL")
	}
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		body = b
	}
	method := req.Method
	if method == "" {
		method = MethodGet
	}
	var lines strings.Builder
	for k, vs := range req.Header {
		for _, v := range vs {
			lines.WriteString(k + ": " + v + "\n")
		}
	}
	status, text, headerLines, respBody, msg := hostFetch(method, req.URL.String(), lines.String(), body)
	if msg != "" {
		return nil, errors.New(msg)
	}
	header := make(Header)
	for _, line := range strings.Split(headerLines, "\n") {
		if k, v, ok := strings.Cut(line, ": "); ok {
			header.Add(k, v)
		}
	}
	if text == "" {
		text = StatusText(status)
	}
	resp := &Response{
		Status:        strconv.Itoa(status) + " " + text,
		StatusCode:    status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        header,
		Body:          io.NopCloser(strings.NewReader(respBody)),
		ContentLength: int64(len(respBody)),
		Request:       req,
	}
	if resp.Header == nil {
		resp.Header = make(Header)
	}
	if method == MethodHead {
		resp.Body = NoBody
		resp.ContentLength = -1
		if n, err := strconv.ParseInt(resp.Header.Get("Content-Length"), 10, 64); err == nil {
			resp.ContentLength = n
		}
	}
	return resp, nil
}

// hostFetch performs one HTTP exchange through the host: natively there
// is no network (err says so); the wasm builds use fetch(). Headers go
// both ways as "Key: value" lines, one per value.
func hostFetch(method, url, header string, body []byte) (status int, statusText, respHeader, respBody, err string)

// A CookieJar manages the cookies of HTTP requests.
type CookieJar interface {
	SetCookies(u *url.URL, cookies []*Cookie)
	Cookies(u *url.URL) []*Cookie
}

// Do sends req and returns the response, following redirects as
// CheckRedirect allows. The caller must close resp.Body.
func (c *Client) Do(req *Request) (*Response, error) {
	if req.URL == nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, &url.Error{Op: errorOp(req.Method), URL: "", Err: errors.New("http: nil Request.URL")}
	}
	fail := func(err error) (*Response, error) {
		return nil, &url.Error{Op: errorOp(req.Method), URL: urlForError(req.URL), Err: err}
	}
	if err := req.Context().Err(); err != nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return fail(err)
	}
	rt := c.Transport
	if rt == nil {
		rt = DefaultTransport
	}
	if req.Header == nil {
		req2 := new(Request)
		*req2 = *req
		req2.Header = make(Header)
		req = req2
	}
	var resp *Response
	var err error
	if t, ok := rt.(*transport); ok {
		// A static call: the VM then also initializes the package
		// variables (io.EOF) that only the transport's callees use.
		resp, err = t.RoundTrip(req)
	} else {
		resp, err = rt.RoundTrip(req)
	}
	if err != nil {
		return fail(err)
	}
	if resp == nil {
		return fail(errors.New("http: RoundTripper implementation returned a nil *Response with a nil error"))
	}
	if resp.Body == nil {
		resp.Body = NoBody
	}
	return resp, nil
}

// errorOp is the Op of a client's url.Error: the method with only its
// first letter upper case ("Get", "Post").
func errorOp(method string) string {
	if method == "" {
		return "Get"
	}
	return method[:1] + strings.ToLower(method[1:])
}

// urlForError is the URL as errors show it, with any password masked.
func urlForError(u *url.URL) string {
	if _, set := u.User.Password(); set {
		return strings.Replace(u.String(), u.User.String()+"@", u.User.Username()+":***@", 1)
	}
	return u.String()
}

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
func NewRequestWithContext(ctx context.Context, method, url string, body io.Reader) (*Request, error) {
	if method == "" {
		method = MethodGet
	}
	if !validMethod(method) {
		return nil, errors.New("net/http: invalid method " + strconv.Quote(method))
	}
	if ctx == nil {
		return nil, errors.New("net/http: nil Context")
	}
	u, err := parseURL(url)
	if err != nil {
		return nil, err
	}
	rc, ok := body.(io.ReadCloser)
	if !ok && body != nil {
		rc = io.NopCloser(body)
	}
	// "host:" means the default port: drop the colon.
	if strings.LastIndex(u.Host, ":") > strings.LastIndex(u.Host, "]") {
		u.Host = strings.TrimSuffix(u.Host, ":")
	}
	req := &Request{
		ctx:        ctx,
		Method:     method,
		URL:        u,
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		Header:     make(Header),
		Body:       rc,
		Host:       u.Host,
	}
	if body != nil {
		switch v := body.(type) {
		case *bytes.Buffer:
			req.ContentLength = int64(v.Len())
			buf := v.Bytes()
			req.GetBody = func() (io.ReadCloser, error) {
				return io.NopCloser(bytes.NewReader(buf)), nil
			}
		case *bytes.Reader:
			req.ContentLength = int64(v.Len())
			snapshot := *v
			req.GetBody = func() (io.ReadCloser, error) {
				r := snapshot
				return io.NopCloser(&r), nil
			}
		case *strings.Reader:
			req.ContentLength = int64(v.Len())
			snapshot := *v
			req.GetBody = func() (io.ReadCloser, error) {
				r := snapshot
				return io.NopCloser(&r), nil
			}
		}
		if req.GetBody != nil && req.ContentLength == 0 {
			req.Body = NoBody
			req.GetBody = func() (io.ReadCloser, error) { return NoBody, nil }
		}
	}
	return req, nil
}

// parseURL is url.Parse, named apart from the url parameters here.
func parseURL(s string) (*url.URL, error) { return url.Parse(s) }

// validMethod reports whether m is a non-empty token.
func validMethod(m string) bool {
	if m == "" {
		return false
	}
	for i := 0; i < len(m); i++ {
		if !isTokenByte(m[i]) {
			return false
		}
	}
	return true
}
