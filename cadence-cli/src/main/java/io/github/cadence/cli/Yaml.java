package io.github.cadence.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML document read as nodes that remember their line (snakeyaml-engine's composer), with the
 * checks a configuration file needs: mappings with known keys and no duplicates, scalars converted
 * with an error that names the file, the line, the key and the value, and what was expected.
 */
final class Yaml {
  /** The largest configuration file read: a configuration is a few kilobytes. */
  static final int MAX_BYTES = 1 << 20;

  /** How deep mappings and sequences may nest. */
  static final int MAX_DEPTH = 32;

  /** How many aliases a document may use (a billion laughs uses billions). */
  private static final int MAX_ALIASES = 50;

  private final String file;

  private Yaml(String file) {
    this.file = file;
  }

  /** A value of the document: its node and its dotted key, for messages. */
  record Value(Yaml yaml, String key, Node node) {
    /** The line, counted from 1. */
    int line() {
      return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** Where the value is: {@code FILE:LINE}. */
    String origin() {
      return yaml.file + ":" + line();
    }

    /** The scalar's text, or an error if the value is a mapping or a list. */
    String text() {
      if (node instanceof ScalarNode s) {
        return s.getValue().strip();
      }
      throw fail(
          "a single value",
          "expected a single value here, not a "
              + (node instanceof MappingNode ? "mapping" : "list"));
    }

    /** The scalar converted; the converter's IllegalArgumentException becomes a located error. */
    <T> T as(String expected, Function<String, T> convert) {
      String text = text();
      try {
        return convert.apply(text);
      } catch (RuntimeException e) {
        throw fail(expected, "'" + text + "' is not " + expected);
      }
    }

    /** A whole number within bounds. */
    int integer(int min, int max, String what) {
      String expected = what + ", a whole number from " + min + " to " + max;
      int n = as(expected, Integer::parseInt);
      if (n < min || n > max) {
        throw fail(expected, "'" + n + "' is out of range: expected " + expected);
      }
      return n;
    }

    /** The entries of a mapping, checked against the keys allowed (all keys when empty). */
    Map<String, Value> mapping(Set<String> allowed) {
      if (!(node instanceof MappingNode m)) {
        throw fail("a mapping", "expected a mapping of keys to values here");
      }
      Map<String, Value> entries = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        Value k = new Value(yaml, key, t.getKeyNode());
        String name = k.text();
        String childKey = key.isEmpty() ? name : key + "." + name;
        if (!allowed.isEmpty() && !allowed.contains(name)) {
          throw new IllegalArgumentException(
              yaml.file
                  + ":"
                  + k.line()
                  + ": unknown key '"
                  + childKey
                  + "'; expected one of: "
                  + String.join(", ", allowed));
        }
        if (entries.containsKey(name)) {
          throw new IllegalArgumentException(
              yaml.file + ":" + k.line() + ": key '" + childKey + "' is given twice");
        }
        entries.put(name, new Value(yaml, childKey, t.getValueNode()));
      }
      return entries;
    }

    /** The items of a list (a single value counts as a list of one). */
    List<Value> list() {
      List<Value> items = new ArrayList<>();
      if (node instanceof SequenceNode s) {
        List<Node> nodes = s.getValue();
        for (int i = 0; i < nodes.size(); i++) {
          items.add(new Value(yaml, key + "[" + i + "]", nodes.get(i)));
        }
      } else {
        items.add(this);
      }
      return items;
    }

    /** An error located at this value. */
    IllegalArgumentException fail(String expected, String problem) {
      return new IllegalArgumentException(
          origin()
              + ": "
              + key
              + ": "
              + problem
              + (problem.contains(expected) ? "" : "; expected " + expected));
    }
  }

  /**
   * Reads a YAML file; an empty file is an empty mapping.
   *
   * @return the root value, or empty for an empty document
   */
  static Optional<Value> read(Path path) {
    String name = path.toString();
    String text;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s: is %,d bytes; a configuration file is at most %,d",
                name,
                size,
                MAX_BYTES));
      }
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(name + ": not a UTF-8 text file");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
    }
    return parse(name, new java.io.StringReader(text));
  }

  /** Reads YAML from a reader, naming it {@code name} in messages. */
  static Optional<Value> parse(String name, Reader reader) {
    Yaml yaml = new Yaml(name);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(name)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_BYTES)
            .build();
    try {
      Parser parser =
          new DepthLimited(name, new ParserImpl(settings, new StreamReader(settings, reader)));
      return new Composer(settings, parser).getSingleNode().map(n -> new Value(yaml, "", n));
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      throw new IllegalArgumentException(
          name
              + mark.map(m -> ":" + (m.getLine() + 1)).orElse("")
              + ": not valid YAML: "
              + (e.getProblem() == null ? e.getMessage() : e.getProblem()),
          e);
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  /**
   * The parser's events, refused past {@value #MAX_DEPTH} nested mappings and sequences: the
   * composer builds nodes by recursion, and a file nested thousands deep would overflow the stack.
   */
  private static final class DepthLimited implements Parser {
    private final String name;
    private final Parser parser;
    private int depth;

    DepthLimited(String name, Parser parser) {
      this.name = name;
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return parser.hasNext();
    }

    @Override
    public Event next() {
      Event e = parser.next();
      switch (e.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException(
                name
                    + e.getStartMark().map(m -> ":" + (m.getLine() + 1)).orElse("")
                    + ": nested more than "
                    + MAX_DEPTH
                    + " levels deep; a configuration is a few levels deep");
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> {}
      }
      return e;
    }
  }

  @Override
  public String toString() {
    return "Yaml[" + file + "]";
  }
}
