/**
 * The {@code cadence} command: whom to reach out to next, and why, in a terminal. Its entry point
 * is {@link io.github.cadence.cli.Cadence}; the commands are implementation, not API.
 */
@NullMarked
package io.github.cadence.cli;

import org.jspecify.annotations.NullMarked;
