/**
 * Bringing in the network people already have, and writing the plan where they look every day.
 *
 * <p>Import: an {@link io.github.cadence.io.Importer} reads vCards (phones, Google Contacts),
 * LinkedIn's {@code Connections.csv} and {@code messages.csv}, Google Contacts CSV and Cadence's
 * own CSV layouts, merges one person found in several files into one contact, and returns an {@link
 * io.github.cadence.io.ImportResult}: the contacts and touchpoints to apply and a {@link
 * io.github.cadence.io.MergeReport} saying what was merged and why. Reading changes nothing; a
 * malformed file stops the whole import with an {@link io.github.cadence.io.ImportException} that
 * names the file, the line, the field and the value.
 */
@NullMarked
package io.github.cadence.io;

import org.jspecify.annotations.NullMarked;
