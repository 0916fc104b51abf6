// run

// Error values print through their Error method; when a type has both
// Error and String, Error wins.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Both int

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

func main() {
	var err error = &NotFound{"file.txt"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v\n", err, err, err, err)
	fmt.Println(errors.New("plain"), Both(1))
	fmt.Printf("[%12v] [%-12s]\n", errors.New("pad"), Both(0))
	var none error
	fmt.Println(none)
	fmt.Printf("%v\n", []error{errors.New("a"), nil, err})
}

// Output:
// file.txt not found
// file.txt not found|file.txt not found|"file.txt not found"|file.txt not found
// plain as error
// [         pad] [as error    ]
// <nil>
// [a <nil> file.txt not found]
