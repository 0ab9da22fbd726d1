/**
 * The built-in rules: each encodes one practice from the networking advice Cadence is built on, and
 * each is configurable through its constructor. {@link
 * io.github.cadence.rule.builtin.BuiltInRules#defaults()} registers them all with their defaults,
 * in an order where the rules that restrain (no pestering, back-off) come first.
 *
 * <p>Day-based periods (cadences, windows) are added in the contact's time zone, so that "every 14
 * days" keeps the local time of day across daylight-saving changes.
 */
@NullMarked
package io.github.cadence.rule.builtin;

import org.jspecify.annotations.NullMarked;
