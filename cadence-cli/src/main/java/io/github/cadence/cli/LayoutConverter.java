package io.github.cadence.cli;

import io.github.cadence.io.Layout;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A layout as the command line writes it: {@code linkedin-connections}, {@code vcard}. */
final class LayoutConverter implements ITypeConverter<Layout> {
  static String name(Layout layout) {
    return layout.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public Layout convert(String value) {
    for (Layout layout : Layout.values()) {
      if (name(layout).equals(value.toLowerCase(Locale.ROOT))) {
        return layout;
      }
    }
    throw new TypeConversionException(
        "'" + value + "' is not a layout; expected one of " + String.join(", ", new Names()));
  }

  /** The names, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Layout.values()).map(LayoutConverter::name).iterator();
    }
  }
}
