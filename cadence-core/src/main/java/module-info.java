/**
 * Cadence core: contacts, touchpoint history, the rule SPI, the built-in rules and the engine that
 * ranks them into an explained follow-up queue.
 */
module io.github.cadence.core {
  requires com.google.common;
  requires org.slf4j;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.apiguardian.api;

  exports io.github.cadence.model;
  exports io.github.cadence.history;
  exports io.github.cadence.rule;
  exports io.github.cadence.rule.builtin;
  exports io.github.cadence.engine;
  exports io.github.cadence.plan;
  exports io.github.cadence.tracking;
  exports io.github.cadence.forecast;
}
