package io.hcastudio.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link HcaTopologyResource}s; registered for the .hcatopo extension (plugin.xml, or {@link HcaTopologyResources}). */
public class HcaTopologyResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new HcaTopologyResource(uri);
    }
}
