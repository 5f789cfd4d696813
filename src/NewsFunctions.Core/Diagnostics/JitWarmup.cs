using System.Diagnostics;

namespace NewsFunctions.Diagnostics;

/// <summary>
/// Brings a workload to its steady state before it is timed. Tiered compilation keeps recompiling hot code (tier 0,
/// instrumented, tier 1) for several passes, and that JIT work would otherwise land in the timed passes of whichever
/// tool runs the most code. Used by <c>newsfn extract-batch --warmup</c> and the benchmark runners alike.
/// </summary>
internal static class JitWarmup
{
    /// <summary>Runs <paramref name="pass"/> at least <paramref name="minimum"/> times, then until a pass compiles next to nothing.</summary>
    /// <returns>How many passes ran.</returns>
    public static int UntilQuiet(Action pass, int minimum, int maximum = 15)
    {
        var done = 0;
        while (done < maximum)
        {
            var methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            var clock = Stopwatch.StartNew();
            pass();
            done++;
            var quiet = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore <= 10
                || (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalSeconds <= clock.Elapsed.TotalSeconds / 100;
            if (done >= minimum && quiet)
            {
                break;
            }
        }

        return done;
    }
}
