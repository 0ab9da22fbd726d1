/**
 * The engine: evaluates a {@link io.github.cadence.rule.RuleSet} over a {@link
 * io.github.cadence.history.Network} as of an instant and ranks the answer into a {@link
 * io.github.cadence.engine.FollowUpQueue}.
 */
@NullMarked
package io.github.cadence.engine;

import org.jspecify.annotations.NullMarked;
