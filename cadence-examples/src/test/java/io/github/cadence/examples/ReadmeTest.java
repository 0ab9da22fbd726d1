package io.github.cadence.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows code that compiles as written: its Java blocks are this module's sources. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theReadmeQuickStartIsTheCompiledExampleWordForWord() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/io/github/cadence/examples/QuickStart.java"));

    assertThat(javaBlockUnder("## Quick start")).isEqualTo(source);
  }

  @Test
  void theReadmeWorkspaceWiringIsTheCompiledExample() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/io/github/cadence/examples/WorkspaceExample.java"));

    assertThat(javaBlockUnder("## Keep the network in a database"))
        .isEqualTo(region(source, "sqlite") + region(source, "postgres"));
  }

  @Test
  void theReadmeImportAndCalendarWiringIsTheCompiledExample() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/io/github/cadence/examples/ImportExample.java"));

    assertThat(javaBlockUnder("## Bring in the network people have"))
        .isEqualTo(region(source, "import") + region(source, "calendar"));
  }

  /** The first Java code block after a heading of the README. */
  private static String javaBlockUnder(String heading) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String section = readme.substring(readme.indexOf(heading));
    String block = section.substring(section.indexOf("```java\n") + "```java\n".length());
    return block.substring(0, block.indexOf("```"));
  }

  /** The lines between {@code // tag::name[]} and {@code // end::name[]}, unindented. */
  private static String region(String source, String name) {
    String start = "// tag::" + name + "[]\n";
    String body = source.substring(source.indexOf(start) + start.length());
    body = body.substring(0, body.indexOf("// end::" + name + "[]"));
    body = body.substring(0, body.lastIndexOf('\n') + 1);
    StringBuilder out = new StringBuilder();
    for (String line : body.split("\n")) {
      out.append(line.strip().isEmpty() ? "" : line.substring(4)).append('\n');
    }
    return out.toString();
  }
}
