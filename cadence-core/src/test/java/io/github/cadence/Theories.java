package io.github.cadence;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.api.TriConsumer;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Gen;

/**
 * Runs property tests on QuickTheories: the same cases on every run unless asked otherwise, and
 * counterexamples shrunk until they read as a short list.
 *
 * <pre>{@code
 * qt().forAll(networks(), seeds()).checkAssert((network, seed) -> assertThat(...)...);
 * }</pre>
 *
 * <ul>
 *   <li>By default every property runs from the fixed seed {@link #FIXED_SEED} with its own number
 *       of examples ({@link #DEFAULT_EXAMPLES} unless it asks for fewer), so that the build, CI and
 *       mutation testing see the same cases every run.
 *   <li>{@code -Dqt.seed=N} replays the seed printed by a failure.
 *   <li>{@code -Dqt.explore=true} (or the environment variable {@code CADENCE_EXPLORE=true}) draws
 *       a new seed for each property and runs ten times as many examples.
 *   <li>{@code -Dqt.examples=N} runs exactly N examples per property (the mutation run uses it).
 *   <li>{@code -Dqt.shrink=false} reports the first failing values as found, without shrinking them
 *       (the mutation run uses it: it needs a failure, not a readable one).
 * </ul>
 *
 * <p>When a property fails, QuickTheories first shrinks the failing values draw by draw (towards
 * zero, the first enum constant, shorter lists). Its shrinker changes one random draw at a time,
 * which leaves a network of a dozen contacts a dozen contacts; so the failing values are then
 * shrunk by structure too: whatever is {@link Generators.Shrinkable} or a list is replaced by a
 * smaller version of itself (a contact, a touchpoint or an operation fewer) for as long as the
 * property still fails. The report gives the smallest values, the failure they cause, the seed and
 * the flag that replays it.
 */
public final class Theories {
  /** The seed of every run that does not ask for another. */
  public static final long FIXED_SEED = 20_261_201L;

  /** Examples per property unless a property asks for fewer because each one is costly. */
  public static final int DEFAULT_EXAMPLES = 300;

  private static final int EXPLORE_FACTOR = 10;

  /** QuickTheories' draw-by-draw shrinking: attempts after the first failure. */
  private static final int SHRINK_CYCLES = 5_000;

  private final long seed;
  private final int examples;

  private Theories(long seed, int examples) {
    this.seed = seed;
    this.examples = examples;
  }

  /** A theory with {@link #DEFAULT_EXAMPLES} examples, or as many as the switches ask for. */
  public static Theories qt() {
    return qt(DEFAULT_EXAMPLES);
  }

  /** A theory with {@code examples} examples, or as many as the switches ask for. */
  public static Theories qt(int examples) {
    return new Theories(seed(), examples(examples));
  }

  /** Values from one generator. */
  public <A> Check<A> forAll(Gen<A> a) {
    return new Check<>(this, a);
  }

  /** Pairs of values from two generators. */
  public <A, B> Check2<A, B> forAll(Gen<A> a, Gen<B> b) {
    return new Check2<>(this, a, b);
  }

  /** Triples of values from three generators. */
  public <A, B, C> Check3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
    return new Check3<>(this, a, b, c);
  }

  /** A property of one value. */
  public static final class Check<A> {
    private final Theories theory;
    private final Gen<A> values;

    private Check(Theories theory, Gen<A> values) {
      this.theory = theory;
      this.values = values;
    }

    /** Fails with the smallest counterexample found if {@code property} fails for any value. */
    public void checkAssert(Consumer<A> property) {
      theory.run(values, property);
    }
  }

  /** A property of two values. */
  public static final class Check2<A, B> {
    private final Theories theory;
    private final Gen<A> a;
    private final Gen<B> b;

    private Check2(Theories theory, Gen<A> a, Gen<B> b) {
      this.theory = theory;
      this.a = a;
      this.b = b;
    }

    /** Fails with the smallest counterexample found if {@code property} fails for any pair. */
    public void checkAssert(BiConsumer<A, B> property) {
      theory.run(
          in -> new Args(List.of(a.generate(in), b.generate(in))),
          args -> property.accept(args.get(0), args.get(1)));
    }
  }

  /** A property of three values. */
  public static final class Check3<A, B, C> {
    private final Theories theory;
    private final Gen<A> a;
    private final Gen<B> b;
    private final Gen<C> c;

    private Check3(Theories theory, Gen<A> a, Gen<B> b, Gen<C> c) {
      this.theory = theory;
      this.a = a;
      this.b = b;
      this.c = c;
    }

    /** Fails with the smallest counterexample found if {@code property} fails for any triple. */
    public void checkAssert(TriConsumer<A, B, C> property) {
      theory.run(
          in -> new Args(List.of(a.generate(in), b.generate(in), c.generate(in))),
          args -> property.accept(args.get(0), args.get(1), args.get(2)));
    }
  }

  /** The values of one example of a property of several values. */
  private record Args(List<Object> values) implements Generators.Shrinkable<Args> {
    @SuppressWarnings("unchecked")
    <T> T get(int i) {
      return (T) values.get(i);
    }

    @Override
    public List<Args> smaller() {
      List<Args> smaller = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        for (Object v : smallerThan(values.get(i))) {
          List<Object> copy = new ArrayList<>(values);
          copy.set(i, v);
          smaller.add(new Args(copy));
        }
      }
      return smaller;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (Object v : values) {
        s.append(System.lineSeparator()).append("  ").append(v);
      }
      return s.toString();
    }
  }

  private <T> void run(Gen<T> values, Consumer<T> property) {
    CapturingReporter reporter = new CapturingReporter();
    try {
      QuickTheory.qt()
          .withFixedSeed(seed)
          .withExamples(examples)
          .withShrinkCycles(shrinking() ? SHRINK_CYCLES : 0)
          .withReporter(reporter)
          .forAll(values)
          .checkAssert(property);
    } catch (AssertionError quickTheories) {
      if (reporter.smallest == null) {
        throw quickTheories;
      }
      @SuppressWarnings("unchecked")
      T smallest = (T) reporter.smallest;
      Throwable cause = failure(property, smallest).orElseThrow(() -> quickTheories);
      Failure<T> failing = new Failure<>(smallest, cause);
      Failure<T> reported = shrinking() ? shrink(failing, property) : failing;
      throw new AssertionError(report(reporter.examplesUsed, reported), reported.cause());
    }
  }

  /** A failing value and what it failed with. */
  private record Failure<T>(T value, Throwable cause) {}

  /** Replaces the failing value by smaller ones that still fail, until none does. */
  private static <T> Failure<T> shrink(Failure<T> failing, Consumer<T> property) {
    Failure<T> smallest = failing;
    boolean progress = true;
    while (progress) {
      progress = false;
      for (T candidate : smallerThan(smallest.value())) {
        Optional<Throwable> cause = failure(property, candidate);
        if (cause.isPresent()) {
          smallest = new Failure<>(candidate, cause.get());
          progress = true;
          break;
        }
      }
    }
    return smallest;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> smallerThan(T value) {
    if (value instanceof Generators.Shrinkable<?> s) {
      return (List<T>) s.smaller();
    }
    if (value instanceof List<?> list) {
      List<T> smaller = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        List<Object> without = new ArrayList<>(list);
        without.remove(i);
        smaller.add((T) without);
      }
      return smaller;
    }
    return List.of();
  }

  /** What the property fails with for the value, if it fails: any throwable, as QuickTheories. */
  private static <T> Optional<Throwable> failure(Consumer<T> property, T value) {
    try {
      property.accept(value);
      return Optional.empty();
    } catch (Throwable t) {
      return Optional.of(t);
    }
  }

  private String report(int examplesUsed, Failure<?> smallest) {
    StringWriter trace = new StringWriter();
    smallest.cause().printStackTrace(new PrintWriter(trace));
    String nl = System.lineSeparator();
    return "Property falsified after "
        + examplesUsed
        + " example(s)"
        + nl
        + "Smallest found falsifying value(s) :-"
        + nl
        + smallest.value()
        + nl
        + "Cause was :-"
        + nl
        + trace
        + nl
        + "Seed was "
        + seed
        + nl
        + "Replay with -Dqt.seed="
        + seed;
  }

  private static long seed() {
    String given = System.getProperty("qt.seed");
    if (given != null && !given.isBlank()) {
      return number("qt.seed", given);
    }
    return exploring() ? ThreadLocalRandom.current().nextLong() : FIXED_SEED;
  }

  private static int examples(int own) {
    String given = System.getProperty("qt.examples");
    if (given != null && !given.isBlank()) {
      return Math.toIntExact(number("qt.examples", given));
    }
    return exploring() ? own * EXPLORE_FACTOR : own;
  }

  private static long number(String property, String given) {
    try {
      return Long.parseLong(given.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + property + " must be a whole number, was '" + given + "'", e);
    }
  }

  private static boolean shrinking() {
    return !"false".equals(System.getProperty("qt.shrink"));
  }

  private static boolean exploring() {
    return Boolean.parseBoolean(System.getProperty("qt.explore"))
        || Boolean.parseBoolean(System.getenv("CADENCE_EXPLORE"));
  }

  /**
   * QuickTheories' report, keeping the smallest value it found so that it can be shrunk further
   * (0.26 spells the callbacks "falisification").
   */
  private static final class CapturingReporter extends ExceptionReporter {
    Object smallest;
    int examplesUsed;

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        List<Object> examples,
        AsString<Object> toString) {
      this.smallest = smallest;
      this.examplesUsed = examplesUsed;
      super.falisification(seed, examplesUsed, smallest, examples, toString);
    }

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        Throwable cause,
        List<Object> examples,
        AsString<Object> toString) {
      this.smallest = smallest;
      this.examplesUsed = examplesUsed;
      super.falisification(seed, examplesUsed, smallest, cause, examples, toString);
    }
  }
}
