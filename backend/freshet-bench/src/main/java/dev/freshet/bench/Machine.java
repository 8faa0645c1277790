package dev.freshet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: processor, memory, operating system, JDK and the code's commit. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")));
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("memoryGiB", firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(v -> Numbers.round(Long.parseLong(v.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1)).orElse(null));
    machine.put("os", firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", ""))
        .orElse(System.getProperty("os.name")) + " (" + System.getProperty("os.name") + " "
        + System.getProperty("os.version") + ")");
    machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("jvmOptions", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-X")).toList());
    // Lucene's vector arithmetic uses SIMD only when the JVM was started with this incubator module
    machine.put("vectorApi", ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
    machine.put("commit", git("rev-parse", "HEAD"));
    machine.put("uncommittedChanges", !git("status", "--porcelain").isBlank());
    return machine;
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
          .map(l -> l.substring(l.indexOf(l.contains(":") ? ':' : '=') + 1).trim());
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static String git(String... args) {
    try {
      Process git = new ProcessBuilder(java.util.stream.Stream.concat(java.util.stream.Stream.of("git"),
          List.of(args).stream()).toList()).redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes()).trim();
      return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
