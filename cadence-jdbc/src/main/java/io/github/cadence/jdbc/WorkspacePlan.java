package io.github.cadence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.PlanMemory;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * A workspace's plan memory: which contact was planned on which day, for the planner to carry
 * missed touches over and for the weekly review to compare planned with done. A facet of the {@link
 * Workspace} ({@link Workspace#plan()}): it shares the workspace's database, lock and transactions,
 * and owns the plan memory the workspace holds in memory.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WorkspacePlan {
  private final Workspace workspace;
  private final Journal journal;

  // Guarded by the journal's lock.
  private PlanMemory memory = PlanMemory.empty();

  WorkspacePlan(Workspace workspace, Journal journal) {
    this.workspace = workspace;
    this.journal = journal;
  }

  /**
   * What the planner remembers: the touches it planned on each day.
   *
   * @return the plan memory
   */
  public PlanMemory memory() {
    return journal.reading(() -> memory);
  }

  /**
   * Remembers which contact an agenda planned on which day (see {@link PlanMemory#remember}).
   *
   * @param agenda the agenda
   * @return the new plan memory
   */
  @CanIgnoreReturnValue
  public PlanMemory remember(Agenda agenda) {
    requireNonNull(agenda, "agenda");
    return change(m -> m.remember(agenda));
  }

  /**
   * Changes the plan memory and saves what changed.
   *
   * @param change from the current memory to the new one
   * @return the new plan memory
   * @throws IllegalArgumentException if the new memory names a contact the workspace does not have;
   *     nothing changes then
   */
  @CanIgnoreReturnValue
  public PlanMemory change(UnaryOperator<PlanMemory> change) {
    requireNonNull(change, "change");
    return journal.writing(
        () -> {
          PlanMemory before = memory;
          PlanMemory after = requireNonNull(change.apply(before), "the changed plan memory");
          Set<String> ids = new TreeSet<>();
          after.planned().forEach(p -> ids.add(p.contactId()));
          for (String id : ids) {
            checkArgument(
                workspace.holds(id),
                "the plan memory names contact '%s', not in %s",
                id,
                journal.name());
          }
          journal.write(
              "save the plan memory of",
              c -> c.savePlan(before, after),
              () -> memory = after,
              () -> false);
          return after;
        });
  }

  /** Loads the memory read from the database; the caller holds the write lock. */
  void load(PlanMemory loaded) {
    memory = loaded;
  }

  /** Forgets a removed contact's planned touches (the database deletes them with the contact). */
  void forget(String contactId) {
    memory =
        new PlanMemory(
            memory.planned().stream().filter(p -> !p.contactId().equals(contactId)).toList());
  }

  @Override
  public String toString() {
    return "the plan memory of " + journal.name();
  }
}
