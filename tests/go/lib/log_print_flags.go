// run

// The standard logger with flags 0 writes each message on its own line to
// standard error, adding a newline only when missing; Flags and SetFlags.
package main

import "log"

func main() {
	log.SetFlags(0)
	log.Print("plain", 1, 2, "x")
	log.Printf("formatted %05.1f|", 3.14159)
	log.Println("spaced", 1, 2)
	log.Print("already ends\n")
	log.Print()
	log.Println(log.Flags(), log.LstdFlags, log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix)
}

// Output:
// plain1 2x
// formatted 003.1|
// spaced 1 2
// already ends
//
// 0 3 1 2 4 8 16 32 64
