// run

// Map keys are collected and insertion-sorted so iteration output is deterministic.
package main

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		v := s[i]
		j := i - 1
		for j >= 0 && s[j] > v {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = v
	}
}

func main() {
	ages := map[string]int{
		"carol": 35,
		"alice": 30,
		"eve":   22,
		"bob":   41,
		"dave":  19,
	}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, ages[k])
	}
	sum := 0
	for _, v := range ages {
		sum += v
	}
	println("sum", sum)
}

// Output:
// alice 30
// bob 41
// carol 35
// dave 19
// eve 22
// sum 147
