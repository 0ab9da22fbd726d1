/**
 * Planning: turns a {@link io.github.cadence.engine.FollowUpQueue} into an {@link
 * io.github.cadence.plan.Agenda} that fits the time the user really has, keeps a minimum rhythm in
 * busy weeks, and remembers what was done, skipped or snoozed.
 */
@NullMarked
package io.github.cadence.plan;

import org.jspecify.annotations.NullMarked;
