package com.frgm.dashboard.app.security;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds {@code FRGM_USERS}'s compact {@code name:password:role} entries to {@link ConfiguredUser}s. */
@Component
@ConfigurationPropertiesBinding
class ConfiguredUserConverter implements Converter<String, ConfiguredUser> {

    @Override
    public ConfiguredUser convert(String source) {
        return ConfiguredUser.parse(source);
    }
}
