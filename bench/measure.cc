// solieu_measure CMD [ARG...]: runs CMD and prints to standard error, on one
// line, its wall time in seconds and its peak resident set in KiB:
//   measure: 6.412 s, 23104 KiB
// bench/run.sh reads that line, so it needs no GNU time. Exits with CMD's code.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: solieu_measure CMD [ARG...]\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) {
    std::perror("solieu_measure: fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[1], argv + 1);
    std::perror("solieu_measure: exec");
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) < 0) {
    std::perror("solieu_measure: wait4");
    return 2;
  }
  std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
  // ru_maxrss is in KiB on Linux.
  std::fprintf(stderr, "measure: %.3f s, %ld KiB\n", wall.count(), usage.ru_maxrss);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
