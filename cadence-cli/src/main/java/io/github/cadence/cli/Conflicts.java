package io.github.cadence.cli;

import io.github.cadence.jdbc.Workspace;
import io.github.cadence.jdbc.WorkspaceException;
import java.util.function.Supplier;

/**
 * A command's change made against what is committed: when another process changed the same contact
 * meanwhile ({@link WorkspaceException.Problem#CONFLICT}), the workspace is refreshed and the
 * change worked out again from the fresh state, so that two commands at once both count (two {@code
 * contact edit --tag} keep both tags; two overlapping imports give the contacts one after the other
 * would).
 */
final class Conflicts {
  private static final int ATTEMPTS = 10;

  private Conflicts() {}

  static <T> T retry(Workspace w, Supplier<T> change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return change.get();
      } catch (WorkspaceException e) {
        if (e.problem() != WorkspaceException.Problem.CONFLICT || attempt == ATTEMPTS) {
          throw e;
        }
        w.refresh();
      }
    }
  }
}
