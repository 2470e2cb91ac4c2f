package io.crisisrules.kafka;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.BrandContext;
import io.crisisrules.settings.PolicySettings;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the monitoring topology knows of one brand: who it is, and the policy settings that differ
 * from the deployment's for it. Published on a compacted topic keyed by brand id
 * ({@link MonitoringTopology.Builder#brandProfilesTopic(String)}, values in
 * {@link CrisisSerdes#brandProfiles()}) or answered by a host callback ({@link BrandLookup}).
 *
 * <p>On the topic a profile is {@code {"brand": <a brand document>, "settings": {"detection.spikeThreshold": "3"}}}.
 *
 * @param brand    the brand, as its monitor is started with
 * @param settings setting keys and values over the deployment's settings ({@link PolicySettings#with(Map)}); empty for none
 */
public record BrandProfile(BrandContext brand, Map<String, String> settings) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param brand    the brand, as its monitor is started with
     * @param settings setting keys and values over the deployment's settings; {@code null} for none
     */
    public BrandProfile {
        if (brand == null) {
            throw new InvalidInputException("brand", null, "be present");
        }
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /**
     * @param brand a brand
     * @return its profile with the deployment's settings
     */
    public static BrandProfile of(BrandContext brand) {
        return new BrandProfile(brand, Map.of());
    }

    /**
     * @param deployment the deployment's settings
     * @return them with this brand's overrides
     * @throws io.crisisrules.settings.InvalidSettingException naming every bad key
     */
    public PolicySettings settingsOver(PolicySettings deployment) {
        return settings.isEmpty() ? deployment : deployment.with(settings);
    }
}
