// Package utf8: encoding and decoding of UTF-8 text.
//
// Declarations written for gopark from the package documentation. The
// functions without bodies are implemented natively by the VM.
package utf8

const (
	RuneError = '\uFFFD'     // the replacement character, returned for invalid input
	RuneSelf  = 0x80         // bytes below RuneSelf are runes by themselves
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the most bytes one rune's encoding takes
)

func AppendRune(p []byte, r rune) []byte
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int

// RuneStart reports whether b can begin an encoded rune (it is not a
// continuation byte 10xxxxxx).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func Valid(p []byte) bool
func ValidRune(r rune) bool
func ValidString(s string) bool
