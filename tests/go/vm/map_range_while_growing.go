// run

// Entries deleted during a range loop are not produced, even when inserts
// in the same loop make the table grow; values updated during the loop are
// seen as they are now. Each key is produced at most once.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	seen := map[int]bool{}
	deleted := map[int]bool{}
	dup := false
	for k, v := range m {
		if seen[k] {
			dup = true
		}
		seen[k] = true
		if deleted[k] {
			println("deleted key produced:", k)
		}
		if k < 8 && v != k && v != k+100 {
			println("wrong value", k, v)
		}
		if k < 8 {
			// Delete a key not yet reached (if any), update another, and
			// add many keys so the table is rebuilt mid-loop.
			for j := 0; j < 8; j++ {
				if !seen[j] && !deleted[j] {
					delete(m, j)
					deleted[j] = true
					break
				}
			}
			for j := 0; j < 8; j++ {
				if !seen[j] && !deleted[j] {
					m[j] = j + 100
					break
				}
			}
			for j := 0; j < 200; j++ {
				m[1000+k*1000+j] = 0
			}
		}
	}
	println(dup, len(deleted) > 0, len(m) > 8+200)
}

// Output:
// false true true
