package io.github.cadence.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cadence.engine.Reason;
import io.github.cadence.model.Codes;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** What the JSON and CSV exports share. */
final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

  private Json() {}

  /** A generator that pretty-prints and leaves the writer open. */
  static JsonGenerator generator(Writer out) throws IOException {
    return FACTORY
        .createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .useDefaultPrettyPrinter();
  }

  static void reasons(JsonGenerator g, List<Reason> reasons) throws IOException {
    g.writeArrayFieldStart("reasons");
    for (Reason r : reasons) {
      g.writeStartObject();
      g.writeStringField("rule", r.ruleId());
      g.writeStringField("purpose", Codes.name(r.purpose()));
      g.writeStringField("text", r.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * A text cell a spreadsheet shows as text: one that starts like a formula gets an apostrophe in
   * front, which spreadsheets hide (the OWASP advice against CSV injection).
   */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
