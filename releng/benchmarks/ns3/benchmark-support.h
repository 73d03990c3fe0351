// Pieces shared by the ns-3 benchmark programs. The Java benchmarks (releng/benchmarks/java)
// implement the same definitions, so both sides draw identical random numbers and read the
// same key=value arguments that releng/benchmarks/run passes to every system.
#ifndef HCASTUDIO_BENCHMARK_SUPPORT_H
#define HCASTUDIO_BENCHMARK_SUPPORT_H

#include "ns3/core-module.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <ctime>

namespace hcastudio_benchmarks
{

// SplitMix64 (Steele, Lea, Flood 2014): tiny, and trivially the same in C++ and Java.
class SplitMix64
{
  public:
    explicit SplitMix64(uint64_t seed)
        : m_state(seed)
    {
    }

    uint64_t NextU64()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1) from the top 53 bits.
    double NextUniform()
    {
        return static_cast<double>(NextU64() >> 11) * 0x1.0p-53;
    }

    // Exponential increment with the given mean, truncated to whole nanoseconds.
    int64_t NextExponentialNs(double meanNs)
    {
        return static_cast<int64_t>(-meanNs * std::log(1.0 - NextUniform()));
    }

  private:
    uint64_t m_state;
};

// Arguments of the form key=value; every key a program reads is required, so the run script
// stays the single place where benchmark parameters are defined.
class Arguments
{
  public:
    Arguments(int argc, char** argv)
    {
        for (int i = 1; i < argc; ++i)
        {
            std::string argument(argv[i]);
            std::string::size_type equals = argument.find('=');
            if (equals == std::string::npos)
            {
                Fail("expected key=value, got '" + argument + "'");
            }
            m_values[argument.substr(0, equals)] = argument.substr(equals + 1);
        }
    }

    std::string Text(const std::string& key) const
    {
        auto found = m_values.find(key);
        if (found == m_values.end())
        {
            Fail("missing argument " + key + "=...");
        }
        return found->second;
    }

    int64_t Integer(const std::string& key) const
    {
        return std::stoll(Text(key));
    }

    double Real(const std::string& key) const
    {
        return std::stod(Text(key));
    }

  private:
    [[noreturn]] static void Fail(const std::string& message)
    {
        std::fprintf(stderr, "%s\n", message.c_str());
        std::exit(2);
    }

    std::map<std::string, std::string> m_values;
};

inline double SecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of the calling thread, the one that runs the simulation: unlike the wall time, not stretched while other
// processes hold the machine's cores (the Java benchmarks read the same clock through ThreadMXBean).
inline double ThreadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Maps the scheduler names used in the result table to ns-3's TypeIds.
inline ns3::ObjectFactory SchedulerFactory(const std::string& name)
{
    static const std::map<std::string, std::string> typeIds = {
        {"Map", "ns3::MapScheduler"},
        {"Heap", "ns3::HeapScheduler"},
        {"Calendar", "ns3::CalendarScheduler"},
        {"PriorityQueue", "ns3::PriorityQueueScheduler"},
    };
    auto found = typeIds.find(name);
    if (found == typeIds.end())
    {
        std::fprintf(stderr, "unknown scheduler %s (Map, Heap, Calendar, PriorityQueue)\n", name.c_str());
        std::exit(2);
    }
    ns3::ObjectFactory factory;
    factory.SetTypeId(found->second);
    return factory;
}

} // namespace hcastudio_benchmarks

#endif
