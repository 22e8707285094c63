package nl.klantregistratie.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, for the first lines of its report. */
final class Machine {

    private Machine() {}

    /** CPU, cores, memory, Java, heap and load average, as one report line. */
    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .orElse(cpu);
        } catch (IOException e) {
            // not Linux
        }
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (%s), %.0f GB RAM, %s %s, Java %s (%s), max heap %d MB, "
                        + "load average at start %.2f  %n",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                os.getTotalMemorySize() / 1e9,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024,
                os.getSystemLoadAverage());
    }
}
