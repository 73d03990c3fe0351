package io.hcastudio.ui.tests;

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

/** Saves what a shell shows to target/screenshots, for people to look at after a test run. */
final class Screenshots {

    private Screenshots() {
    }

    static Path save(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        // Force a repaint of everything before copying: GTK paints lazily, and a widget whose text
        // just changed may otherwise still show its old pixels.
        shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
        shell.update();
        while (display.readAndDispatch()) {
            // let pending paints happen so the capture shows the settled window
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            Path folder = Path.of("target", "screenshots");
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
