// run

// Two-dimensional arrays: row copies are independent and elements index as m[i][j].
package main

func main() {
	var m [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			m[i][j] = i*10 + j
		}
	}
	println(len(m), len(m[0]), m[2][3], m[1][0])
	row := m[1]
	row[0] = -1
	println(row[0], m[1][0])
	id := [2][2]int{{1, 0}, {0, 1}}
	sum := 0
	for _, r := range id {
		for _, v := range r {
			sum += v
		}
	}
	println(sum)
	m[0] = [4]int{9, 9, 9, 9}
	println(m[0][0], m[0][3])
}

// Output:
// 3 4 23 10
// -1 10
// 2
// 9 9
