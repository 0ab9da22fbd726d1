package io.github.cadence.benchmarks;

import io.github.cadence.jdbc.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the workspace {@code startup.sh} times {@code cadence today} on: the generated network
 * (seed 42) of the given size, with ten touchpoints a contact on average, in an SQLite file.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.cadence.benchmarks.StartupWorkspace DIR 10000
 * </pre>
 */
public final class StartupWorkspace {
  private StartupWorkspace() {}

  /**
   * Writes the workspace.
   *
   * @param args the directory and the number of contacts
   * @throws Exception if it cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int contacts = Integer.parseInt(args[1]);
    Files.createDirectories(dir);
    GeneratedNetwork.Data data =
        GeneratedNetwork.data(contacts, GeneratedNetwork.SEED, GeneratedNetwork.AS_OF);
    try (Workspace w =
        Workspace.sqlite(dir.resolve("network.cadence")).open(GeneratedNetwork.AS_OF)) {
      w.importAll(data.contacts(), data.touchpoints());
      System.out.printf(
          "%s: %d contacts, %d touchpoints%n",
          dir.resolve("network.cadence"), w.contacts().size(), data.touchpoints().size());
    }
  }
}
