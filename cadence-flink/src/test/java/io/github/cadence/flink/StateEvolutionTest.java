package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputViewStreamWrapper;
import org.apache.flink.core.memory.DataOutputViewStreamWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State that lasts: contacts and history summaries kept by this version of {@link ContactRecord}
 * and {@link HistoryRecord} (the serializer's snapshot, as a savepoint holds it, and the state's
 * bytes) are restored by a next version of the class that has one field more, as Flink restores a
 * savepoint: the new serializer finds the old snapshot compatible after migration, and the old
 * bytes read into the new class, the new field at its default.
 */
class StateEvolutionTest {
  @TempDir Path dir;

  @Test
  void aSavepointOfContactsRestoresAfterTheClassGainsAField() throws Exception {
    List<Contact> contacts = new ArrayList<>();
    TestNetworks.tenants(3, 1, 50).forEach(t -> contacts.addAll(t.contacts()));
    List<ContactRecord> restored =
        restoredByTheNextVersion(
            ContactRecord.class, contacts.stream().map(ContactRecord::of).toList());
    for (int i = 0; i < contacts.size(); i++) {
      assertThat(restored.get(i).toContact()).isEqualTo(contacts.get(i));
    }
  }

  @Test
  void aSavepointOfSummariesRestoresAfterTheClassGainsAField() throws Exception {
    List<HistoryRecord> histories = new ArrayList<>();
    for (TestNetworks.Tenant t : TestNetworks.tenants(4, 1, 100)) {
      Map<String, List<Touchpoint>> byContact =
          t.touchpoints().stream().collect(Collectors.groupingBy(Touchpoint::contactId));
      for (List<Touchpoint> touchpoints : byContact.values()) {
        HistoryRecord h = new HistoryRecord();
        touchpoints.forEach(p -> h.firstSight(TouchpointRecord.of(p)));
        h.fold(touchpoints);
        histories.add(h);
      }
    }
    assertThat(histories).hasSizeGreaterThan(50);
    assertThat(restoredByTheNextVersion(HistoryRecord.class, histories))
        .containsExactlyElementsOf(histories);
  }

  /**
   * Writes records as this version of their class (a savepoint's snapshot of the serializer, and
   * the state's bytes), restores them with the next version of the class, one field more, as Flink
   * restores a savepoint, and copies every field the versions share back into this version.
   */
  private <T> List<T> restoredByTheNextVersion(Class<T> type, List<T> records) throws Exception {
    TypeSerializer<T> now = TypeInformation.of(type).createSerializer(new SerializerConfigImpl());
    ByteArrayOutputStream savepoint = new ByteArrayOutputStream();
    DataOutputViewStreamWrapper out = new DataOutputViewStreamWrapper(savepoint);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, now.snapshotConfiguration());
    out.writeInt(records.size());
    for (T r : records) {
      now.serialize(r, out);
    }

    // The next version: the same class with a field added, compiled and loaded apart.
    ClassLoader next =
        nextVersion(
            type,
            "  /** A field added by the next version. */\n  public String added = \"none\";\n");
    Class<?> nextClass = next.loadClass(type.getName());
    assertThat(nextClass).isNotSameAs(type);
    assertThat(nextClass.getField("added")).isNotNull();

    DataInputViewStreamWrapper in =
        new DataInputViewStreamWrapper(new ByteArrayInputStream(savepoint.toByteArray()));
    TypeSerializerSnapshot<Object> restored =
        TypeSerializerSnapshot.readVersionedSnapshot(in, next);
    @SuppressWarnings("unchecked")
    TypeSerializer<Object> nextSerializer =
        (TypeSerializer<Object>)
            TypeInformation.of(nextClass).createSerializer(new SerializerConfigImpl());
    TypeSerializerSchemaCompatibility<Object> compatibility =
        nextSerializer.snapshotConfiguration().resolveSchemaCompatibility(restored);
    assertThat(compatibility.isCompatibleAfterMigration()).as(compatibility.toString()).isTrue();

    TypeSerializer<Object> reader = restored.restoreSerializer();
    int n = in.readInt();
    assertThat(n).isEqualTo(records.size());
    List<T> shared = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object record = reader.deserialize(in);
      assertThat(record.getClass()).isSameAs(nextClass);
      assertThat(nextClass.getField("added").get(record)).isEqualTo("none");
      T copy = type.getConstructor().newInstance();
      for (Field f : type.getFields()) {
        f.set(copy, nextClass.getField(f.getName()).get(record));
      }
      shared.add(copy);
    }
    return shared;
  }

  /** This version of a record's source with {@code field} added, compiled and loaded first. */
  private ClassLoader nextVersion(Class<?> type, String field) throws IOException {
    String name = type.getSimpleName();
    Path source = Path.of("src/main/java/io/github/cadence/flink/" + name + ".java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    String opening = "public final class " + name + " {";
    int body = text.indexOf(opening) + opening.length();
    Path sources = dir.resolve("src/io/github/cadence/flink");
    Files.createDirectories(sources);
    Path changed = sources.resolve(name + ".java");
    Files.writeString(
        changed,
        text.substring(0, body) + "\n" + field + text.substring(body),
        StandardCharsets.UTF_8);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            changed.toString());
    assertThat(status).as("the next version compiles").isZero();
    byte[] bytes =
        Files.readAllBytes(classes.resolve("io/github/cadence/flink/" + name + ".class"));
    return new ClassLoader(getClass().getClassLoader()) {
      @Override
      protected Class<?> loadClass(String className, boolean resolve)
          throws ClassNotFoundException {
        if (!className.equals(type.getName())) {
          return super.loadClass(className, resolve);
        }
        synchronized (getClassLoadingLock(className)) {
          Class<?> c = findLoadedClass(className);
          return c != null ? c : defineClass(className, bytes, 0, bytes.length);
        }
      }
    };
  }
}
