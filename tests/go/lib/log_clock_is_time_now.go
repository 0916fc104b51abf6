// run
// Flags: -faketime

// log's timestamps read the clock time.Now reads, in the local zone,
// which is UTC: under the virtual clock they start, as on Go's playground,
// at 2009-11-10 23:00:00 and advance with Sleep.
package main

import (
	"log"
	"os"
	"time"
)

func main() {
	log.SetOutput(os.Stdout)
	log.Print("start")
	time.Sleep(1500 * time.Millisecond)
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	log.Print("later")
	log.SetFlags(log.Ltime | log.LUTC)
	log.Print("utc")
}

// Output:
// 2009/11/10 23:00:00 start
// 2009/11/10 23:00:01.500000 later
// 23:00:01 utc
