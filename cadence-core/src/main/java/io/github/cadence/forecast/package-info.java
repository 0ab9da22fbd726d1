/**
 * Forecast: a simulation of the coming weeks, keeping the plan versus stopping for a while, counted
 * in overdue contacts per tier.
 */
@NullMarked
package io.github.cadence.forecast;

import org.jspecify.annotations.NullMarked;
