/* How to get many small files into memory: read() into a buffer of the file's size, or mmap().
 * Reads the files named on standard input (one per line) both ways, alternating, and prints
 * the median wall time of each and the bytes seen. Build and run (bench/bench.sh does not):
 *   cc -O2 -o /tmp/read_vs_mmap bench/read_vs_mmap.c
 *   build/looplint --show-files DIR | /tmp/read_vs_mmap                                        */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Touches every byte (as validation does), so that mmap pays its page faults. */
static uint64_t checksum(const unsigned char *data, size_t length) {
  uint64_t sum = 0;
  for (size_t i = 0; i < length; i++) sum += data[i];
  return sum;
}

static uint64_t with_read(char **paths, size_t count) {
  uint64_t sum = 0;
  for (size_t i = 0; i < count; i++) {
    int fd = open(paths[i], O_RDONLY);
    struct stat info;
    if (fd < 0 || fstat(fd, &info) != 0) continue;
    unsigned char *buffer = malloc((size_t)info.st_size + 1);
    ssize_t got = read(fd, buffer, (size_t)info.st_size + 1);
    if (got > 0) sum += checksum(buffer, (size_t)got);
    free(buffer);
    close(fd);
  }
  return sum;
}

static uint64_t with_mmap(char **paths, size_t count) {
  uint64_t sum = 0;
  for (size_t i = 0; i < count; i++) {
    int fd = open(paths[i], O_RDONLY);
    struct stat info;
    if (fd < 0 || fstat(fd, &info) != 0 || info.st_size == 0) {
      if (fd >= 0) close(fd);
      continue;
    }
    unsigned char *data = mmap(NULL, (size_t)info.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data != MAP_FAILED) {
      sum += checksum(data, (size_t)info.st_size);
      munmap(data, (size_t)info.st_size);
    }
    close(fd);
  }
  return sum;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(void) {
  size_t count = 0, capacity = 1024;
  char **paths = malloc(capacity * sizeof *paths);
  char line[8192];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = '\0';
    if (count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof *paths);
    paths[count++] = strdup(line);
  }
  enum { RUNS = 7 };
  double reads[RUNS], maps[RUNS];
  uint64_t a = 0, b = 0;
  for (int run = 0; run < RUNS; run++) {
    double start = now();
    a = with_read(paths, count);
    reads[run] = now() - start;
    start = now();
    b = with_mmap(paths, count);
    maps[run] = now() - start;
  }
  qsort(reads, RUNS, sizeof *reads, compare);
  qsort(maps, RUNS, sizeof *maps, compare);
  printf("%zu files: read %.3f s, mmap %.3f s (median of %d; checksums %s)\n", count, reads[RUNS / 2],
         maps[RUNS / 2], RUNS, a == b ? "equal" : "DIFFER");
  return 0;
}
