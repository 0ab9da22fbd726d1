/**
 * Implementation details shared between packages. The module does not export this package; code
 * outside Cadence must not use it.
 */
@NullMarked
package io.github.cadence.internal;

import org.jspecify.annotations.NullMarked;
