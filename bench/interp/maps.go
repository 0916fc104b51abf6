// Maps: insert, lookup (hits and misses) and delete, with int keys and with
// string keys: 8 rounds of 100000 keys of each kind, about 4.8M map
// operations in all. Peer: bench/lua/maps.lua.
package main

// key makes a short distinct string for i (a "k" and i's base-26 digits as
// letters), without strconv.
func key(i int) string {
	b := []byte{'k'}
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			break
		}
	}
	return string(b)
}

func main() {
	const n = 100000
	const rounds = 8

	// The keys, built once: scattered ints (so they hash, not index) and
	// strings.
	ikeys := make([]int, n)
	skeys := make([]string, n)
	for i := 0; i < n; i++ {
		ikeys[i] = (i*7919 + 13) % 1000003
		skeys[i] = key(i)
	}

	sum := 0
	for round := 0; round < rounds; round++ {
		im := make(map[int]int)
		sm := make(map[string]int)
		count := 0
		// Insert every key.
		for i := 0; i < n; i++ {
			im[ikeys[i]] = i + round
			sm[skeys[i]] = i - round
			count += 2
		}
		// Delete every third key.
		for i := 0; i < n; i += 3 {
			delete(im, ikeys[i])
			delete(sm, skeys[i])
			count -= 2
		}
		// Look every key up: two thirds hit, one third misses.
		for i := 0; i < n; i++ {
			if v, ok := im[ikeys[i]]; ok {
				sum += v
			} else {
				sum++
			}
			if v, ok := sm[skeys[i]]; ok {
				sum += v
			} else {
				sum += 2
			}
		}
		// Update in place through the map (a read and a write per key).
		for i := 1; i < n; i += 3 {
			im[ikeys[i]] += 1
			sm[skeys[i]] += 1
		}
		sum += im[ikeys[1]] + sm[skeys[1]] + count
	}
	println(sum)
}
