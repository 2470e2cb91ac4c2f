package io.crisisrules.kafka;

import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Sector;

import java.util.Optional;

/**
 * The host's answer to "who is this brand, with which settings", asked when a brand's monitor is
 * started on an instance (its first event there, or after its partition moved). Called on stream
 * threads: it must be thread-safe, and fast or cached.
 */
@FunctionalInterface
public interface BrandLookup {

    /**
     * @param brandId the key of a brand's events
     * @return its profile, or empty when the brand is unknown (its events then go to the dead-letter topic)
     */
    Optional<BrandProfile> find(String brandId);

    /**
     * @param sector the sector of every brand
     * @return a lookup that knows every brand, in that sector, with the deployment's settings
     */
    static BrandLookup everyBrandIn(Sector sector) {
        return brandId -> Optional.of(BrandProfile.of(BrandContext.of(brandId, sector)));
    }
}
