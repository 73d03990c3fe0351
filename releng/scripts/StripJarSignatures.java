import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;

/**
 * {@code java StripJarSignatures.java JAR TARGET}: copies JAR to TARGET without its signature (META-INF/*.SF and the
 * signature blocks), all other entries as they are, and exits 0; exits 1 without writing when JAR is not signed. Run
 * by releng/scripts/prepare-cli for hcastudio-cli's class path: the OSGi application keeps the signed originals.
 */
public final class StripJarSignatures {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java StripJarSignatures.java JAR TARGET");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        try (JarFile jar = new JarFile(source.toFile(), false)) {
            if (jar.stream().noneMatch(entry -> SIGNATURE.matcher(entry.getName()).matches())) {
                System.exit(1);
            }
            Path temporary = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream file = Files.newOutputStream(temporary); JarOutputStream out = new JarOutputStream(file)) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    JarEntry entry = entries.nextElement();
                    if (SIGNATURE.matcher(entry.getName()).matches()) {
                        continue;
                    }
                    // The manifest keeps its per-entry digests: harmless without a signature file, and the bundle
                    // headers stay byte for byte.
                    JarEntry copy = new JarEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
