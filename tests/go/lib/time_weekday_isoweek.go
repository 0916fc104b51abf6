// run

// Weekday and ISOWeek around the new year, where the first days of January
// can belong to the previous year's week 52 or 53 and the last days of
// December to the next year's week 1.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, y := range []int{2004, 2005, 2008, 2009, 2010, 2020, 2021, 2026} {
		for d := -3; d <= 3; d++ {
			t := time.Date(y, time.January, 1+d, 12, 0, 0, 0, time.UTC)
			wy, w := t.ISOWeek()
			fmt.Printf("%s %-9v %d-W%02d\n", t.Format(time.DateOnly), t.Weekday(), wy, w)
		}
	}
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Weekday())
	fmt.Println(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).Weekday())
	fmt.Println(time.Date(2000, 1, 1, 23, 0, 0, 0, time.FixedZone("E", -3600)).Weekday())
}

// Output:
// 2003-12-29 Monday    2004-W01
// 2003-12-30 Tuesday   2004-W01
// 2003-12-31 Wednesday 2004-W01
// 2004-01-01 Thursday  2004-W01
// 2004-01-02 Friday    2004-W01
// 2004-01-03 Saturday  2004-W01
// 2004-01-04 Sunday    2004-W01
// 2004-12-29 Wednesday 2004-W53
// 2004-12-30 Thursday  2004-W53
// 2004-12-31 Friday    2004-W53
// 2005-01-01 Saturday  2004-W53
// 2005-01-02 Sunday    2004-W53
// 2005-01-03 Monday    2005-W01
// 2005-01-04 Tuesday   2005-W01
// 2007-12-29 Saturday  2007-W52
// 2007-12-30 Sunday    2007-W52
// 2007-12-31 Monday    2008-W01
// 2008-01-01 Tuesday   2008-W01
// 2008-01-02 Wednesday 2008-W01
// 2008-01-03 Thursday  2008-W01
// 2008-01-04 Friday    2008-W01
// 2008-12-29 Monday    2009-W01
// 2008-12-30 Tuesday   2009-W01
// 2008-12-31 Wednesday 2009-W01
// 2009-01-01 Thursday  2009-W01
// 2009-01-02 Friday    2009-W01
// 2009-01-03 Saturday  2009-W01
// 2009-01-04 Sunday    2009-W01
// 2009-12-29 Tuesday   2009-W53
// 2009-12-30 Wednesday 2009-W53
// 2009-12-31 Thursday  2009-W53
// 2010-01-01 Friday    2009-W53
// 2010-01-02 Saturday  2009-W53
// 2010-01-03 Sunday    2009-W53
// 2010-01-04 Monday    2010-W01
// 2019-12-29 Sunday    2019-W52
// 2019-12-30 Monday    2020-W01
// 2019-12-31 Tuesday   2020-W01
// 2020-01-01 Wednesday 2020-W01
// 2020-01-02 Thursday  2020-W01
// 2020-01-03 Friday    2020-W01
// 2020-01-04 Saturday  2020-W01
// 2020-12-29 Tuesday   2020-W53
// 2020-12-30 Wednesday 2020-W53
// 2020-12-31 Thursday  2020-W53
// 2021-01-01 Friday    2020-W53
// 2021-01-02 Saturday  2020-W53
// 2021-01-03 Sunday    2020-W53
// 2021-01-04 Monday    2021-W01
// 2025-12-29 Monday    2026-W01
// 2025-12-30 Tuesday   2026-W01
// 2025-12-31 Wednesday 2026-W01
// 2026-01-01 Thursday  2026-W01
// 2026-01-02 Friday    2026-W01
// 2026-01-03 Saturday  2026-W01
// 2026-01-04 Sunday    2026-W01
// Monday
// Thursday
// Saturday
