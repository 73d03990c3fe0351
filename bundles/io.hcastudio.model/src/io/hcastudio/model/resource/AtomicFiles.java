package io.hcastudio.model.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same directory, are forced to
 * disk, and the temporary file is renamed over the target. A failure at any step leaves the original untouched
 * and removes the temporary file.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absoluteTarget = target.toAbsolutePath();
        Path directory = absoluteTarget.getParent();
        // createFile (unlike createTempFile) honours the umask, so a new file gets the usual permissions.
        Path temporary = Files.createFile(directory.resolve("." + absoluteTarget.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".tmp"));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissionsOf(absoluteTarget, temporary);
            try {
                Files.move(temporary, absoluteTarget, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absoluteTarget, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanupFailure) {
                e.addSuppressed(cleanupFailure);
            }
            throw e;
        }
    }

    /** A replaced file keeps the permissions it had. */
    private static void keepPermissionsOf(Path original, Path replacement) throws IOException {
        if (Files.isRegularFile(original)) {
            PosixFileAttributeView originalView = Files.getFileAttributeView(original, PosixFileAttributeView.class);
            PosixFileAttributeView replacementView = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
            if (originalView != null && replacementView != null) {
                replacementView.setPermissions(originalView.readAttributes().permissions());
            }
        }
    }
}
