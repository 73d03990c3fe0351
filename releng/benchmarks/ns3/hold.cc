// Classic hold model on ns-3's simulator core: N events pending; each event, when it fires,
// schedules one new event at now + exponential increment. After a warm-up, the measured window
// runs until it has processed window-events events or used window-seconds of wall time. ns-3's
// Calendar scheduler degrades badly with a million pending events, so every phase is bounded:
// the set-up of the pending events by setup-seconds, warm-up and window by window-seconds.
//
// Arguments (all required): scheduler=Map|Heap|Calendar|PriorityQueue pending= mean-ns= seed=
//   setup-seconds= warmup-events= window-events= window-seconds= repetitions=
// Prints one "result" line per repetition, or one "unfinished" line if a set-up overran its
// bound (the remaining repetitions would overrun it too).
#include "benchmark-support.h"

using namespace ns3;
using namespace hcastudio_benchmarks;

namespace
{

class HoldModel
{
  public:
    HoldModel(uint64_t seed, double meanNs)
        : m_random(seed),
          m_meanNs(meanNs)
    {
    }

    // Schedules the pending events; returns false if that took longer than maxSeconds.
    bool Populate(int64_t pending, double maxSeconds)
    {
        auto start = std::chrono::steady_clock::now();
        for (int64_t i = 0; i < pending; ++i)
        {
            ScheduleNext();
            if ((i & kClockCheckMask) == 0 && SecondsSince(start) > maxSeconds)
            {
                return false;
            }
        }
        return true;
    }

    // Runs until `events` more events have fired or `maxSeconds` of wall time have passed;
    // returns the number of events fired.
    int64_t RunFor(int64_t events, double maxSeconds)
    {
        if (events <= 0)
        {
            return 0;
        }
        m_fired = 0;
        m_limit = events;
        m_maxSeconds = maxSeconds;
        m_start = std::chrono::steady_clock::now();
        Simulator::Run();
        return m_fired;
    }

  private:
    // The wall clock is read only every this many events, to keep its cost out of the figures.
    static constexpr int64_t kClockCheckMask = 4095;

    void ScheduleNext()
    {
        Simulator::Schedule(NanoSeconds(m_random.NextExponentialNs(m_meanNs)), &HoldModel::Fire, this);
    }

    void Fire()
    {
        ScheduleNext();
        ++m_fired;
        if (m_fired == m_limit ||
            ((m_fired & kClockCheckMask) == 0 && SecondsSince(m_start) > m_maxSeconds))
        {
            Simulator::Stop();
        }
    }

    SplitMix64 m_random;
    double m_meanNs;
    int64_t m_fired = 0;
    int64_t m_limit = 0;
    double m_maxSeconds = 0;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace

int
main(int argc, char** argv)
{
    Arguments arguments(argc, argv);
    std::string scheduler = arguments.Text("scheduler");
    int64_t pending = arguments.Integer("pending");
    double meanNs = arguments.Real("mean-ns");
    uint64_t seed = static_cast<uint64_t>(arguments.Integer("seed"));
    double setupSeconds = arguments.Real("setup-seconds");
    int64_t warmupEvents = arguments.Integer("warmup-events");
    int64_t windowEvents = arguments.Integer("window-events");
    double windowSeconds = arguments.Real("window-seconds");
    int64_t repetitions = arguments.Integer("repetitions");

    for (int64_t repetition = 1; repetition <= repetitions; ++repetition)
    {
        Simulator::SetScheduler(SchedulerFactory(scheduler));
        HoldModel model(seed, meanNs);
        if (!model.Populate(pending, setupSeconds))
        {
            std::printf("unfinished system=ns-3 variant=%s model=hold size=%lld repetition=%lld phase=setup "
                        "seconds=%.1f\n",
                        scheduler.c_str(),
                        static_cast<long long>(pending),
                        static_cast<long long>(repetition),
                        setupSeconds);
            return 0;
        }
        model.RunFor(warmupEvents, windowSeconds);
        auto start = std::chrono::steady_clock::now();
        double cpuStart = ThreadCpuSeconds();
        int64_t fired = model.RunFor(windowEvents, windowSeconds);
        double cpuSeconds = ThreadCpuSeconds() - cpuStart;
        double seconds = SecondsSince(start);
        std::printf("result system=ns-3 variant=%s model=hold size=%lld repetition=%lld events=%lld "
                    "seconds=%.6f cpuSeconds=%.6f simTimeNs=%lld\n",
                    scheduler.c_str(),
                    static_cast<long long>(pending),
                    static_cast<long long>(repetition),
                    static_cast<long long>(fired),
                    seconds,
                    cpuSeconds,
                    static_cast<long long>(Simulator::Now().GetNanoSeconds()));
        std::fflush(stdout);
        Simulator::Destroy();
    }
    return 0;
}
