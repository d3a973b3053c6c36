import GlossCore

/// Monotonic time and medians for the benchmark.
enum Clock {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Runs `body` `runs` times and returns the median duration in seconds.
    static func median(runs: Int, _ body: () -> Void) -> Double {
        var times = [Double]()
        for _ in 0..<runs {
            let start = now()
            body()
            times.append(now() - start)
        }
        return medianOf(times)
    }

    static func medianOf(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Peak resident set size of this process so far, in MB: VmHWM from /proc/self/status, which
    /// belongs to this process image alone (getrusage's ru_maxrss can carry the parent's peak
    /// across fork and exec).
    static func peakRSS() -> Double {
        guard let f = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(f) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), f) != nil {
            let text = String(cString: line)
            if text.hasPrefix("VmHWM:") {
                let digits = text.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }
                return (Double(String(String.UnicodeScalarView(digits))) ?? 0) / 1024
            }
        }
        return 0
    }
}
