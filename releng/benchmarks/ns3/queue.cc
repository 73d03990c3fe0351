// Burst queue model on ns-3's simulator core: K producers send bursts of packets into one FIFO
// of capacity N served by a single server; a packet that finds N packets in the system is
// dropped. Arrivals are deterministic and service times come from a seeded SplitMix64 stream,
// so the run is fully defined by the event order (time, then scheduling order), and every
// simulator that honours that order reports the same drops. Mirrors BurstQueue.java.
//
// Arguments (all required): scheduler=Map|Heap|Calendar|PriorityQueue producers= burst= gap-ns=
//   period-ns= period-step-ns= offset-ns= bursts= capacity= service-min-ns= service-step-ns=
//   service-steps= seed= warmup-runs= repetitions=
// Prints one "check" line (the outcome) and one "result" line per measured repetition.
#include "benchmark-support.h"

#include <string>
#include <vector>

using namespace ns3;
using namespace hcastudio_benchmarks;

namespace
{

struct QueueParameters
{
    int64_t producers;
    int64_t burst;
    int64_t gapNs;
    int64_t periodNs;
    int64_t periodStepNs;
    int64_t offsetNs;
    int64_t bursts;
    int64_t capacity;
    int64_t serviceMinNs;
    int64_t serviceStepNs;
    uint64_t serviceSteps;
    uint64_t seed;
};

class BurstQueueModel
{
  public:
    explicit BurstQueueModel(const QueueParameters& parameters)
        : m_parameters(parameters),
          m_serviceTimes(parameters.seed),
          m_ring(parameters.capacity),
          m_drops(parameters.producers, 0),
          m_packetsLeftInBurst(parameters.producers, parameters.burst),
          m_burstsLeft(parameters.producers, parameters.bursts)
    {
    }

    void Start()
    {
        for (int64_t producer = 0; producer < m_parameters.producers; ++producer)
        {
            Simulator::Schedule(NanoSeconds(producer * m_parameters.offsetNs),
                                &BurstQueueModel::Arrive,
                                this,
                                producer);
        }
    }

    int64_t Events() const
    {
        return m_arrivals + m_served;
    }

    std::string Outcome() const
    {
        std::string dropsPerProducer;
        int64_t dropped = 0;
        for (int64_t producer = 0; producer < m_parameters.producers; ++producer)
        {
            dropsPerProducer += (producer == 0 ? "" : "/") + std::to_string(m_drops[producer]);
            dropped += m_drops[producer];
        }
        return "arrivals=" + std::to_string(m_arrivals) + " served=" + std::to_string(m_served) +
               " dropped=" + std::to_string(dropped) + " dropsPerProducer=" + dropsPerProducer +
               " endTimeNs=" + std::to_string(Simulator::Now().GetNanoSeconds()) +
               " orderHash=" + std::to_string(static_cast<int64_t>(m_orderHash));
    }

  private:
    void Arrive(int64_t producer)
    {
        ++m_arrivals;
        if (m_inSystem == m_parameters.capacity)
        {
            ++m_drops[producer];
        }
        else
        {
            m_ring[(m_head + m_inSystem) % m_parameters.capacity] = producer;
            if (++m_inSystem == 1)
            {
                StartService();
            }
        }
        ScheduleNextArrival(producer);
    }

    void ScheduleNextArrival(int64_t producer)
    {
        int64_t delayNs;
        if (--m_packetsLeftInBurst[producer] > 0)
        {
            delayNs = m_parameters.gapNs;
        }
        else if (--m_burstsLeft[producer] > 0)
        {
            m_packetsLeftInBurst[producer] = m_parameters.burst;
            int64_t periodNs = m_parameters.periodNs + producer * m_parameters.periodStepNs;
            delayNs = periodNs - (m_parameters.burst - 1) * m_parameters.gapNs;
        }
        else
        {
            return;
        }
        Simulator::Schedule(NanoSeconds(delayNs), &BurstQueueModel::Arrive, this, producer);
    }

    void StartService()
    {
        int64_t serviceNs = m_parameters.serviceMinNs +
                            m_parameters.serviceStepNs *
                                static_cast<int64_t>(m_serviceTimes.NextU64() % m_parameters.serviceSteps);
        Simulator::Schedule(NanoSeconds(serviceNs), &BurstQueueModel::Depart, this);
    }

    void Depart()
    {
        int64_t producer = m_ring[m_head];
        m_head = (m_head + 1) % m_parameters.capacity;
        --m_inSystem;
        ++m_served;
        // Folds every departure's time and producer into one number: equal hashes mean the
        // packets left in the same order at the same times.
        uint64_t nowNs = static_cast<uint64_t>(Simulator::Now().GetNanoSeconds());
        m_orderHash = (m_orderHash * 31 + nowNs) * 31 + static_cast<uint64_t>(producer);
        if (m_inSystem > 0)
        {
            StartService();
        }
    }

    QueueParameters m_parameters;
    SplitMix64 m_serviceTimes;
    std::vector<int64_t> m_ring;
    std::vector<int64_t> m_drops;
    std::vector<int64_t> m_packetsLeftInBurst;
    std::vector<int64_t> m_burstsLeft;
    int64_t m_head = 0;
    int64_t m_inSystem = 0;
    int64_t m_arrivals = 0;
    int64_t m_served = 0;
    uint64_t m_orderHash = 0;
};

} // namespace

int
main(int argc, char** argv)
{
    Arguments arguments(argc, argv);
    std::string scheduler = arguments.Text("scheduler");
    QueueParameters parameters{arguments.Integer("producers"),
                               arguments.Integer("burst"),
                               arguments.Integer("gap-ns"),
                               arguments.Integer("period-ns"),
                               arguments.Integer("period-step-ns"),
                               arguments.Integer("offset-ns"),
                               arguments.Integer("bursts"),
                               arguments.Integer("capacity"),
                               arguments.Integer("service-min-ns"),
                               arguments.Integer("service-step-ns"),
                               static_cast<uint64_t>(arguments.Integer("service-steps")),
                               static_cast<uint64_t>(arguments.Integer("seed"))};
    int64_t warmupRuns = arguments.Integer("warmup-runs");
    int64_t repetitions = arguments.Integer("repetitions");

    for (int64_t run = 1 - warmupRuns; run <= repetitions; ++run)
    {
        Simulator::SetScheduler(SchedulerFactory(scheduler));
        BurstQueueModel model(parameters);
        model.Start();
        auto start = std::chrono::steady_clock::now();
        double cpuStart = ThreadCpuSeconds();
        Simulator::Run();
        double cpuSeconds = ThreadCpuSeconds() - cpuStart;
        double seconds = SecondsSince(start);
        if (run == 1)
        {
            std::printf("check system=ns-3 variant=%s model=queue size=%lld %s\n",
                        scheduler.c_str(),
                        static_cast<long long>(parameters.capacity),
                        model.Outcome().c_str());
        }
        if (run >= 1)
        {
            std::printf("result system=ns-3 variant=%s model=queue size=%lld repetition=%lld events=%lld "
                        "seconds=%.6f cpuSeconds=%.6f simTimeNs=%lld\n",
                        scheduler.c_str(),
                        static_cast<long long>(parameters.capacity),
                        static_cast<long long>(run),
                        static_cast<long long>(model.Events()),
                        seconds,
                        cpuSeconds,
                        static_cast<long long>(Simulator::Now().GetNanoSeconds()));
        }
        std::fflush(stdout);
        Simulator::Destroy();
    }
    return 0;
}
