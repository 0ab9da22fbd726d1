/**
 * Tracking: goals ("10 reactivated clients this quarter") and their progress from the touchpoint
 * history, and the weekly review (planned vs done, the streak of weeks that kept the plan, overdue
 * contacts per tier).
 */
@NullMarked
package io.github.cadence.tracking;

import org.jspecify.annotations.NullMarked;
