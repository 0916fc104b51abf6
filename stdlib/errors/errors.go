// Package errors: creating errors and inspecting chains of wrapped errors.
//
// Declarations written for gopark from the package documentation.
package errors

// New returns an error whose Error method returns text. Each call yields a
// distinct error, even for equal texts.
func New(text string) error {
	return &errorString{s: text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// ErrUnsupported reports that an operation is not supported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap() error method, or nil when err
// has no such method. It does not unwrap Unwrap() []error.
func Unwrap(err error) error {
	if w, ok := err.(interface{ Unwrap() error }); ok {
		return w.Unwrap()
	}
	return nil
}

// Is walks err and everything it wraps (Unwrap() error and Unwrap()
// []error, depth first) looking for target: an == match, or an
// Is(error) bool method that says yes.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return matches(err, target, isComparable(target))
}

func matches(err, target error, cmp bool) bool {
	for err != nil {
		if cmp && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if matches(e, target, cmp) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// As walks err's tree like Is and stops at the first error that can be
// stored in *target (assignable to its type, or accepted by an As(any)
// bool method), storing it. target must be a non-nil pointer to an
// interface type or to a type implementing error, or As panics.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	switch asTargetProblem(target) {
	case 1:
		panic("errors: target cannot be nil")
	case 2:
		panic("errors: target must be a non-nil pointer")
	case 3:
		panic("errors: *target must be interface or implement error")
	}
	return find(err, target)
}

func find(err error, target any) bool {
	for err != nil {
		if storeIfAssignable(err, target) {
			return true
		}
		if a, ok := err.(interface{ As(any) bool }); ok && a.As(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if e != nil && find(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Join returns an error wrapping every non-nil error in errs, or nil when
// there is none. Its message is the messages of the wrapped errors, one per
// line.
func Join(errs ...error) error {
	var kept []error
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return &joined{errs: kept}
}

type joined struct {
	errs []error
}

func (j *joined) Error() string {
	s := ""
	for i, e := range j.errs {
		if i > 0 {
			s += "\n"
		}
		s += e.Error()
	}
	return s
}

func (j *joined) Unwrap() []error { return j.errs }

// isComparable reports whether == works on v's dynamic type (comparing an
// incomparable value panics).
func isComparable(v any) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_ = v == v
	return true
}

// Implemented natively by the VM.

// asTargetProblem is 0 when target is a non-nil pointer to an interface
// type or to a type implementing error, else which of As's panics applies.
func asTargetProblem(target any) int

// storeIfAssignable stores err in *target when err's dynamic type is
// assignable to target's element type, and reports whether it did.
func storeIfAssignable(err error, target any) bool
