import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput } from './errors.js';

/** Ids are UUIDs: anything else is the caller's mistake, not a missing record. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw badInput([{ field: 'id', message: 'id must be a valid id' }], 'That is not a valid id');
    }
    return value;
  }
}
