package io.hcastudio.editor.outline;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns EMF.Edit's image objects (URLs, or composed images whose first layer is the type icon) into SWT images,
 * owned by one resource manager that the editor disposes.
 */
public class ModelImages {

    private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    public Image get(Object emfImage) {
        ImageDescriptor descriptor = descriptorOf(emfImage);
        return descriptor == null ? null : resources.create(descriptor);
    }

    static ImageDescriptor descriptorOf(Object emfImage) {
        if (emfImage instanceof ComposedImage composed) {
            List<Object> layers = composed.getImages();
            return layers.isEmpty() ? null : descriptorOf(layers.get(0));
        }
        if (emfImage instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (emfImage instanceof URI uri) {
            try {
                return ImageDescriptor.createFromURL(new URL(uri.toString()));
            } catch (MalformedURLException e) {
                return null;
            }
        }
        return null;
    }

    public void dispose() {
        resources.dispose();
    }
}
