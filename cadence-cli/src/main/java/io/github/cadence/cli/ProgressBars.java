package io.github.cadence.cli;

import io.github.cadence.io.ImportListener;
import java.util.LinkedHashMap;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar per imported file, on stderr and only on a terminal, for files of more than a few
 * thousand rows: the importer first reports after 4,096 rows, so smaller files never show one.
 */
final class ProgressBars implements ImportListener, AutoCloseable {
  private final boolean terminal;
  private final Map<String, ProgressBar> bars = new LinkedHashMap<>();

  // On Java 17, the command's release, System.console() is null unless on a terminal; Java 22 has
  // Console.isTerminal() for that, which the command will use once it needs 22.
  @SuppressWarnings("SystemConsoleNull")
  ProgressBars(Map<String, String> env) {
    this.terminal = System.console() != null && !"dumb".equals(env.get("TERM"));
  }

  @Override
  public void progress(String source, long rowsRead, long bytesRead, long totalBytes) {
    if (!terminal) {
      return;
    }
    ProgressBar bar =
        bars.computeIfAbsent(
            source,
            s ->
                new ProgressBarBuilder()
                    .setTaskName(shortName(s))
                    .setInitialMax(Math.max(totalBytes, 1))
                    .setUnit(" MB", 1_000_000)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .build());
    bar.stepTo(bytesRead);
    bar.setExtraMessage(rowsRead + " rows");
  }

  private static String shortName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? source : source.substring(slash + 1);
  }

  @Override
  public void close() {
    bars.values().forEach(ProgressBar::close);
  }
}
