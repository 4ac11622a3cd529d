package com.frgm.dashboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.convert.support.DefaultConversionService;

class ConfiguredUserTest {

    @Test
    void readsTheCompactFormWithColonsInThePassword() {
        ConfiguredUser user = ConfiguredUser.parse(" ops:{noop}a:b:c:Operator ");
        assertThat(user.name()).isEqualTo("ops");
        assertThat(user.password()).isEqualTo("{noop}a:b:c");
        assertThat(user.role()).isEqualTo(Role.OPERATOR);
    }

    @Test
    void refusesAMissingRoleOrEncodingAndNeverQuotesThePassword() {
        assertThatThrownBy(() -> ConfiguredUser.parse("ops:{noop}secret-1:admin"))
                .hasMessageContaining("ops")
                .hasMessageContaining("viewer or operator")
                .hasMessageNotContaining("secret-1");
        assertThatThrownBy(() -> ConfiguredUser.parse("ops:secret-2:viewer"))
                .hasMessageContaining("{bcrypt}")
                .hasMessageNotContaining("secret-2");
        assertThatThrownBy(() -> ConfiguredUser.parse("secret-3")).hasMessageNotContaining("secret-3");
        assertThat(ConfiguredUser.parse("ops:{noop}secret-4:viewer").toString()).doesNotContain("secret-4");
    }

    @Test
    void bindsFromTheEnvironmentVariablesCommaSeparatedForm() {
        DefaultConversionService conversions = new DefaultConversionService();
        conversions.addConverter(new ConfiguredUserConverter());
        Binder binder = new Binder(
                List.of(new MapConfigurationPropertySource(
                        Map.of("frgm.security.users", "a:{noop}x:viewer,b:{bcrypt}$2a$10$abc:operator"))),
                null,
                conversions);
        SecurityProperties properties = binder.bind("frgm.security", Bindable.of(SecurityProperties.class))
                .get();
        assertThat(properties.users())
                .extracting(ConfiguredUser::name, ConfiguredUser::role)
                .containsExactly(Tuple.tuple("a", Role.VIEWER), Tuple.tuple("b", Role.OPERATOR));
        assertThat(properties.limits().streams()).isEqualTo(16);
        assertThat(properties.rolesClaim()).isEqualTo("roles");
    }

    @Test
    void aBadEntryStopsTheBindingByName() {
        DefaultConversionService conversions = new DefaultConversionService();
        conversions.addConverter(new ConfiguredUserConverter());
        Binder binder = new Binder(
                List.of(new MapConfigurationPropertySource(Map.of("frgm.security.users", "a:{noop}x:root"))),
                null,
                conversions);
        assertThatThrownBy(() -> binder.bind("frgm.security", Bindable.of(SecurityProperties.class)))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("viewer or operator");
    }
}
