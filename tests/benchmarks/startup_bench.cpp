// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
//
// Startup benchmark harness (issue 6 §6, run by tests/benchmarks/startup.sh): starts two GUI
// programs alternately, each with PODNET_REPORT_FIRST_PAINT=quit, and measures for every run
// the time from just before exec (CLOCK_MONOTONIC, taken in the child) to the first paint the
// program reports, and its peak RSS (wait4's ru_maxrss). Prints the medians and ours/minimal.
//
// usage: podnet-startup-bench --minimal PATH --ours PATH [--runs N] [--warmup N]
// The display (DISPLAY, QT_QPA_PLATFORM) and the rest of the environment come from the caller.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Sample
{
    double ms;
    long rssKb;
};

long long monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// Reads the number after "key " in text, if present.
std::optional<long long> findValue(const std::string &text, const std::string &key)
{
    const std::size_t at = text.find(key + ' ');
    if (at == std::string::npos)
        return std::nullopt;
    return std::atoll(text.c_str() + at + key.size() + 1);
}

// One run of program: exec-ns is written by the child right before exec, first-paint-ns by the
// program once its first frame is painted. Gives up after timeoutMs.
std::optional<Sample> runOnce(const std::string &program, int timeoutMs, std::string &log)
{
    int fds[2];
    if (pipe(fds) != 0)
        return std::nullopt;
    const pid_t pid = fork();
    if (pid < 0)
        return std::nullopt;
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], STDERR_FILENO);
        close(fds[1]);
        setenv("PODNET_REPORT_FIRST_PAINT", "quit", 1);
        char line[64];
        const int n = std::snprintf(line, sizeof line, "exec-ns %lld\n", monotonicNs());
        if (write(STDERR_FILENO, line, static_cast<std::size_t>(n)) != n)
            _exit(126);
        char *const argv[] = {const_cast<char *>(program.c_str()), nullptr};
        execv(program.c_str(), argv);
        _exit(127);
    }
    close(fds[1]);
    std::string output;
    const long long deadline = monotonicNs() + static_cast<long long>(timeoutMs) * 1000000LL;
    bool timedOut = false;
    for (;;) {
        const long long left = (deadline - monotonicNs()) / 1000000LL;
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd p {fds[0], POLLIN, 0};
        const int ready = poll(&p, 1, static_cast<int>(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = true;
            break;
        }
        char buffer[4096];
        const ssize_t got = read(fds[0], buffer, sizeof buffer);
        if (got <= 0)
            break; // the program closed stderr: it has exited
        output.append(buffer, static_cast<std::size_t>(got));
    }
    close(fds[0]);
    if (timedOut)
        kill(pid, SIGKILL);
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    log = output;
    const auto start = findValue(output, "exec-ns");
    const auto painted = findValue(output, "first-paint-ns");
    if (timedOut || !start || !painted || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return Sample {static_cast<double>(*painted - *start) / 1e6, usage.ru_maxrss};
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

const char *verdict(double ratio)
{
    return ratio <= 1.5 ? "met" : "not met";
}

int usage()
{
    std::fprintf(
            stderr,
            "usage: podnet-startup-bench --minimal PATH --ours PATH [--runs N] [--warmup N]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string minimal;
    std::string ours;
    int runs = 15;
    int warmup = 2;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage();
        const std::string value = argv[++i];
        if (arg == "--minimal")
            minimal = value;
        else if (arg == "--ours")
            ours = value;
        else if (arg == "--runs")
            runs = std::atoi(value.c_str());
        else if (arg == "--warmup")
            warmup = std::atoi(value.c_str());
        else
            return usage();
    }
    if (minimal.empty() || ours.empty() || runs < 1 || warmup < 0)
        return usage();

    const std::string programs[2] = {minimal, ours};
    std::vector<Sample> samples[2];
    // Warm-up runs fill the page cache and font caches; then the two programs alternate, so
    // load from other processes on the machine hits both alike.
    for (int round = 0; round < warmup + runs; ++round) {
        for (int which = 0; which < 2; ++which) {
            std::string log;
            const std::optional<Sample> sample = runOnce(programs[which], 60000, log);
            if (!sample) {
                std::fprintf(stderr, "startup-bench: %s did not report its first paint:\n%s\n",
                             programs[which].c_str(), log.c_str());
                return 1;
            }
            if (round >= warmup)
                samples[which].push_back(*sample);
            std::fprintf(stderr, "%s %s %d: %.1f ms, %ld kB\n", which ? "ours" : "minimal",
                         round < warmup ? "warm-up" : "run",
                         round < warmup ? round + 1 : round - warmup + 1, sample->ms,
                         sample->rssKb);
        }
    }

    double ms[2];
    long rss[2];
    for (int which = 0; which < 2; ++which) {
        std::vector<double> times;
        std::vector<long> sizes;
        for (const Sample &s : samples[which]) {
            times.push_back(s.ms);
            sizes.push_back(s.rssKb);
        }
        ms[which] = median(times);
        rss[which] = median(sizes);
    }
    const double timeRatio = ms[1] / ms[0];
    const double rssRatio = static_cast<double>(rss[1]) / static_cast<double>(rss[0]);
    std::printf("startup benchmark: %d runs each (after %d warm-up), alternating\n", runs, warmup);
    std::printf("| program | start to first paint (median) | peak RSS (median) |\n");
    std::printf("|---|---|---|\n");
    std::printf("| minimal QWizard | %.1f ms | %.1f MB |\n", ms[0],
                static_cast<double>(rss[0]) / 1024.0);
    std::printf("| podnet-wizard | %.1f ms | %.1f MB |\n", ms[1],
                static_cast<double>(rss[1]) / 1024.0);
    std::printf("time ours/minimal: %.2fx (target <= 1.5x: %s)\n", timeRatio, verdict(timeRatio));
    std::printf("memory ours/minimal: %.2fx (target <= 1.5x: %s)\n", rssRatio, verdict(rssRatio));
    return 0;
}
