package http

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Handler is anything that can answer a request.
type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

// HandlerFunc lets an ordinary function be a Handler.
type HandlerFunc func(ResponseWriter, *Request)

// ServeHTTP calls f(w, r).
func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) { f(w, r) }

// A ResponseWriter is what a Handler uses to build the response.
type ResponseWriter interface {
	// Header returns the header map WriteHeader will send.
	Header() Header
	// Write writes body data, sending the header with status 200 first if
	// WriteHeader was not called.
	Write([]byte) (int, error)
	// WriteHeader sends the header with the given status code.
	WriteHeader(statusCode int)
}

// A Flusher is a ResponseWriter that can send buffered data to the client.
type Flusher interface {
	Flush()
}

// ServeMux is an HTTP request multiplexer: it matches the request against
// registered patterns ("[METHOD ][HOST]/[PATH]", with {name} and
// {name...} wildcards) and calls the handler of the most specific one.
type ServeMux struct {
	mu     sync.RWMutex
	routes []muxRoute
}

type muxRoute struct {
	pattern string
	handler Handler
}

// NewServeMux returns an empty ServeMux.
func NewServeMux() *ServeMux { return new(ServeMux) }

// DefaultServeMux is the ServeMux used by Serve when the handler is nil.
var DefaultServeMux = &defaultServeMux

var defaultServeMux ServeMux

// HandleFunc registers handler for pattern.
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	if handler == nil {
		panic("http: nil handler")
	}
	mux.Handle(pattern, HandlerFunc(handler))
}

// Handle registers handler for pattern in DefaultServeMux.
func Handle(pattern string, handler Handler) { DefaultServeMux.Handle(pattern, handler) }

// HandleFunc registers handler for pattern in DefaultServeMux.
func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.HandleFunc(pattern, handler)
}

// Error replies with the given status code and plain-text message.
func Error(w ResponseWriter, error string, code int) {
	h := w.Header()
	h.Del("Content-Length")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	w.Write([]byte(error + "\n"))
}

// NotFound replies with a 404 not found error.
func NotFound(w ResponseWriter, r *Request) { Error(w, "404 page not found", StatusNotFound) }

// NotFoundHandler returns a Handler that replies 404 to every request.
func NotFoundHandler() Handler { return HandlerFunc(NotFound) }

// RedirectHandler returns a Handler redirecting every request to url with
// code.
func RedirectHandler(url string, code int) Handler {
	return HandlerFunc(func(w ResponseWriter, r *Request) { Redirect(w, r, url, code) })
}

// StripPrefix returns a Handler that removes prefix from the request's
// URL.Path (and RawPath) and calls h, or replies 404 when the path does
// not start with prefix.
func StripPrefix(prefix string, h Handler) Handler {
	if prefix == "" {
		return h
	}
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		p := strings.TrimPrefix(r.URL.Path, prefix)
		rp := strings.TrimPrefix(r.URL.RawPath, prefix)
		if len(p) == len(r.URL.Path) || r.URL.RawPath != "" && len(rp) == len(r.URL.RawPath) {
			NotFound(w, r)
			return
		}
		r2 := new(Request)
		*r2 = *r
		r2.URL = new(url.URL)
		*r2.URL = *r.URL
		r2.URL.Path = p
		r2.URL.RawPath = rp
		h.ServeHTTP(w, r2)
	})
}

// SetCookie appends cookie to the Set-Cookie headers of w.
func SetCookie(w ResponseWriter, cookie *Cookie) {
	if v := cookie.String(); v != "" {
		w.Header().Add("Set-Cookie", v)
	}
}

// Server configures an HTTP server.
type Server struct {
	Addr    string  // TCP address to listen on, ":http" if empty
	Handler Handler // handler to invoke, DefaultServeMux if nil

	ReadTimeout       time.Duration
	ReadHeaderTimeout time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int

	mu         sync.Mutex
	onShutdown []func()
	closed     bool
	noKeep     bool
}

// ListenAndServe listens on srv.Addr and serves requests with srv.Handler.
// It always returns a non-nil error; after Shutdown or Close,
// ErrServerClosed.
func (srv *Server) ListenAndServe() error {
	srv.mu.Lock()
	closed := srv.closed
	srv.mu.Unlock()
	if closed {
		return ErrServerClosed
	}
	addr := srv.Addr
	if addr == "" {
		addr = ":http"
	}
	// No sockets here: fail like a listen the system refused.
	return errors.New("listen tcp " + addr + ": network access is not available")
}

// Shutdown stops the server gracefully: it stops accepting connections and
// waits for active ones to become idle, or for ctx to end.
func (srv *Server) Shutdown(ctx context.Context) error {
	srv.mu.Lock()
	srv.closed = true
	fs := srv.onShutdown
	srv.mu.Unlock()
	for _, f := range fs {
		f()
	}
	return nil
}

// Close stops the server at once, closing all connections.
func (srv *Server) Close() error {
	srv.mu.Lock()
	srv.closed = true
	srv.mu.Unlock()
	return nil
}

// RegisterOnShutdown registers f to be called by Shutdown.
func (srv *Server) RegisterOnShutdown(f func()) {
	srv.mu.Lock()
	srv.onShutdown = append(srv.onShutdown, f)
	srv.mu.Unlock()
}

// SetKeepAlivesEnabled turns connection reuse on or off.
func (srv *Server) SetKeepAlivesEnabled(v bool) {
	srv.mu.Lock()
	srv.noKeep = !v
	srv.mu.Unlock()
}

// ListenAndServe listens on addr and serves requests with handler
// (DefaultServeMux if nil). It always returns a non-nil error.
func ListenAndServe(addr string, handler Handler) error {
	srv := &Server{Addr: addr, Handler: handler}
	return srv.ListenAndServe()
}
