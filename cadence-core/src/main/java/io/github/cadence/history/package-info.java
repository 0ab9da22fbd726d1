/**
 * What happened with each contact, summarized for the rules.
 *
 * <p>A {@link io.github.cadence.history.Network} holds the contacts and, for each, a {@link
 * io.github.cadence.history.ContactHistory}: the few facts every rule needs (last conversation,
 * last outbound touch, unanswered attempts, give/ask balance), kept up to date as touchpoints are
 * recorded instead of recomputed from the raw list on every question.
 */
@NullMarked
package io.github.cadence.history;

import org.jspecify.annotations.NullMarked;
