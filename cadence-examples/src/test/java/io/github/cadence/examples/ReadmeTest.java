package io.github.cadence.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows code that compiles as written: the quick start is this module's source file. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theReadmeQuickStartIsTheCompiledExampleWordForWord() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String source =
        Files.readString(Path.of("src/main/java/io/github/cadence/examples/QuickStart.java"));

    String quickStart = readme.substring(readme.indexOf("## Quick start"));
    String block = quickStart.substring(quickStart.indexOf("```java\n") + "```java\n".length());
    block = block.substring(0, block.indexOf("```"));

    assertThat(block).isEqualTo(source);
  }
}
