package io.hcastudio.editor.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Test output for people: screenshots and exports under this module's target folder. */
final class WindowShots {

    private WindowShots() {
    }

    /** This module's target folder (tests run in target/work). */
    static Path targetFolder() {
        Path current = Path.of("").toAbsolutePath();
        return current.endsWith(Path.of("target", "work")) ? current.getParent() : current.resolve("target");
    }

    static Path save(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // Let pending paints finish so the picture shows the settled window.
        }
        Rectangle area = shell.getBounds();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        try {
            Path folder = targetFolder().resolve("screenshots");
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
