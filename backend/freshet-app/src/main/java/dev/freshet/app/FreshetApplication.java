package dev.freshet.app;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Freshet: keeps a retrieval index as fresh as its sources. Scans {@code dev.freshet} as its
 * auto-configuration package so that the console's routes in {@code dev.freshet.ui} are found.
 */
@SpringBootApplication
@AutoConfigurationPackage(basePackages = "dev.freshet")
@ConfigurationPropertiesScan
public class FreshetApplication {

  public static void main(String[] args) {
    AtomicReference<@Nullable ConfigurableApplicationContext> context = new AtomicReference<>();
    GracefulSignals.install(context::get);
    SpringApplication application = new SpringApplication(FreshetApplication.class);
    application.addInitializers(context::set); // known before the refresh, so a stop during start-up is graceful too
    application.run(args);
  }
}
