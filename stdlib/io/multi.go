package io

// MultiReader returns a Reader that reads the given readers one after the
// other, reporting EOF once all of them have.
func MultiReader(readers ...Reader) Reader {
	rs := make([]Reader, len(readers))
	copy(rs, readers)
	return &multiReader{rs: rs}
}

type multiReader struct {
	rs []Reader
}

func (m *multiReader) Read(p []byte) (n int, err error) {
	for len(m.rs) > 0 {
		n, err = m.rs[0].Read(p)
		if err == EOF {
			m.rs[0] = nil
			m.rs = m.rs[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(m.rs) > 0 {
				err = nil
			}
			return n, err
		}
	}
	return 0, EOF
}

// MultiWriter returns a Writer that copies each write to every writer in
// turn, stopping at the first error.
func MultiWriter(writers ...Writer) Writer {
	ws := make([]Writer, len(writers))
	copy(ws, writers)
	return &multiWriter{ws: ws}
}

type multiWriter struct {
	ws []Writer
}

func (m *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range m.ws {
		n, err = w.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

func (m *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte
	for _, w := range m.ws {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}
