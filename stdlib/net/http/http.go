// Package http: an HTTP client and server.
//
// Declarations written for gopark from the package documentation: the
// client (Get, Head, Post, Client, Request, Response, Header), the handler
// types of the server side, status codes and cookies. TLS, HTTP/2,
// Transport's settings, file serving and multipart forms are left out.
// The functions and methods without bodies are implemented natively by
// the VM; requests go through the host.
package http
