package io.github.cadence.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a source's text, refusing what is not text: bytes that are not UTF-8 (or UTF-16, when a
 * byte order mark says so) and NUL characters, which only binary files hold. It drops a byte order
 * mark, counts the bytes read (for progress) and the lines (for the place of a fault).
 *
 * <p>The JDK's {@code InputStreamReader} would do the decoding but names neither the line nor the
 * byte of a malformed sequence, and the user has to find it.
 */
final class CheckedReader extends Reader {
  private static final int CHUNK = 1 << 16;

  private final String source;
  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
  private final CharBuffer chars = CharBuffer.allocate(CHUNK);
  private CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
  private long bytesRead;
  private long line = 1;
  private boolean started;
  private boolean eof;
  private boolean flushed;

  CheckedReader(String source, InputStream in) {
    this.source = source;
    this.in = in;
    chars.flip();
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The bytes read from the source so far. */
  long bytesRead() {
    return bytesRead;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes the next chunk; false at the end of the source. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (flushed) {
        chars.flip();
        return false;
      }
      if (!eof) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
          bytesRead += n;
        }
      }
      bytes.flip();
      if (!started) {
        if (!eof && bytes.remaining() < 3) {
          bytes.compact();
          continue;
        }
        started = true;
        skipByteOrderMark();
      }
      int before = chars.position();
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (result.isError()) {
        check(before, chars.position());
        throw malformed(result);
      }
      if (eof && result.isUnderflow()) {
        decoder.flush(chars);
        flushed = true;
      }
      bytes.compact();
      check(before, chars.position());
    }
    chars.flip();
    return true;
  }

  private void skipByteOrderMark() {
    int b0 = bytes.remaining() > 0 ? bytes.get(0) & 0xff : -1;
    int b1 = bytes.remaining() > 1 ? bytes.get(1) & 0xff : -1;
    int b2 = bytes.remaining() > 2 ? bytes.get(2) & 0xff : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      bytes.position(3);
    } else if (b0 == 0xFE && b1 == 0xFF) {
      decoder = decoder(StandardCharsets.UTF_16BE);
      bytes.position(2);
    } else if (b0 == 0xFF && b1 == 0xFE) {
      decoder = decoder(StandardCharsets.UTF_16LE);
      bytes.position(2);
    }
  }

  /** Counts the lines of the newly decoded characters and refuses a NUL. */
  private void check(int from, int to) {
    char[] a = chars.array();
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c == '\n') {
        line++;
      } else if (c == 0) {
        throw new ImportException(
            source,
            line,
            null,
            null,
            "holds a NUL character: it is a binary file, not text (a CSV or vCard file is text)",
            null);
      }
    }
  }

  private ImportException malformed(CoderResult result) {
    int at = bytes.position();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length() && at + i < bytes.limit(); i++) {
      hex.append(String.format(Locale.ROOT, "%s0x%02X", i == 0 ? "" : " ", bytes.get(at + i)));
    }
    long offset = bytesRead - bytes.limit() + at;
    String problem =
        String.format(
            Locale.ROOT,
            "is not %s text: the bytes %s at byte %d are not a character; save the file as UTF-8",
            decoder.charset().name(),
            hex,
            offset);
    return new ImportException(source, line, null, null, problem, null);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
