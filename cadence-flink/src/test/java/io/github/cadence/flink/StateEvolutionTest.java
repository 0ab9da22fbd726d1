package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.model.Contact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * State that lasts: contacts kept by this version of {@link ContactRecord} (its serializer's
 * snapshot, as a savepoint holds it, and the state's bytes) are restored by a next version of the
 * class that has one field more, as Flink restores a savepoint: the new serializer finds the old
 * snapshot compatible after migration, and the old bytes read into the new class, the new field at
 * its default.
 */
class StateEvolutionTest {
  @TempDir Path dir;

  @Test
  void aSavepointOfContactsRestoresAfterTheClassGainsAField() throws Exception {
    // This version: a savepoint's snapshot of the serializer and the state's bytes.
    List<Contact> contacts = new ArrayList<>();
    TestNetworks.tenants(3, 1, 50).forEach(t -> contacts.addAll(t.contacts()));
    TypeSerializer<ContactRecord> now =
        TypeInformation.of(ContactRecord.class).createSerializer(new SerializerConfigImpl());
    ByteArrayOutputStream savepoint = new ByteArrayOutputStream();
    DataOutputViewStreamWrapper out = new DataOutputViewStreamWrapper(savepoint);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, now.snapshotConfiguration());
    out.writeInt(contacts.size());
    for (Contact c : contacts) {
      now.serialize(ContactRecord.of(c), out);
    }

    // The next version: the same class with a field added, compiled and loaded apart.
    ClassLoader next =
        nextVersion(
            "  /** A field added by the next version. */\n  public String nickname = \"none\";\n");
    Class<?> nextClass = next.loadClass(ContactRecord.class.getName());
    assertThat(nextClass).isNotSameAs(ContactRecord.class);
    assertThat(nextClass.getField("nickname")).isNotNull();

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
    assertThat(n).isEqualTo(contacts.size());
    for (Contact c : contacts) {
      Object record = reader.deserialize(in);
      assertThat(record.getClass()).isSameAs(nextClass);
      assertThat(nextClass.getField("nickname").get(record)).isEqualTo("none");
      // Every field the two versions share came back: the record, copied into this version, is
      // the contact again.
      ContactRecord shared = new ContactRecord();
      for (Field f : ContactRecord.class.getFields()) {
        f.set(shared, nextClass.getField(f.getName()).get(record));
      }
      assertThat(shared.toContact()).isEqualTo(c);
    }
  }

  /** This version of ContactRecord's source with {@code field} added, compiled and loaded first. */
  private ClassLoader nextVersion(String field) throws IOException {
    Path source = Path.of("src/main/java/io/github/cadence/flink/ContactRecord.java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int body =
        text.indexOf("public final class ContactRecord {")
            + "public final class ContactRecord {".length();
    Path sources = dir.resolve("src/io/github/cadence/flink");
    Files.createDirectories(sources);
    Path changed = sources.resolve("ContactRecord.java");
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
        Files.readAllBytes(classes.resolve("io/github/cadence/flink/ContactRecord.class"));
    return new ClassLoader(getClass().getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(ContactRecord.class.getName())) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> c = findLoadedClass(name);
          return c != null ? c : defineClass(name, bytes, 0, bytes.length);
        }
      }
    };
  }
}
