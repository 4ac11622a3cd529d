package com.frgm.dashboard.eventstore.jdbc;

import com.fasterxml.jackson.databind.introspect.AnnotatedConstructor;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.frgm.dashboard.api.MayBeAbsent;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Every component of this application's records must be present in a stored payload, unless it
 * is {@link MayBeAbsent}: a field renamed or dropped without an upcaster then fails the read
 * instead of turning into null. Only our own records: Axon's tokens and other libraries' types
 * keep Jackson's lenient default, because some of their fields are legitimately left out.
 */
final class RequiredRecordComponents extends JacksonAnnotationIntrospector {

    private static final long serialVersionUID = 1L;
    private static final String OWN_PACKAGES = "com.frgm.dashboard.";

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
        Boolean declared = super.hasRequiredMarker(member);
        // A record is read through its canonical constructor, whose parameters are its components.
        if (declared != null
                || !(member instanceof AnnotatedParameter parameter)
                || !(parameter.getOwner() instanceof AnnotatedConstructor constructor)) {
            return declared;
        }
        Class<?> owner = constructor.getDeclaringClass();
        if (!owner.isRecord() || !owner.getName().startsWith(OWN_PACKAGES)) {
            return null;
        }
        RecordComponent[] components = owner.getRecordComponents();
        Class<?>[] canonical =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        if (!Arrays.equals(constructor.getAnnotated().getParameterTypes(), canonical)) {
            return null;
        }
        return !components[parameter.getIndex()].isAnnotationPresent(MayBeAbsent.class);
    }
}
