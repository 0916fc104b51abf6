// run

// Out-of-range slice expressions panic with Go's messages: two- and
// three-index forms, negative bounds, and "length" for strings and arrays
// where slices say "capacity".
package main

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(r.(error).Error())
		} else {
			println("ok")
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{}
	str := "abc"
	for _, v := range []int{-1, 2, 5} {
		try(func() { _ = s[0:v] })
		try(func() { _ = s[v:2] })
		try(func() { _ = s[v:] })
		try(func() { _ = s[0:2:v] })
		try(func() { _ = s[0:v:3] })
		try(func() { _ = s[v:1:3] })
		try(func() { _ = arr[0:v] })
		try(func() { _ = str[0:v] })
		try(func() { _ = str[v:] })
	}
}

// Output:
// runtime error: slice bounds out of range [:-1]
// runtime error: slice bounds out of range [-1:]
// runtime error: slice bounds out of range [-1:]
// runtime error: slice bounds out of range [::-1]
// runtime error: slice bounds out of range [:-1:]
// runtime error: slice bounds out of range [-1::]
// runtime error: slice bounds out of range [:-1]
// runtime error: slice bounds out of range [:-1]
// runtime error: slice bounds out of range [-1:]
// ok
// ok
// ok
// ok
// ok
// runtime error: slice bounds out of range [2:1:]
// ok
// ok
// ok
// runtime error: slice bounds out of range [:5] with capacity 3
// runtime error: slice bounds out of range [5:2]
// runtime error: slice bounds out of range [5:3]
// runtime error: slice bounds out of range [::5] with capacity 3
// runtime error: slice bounds out of range [:5:3]
// runtime error: slice bounds out of range [5:1:]
// runtime error: slice bounds out of range [:5] with length 3
// runtime error: slice bounds out of range [:5] with length 3
// runtime error: slice bounds out of range [5:3]
