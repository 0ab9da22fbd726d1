/**
 * Cadence on Apache Flink, reading files: {@link io.github.cadence.flink.files.CadenceFiles}, a
 * bounded source of the files in Cadence's own CSV layouts for a nightly full recompute. A module
 * of its own, so that a job that reads no files depends on cadence-core and cadence-flink alone.
 */
@NullMarked
package io.github.cadence.flink.files;

import org.jspecify.annotations.NullMarked;
