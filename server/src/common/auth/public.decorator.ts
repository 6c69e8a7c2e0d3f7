import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks a resolver as open to the public on purpose. Services still filter what it returns. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ALLOWS_UPDATE_LINK = 'allowsUpdateLink';

/**
 * Lets a partner contact holding an update link call this resolver without an account.
 * The service still checks that the record belongs to the link's partner.
 */
export const AllowsUpdateLink = () => SetMetadata(ALLOWS_UPDATE_LINK, true);
