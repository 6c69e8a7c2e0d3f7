import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks a resolver as open to the public on purpose. Services still filter what it returns. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
