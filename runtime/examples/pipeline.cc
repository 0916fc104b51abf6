// pipeline.cc - a three-stage pipeline on the C++ API.
//
// generate -> square -> print, each stage a goroutine connected by channels.
// Each stage closes its output when its input is exhausted, so the end of
// the data flows down the pipeline and every goroutine exits on its own.
// Run: build/native/runtime/examples/pipeline [N]
#include <cstdio>
#include <cstdlib>

#include "runtime/api/gopark.h"

using gopark::Chan;

// Sends 1..n, then closes: the stage owns the channel it writes.
Chan<int> generate(int n) {
  Chan<int> out(0, "numbers");
  gopark::go(
      [out, n]() mutable {
        for (int i = 1; i <= n; i++) out.send(i);
        out.close();
      },
      "main.generate.func1");
  return out;
}

// Squares what comes in until its input is closed.
Chan<int> square(Chan<int> in) {
  Chan<int> out(4, "squares");
  gopark::go(
      [in, out]() mutable {
        for (;;) {
          auto [v, ok] = in.recv2();
          if (!ok) break;
          out.send(v * v);
        }
        out.close();
      },
      "main.square.func1");
  return out;
}

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  return gopark::run([n] {
    long sum = 0;
    Chan<int> squares = square(generate(n));
    for (;;) {
      auto [v, ok] = squares.recv2();
      if (!ok) break;
      printf("%d\n", v);
      sum += v;
    }
    printf("sum of squares 1..%d = %ld\n", n, sum);
  });
}
