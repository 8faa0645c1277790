package dev.freshet.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Freshet: keeps a retrieval index as fresh as its sources. Scans {@code dev.freshet} as its
 * auto-configuration package so that the console's routes in {@code dev.freshet.ui} are found.
 */
@SpringBootApplication
@AutoConfigurationPackage(basePackages = "dev.freshet")
@ConfigurationPropertiesScan
public class FreshetApplication {

  public static void main(String[] args) {
    SpringApplication.run(FreshetApplication.class, args);
  }
}
