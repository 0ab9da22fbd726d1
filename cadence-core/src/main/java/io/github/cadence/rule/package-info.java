/**
 * The rule SPI: a {@link io.github.cadence.rule.Rule} looks at one contact and its history and
 * returns {@link io.github.cadence.rule.Suggestion}s; a {@link io.github.cadence.rule.RuleSet}
 * registers, orders, enables and disables rules.
 *
 * <p>Users add their own practices by implementing {@code Rule}; the built-in rules live in {@link
 * io.github.cadence.rule.builtin}.
 */
@NullMarked
package io.github.cadence.rule;

import org.jspecify.annotations.NullMarked;
