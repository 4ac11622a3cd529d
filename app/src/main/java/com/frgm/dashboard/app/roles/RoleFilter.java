package com.frgm.dashboard.app.roles;

import java.util.Set;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/** Leaves out of the component scan what the node's roles do not run ({@link Roles}). */
public final class RoleFilter implements TypeFilter, EnvironmentAware {

    private Set<Roles.Role> roles;

    @Override
    public void setEnvironment(Environment environment) {
        roles = Roles.parse(environment.getProperty(Roles.PROPERTY, Roles.DEFAULT));
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return !Roles.runs(roles, reader.getClassMetadata().getClassName());
    }
}
