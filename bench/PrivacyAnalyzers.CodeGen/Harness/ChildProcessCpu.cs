using System.Runtime.InteropServices;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>
/// CPU time (user + system) of this process's finished children, from <c>getrusage(RUSAGE_CHILDREN)</c>: the
/// kernel's own account of a compiler process, all its threads included, which no sampling can match.
/// </summary>
public static class ChildProcessCpu
{
    private const int RusageChildren = -1;

    /// <summary>Whether the platform can tell (Linux and macOS).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Seconds of CPU used so far by every child this process has waited for.</summary>
    public static double TotalSeconds()
    {
        if (!IsSupported || GetResourceUsage(RusageChildren, out var usage) != 0)
        {
            throw new PlatformNotSupportedException("getrusage(RUSAGE_CHILDREN) is not available here.");
        }

        return Seconds(usage.UserTime) + Seconds(usage.SystemTime);
    }

    private static double Seconds(TimeValue time) => time.Seconds + (time.Microseconds / 1_000_000.0);

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue
    {
        public long Seconds;
        public long Microseconds;
    }

    // struct rusage on 64-bit Linux and macOS: two timevals, then fourteen longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public TimeValue UserTime;
        public TimeValue SystemTime;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }
}
