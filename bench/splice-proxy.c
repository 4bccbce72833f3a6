/*
 * A zero-copy TCP relay for one measurement in docs/benchmarks.md (issue 8, item 18): listens on
 * 127.0.0.1:LPORT only, forwards to 127.0.0.1:UPORT, and moves the answer with splice(2) through
 * a pipe, never through user memory. It shows what any proxy costs on the machine, beside socat.
 *   gcc -O2 -o /tmp/splice-proxy bench/splice-proxy.c && /tmp/splice-proxy 18095 18091
 * One process per connection; it stops by itself after SECONDS (third argument, default 600).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: %s LPORT UPORT [SECONDS]\n", argv[0]); return 2; }
  int lport = atoi(argv[1]), uport = atoi(argv[2]);
  alarm(argc > 3 ? atoi(argv[3]) : 600);
  signal(SIGCHLD, SIG_IGN);
  int l = socket(AF_INET, SOCK_STREAM, 0), one = 1;
  setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(lport)};
  inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
  if (bind(l, (void *)&a, sizeof a) || listen(l, 16)) { perror("listen"); return 1; }
  for (;;) {
    int c = accept(l, 0, 0);
    if (c < 0) continue;
    if (fork() == 0) {
      int u = socket(AF_INET, SOCK_STREAM, 0);
      struct sockaddr_in b = {.sin_family = AF_INET, .sin_port = htons(uport)};
      inet_pton(AF_INET, "127.0.0.1", &b.sin_addr);
      if (connect(u, (void *)&b, sizeof b)) _exit(1);
      if (fork() == 0) { /* client -> upstream, plain copy */
        char buf[65536]; ssize_t n;
        while ((n = read(c, buf, sizeof buf)) > 0) if (write(u, buf, n) != n) break;
        shutdown(u, SHUT_WR); _exit(0);
      }
      int p[2]; pipe(p); fcntl(p[0], F_SETPIPE_SZ, 1 << 20);
      for (;;) {
        ssize_t n = splice(u, 0, p[1], 0, 1 << 20, SPLICE_F_MOVE);
        if (n <= 0) break;
        while (n > 0) { ssize_t m = splice(p[0], 0, c, 0, n, SPLICE_F_MOVE); if (m <= 0) _exit(0); n -= m; }
      }
      shutdown(c, SHUT_WR); _exit(0);
    }
    close(c);
  }
}
