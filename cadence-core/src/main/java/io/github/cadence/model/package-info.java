/**
 * The domain model: who the user knows ({@link io.github.cadence.model.Contact}), how close they
 * are ({@link io.github.cadence.model.Tier}) and what happened between them ({@link
 * io.github.cadence.model.Touchpoint}).
 *
 * <p>Every type here is an immutable value validated on construction: an invalid contact or
 * touchpoint cannot exist, so the rest of the library never re-checks them.
 */
@NullMarked
package io.github.cadence.model;

import org.jspecify.annotations.NullMarked;
