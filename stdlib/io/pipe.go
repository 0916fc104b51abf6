package io

import "sync"

// Pipe connects a writer to a reader in memory with no buffer: a Write
// returns only after Reads have taken all of its bytes (or a side closed).
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		data:  make(chan []byte),
		taken: make(chan int),
		done:  make(chan struct{}),
	}
	return &PipeReader{p: p}, &PipeWriter{p: p}
}

type pipe struct {
	wmu   sync.Mutex    // one Write at a time
	data  chan []byte   // a writer offers its remaining bytes
	taken chan int      // the reader says how many it copied
	done  chan struct{} // closed when either half is closed
	once  sync.Once

	mu      sync.Mutex
	rclosed bool
	rerr    error // what writers get after the reader closed
	wclosed bool
	werr    error // what readers get after the writer closed
}

func (p *pipe) finish() { p.once.Do(func() { close(p.done) }) }

func (p *pipe) readErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rclosed {
		return ErrClosedPipe
	}
	return p.werr
}

func (p *pipe) writeErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.wclosed {
		return ErrClosedPipe
	}
	return p.rerr
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readErr()
	default:
	}
	select {
	case chunk := <-p.data:
		n := copy(b, chunk)
		p.taken <- n
		return n, nil
	case <-p.done:
		return 0, p.readErr()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	p.wmu.Lock()
	defer p.wmu.Unlock()
	select {
	case <-p.done:
		return 0, p.writeErr()
	default:
	}
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.data <- b:
			k := <-p.taken
			b = b[k:]
			n += k
		case <-p.done:
			return n, p.writeErr()
		}
	}
	return n, nil
}

func (p *pipe) closeRead(err error) {
	if err == nil {
		err = ErrClosedPipe
	}
	p.mu.Lock()
	if !p.rclosed {
		p.rclosed = true
		if p.rerr == nil {
			p.rerr = err
		}
	}
	p.mu.Unlock()
	p.finish()
}

func (p *pipe) closeWrite(err error) {
	if err == nil {
		err = EOF
	}
	p.mu.Lock()
	if !p.wclosed {
		p.wclosed = true
		if p.werr == nil {
			p.werr = err
		}
	}
	p.mu.Unlock()
	p.finish()
}

// PipeReader is the reading end of Pipe.
type PipeReader struct {
	p *pipe
}

// Read blocks until a writer offers data or the write half is closed.
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the reader; later writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the reader; later writes return err, or
// ErrClosedPipe when err is nil. It never replaces an earlier error.
func (r *PipeReader) CloseWithError(err error) error {
	r.p.closeRead(err)
	return nil
}

// PipeWriter is the writing end of Pipe.
type PipeWriter struct {
	p *pipe
}

// Write blocks until readers have consumed all of data or the read half is
// closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the writer; later reads return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the writer; later reads return err, or EOF when
// err is nil. It never replaces an earlier error.
func (w *PipeWriter) CloseWithError(err error) error {
	w.p.closeWrite(err)
	return nil
}
