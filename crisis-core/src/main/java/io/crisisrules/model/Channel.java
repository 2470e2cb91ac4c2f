package io.crisisrules.model;

/**
 * Where something is said: where a comment was posted, where mentions come from, and where a
 * response action is published (policy RSP-09: answer where the crisis is).
 */
public enum Channel {
    /** Facebook. */
    FACEBOOK,
    /** Instagram. */
    INSTAGRAM,
    /** X (formerly Twitter). */
    X,
    /** TikTok. */
    TIKTOK,
    /** LinkedIn. */
    LINKEDIN,
    /** YouTube. */
    YOUTUBE,
    /** A discussion forum. */
    FORUM,
    /** A customer review site. */
    REVIEW_SITE,
    /** A blog. */
    BLOG,
    /** The brand's own website. */
    WEBSITE,
    /** The brand's FAQ page. */
    FAQ,
    /** E-mail. */
    EMAIL,
    /** A press release or statement to journalists. */
    PRESS,
    /** The host's CRM or helpdesk. */
    HELPDESK,
    /** Inside the organisation: not public. */
    INTERNAL;

    /** @return whether the public can see what is said on this channel */
    public boolean isPublic() {
        return this != HELPDESK && this != INTERNAL && this != EMAIL;
    }

    /** @return whether this is a social network */
    public boolean isSocialNetwork() {
        return switch (this) {
            case FACEBOOK, INSTAGRAM, X, TIKTOK, LINKEDIN, YOUTUBE -> true;
            default -> false;
        };
    }
}
