package io.github.cadence.plan;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;

/** A fresh network per test and the queue of its contacts as of Monday 23 November 2026. */
public abstract class PlanningScenario {
  protected static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());
  protected static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  protected MutableNetwork network;

  @BeforeEach
  protected void newNetwork() {
    network = new MutableNetwork();
  }

  /** Adds a contact whose last conversation, an email, was {@code days} days ago. */
  protected void overdue(String id, Tier tier, int days, Role... roles) {
    network.add(contact(id).tier(tier).roles(roles).build());
    network.record(conversation(id, daysAgo(days), Channel.EMAIL));
  }

  protected FollowUpQueue queue() {
    return ENGINE.queue(network, NOW);
  }
}
