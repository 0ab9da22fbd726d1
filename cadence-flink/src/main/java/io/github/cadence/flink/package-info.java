/**
 * Cadence on Apache Flink: the same rules and the same answers as the library, past one machine.
 *
 * <p>Contacts and touchpoints arrive as {@link io.github.cadence.flink.CadenceEvent}s keyed by
 * tenant and contact; {@link io.github.cadence.flink.CadenceFunction} keeps each contact and its
 * history in keyed state, evaluates the user's rules and emits the contact's queue entry ({@link
 * io.github.cadence.flink.EntryRecord}) whenever it changes. Records that cannot be used go to a
 * side output of {@link io.github.cadence.flink.DeadLetter}s. Every type is a Flink POJO:
 * serialized by Flink's own serializers, with no Kryo fallback, and able to gain fields between
 * savepoints.
 */
@NullMarked
package io.github.cadence.flink;

import org.jspecify.annotations.NullMarked;
