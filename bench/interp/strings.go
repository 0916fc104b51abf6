// Strings: building a ~1000-byte string by repeated += of short pieces,
// building the same text by appending bytes to a []byte and converting it,
// then comparing the two (==, <) and indexing them byte by byte; 10000
// rounds. Peer: bench/lua/strings.lua.
package main

func main() {
	pieces := []string{"ab", "cde", "f", "ghij"} // "abcdefghij" per cycle
	const npieces = 400                          // 1000 bytes per string
	const rounds = 10000

	sum := 0
	prev := ""
	for round := 0; round < rounds; round++ {
		// Repeated concatenation: each += copies the string built so far.
		s := ""
		for j := 0; j < npieces; j++ {
			s += pieces[j%4]
		}

		// A []byte append loop; on odd rounds one byte is changed to 'z' so
		// the strings differ somewhere depending on the round.
		b := make([]byte, 0, 16)
		for j := 0; j < len(s); j++ {
			b = append(b, byte('a'+j%10))
		}
		if round%2 == 1 {
			b[round*7%len(b)] = 'z'
		}
		t := string(b)

		// Comparisons: equal strings are compared in full.
		if s == t {
			sum += 1
		}
		if s < t {
			sum += 2
		}
		if t < prev {
			sum += 4
		}
		prev = t

		// Indexing.
		for j := round % 5; j < len(t); j += 5 {
			sum += int(t[j]) - int(s[j])
		}
		sum += len(s) + len(t)
	}
	println(sum)
}
